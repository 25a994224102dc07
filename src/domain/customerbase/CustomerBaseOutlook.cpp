#include "hc/domain/CustomerBaseOutlook.h"

#include "hc/domain/CustomerBaseSummary.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace hc::domain {

std::optional<CustomerOutlook> CustomerBaseOutlook::of(const std::vector<PurchaseEvent>& events,
                                                       const CustomerBaseFit& fit,
                                                       const QDate& asOf) {
    if (events.empty() || !asOf.isValid()) {
        return std::nullopt;
    }
    std::vector<PurchaseEvent> own;
    own.reserve(events.size());
    QDate last;
    for (const auto& e : events) {
        if (e.date.isValid() && e.date <= asOf) {
            own.push_back(PurchaseEvent{events.front().customerId, e.date, e.amount});
            last = std::max(last, e.date);
        }
    }
    const auto histories = CustomerBaseSummary::build(std::move(own), asOf);
    if (histories.size() != 1) {
        return std::nullopt;
    }
    auto o = ofHistory(histories.front(), fit);
    if (o) {
        o->lastVisit = last;
    }
    return o;
}

std::optional<CustomerOutlook> CustomerBaseOutlook::ofHistory(const CustomerHistory& h,
                                                              const CustomerBaseFit& fit) {
    const BgNbdModel model(fit.bgnbd);
    const auto visits = model.expectedVisits(kTwelveMonthsWeeks, h.x, h.tx, h.T);
    if (!visits || !std::isfinite(*visits)) {
        return std::nullopt;
    }
    CustomerOutlook o;
    o.x = h.x;
    o.firstVisit = h.firstVisit;
    o.expectedVisits = *visits;
    o.pReturn = model.probabilityOfVisit(kTwelveMonthsWeeks, h.x, h.tx, h.T);
    o.fitCalibrationEnd = fit.calibrationEnd;
    if (fit.spend) {
        if (const auto spend = GammaGammaModel(*fit.spend).expectedSpend(h.x, h.meanRepeatSpend)) {
            o.expectedValue = *visits * *spend * static_cast<double>(fit.settings.marginBp) / 1e4;
            if (!fit.valueCuts.empty()) {
                o.valuePercentile = valuePoints(*o.expectedValue, fit.valueCuts);
            }
        }
    }
    return o;
}

QString CustomerBaseOutlook::sentence(const CustomerOutlook& o) {
    const QString past =
        o.x == 0 ? QCoreApplication::translate("hc::domain", "只来过一次(%1)。")
                       .arg(o.firstVisit.toString(Qt::ISODate))
                 : QCoreApplication::translate("hc::domain", "首次进厂后又来了 %1 次,最近一次 %2。")
                       .arg(o.x)
                       .arg(o.lastVisit.toString(Qt::ISODate));
    const int percent = static_cast<int>(std::lround(o.pReturn * 100.0));
    QString future =
        QCoreApplication::translate(
            "hc::domain", "按本店的进厂规律,未来 12 个月再来的可能性约 %1%,预计进厂 %2 次")
            .arg(percent)
            .arg(QString::number(o.expectedVisits, 'f', 1));
    if (o.expectedValue) {
        const QString yuan = QString::number(std::llround(*o.expectedValue));
        future += QCoreApplication::translate("hc::domain", ",预期消费约 %1 元").arg(yuan);
        if (o.valuePercentile) {
            future += QCoreApplication::translate("hc::domain", "(高于 %1% 的客户)")
                          .arg(std::min(*o.valuePercentile, 99));
        }
    }
    return past + future + QCoreApplication::translate("hc::domain", "。");
}

int CustomerBaseOutlook::valuePoints(double value, const std::vector<double>& cuts) {
    if (cuts.empty()) {
        return 0;
    }
    const auto below = std::upper_bound(cuts.begin(), cuts.end(), value) - cuts.begin();
    const auto n = static_cast<long long>(cuts.size());
    return static_cast<int>((below * 200 + n) / (2 * n));
}

std::vector<double> CustomerBaseOutlook::percentileCuts(std::vector<double> values) {
    std::vector<double> cuts;
    values.erase(
        std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
        values.end());
    if (values.empty()) {
        return cuts;
    }
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    cuts.reserve(99);
    for (std::size_t p = 1; p <= 99; ++p) {
        // Nearest rank: the smallest value with at least p % of the values at or below it.
        const std::size_t rank = (p * n + 99) / 100;
        cuts.push_back(values[std::max<std::size_t>(rank, 1) - 1]);
    }
    return cuts;
}

}  // namespace hc::domain
