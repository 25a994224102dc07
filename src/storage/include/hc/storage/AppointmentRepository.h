#pragma once

#include "hc/domain/Appointment.h"
#include "hc/domain/Visit.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::storage {

class Database;

/// The appointments table (schema 0012) <-> domain::Appointment. Prepared statements only; throws
/// StorageError. Writes run inside the caller's transaction.
class AppointmentRepository {
public:
    explicit AppointmentRepository(Database& db) : db_(db) {}

    /// Inserts a booked appointment and returns its id (createdAt null = now).
    std::int64_t insert(const domain::Appointment& appointment);
    /// With the display fields (customer name, plate, advisor name).
    [[nodiscard]] std::optional<domain::Appointment> find(domain::AppointmentId id) const;
    /// Marks it cancelled (status 'cancelled', time, user — 0 = system — and reason).
    void cancel(domain::AppointmentId id, const QDateTime& at, std::int64_t userId,
                const QString& reason);
    /// Appointments dated in [from, to], cancelled ones included, by date, time (no time last),
    /// id; with the display fields.
    [[nodiscard]] std::vector<domain::Appointment> between(const QDate& from,
                                                           const QDate& to) const;
    /// One customer's appointments dated on or after `from` (cancelled ones included), in the
    /// order of between(); at most `limit`.
    [[nodiscard]] std::vector<domain::Appointment> ofCustomer(domain::CustomerId customer,
                                                              const QDate& from, int limit) const;
    /// The non-voided visits dated in [from, to] (id, customer, vehicle, date only): what the
    /// status rule needs to see arrivals.
    [[nodiscard]] std::vector<domain::Visit> visitsBetween(const QDate& from,
                                                           const QDate& to) const;

private:
    Database& db_;
};

}  // namespace hc::storage
