#pragma once

#include "hc/domain/CustomerFacts.h"
#include "hc/domain/Money.h"
#include "hc/domain/ReturnWindow.h"
#include "hc/domain/Visit.h"

#include <QDate>

#include <optional>
#include <vector>

namespace hc::domain {

/// A retention campaign (domain.md §6): invitations sent on `start`, at `costPerCustomerFen` each.
struct Campaign {
    QDate start;
    Fen costPerCustomerFen = 0;
    int windowDays = 30;  ///< a visit in [start, start + windowDays] counts (ReturnWindow)
};

struct CampaignResult {
    int invited = 0;                   ///< distinct invited customers
    std::vector<CustomerId> returned;  ///< invited customers with a visit in the window, ascending
    Fen revenueFen = 0;                ///< sum of amountFen of those visits in the window
    Fen totalCostFen = 0;              ///< invited × costPerCustomerFen
    /// totalCost ÷ returned customers, rounded half-up to whole fen; nullopt when nobody returned.
    std::optional<Fen> costPerReturnedFen;
    int returnRateBp = 0;  ///< returned ÷ invited in basis points, rounded half-up
    friend bool operator==(const CampaignResult&, const CampaignResult&) = default;
};

/// Who came back after a campaign, and at what cost (pure).
class CampaignReturns {
public:
    /// `invited`: customer ids (duplicates counted once); `visits`: any visits (only invited
    /// customers' visits inside window(campaign) count: start ≤ date ≤ start + windowDays).
    [[nodiscard]] static CampaignResult evaluate(const Campaign& campaign,
                                                 const std::vector<CustomerId>& invited,
                                                 const std::vector<Visit>& visits);
    /// The return window of the campaign: contact = start, windowDays days (ReturnWindow, the same
    /// definition as the win-back KPIs).
    [[nodiscard]] static ReturnWindow window(const Campaign& campaign);
    /// The last day of the window: start + windowDays.
    [[nodiscard]] static QDate windowEnd(const Campaign& campaign);

    /// Bounds of a campaign's return window in days (the campaign screen's spin box and the
    /// service's check use these; the one definition).
    static constexpr int kMinWindowDays = 1;
    static constexpr int kMaxWindowDays = 365;
    /// True when kMinWindowDays ≤ days ≤ kMaxWindowDays.
    [[nodiscard]] static constexpr bool validWindowDays(int days) {
        return days >= kMinWindowDays && days <= kMaxWindowDays;
    }
};

}  // namespace hc::domain
