#pragma once

// Private to FollowUpPlanner.cpp: the planner's text helpers, the retry cycle of one item and the
// per-customer index of facts (split out of FollowUpPlanner.cpp to keep it readable).

#include "hc/domain/FollowUpInput.h"
#include "hc/domain/FollowUpItem.h"
#include "hc/domain/FollowUpSettings.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace hc::domain::planner {

using Calls = std::vector<const FollowUpCall*>;

QString iso(const QDate& d);
QString groupThousands(long long n);
QString categoryLabel(const QString& key);
QString stageLabel(Stage stage);
int cadenceDays(Stage stage, const WinbackCadence& c);
int monthsBetween(const QDate& from, const QDate& to);

/// The retry state of one item (one "cycle": the calls made about it since `start`).
struct Cycle {
    bool listed = false;
    int attempt = 1;
    bool sms = false;
    QDate missedAppointment;  ///< will_come whose date passed without a visit
};

Cycle evaluateCycle(const Calls& calls, const QDate& start, const QDate& today, int maxAttempts,
                    bool reopenOnMissedAppointment);
QString retrySuffix(const Cycle& cycle);
/// Next occurrence of a birthday on or after `from`; 29 February falls on 28 February in common
/// years.
QDate nextBirthday(const QDate& birthday, const QDate& from);

struct CustomerData {
    const PlannerCustomer* customer = nullptr;
    // Views into the Builder's flat arrays (one allocation per kind of fact, not per customer).
    std::span<const Visit*> visits;        // ≤ D, sorted by date, id
    std::span<const Vehicle*> vehicles;    // currently owned
    std::span<const FollowUpCall*> calls;  // ≤ D, sorted by date (stable)
    std::span<const OpenComplaint*> complaints;
    std::span<const Appointment*> appointments;
    std::span<const DeclinedItem*> declined;
    std::optional<Stage> stage;
};

/// Row positions by id: a direct table when the ids are dense (the usual case: SQLite rowids),
/// a hash map otherwise. No allocation per lookup, no tree walk.
class IdIndex {
public:
    template <typename Ids>
    explicit IdIndex(const Ids& ids) {
        if (ids.empty()) {
            return;
        }
        const auto [lo, hi] = std::minmax_element(ids.begin(), ids.end());
        min_ = *lo;
        const std::int64_t span = *hi - *lo + 1;
        if (span <= static_cast<std::int64_t>(ids.size()) * 4 + 1024) {
            table_.assign(static_cast<std::size_t>(span), kNone);
            for (std::size_t k = 0; k < ids.size(); ++k) {
                table_[static_cast<std::size_t>(ids[k] - min_)] = static_cast<std::uint32_t>(k);
            }
            dense_ = true;
            return;
        }
        map_.reserve(ids.size());
        for (std::size_t k = 0; k < ids.size(); ++k) {
            map_[ids[k]] = static_cast<std::uint32_t>(k);
        }
    }

    /// The position of `id`, or kNone.
    [[nodiscard]] std::uint32_t find(std::int64_t id) const {
        if (dense_) {
            const std::int64_t k = id - min_;
            return k >= 0 && k < static_cast<std::int64_t>(table_.size())
                       ? table_[static_cast<std::size_t>(k)]
                       : kNone;
        }
        const auto it = map_.find(id);
        return it == map_.end() ? kNone : it->second;
    }

    static constexpr std::uint32_t kNone = 0xffffffffU;

private:
    bool dense_ = false;
    std::int64_t min_ = 0;
    std::vector<std::uint32_t> table_;
    std::unordered_map<std::int64_t, std::uint32_t> map_;
};

/// Groups `facts` by customer position into one flat array of pointers (counting sort, input
/// order kept within a customer) and hands each customer its span.
template <typename Fact, typename Owner, typename Keep>
void groupByCustomer(const std::vector<Fact>& facts, std::vector<CustomerData>& customers,
                     std::vector<const Fact*>& flat, std::span<const Fact*> CustomerData::*field,
                     Owner owner, Keep keep) {
    std::vector<std::uint32_t> pos(facts.size(), IdIndex::kNone);
    std::vector<std::uint32_t> start(customers.size() + 1, 0);
    for (std::size_t k = 0; k < facts.size(); ++k) {
        if (!keep(facts[k])) {
            continue;
        }
        pos[k] = owner(facts[k]);
        if (pos[k] != IdIndex::kNone) {
            ++start[pos[k] + 1];
        }
    }
    for (std::size_t c = 0; c < customers.size(); ++c) {
        start[c + 1] += start[c];
    }
    flat.assign(start.back(), nullptr);
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    for (std::size_t k = 0; k < facts.size(); ++k) {
        if (pos[k] != IdIndex::kNone) {
            flat[next[pos[k]]++] = &facts[k];
        }
    }
    for (std::size_t c = 0; c < customers.size(); ++c) {
        customers[c].*field =
            std::span<const Fact*>(flat.data() + start[c], start[c + 1] - start[c]);
    }
}

/// The calls of one kind about a customer (and vehicle, when given).
Calls callsOf(const CustomerData& data, FollowUpKind kind,
              std::optional<VehicleId> vehicleId = std::nullopt);

}  // namespace hc::domain::planner
