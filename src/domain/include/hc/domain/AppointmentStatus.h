#pragma once

#include "hc/domain/Appointment.h"
#include "hc/domain/Visit.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>
#include <span>

namespace hc::domain {

/// The status of an appointment on a day (docs/followups.md "Appointments"). Keys: "booked",
/// "arrived", "no_show", "cancelled".
enum class AppointmentStatus { Booked, Arrived, NoShow, Cancelled };
inline constexpr int kAppointmentStatusCount = 4;

QString toKey(AppointmentStatus status);
std::optional<AppointmentStatus> appointmentStatusFromKey(const QString& key);
/// Chinese label: 已预约, 已到店, 爽约, 已取消.
QString toLabel(AppointmentStatus status);

/// The status rule, a pure function:
/// - cancelled when it was cancelled (explicitly, by a user);
/// - arrived when a non-voided visit of the same customer, or of the same vehicle (whoever brought
///   it), is dated on the appointment day;
/// - no_show when the appointment day is before `today` without such a visit;
/// - booked otherwise (the day has not passed yet).
/// `visits` may hold any visits; only those on the appointment day count.
[[nodiscard]] AppointmentStatus appointmentStatus(const Appointment& appointment,
                                                  std::span<const Visit> visits,
                                                  const QDate& today);

/// Checks a booking before it is stored; a Chinese message for the user, nullopt when fine:
/// the date must be valid and not before `today`.
[[nodiscard]] std::optional<QString> checkBooking(const QDate& date, const QDate& today);

}  // namespace hc::domain
