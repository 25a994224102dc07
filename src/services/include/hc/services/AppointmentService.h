#pragma once

#include "hc/domain/Appointment.h"
#include "hc/domain/AppointmentStatus.h"
#include "hc/domain/AppointmentSummary.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// What is entered to book an appointment (at reception, or with a "will come" call outcome).
struct AppointmentInput {
    domain::CustomerId customerId = 0;
    std::optional<domain::VehicleId> vehicleId;  ///< must belong to the customer
    QDate date;                                  ///< today or later
    QTime time;                                  ///< the slot's start; null = only the day
    QString purpose;
    std::optional<std::int64_t> advisorId;  ///< an active user
};

/// One appointment with its status on the day asked (domain AppointmentStatus).
struct AppointmentEntry {
    domain::Appointment appointment;
    domain::AppointmentStatus status = domain::AppointmentStatus::Booked;
};

/// Appointments (预约, docs/followups.md "Appointments"): booking, cancelling, the list of a few
/// days with the status of each (arrived when a visit of the customer or the vehicle is registered
/// on the day, no-show when the day passed without one), and the month's summary.
class AppointmentService {
public:
    AppointmentService(storage::Database& db, Clock clock);

    /// Books one appointment (one transaction, audited "appointment.book"). Invalid: no customer,
    /// a date before today, a vehicle of another customer, an unknown or inactive advisor.
    Result<domain::AppointmentId> book(const ActingUser& user, const AppointmentInput& input);
    /// Cancels a booked appointment (audited "appointment.cancel"); one already cancelled, or
    /// whose customer already arrived, cannot be cancelled.
    VoidResult cancel(const ActingUser& user, domain::AppointmentId id, const QString& reason);
    /// Appointments dated in [from, to] (at most 31 days), with their status as of today.
    [[nodiscard]] Result<std::vector<AppointmentEntry>> between(const QDate& from,
                                                                const QDate& to) const;
    /// One customer's appointments from today on (the card): booked, arrived today or cancelled,
    /// at most `limit`, with their status as of today.
    [[nodiscard]] Result<std::vector<AppointmentEntry>> upcomingOf(domain::CustomerId customer,
                                                                   int limit = 5) const;
    /// The appointments of a calendar month (domain summarizeAppointments as of today).
    [[nodiscard]] Result<domain::AppointmentSummary> monthSummary(int year, int month) const;
    /// Today by the service's clock (what "today" and "tomorrow" mean for the lists).
    [[nodiscard]] QDate today() const { return clock_().date(); }

private:
    storage::Database& db_;
    Clock clock_;
};

}  // namespace hc::services
