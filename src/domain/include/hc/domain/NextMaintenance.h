#pragma once

#include "hc/domain/FollowUpSettings.h"
#include "hc/domain/MaintenanceDueEstimator.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"

#include <QDate>

#include <span>
#include <vector>

namespace hc::domain {

/// Months of visit history behind a maintenance estimate (and loaded for the daily follow-up list):
/// the visits of (D − 24 months, D].
inline constexpr int kMaintenanceHistoryMonths = 24;

/// The next maintenance of one vehicle as of D exactly as the daily follow-up list dates it
/// (domain.md §7). Every screen and command showing a next maintenance calls this function with
/// the stored follow-up settings; FollowUpPlanner does too.
///
/// - History: the visits of (D − kMaintenanceHistoryMonths, D]; when there is none, every visit up
///   to D (a vehicle not seen for two years still shows its overdue date).
/// - MaintenanceDueEstimator with settings.maintenance over that history.
/// - When the vehicle's own driving rate is unknown (fewer than two usable odometer readings) the
///   kilometre rule is estimated with settings.defaultKmPerDay and decides when it comes first;
///   mileageAtNextDue is then the expected odometer at nextDue at that rate.
[[nodiscard]] MaintenanceDue nextMaintenance(const std::vector<Visit>& visits,
                                             const Vehicle* vehicle,
                                             const FollowUpSettings& settings, const QDate& asOf);
/// The same over pointers to the visits (FollowUpPlanner: no copy of the visits).
[[nodiscard]] MaintenanceDue nextMaintenanceOf(std::span<const Visit* const> visits,
                                               const Vehicle* vehicle,
                                               const FollowUpSettings& settings, const QDate& asOf);

}  // namespace hc::domain
