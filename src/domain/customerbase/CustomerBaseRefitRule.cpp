#include "hc/domain/CustomerBaseRefitRule.h"

namespace hc::domain {

bool CustomerBaseRefitRule::isStale(const std::optional<QDateTime>& latestFittedAt,
                                    const QDate& today) {
    if (!latestFittedAt || !latestFittedAt->isValid()) {
        return true;
    }
    const QDate monthStart(today.year(), today.month(), 1);
    return latestFittedAt->date() < monthStart;
}

QDate CustomerBaseRefitRule::calibrationEndFor(const QDate& today) {
    return today.addDays(-1);
}

}  // namespace hc::domain
