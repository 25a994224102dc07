#pragma once

#include "hc/domain/CallRecord.h"
#include "hc/domain/FollowUpItem.h"
#include "hc/domain/FollowUpSettings.h"
#include "hc/domain/WinbackKpis.h"
#include "hc/services/ActingUser.h"
#include "hc/services/CallInput.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"

#include <QDate>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// The campaign behind a win-back item of the daily list.
struct ItemCampaign {
    std::int64_t campaignId = 0;
    QString name;
    QString offer;
};

/// The list of a day as it stood when the day began (FollowUpService::planStartOfDay).
struct StartOfDayPlan {
    std::vector<domain::FollowUpItem> items;   ///< the full list (no assignee), planner order
    std::set<domain::CustomerId> calledToday;  ///< customers with a call recorded on the day
};

/// The daily follow-up list and recording call outcomes (domain.md §7, docs/followups.md).
///
/// The thresholds: `settings` fixed at construction (tests, benchmarks), or — nullopt, the
/// default — the shop's stored follow-up settings (SettingsService::saveFollowUps, key
/// "followups"; defaults when none are stored), read afresh at each use case, so a change applies
/// from the next call.
class FollowUpService {
public:
    FollowUpService(storage::Database& db, Clock clock,
                    std::optional<domain::FollowUpSettings> settings = std::nullopt);
    ~FollowUpService();

    /// A service on a connection of its own to the same database file (same clock and settings):
    /// for planning the list on a background thread (create, use and destroy it on that thread).
    /// nullptr when the file cannot be opened again (logged).
    [[nodiscard]] std::unique_ptr<FollowUpService> openSibling() const;

    /// The list for `day` (FollowUpPlanner over the stored archive and call history), for one
    /// callback user (`assignee` = username; their own post-service visits are left out) or the
    /// full list (empty). Customers invited to a running campaign are added as win-back items
    /// (see campaignsFor) unless already called for it.
    [[nodiscard]] Result<std::vector<domain::FollowUpItem>> planToday(
        const QDate& day, const QString& assignee = {}) const;
    /// The full list of `day` from the facts as they were when the day began: calls, visits,
    /// invalid marks and complaint resolutions dated `day` are left out, so the list (and the
    /// ranking and split built on it, CallListService) stays the same all day while calls are
    /// recorded; the customers already called on `day` are returned with it.
    [[nodiscard]] Result<StartOfDayPlan> planStartOfDay(const QDate& day) const;
    /// The running campaign of each customer that planToday lists for a campaign (by customer).
    [[nodiscard]] Result<std::map<domain::CustomerId, ItemCampaign>> campaignsFor(
        const QDate& day) const;

    /// Records one call and its effects in one transaction with the audit records:
    /// wrong_number / vehicle_sold → customer invalid (reason, note 回访结果:…); vehicle_sold with
    /// newOwner → new customer (or the existing one with that phone) and the vehicle transferred;
    /// will_come needs an appointment date (else Invalid, nothing written); dataConfirmed → second
    /// check; satisfaction scores (post-service); a complaint follow-up with a final outcome
    /// closes the resolved complaint.
    Result<RecordedCall> recordOutcome(const ActingUser& user, const CallInput& call);

    /// Calls of one customer, newest first.
    [[nodiscard]] Result<std::vector<domain::CallRecord>> callsOf(domain::CustomerId id) const;
    /// Win-back KPIs of a calendar month (domain computeWinbackKpis).
    [[nodiscard]] Result<domain::WinbackKpis> winbackKpis(int year, int month) const;

    /// The thresholds in use now: the fixed ones, or the stored ones (defaults when none are
    /// stored); the storage error (logged) when they cannot be read.
    [[nodiscard]] Result<domain::FollowUpSettings> settings() const;

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
