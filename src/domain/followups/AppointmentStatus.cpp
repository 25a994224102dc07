#include "hc/domain/AppointmentStatus.h"

#include <QCoreApplication>

#include <array>

namespace hc::domain {

namespace {

constexpr std::array<AppointmentStatus, kAppointmentStatusCount> kStatuses = {
    AppointmentStatus::Booked, AppointmentStatus::Arrived, AppointmentStatus::NoShow,
    AppointmentStatus::Cancelled};

}  // namespace

QString toKey(AppointmentStatus status) {
    switch (status) {
        case AppointmentStatus::Booked:
            return QStringLiteral("booked");
        case AppointmentStatus::Arrived:
            return QStringLiteral("arrived");
        case AppointmentStatus::NoShow:
            return QStringLiteral("no_show");
        case AppointmentStatus::Cancelled:
            return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<AppointmentStatus> appointmentStatusFromKey(const QString& key) {
    for (const auto s : kStatuses) {
        if (toKey(s) == key) {
            return s;
        }
    }
    return std::nullopt;
}

QString toLabel(AppointmentStatus status) {
    switch (status) {
        case AppointmentStatus::Booked:
            return QCoreApplication::translate("hc::domain", "已预约");
        case AppointmentStatus::Arrived:
            return QCoreApplication::translate("hc::domain", "已到店");
        case AppointmentStatus::NoShow:
            return QCoreApplication::translate("hc::domain", "爽约");
        case AppointmentStatus::Cancelled:
            return QCoreApplication::translate("hc::domain", "已取消");
    }
    return {};
}

AppointmentStatus appointmentStatus(const Appointment& appointment, std::span<const Visit> visits,
                                    const QDate& today) {
    if (appointment.isCancelled()) {
        return AppointmentStatus::Cancelled;
    }
    for (const Visit& v : visits) {
        if (v.isVoided() || v.date != appointment.date) {
            continue;
        }
        const bool sameCustomer = v.customerId == appointment.customerId;
        const bool sameVehicle =
            appointment.vehicleId && v.vehicleId && *v.vehicleId == *appointment.vehicleId;
        if (sameCustomer || sameVehicle) {
            return AppointmentStatus::Arrived;
        }
    }
    if (appointment.date.isValid() && appointment.date < today) {
        return AppointmentStatus::NoShow;
    }
    return AppointmentStatus::Booked;
}

std::optional<QString> checkBooking(const QDate& date, const QDate& today) {
    if (!date.isValid()) {
        return QCoreApplication::translate("hc::domain", "请填写有效的预约日期(YYYY-MM-DD)");
    }
    if (date < today) {
        return QCoreApplication::translate("hc::domain", "预约日期不能早于今天");
    }
    return std::nullopt;
}

}  // namespace hc::domain
