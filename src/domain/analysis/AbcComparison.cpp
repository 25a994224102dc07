#include "hc/domain/AbcComparison.h"

#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

namespace hc::domain {

std::vector<AbcChange> compareAbc(const AbcResult& previous, const AbcResult& current,
                                  const AbcSettings& settings) {
    std::unordered_map<CustomerId, const AbcRow*> before;
    before.reserve(previous.rows.size());
    for (const auto& row : previous.rows) {
        before.emplace(row.customerId, &row);
    }
    std::unordered_set<CustomerId> seen;
    seen.reserve(current.rows.size());

    std::vector<AbcChange> changes;
    for (const auto& row : current.rows) {
        seen.insert(row.customerId);
        AbcChange change;
        change.customerId = row.customerId;
        change.currentRank = row.rank;
        change.currentGrade = row.grade;
        const auto it = before.find(row.customerId);
        if (it == before.end()) {
            change.entered = true;
        } else {
            change.previousRank = it->second->rank;
            change.previousGrade = it->second->grade;
            change.gradeChanged = it->second->grade != row.grade;
            change.rankMoved = std::abs(change.rankDelta()) > settings.rankMoveThreshold;
        }
        if (change.entered || change.gradeChanged || change.rankMoved) {
            changes.push_back(change);
        }
    }
    for (const auto& row : previous.rows) {
        if (seen.count(row.customerId) == 0) {
            AbcChange change;
            change.customerId = row.customerId;
            change.previousRank = row.rank;
            change.previousGrade = row.grade;
            change.dropped = true;
            changes.push_back(change);
        }
    }
    return changes;
}

}  // namespace hc::domain
