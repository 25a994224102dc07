#include "AppointmentBooking.h"

#include "UseCase.h"
#include "hc/domain/AppointmentStatus.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/storage/AppointmentRepository.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/UserRepository.h"
#include "hc/storage/VehicleRepository.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace hc::services {

namespace {

nlohmann::json optId(const std::optional<std::int64_t>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json optText(const QString& s) {
    return s.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(s.toStdString());
}

}  // namespace

QString appointmentJson(const domain::Appointment& a) {
    const nlohmann::json j = {
        {"id", a.id},
        {"customer_id", a.customerId},
        {"vehicle_id", optId(a.vehicleId)},
        {"date", a.date.toString(Qt::ISODate).toStdString()},
        {"time", a.time.isValid() ? nlohmann::json(a.time.toString(u"HH:mm").toStdString())
                                  : nlohmann::json(nullptr)},
        {"purpose", a.purpose.toStdString()},
        {"advisor_id", optId(a.advisorId)},
        {"call_id", optId(a.callId)},
        {"cancelled_at",
         a.cancelledAt.isValid()
             ? nlohmann::json(a.cancelledAt.toString(u"yyyy-MM-ddTHH:mm:ss").toStdString())
             : nlohmann::json(nullptr)},
        {"cancel_reason", optText(a.cancelReason)},
    };
    return QString::fromStdString(j.dump());
}

Result<domain::AppointmentId> bookAppointmentInTransaction(storage::Database& db,
                                                           const ActingUser& user,
                                                           const AppointmentInput& input,
                                                           const QDateTime& now,
                                                           std::optional<std::int64_t> callId) {
    if (auto message = domain::checkBooking(input.date, now.date())) {
        return invalidInput(QStringLiteral("date"), *message);
    }
    if (!storage::CustomerRepository(db).find(input.customerId)) {
        return notFound(QCoreApplication::translate("hc::services", "客户不存在,可能已被删除"));
    }
    std::optional<domain::VehicleId> vehicleId = input.vehicleId;
    if (vehicleId) {
        const auto vehicle = storage::VehicleRepository(db).find(*vehicleId);
        if (!vehicle || vehicle->customerId != input.customerId) {
            if (!callId) {
                return invalidInput(
                    QStringLiteral("vehicle_id"),
                    QCoreApplication::translate("hc::services", "该车辆不属于此客户"));
            }
            vehicleId.reset();
        }
    }
    if (input.advisorId) {
        const auto advisor = storage::UserRepository(db).find(*input.advisorId);
        if (!advisor || !advisor->active) {
            return invalidInput(
                QStringLiteral("advisor_id"),
                QCoreApplication::translate("hc::services", "服务顾问不存在或已停用"));
        }
    }
    domain::Appointment a;
    a.customerId = input.customerId;
    a.vehicleId = vehicleId;
    a.date = input.date;
    a.time = input.time;
    a.purpose = domain::TextNormalizer::text(input.purpose);
    a.advisorId = input.advisorId;
    a.callId = callId;
    a.createdAt = now;
    if (user.id != 0) {
        a.createdBy = user.id;
    }
    a.id = storage::AppointmentRepository(db).insert(a);
    storage::AuditRepository(db).append(now, user.id, QStringLiteral("appointment.book"),
                                        QStringLiteral("appointment"), a.id, {},
                                        appointmentJson(a));
    return a.id;
}

}  // namespace hc::services
