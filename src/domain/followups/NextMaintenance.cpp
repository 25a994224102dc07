#include "hc/domain/NextMaintenance.h"

#include <algorithm>

namespace hc::domain {

MaintenanceDue nextMaintenance(const std::vector<Visit>& visits, const Vehicle* vehicle,
                               const FollowUpSettings& settings, const QDate& asOf) {
    std::vector<const Visit*> refs;
    refs.reserve(visits.size());
    for (const Visit& v : visits) {
        refs.push_back(&v);
    }
    return nextMaintenanceOf(refs, vehicle, settings, asOf);
}

MaintenanceDue nextMaintenanceOf(std::span<const Visit* const> visits, const Vehicle* vehicle,
                                 const FollowUpSettings& settings, const QDate& asOf) {
    const QDate from = asOf.addMonths(-kMaintenanceHistoryMonths);
    std::vector<const Visit*> recent;
    std::vector<const Visit*> upToD;
    for (const Visit* v : visits) {
        if (v->date <= asOf) {
            upToD.push_back(v);
            if (v->date > from) {
                recent.push_back(v);
            }
        }
    }
    // The estimator applies the shop's default km/day when the vehicle has no own rate.
    return MaintenanceDueEstimator(settings.maintenance, settings.defaultKmPerDay)
        .estimateOf(recent.empty() ? upToD : recent, vehicle);
}

}  // namespace hc::domain
