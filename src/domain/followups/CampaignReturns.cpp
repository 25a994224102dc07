#include "hc/domain/CampaignReturns.h"

#include "hc/domain/Percent.h"

#include <algorithm>
#include <set>

namespace hc::domain {

ReturnWindow CampaignReturns::window(const Campaign& campaign) {
    return ReturnWindow{campaign.start, campaign.windowDays};
}

QDate CampaignReturns::windowEnd(const Campaign& campaign) {
    return window(campaign).last();
}

CampaignResult CampaignReturns::evaluate(const Campaign& campaign,
                                         const std::vector<CustomerId>& invited,
                                         const std::vector<Visit>& visits) {
    CampaignResult r;
    const std::set<CustomerId> invitedSet(invited.begin(), invited.end());
    r.invited = static_cast<int>(invitedSet.size());
    r.totalCostFen = campaign.costPerCustomerFen * static_cast<Fen>(r.invited);
    if (!campaign.start.isValid()) {
        return r;
    }
    const ReturnWindow returnWindow = window(campaign);
    std::set<CustomerId> returned;
    for (const auto& v : visits) {
        if (!returnWindow.contains(v.date) || !invitedSet.contains(v.customerId)) {
            continue;
        }
        returned.insert(v.customerId);
        r.revenueFen += v.amountFen;
    }
    r.returned.assign(returned.begin(), returned.end());
    if (!returned.empty()) {
        const auto n = static_cast<long long>(returned.size());
        r.costPerReturnedFen = divideHalfUp(r.totalCostFen, n, 1);
    }
    r.returnRateBp = percentBp(static_cast<long long>(returned.size()), r.invited);
    return r;
}

}  // namespace hc::domain
