#pragma once

#include "hc/domain/CustomerFacts.h"
#include "hc/domain/Vehicle.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <cstdint>
#include <optional>

namespace hc::domain {

using AppointmentId = std::int64_t;

/// An appointment (预约): the customer agreed to come on `date` (a "will come" call outcome or a
/// booking at reception). Only "cancelled" is stored; arrived / no-show follow from the visits
/// (AppointmentStatus).
struct Appointment {
    AppointmentId id = 0;
    CustomerId customerId = 0;
    std::optional<VehicleId> vehicleId;
    QDate date;
    QTime time;       ///< the time slot's start; null = no time agreed (a call gave only the day)
    QString purpose;  ///< e.g. "保养", free text
    std::optional<std::int64_t> advisorId;  ///< the service advisor expected to receive the car
    QString advisor;                        ///< display: the advisor's name (read only)
    std::optional<std::int64_t> callId;     ///< the "will come" call that made it
    QDateTime createdAt;
    std::optional<std::int64_t> createdBy;
    QDateTime cancelledAt;  ///< null while not cancelled
    QString cancelReason;
    QString customerName;  ///< display (read only)
    QString plate;         ///< display (read only)

    [[nodiscard]] bool isCancelled() const { return cancelledAt.isValid(); }
};

}  // namespace hc::domain
