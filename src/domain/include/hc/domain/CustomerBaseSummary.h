#pragma once

#include "hc/domain/PurchaseEvent.h"

#include <QDate>

#include <vector>

namespace hc::domain {

/// A customer's history as the BG/NBD and gamma-gamma models see it (Fader, Hardie & Lee 2005):
/// visits on the same day count once (their amounts are added), the first visit is the "birth",
/// x = repeat visits up to the calibration end, t_x = time from the first to the last repeat visit
/// (0 when x = 0), T = time from the first visit to the calibration end, both in weeks (days ÷ 7).
/// `meanRepeatSpend` = mean amount of the repeat visits (0 when x = 0) — the gamma-gamma input;
/// `holdoutVisits` = distinct visit days after the calibration end up to the holdout end.
struct CustomerHistory {
    CustomerId id = 0;
    QDate firstVisit;
    int x = 0;
    double tx = 0.0;
    double T = 0.0;
    double meanRepeatSpend = 0.0;
    int holdoutVisits = 0;
    friend bool operator==(const CustomerHistory&, const CustomerHistory&) = default;
};

/// Builds the per-customer histories from visits.
class CustomerBaseSummary {
public:
    /// Customers whose first visit is on or before `calibrationEnd`, ordered by id. Visits after
    /// `calibrationEnd` count as holdout visits when on or before `holdoutEnd` (pass an invalid
    /// date for none), else they are ignored. Events with an invalid date are ignored.
    [[nodiscard]] static std::vector<CustomerHistory> build(std::vector<PurchaseEvent> events,
                                                            const QDate& calibrationEnd,
                                                            const QDate& holdoutEnd = QDate());

    /// Number of customers with x > 0.
    [[nodiscard]] static int repeatCustomers(const std::vector<CustomerHistory>& histories);
};

}  // namespace hc::domain
