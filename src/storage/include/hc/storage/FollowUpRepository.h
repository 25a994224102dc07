#pragma once

#include "hc/domain/FollowUpInput.h"

#include <QDate>
#include <QString>

namespace hc::storage {

class Database;

/// Reads everything the daily follow-up list of a day depends on (domain::FollowUpInput), in a few
/// forward-only passes (raw SQLite statements, no QVariant per value):
/// Facts only — no rule: validity, stage and the complaint deadline are the domain's
/// (FollowUpPlanner::classifyCustomers, ComplaintDeadlines in the planner).
/// - every customer: name, phone, invalid mark date, marketing opt-out, birthday;
/// - the visits of the last `visitMonths` months up to D (post-service, maintenance; maintenance
///   stops at quasi_lost, so 24 months cover it), plus each customer's last visit when it is older
///   (stage and win-back need only its date);
/// - every vehicle (owner, plate, first service, insurance / inspection due);
/// - every call dated ≤ D;
/// - the resolved complaints whose follow-up is not done, with the time of resolution;
/// - the open declined-work items (visits not voided).
class FollowUpRepository {
public:
    explicit FollowUpRepository(Database& db) : db_(db) {}

    [[nodiscard]] domain::FollowUpInput loadInput(const QDate& day, const QString& assignee,
                                                  int visitMonths = 24) const;

private:
    Database& db_;
};

}  // namespace hc::storage
