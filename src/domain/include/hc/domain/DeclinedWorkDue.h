#pragma once

#include "hc/domain/DeclinedItem.h"
#include "hc/domain/FollowUpSettings.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace hc::domain {

/// When a declined item is due and when its follow-up call is listed (DeclinedWorkDue).
struct DeclinedDue {
    QDate due;               ///< the earlier of dueByDate and dueByMileageDate, else the default
    QDate dueByDate;         ///< the item's own due date (null when none)
    QDate dueByMileageDate;  ///< estimated day the odometer reaches dueMileage (null if unknown)
    bool dueByMileageFirst = false;  ///< the mileage rule decides `due`
    bool rateIsDefault = false;      ///< the mileage date used the shop's default km/day
    bool byUrgencyDefault = false;   ///< neither rule gave a date: visit + days of the urgency
    QDate listFrom;                  ///< the follow-up call is listed from this day …
    QDate listUntil;                 ///< … to this day (inclusive)

    [[nodiscard]] bool isValid() const { return due.isValid(); }
};

/// The due rule of declined work (docs/domain-rules.md "Declined work"):
/// - by date: the item's dueDate;
/// - by km: the day the vehicle's odometer reaches dueMileage, from its latest reading at the
///   vehicle's own km per day, else the shop's default km/day — the maintenance rule's conversion
///   (MaintenanceDueEstimator::latestReading, mileageRate, dateAfterKm; readings up to `asOf`);
///   a due mileage already passed is due on the day of that reading;
/// - whichever comes first; neither: the visit date + safetyDays / soonDays / laterDays;
/// - the call is listed from max(visit + 1 day, due − leadDays) until due + listDays.
/// `vehicleVisits`: the visits of the item's vehicle (any order; others are ignored);
/// `vehicle`: adds its first-service reading. Invalid result when the item has no visit date.
[[nodiscard]] DeclinedDue declinedWorkDue(const DeclinedItem& item,
                                          const std::vector<Visit>& vehicleVisits,
                                          const Vehicle* vehicle, const FollowUpSettings& settings,
                                          const QDate& asOf);

/// An open item whose follow-up call belongs on the list of `day`: listFrom ≤ day ≤ listUntil.
/// (Calls already made are the planner's: one call cycle per item from listFrom on.)
[[nodiscard]] bool isDeclinedFollowUpDue(const DeclinedItem& item, const DeclinedDue& due,
                                         const QDate& day);

/// "未做项目:更换刹车片 ¥800.00(安全),上次 2026-05-20 进厂时建议,到期 2026-06-01(按里程
/// 45,000 km)" — the reason shown on the follow-up list.
[[nodiscard]] QString declinedReason(const DeclinedItem& item, const DeclinedDue& due);

/// Money as "¥1,234.50".
[[nodiscard]] QString yuanText(Fen fen);

}  // namespace hc::domain
