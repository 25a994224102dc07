#pragma once

#include "hc/domain/CustomerBaseFit.h"
#include "hc/domain/CustomerBaseSummary.h"
#include "hc/domain/PurchaseEvent.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace hc::domain {

/// One customer's outlook over the next 12 months from a stored fit (the customer card,
/// `customer show`, the callback priority's value part).
struct CustomerOutlook {
    int x = 0;  ///< repeat visit days so far
    QDate firstVisit;
    QDate lastVisit;
    double pReturn = 0.0;                 ///< P(at least one visit in the next 12 months)
    double expectedVisits = 0.0;          ///< expected visits in the next 12 months
    std::optional<double> expectedValue;  ///< in yuan (× the fit's margin); nullopt without spend
    std::optional<int> valuePercentile;   ///< 0–100: share of customers worth less at the fit
    QDate fitCalibrationEnd;              ///< the fit's data end
};

/// Scores one customer with a stored fit: cheap (the customer's own visits, no refit).
class CustomerBaseOutlook {
public:
    /// 12 months in weeks (365 ÷ 7).
    static constexpr double kTwelveMonthsWeeks = 365.0 / 7.0;

    /// The outlook of the customer whose visits (any order, amounts in yuan) are `events`, as of
    /// `asOf` (visits after it are ignored). nullopt without a visit on or before `asOf` or when
    /// the expectation cannot be computed.
    [[nodiscard]] static std::optional<CustomerOutlook> of(const std::vector<PurchaseEvent>& events,
                                                           const CustomerBaseFit& fit,
                                                           const QDate& asOf);

    /// The outlook of one prepared history (CustomerBaseSummary::build as of the scoring date);
    /// lastVisit is left invalid. nullopt when the expectation cannot be computed.
    [[nodiscard]] static std::optional<CustomerOutlook> ofHistory(const CustomerHistory& history,
                                                                  const CustomerBaseFit& fit);

    /// A plain-language sentence for the card, e.g. "回头 3 次,最近一次 2026-05-02。按本店的进厂
    /// 规律,未来 12 个月再来的可能性约 78%,预计进厂 1.6 次,预期消费约 2150 元(高于 82% 的客户)。"
    [[nodiscard]] static QString sentence(const CustomerOutlook& outlook);

    /// Points 0–100 for a value against the fit's percentile cuts: the share of cut points at or
    /// below `value`, rounded half-up (no cuts → 0).
    [[nodiscard]] static int valuePoints(double value, const std::vector<double>& cuts);

    /// The 99 percentile cut points (1 %…99 %, nearest rank) of `values`; empty for no values.
    [[nodiscard]] static std::vector<double> percentileCuts(std::vector<double> values);
};

}  // namespace hc::domain
