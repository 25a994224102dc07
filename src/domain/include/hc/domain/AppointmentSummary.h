#pragma once

#include "hc/domain/Appointment.h"
#include "hc/domain/Visit.h"

#include <QDate>

#include <optional>
#include <span>

namespace hc::domain {

/// Appointments of a period for the monthly report (docs/reports.md "Appointments"): of the
/// appointments dated in the period, `booked` those not cancelled, `kept` those arrived, `noShow`
/// the missed ones, `pending` those whose day has not passed yet (AppointmentStatus on `today`);
/// `cancelled` counted apart. noShowRate = noShow / (kept + noShow), nullopt when none decided.
struct AppointmentSummary {
    int booked = 0;
    int kept = 0;
    int noShow = 0;
    int pending = 0;
    int cancelled = 0;
    std::optional<double> noShowRate;
    friend bool operator==(const AppointmentSummary&, const AppointmentSummary&) = default;
};

[[nodiscard]] AppointmentSummary summarizeAppointments(std::span<const Appointment> appointments,
                                                       std::span<const Visit> visits,
                                                       const QDate& today);

}  // namespace hc::domain
