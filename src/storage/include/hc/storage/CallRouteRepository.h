#pragma once

#include "hc/domain/CallList.h"
#include "hc/domain/Customer.h"

#include <QDate>

#include <unordered_map>

namespace hc::storage {

class Database;

/// The facts of the by_region / by_advisor splits of the day's list (domain CallListPlanner):
/// each customer's region and the advisor of their last non-voided visit before a day. Read only.
class CallRouteRepository {
public:
    explicit CallRouteRepository(Database& db) : db_(db) {}

    /// Customers with a region on file → their region (lastAdvisor empty).
    [[nodiscard]] std::unordered_map<domain::CustomerId, domain::CallRouteFacts> regions() const;
    /// Customers with a visit dated before `day` → the advisor of the latest one (by date, then
    /// id; region empty). Visits without an advisor count as the latest all the same.
    [[nodiscard]] std::unordered_map<domain::CustomerId, domain::CallRouteFacts> lastAdvisors(
        const QDate& day) const;

private:
    Database& db_;
};

}  // namespace hc::storage
