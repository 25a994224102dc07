#pragma once

#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/FollowUpInput.h"
#include "hc/domain/FollowUpSettings.h"

#include <QDate>
#include <QString>

namespace hc::storage {

class Database;

/// Reads everything the daily follow-up list of a day depends on (domain::FollowUpInput), in a few
/// forward-only passes (raw SQLite statements, no QVariant per value):
/// - every customer: name, validity (marked invalid by D, or no phone), marketing opt-out,
///   birthday, and the callback stage from the domain classification of the last visit ≤ D;
/// - the visits of the last `visitMonths` months up to D (post-service, maintenance; maintenance
///   stops at quasi_lost, so 24 months cover it), plus each customer's last visit when it is older
///   (stage and win-back need only its date);
/// - every vehicle (owner, plate, first service, insurance / inspection due);
/// - every call dated ≤ D;
/// - the resolved complaints whose follow-up is not done (due = resolved + followUpWithin).
class FollowUpRepository {
public:
    explicit FollowUpRepository(Database& db) : db_(db) {}

    [[nodiscard]] domain::FollowUpInput loadInput(const QDate& day, const QString& assignee,
                                                  const domain::LifecycleSettings& lifecycle,
                                                  const domain::ComplaintSettings& complaints,
                                                  int visitMonths = 24) const;

private:
    Database& db_;
};

}  // namespace hc::storage
