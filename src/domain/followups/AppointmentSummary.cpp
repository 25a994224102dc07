#include "hc/domain/AppointmentSummary.h"

#include "hc/domain/AppointmentStatus.h"

namespace hc::domain {

AppointmentSummary summarizeAppointments(std::span<const Appointment> appointments,
                                         std::span<const Visit> visits, const QDate& today) {
    AppointmentSummary s;
    for (const Appointment& a : appointments) {
        switch (appointmentStatus(a, visits, today)) {
            case AppointmentStatus::Cancelled:
                ++s.cancelled;
                continue;
            case AppointmentStatus::Arrived:
                ++s.kept;
                break;
            case AppointmentStatus::NoShow:
                ++s.noShow;
                break;
            case AppointmentStatus::Booked:
                ++s.pending;
                break;
        }
        ++s.booked;
    }
    if (s.kept + s.noShow > 0) {
        s.noShowRate = static_cast<double>(s.noShow) / static_cast<double>(s.kept + s.noShow);
    }
    return s;
}

}  // namespace hc::domain
