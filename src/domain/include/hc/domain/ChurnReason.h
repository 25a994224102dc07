#pragma once

#include <QString>

#include <optional>

namespace hc::domain {

/// Why a customer stopped coming (流失原因, domain.md §7, seed 003). Internal reasons are the
/// shop's own to fix first: "price", "quality", "waiting", "attitude". External: "distance",
/// "friend_garage", "vehicle_sold", "low_mileage", "out_of_town", "other".
enum class ChurnReason {
    Price,
    Quality,
    Waiting,
    Attitude,
    Distance,
    FriendGarage,
    VehicleSold,
    LowMileage,
    OutOfTown,
    Other
};
inline constexpr int kChurnReasonCount = 10;

QString toKey(ChurnReason reason);
std::optional<ChurnReason> churnReasonFromKey(const QString& key);
/// Chinese label, e.g. 价格贵, 维修技术差, 等待时间长, 服务态度差, 距离远, 朋友开维修厂, 车辆转卖,
/// 车不常开/里程少, 外地车, 其他.
QString toLabel(ChurnReason reason);
/// True for price, quality, waiting and attitude (内因).
bool isInternal(ChurnReason reason);

}  // namespace hc::domain
