#pragma once

#include "hc/domain/CallList.h"
#include "hc/domain/FollowUpSettings.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"

#include <QDate>

#include <memory>
#include <optional>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// The day's list a person can finish (issue 11 items 1–2, docs/followups.md "The day's list"):
/// FollowUpService::planStartOfDay, then domain::CallListPlanner — every item scored (urgency, ABC
/// value as of the day before, chance), ranked, the top ones split among the active callback
/// users, up to FollowUpSettings::callList.dailyCapacity each; the rest is the backlog. Computed
/// from the facts as they stood when the day began, so the CLI and every clerk's screen get the
/// same ranks and assignees all day; items whose customer was called on the day are flagged
/// (CallListEntry::calledToday). Read-only.
///
/// Value: the ABC grade (AnalysisService::abc as of D − 1, the stored analysis settings). Hook for
/// the customer-base model: a stored per-customer expected value would be passed as
/// CallValue::expectedValuePoints; none is stored yet, and the model is not fitted per list.
class CallListService {
public:
    /// `settings` fixed (tests, benchmarks) or nullopt: the stored follow-up settings.
    CallListService(storage::Database& db, Clock clock,
                    std::optional<domain::FollowUpSettings> settings = std::nullopt);

    ~CallListService();
    CallListService(const CallListService&) = delete;
    CallListService& operator=(const CallListService&) = delete;

    /// Kept per (day, data version): the list is fixed at the start of the day, so a second
    /// request for the same day on the same service, with no write in between (no new audit
    /// record, customer or visit: storage::DataVersion), returns the list computed before without
    /// reading the archive again. Any write, settings change included, plans afresh.
    [[nodiscard]] Result<domain::CallList> dayList(const QDate& day) const;

    /// The same service on a second connection to the same file (for a thread of its own, e.g.
    /// the callback screen's loader); null when it cannot be opened (logged).
    [[nodiscard]] std::unique_ptr<CallListService> openSibling() const;

private:
    struct Cache;
    [[nodiscard]] Result<domain::CallList> plan(const QDate& day) const;

    std::unique_ptr<Cache> cache_;
    std::unique_ptr<storage::Database> owned_;  ///< openSibling's own connection
    storage::Database& db_;
    Clock clock_;
    std::optional<domain::FollowUpSettings> fixed_;
};

}  // namespace hc::services
