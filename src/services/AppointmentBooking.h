#pragma once

#include "hc/services/ActingUser.h"
#include "hc/services/AppointmentService.h"
#include "hc/services/Result.h"

#include <QDateTime>

#include <optional>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// Services-private: validates and stores one appointment inside the CALLER'S transaction, with
/// its audit record "appointment.book" (AppointmentService::book and the "will come" outcome of
/// FollowUpService::recordOutcome). A bad input returns the error and writes nothing; storage
/// failures throw StorageError (the caller's transaction rolls back). With a `callId` (a will_come
/// outcome) a vehicle that is no longer the customer's (sold since the visit called about) is left
/// out instead of refusing the call.
Result<domain::AppointmentId> bookAppointmentInTransaction(
    storage::Database& db, const ActingUser& user, const AppointmentInput& input,
    const QDateTime& now, std::optional<std::int64_t> callId = std::nullopt);

/// The audit JSON of an appointment (ids, date, time, purpose, advisor, call, cancellation).
QString appointmentJson(const domain::Appointment& a);

}  // namespace hc::services
