#include "hc/domain/CallOutcome.h"

#include <array>

#include <QCoreApplication>

namespace hc::domain {

namespace {

constexpr std::array<CallOutcome, kCallOutcomeCount> kOutcomes = {
    CallOutcome::Reached,     CallOutcome::NoAnswer, CallOutcome::WrongNumber,
    CallOutcome::VehicleSold, CallOutcome::WillCome, CallOutcome::Refuses};

}  // namespace

QString toKey(CallOutcome outcome) {
    switch (outcome) {
        case CallOutcome::Reached:
            return QStringLiteral("reached");
        case CallOutcome::NoAnswer:
            return QStringLiteral("no_answer");
        case CallOutcome::WrongNumber:
            return QStringLiteral("wrong_number");
        case CallOutcome::VehicleSold:
            return QStringLiteral("vehicle_sold");
        case CallOutcome::WillCome:
            return QStringLiteral("will_come");
        case CallOutcome::Refuses:
            return QStringLiteral("refuses");
    }
    return {};
}

std::optional<CallOutcome> callOutcomeFromKey(const QString& key) {
    for (const auto o : kOutcomes) {
        if (toKey(o) == key) {
            return o;
        }
    }
    return std::nullopt;
}

QString toLabel(CallOutcome outcome) {
    switch (outcome) {
        case CallOutcome::Reached:
            return QCoreApplication::translate("hc::domain", "已接通");
        case CallOutcome::NoAnswer:
            return QCoreApplication::translate("hc::domain", "未接听");
        case CallOutcome::WrongNumber:
            return QCoreApplication::translate("hc::domain", "电话错误");
        case CallOutcome::VehicleSold:
            return QCoreApplication::translate("hc::domain", "车辆已转卖");
        case CallOutcome::WillCome:
            return QCoreApplication::translate("hc::domain", "会来店");
        case CallOutcome::Refuses:
            return QCoreApplication::translate("hc::domain", "明确拒绝");
    }
    return {};
}

OutcomeEffect effectOf(CallOutcome outcome) {
    OutcomeEffect e;
    switch (outcome) {
        case CallOutcome::NoAnswer:
            e.closesItem = false;
            e.retryNextDay = true;
            break;
        case CallOutcome::WrongNumber:
            e.marksInvalid = InvalidReason::WrongNumber;
            e.isInvalidData = true;
            break;
        case CallOutcome::VehicleSold:
            e.marksInvalid = InvalidReason::VehicleSold;
            e.askNewOwnerContact = true;
            e.isInvalidData = true;
            break;
        case CallOutcome::WillCome:
            e.needsAppointment = true;
            break;
        case CallOutcome::Reached:
        case CallOutcome::Refuses:
            break;
    }
    return e;
}

QString invalidNote(CallOutcome outcome) {
    if (!effectOf(outcome).marksInvalid) {
        return {};
    }
    return QCoreApplication::translate("hc::domain", "回访结果:") + toLabel(outcome);
}

std::optional<QString> checkOutcome(CallOutcome outcome, const QDate& callDate,
                                    const QDate& appointment) {
    if (!effectOf(outcome).needsAppointment) {
        return std::nullopt;
    }
    if (!appointment.isValid()) {
        return QCoreApplication::translate("hc::domain", "客户会来店:请填写预约日期。");
    }
    if (callDate.isValid() && appointment < callDate) {
        return QCoreApplication::translate("hc::domain", "预约日期 %1 早于回访日期 %2,请检查。")
            .arg(appointment.toString(Qt::ISODate), callDate.toString(Qt::ISODate));
    }
    return std::nullopt;
}

}  // namespace hc::domain
