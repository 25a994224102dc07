#pragma once

#include "hc/domain/Span.h"
#include "hc/domain/Visit.h"

#include <QDate>

#include <optional>
#include <span>
#include <vector>

namespace hc::domain {

/// Maintenance reminder settings (domain.md §7): due at the last maintenance + `interval` (default
/// 6 months; the shop's one maintenance interval, also the matrix's loyalty yardstick) or after
/// `intervalKm`
/// kilometres, whichever comes first; the date the kilometres are reached is estimated from the
/// vehicle's own mileage per day. `intervalKm` ≤ 0 switches the mileage rule off.
struct MaintenanceDueSettings {
    Span interval = Span::months(6);
    int intervalKm = 5000;
    friend bool operator==(const MaintenanceDueSettings&, const MaintenanceDueSettings&) = default;
};

/// The vehicle's own driving rate: `km` kilometres over `days` days (exact fraction, days > 0).
struct MileageRate {
    long long km = 0;
    long long days = 1;
    friend bool operator==(const MileageRate&, const MileageRate&) = default;

    [[nodiscard]] double kmPerDay() const {
        return static_cast<double>(km) / static_cast<double>(days);
    }
    /// Kilometres driven in `d` days, rounded half-up.
    [[nodiscard]] long long kmIn(long long d) const { return (2 * km * d + days) / (2 * days); }
    /// Whole days needed to drive `k` kilometres (rounded up); nullopt when the rate is zero.
    [[nodiscard]] std::optional<long long> daysFor(long long k) const;
};

/// One odometer reading: `km` on `date`.
struct OdometerReading {
    QDate date;
    int km = 0;
    friend bool operator==(const OdometerReading&, const OdometerReading&) = default;
};

/// The estimated day an odometer reaches a reading (MaintenanceDueEstimator::dateAtMileage).
struct MileageDate {
    QDate date;                  ///< null when no rate is known
    bool rateIsDefault = false;  ///< estimated with the shop's default km/day
};

/// When a vehicle is next due for maintenance, from its visit history.
struct MaintenanceDue {
    QDate baseDate;                   ///< last maintenance (or, without any, the last visit)
    bool baseIsMaintenance = false;   ///< false when no maintenance visit is on file
    std::optional<int> baseMileage;   ///< odometer at the base visit, when recorded
    std::optional<MileageRate> rate;  ///< from the first and the last odometer readings
    QDate dueByDate;                  ///< baseDate + interval
    std::optional<int> dueMileage;    ///< baseMileage + intervalKm
    QDate dueByMileageDate;           ///< estimated date dueMileage is reached (null if unknown)
    QDate nextDue;                    ///< the earlier of dueByDate and dueByMileageDate
    std::optional<int> mileageAtNextDue;  ///< estimated odometer at nextDue
    bool dueByMileageFirst = false;       ///< the mileage rule decides nextDue
    /// The mileage date was estimated with the shop's default km/day (the vehicle's own rate is
    /// unknown).
    bool rateIsDefault = false;

    [[nodiscard]] bool isValid() const { return nextDue.isValid(); }
    /// Overdue on `today`: nextDue lies before today.
    [[nodiscard]] bool isOverdue(const QDate& today) const {
        return nextDue.isValid() && nextDue < today;
    }
};

/// Pure estimator of the next maintenance of one vehicle (domain.md §7, maintenance reminder).
///
/// - Base: the latest visit with category "maintenance"; without one, the latest visit of any
///   category (flagged). No dated visit at all: an invalid result.
/// - Rate: (last reading − first reading) ÷ days between them over the odometer readings of the
///   visits (and the vehicle's first service, when given); readings on one day or a falling
///   odometer give no rate.
/// - Due by date: base + interval (calendar months clamped to the month end).
/// - Due by mileage: base mileage + intervalKm, reached after ⌈intervalKm ÷ rate⌉ days; without
///   the vehicle's own rate, with `defaultKmPerDay` when it is > 0 (FollowUpSettings).
/// Screens and lists call it through nextMaintenance() (NextMaintenance.h) with the stored
/// settings, so the card, the visit form and the follow-up list agree.
class MaintenanceDueEstimator {
public:
    explicit MaintenanceDueEstimator(MaintenanceDueSettings settings = {}, int defaultKmPerDay = 0);

    /// Visits of one vehicle in any order; `vehicle` adds its first-service reading when set.
    [[nodiscard]] MaintenanceDue estimate(const std::vector<Visit>& visits,
                                          const Vehicle* vehicle = nullptr) const;
    /// The same over pointers to the visits (the daily list: no copy of the visits).
    [[nodiscard]] MaintenanceDue estimateOf(std::span<const Visit* const> visits,
                                            const Vehicle* vehicle = nullptr) const;

    /// The highest odometer reading on file (for "mileage lower than last time" warnings).
    [[nodiscard]] static std::optional<int> lastMileage(const std::vector<Visit>& visits);

    /// The driving rate from the odometer readings, or nullopt (see class comment).
    [[nodiscard]] static std::optional<MileageRate> mileageRate(const std::vector<Visit>& visits,
                                                                const Vehicle* vehicle = nullptr);

    /// The latest odometer reading (by date, then the higher reading) of the visits and the
    /// vehicle's first service; nullopt without any.
    [[nodiscard]] static std::optional<OdometerReading> latestReading(
        const std::vector<Visit>& visits, const Vehicle* vehicle = nullptr);

    /// The one km-to-date conversion (the maintenance rule and declined work use it): `km` more
    /// kilometres after `from`, at the vehicle's own `rate`, else at `defaultKmPerDay` when > 0
    /// (flagged); km ≤ 0 gives `from`. Null date when no rate is usable.
    [[nodiscard]] static MileageDate dateAfterKm(const QDate& from, long long km,
                                                 const std::optional<MileageRate>& rate,
                                                 int defaultKmPerDay);

    [[nodiscard]] const MaintenanceDueSettings& settings() const { return settings_; }

private:
    MaintenanceDueSettings settings_;
    int defaultKmPerDay_ = 0;
};

}  // namespace hc::domain
