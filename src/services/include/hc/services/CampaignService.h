#pragma once

#include "hc/domain/CampaignRecord.h"
#include "hc/domain/CampaignReturns.h"
#include "hc/domain/CustomerClass.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"

#include <memory>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// Retention campaigns (domain.md §6): create, invite customers (a stage or a list), results via
/// domain CampaignReturns. Invited customers appear on the daily list as win-back items while the
/// campaign runs (FollowUpService::planToday). Writes are manager-only and audited.
class CampaignService {
public:
    CampaignService(storage::Database& db, Clock clock);
    ~CampaignService();

    Result<std::int64_t> create(const ActingUser& user, const domain::CampaignRecord& campaign);
    /// Invites every valid customer (not opted out of marketing) whose stage on the campaign's
    /// start day is `stage` (default: the campaign's target stage); returns how many were added.
    Result<int> inviteStage(const ActingUser& user, std::int64_t campaignId,
                            std::optional<domain::Stage> stage = std::nullopt);
    /// Invites the given customers (already invited ones are skipped); returns how many were added.
    Result<int> inviteCustomers(const ActingUser& user, std::int64_t campaignId,
                                const std::vector<domain::CustomerId>& customers);

    [[nodiscard]] Result<std::vector<domain::CampaignRecord>> list() const;
    [[nodiscard]] Result<std::vector<domain::CustomerId>> invited(std::int64_t campaignId) const;
    /// Who came back within the window, revenue, cost per returned customer.
    [[nodiscard]] Result<domain::CampaignResult> results(std::int64_t campaignId) const;

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
