#include "hc/domain/ChurnReason.h"

#include <QCoreApplication>

namespace hc::domain {

QString toKey(ChurnReason reason) {
    switch (reason) {
        case ChurnReason::Price:
            return QStringLiteral("price");
        case ChurnReason::Quality:
            return QStringLiteral("quality");
        case ChurnReason::Waiting:
            return QStringLiteral("waiting");
        case ChurnReason::Attitude:
            return QStringLiteral("attitude");
        case ChurnReason::Distance:
            return QStringLiteral("distance");
        case ChurnReason::FriendGarage:
            return QStringLiteral("friend_garage");
        case ChurnReason::VehicleSold:
            return QStringLiteral("vehicle_sold");
        case ChurnReason::LowMileage:
            return QStringLiteral("low_mileage");
        case ChurnReason::OutOfTown:
            return QStringLiteral("out_of_town");
        case ChurnReason::Other:
            return QStringLiteral("other");
    }
    return {};
}

std::optional<ChurnReason> churnReasonFromKey(const QString& key) {
    for (int i = 0; i < kChurnReasonCount; ++i) {
        const auto r = static_cast<ChurnReason>(i);
        if (toKey(r) == key) {
            return r;
        }
    }
    return std::nullopt;
}

QString toLabel(ChurnReason reason) {
    switch (reason) {
        case ChurnReason::Price:
            return QCoreApplication::translate("hc::domain", "价格贵");
        case ChurnReason::Quality:
            return QCoreApplication::translate("hc::domain", "维修技术差");
        case ChurnReason::Waiting:
            return QCoreApplication::translate("hc::domain", "等待时间长");
        case ChurnReason::Attitude:
            return QCoreApplication::translate("hc::domain", "服务态度差");
        case ChurnReason::Distance:
            return QCoreApplication::translate("hc::domain", "距离远不方便");
        case ChurnReason::FriendGarage:
            return QCoreApplication::translate("hc::domain", "朋友开维修厂");
        case ChurnReason::VehicleSold:
            return QCoreApplication::translate("hc::domain", "车辆转卖");
        case ChurnReason::LowMileage:
            return QCoreApplication::translate("hc::domain", "车不常开/里程少");
        case ChurnReason::OutOfTown:
            return QCoreApplication::translate("hc::domain", "外地车/人在外地");
        case ChurnReason::Other:
            return QCoreApplication::translate("hc::domain", "其他");
    }
    return {};
}

bool isInternal(ChurnReason reason) {
    return reason == ChurnReason::Price || reason == ChurnReason::Quality ||
           reason == ChurnReason::Waiting || reason == ChurnReason::Attitude;
}

}  // namespace hc::domain
