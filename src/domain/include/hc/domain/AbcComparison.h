#pragma once

#include "hc/domain/AbcAnalysis.h"
#include "hc/domain/AnalysisSettings.h"

#include <optional>
#include <vector>

namespace hc::domain {

/// A customer flagged when comparing two ABC runs (domain.md §3 step 4: "上升太快或下降太快,
/// 均需分析原因").
struct AbcChange {
    CustomerId customerId = 0;
    std::optional<int> previousRank;  ///< absent when the customer entered the population
    std::optional<int> currentRank;   ///< absent when the customer dropped out
    std::optional<AbcGrade> previousGrade;
    std::optional<AbcGrade> currentGrade;
    bool entered = false;       ///< only in the current run
    bool dropped = false;       ///< only in the previous run
    bool gradeChanged = false;  ///< in both runs with different grades
    bool rankMoved = false;     ///< in both runs, |rank move| > settings.rankMoveThreshold

    /// previous rank − current rank: positive = moved up; 0 unless in both runs.
    [[nodiscard]] int rankDelta() const {
        return previousRank && currentRank ? *previousRank - *currentRank : 0;
    }
    friend bool operator==(const AbcChange&, const AbcChange&) = default;
};

/// Customers whose grade changed, whose rank moved by more than settings.rankMoveThreshold, who
/// entered or who dropped out. Ordered by current rank, then dropped customers by previous rank.
[[nodiscard]] std::vector<AbcChange> compareAbc(const AbcResult& previous, const AbcResult& current,
                                                const AbcSettings& settings);

}  // namespace hc::domain
