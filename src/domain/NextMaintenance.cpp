#include "hc/domain/NextMaintenance.h"

#include <algorithm>

namespace hc::domain {

MaintenanceDue nextMaintenance(const std::vector<Visit>& visits, const Vehicle* vehicle,
                               const FollowUpSettings& settings, const QDate& asOf) {
    const QDate from = asOf.addMonths(-kMaintenanceHistoryMonths);
    std::vector<Visit> recent;
    std::vector<Visit> upToD;
    for (const Visit& v : visits) {
        if (v.date <= asOf) {
            upToD.push_back(v);
            if (v.date > from) {
                recent.push_back(v);
            }
        }
    }
    MaintenanceDue due = MaintenanceDueEstimator(settings.maintenance)
                             .estimate(recent.empty() ? upToD : recent, vehicle);
    if (!due.isValid() || due.rate || !due.dueMileage) {
        return due;
    }
    // The vehicle's own rate is unknown: estimate the kilometres with the default km/day.
    const MileageRate rate{std::max(0, settings.defaultKmPerDay), 1};
    if (const auto days = rate.daysFor(settings.maintenance.intervalKm)) {
        const QDate byKm = due.baseDate.addDays(*days);
        if (byKm < due.dueByDate) {
            due.dueByMileageDate = byKm;
            due.nextDue = byKm;
            due.dueByMileageFirst = true;
            due.mileageAtNextDue = due.dueMileage;
            return due;
        }
    }
    if (due.baseMileage && rate.km > 0) {
        due.mileageAtNextDue = static_cast<int>(
            *due.baseMileage + rate.kmIn(std::max<qint64>(0, due.baseDate.daysTo(due.nextDue))));
    }
    return due;
}

}  // namespace hc::domain
