#pragma once

#include "hc/domain/ShopProfile.h"

#include <QString>

namespace hc::services {

/// The shop profile under the settings key "shop" (services-private):
///   {"name": "西安顺达汽修", "address": "…", "phone": "029-81629900", "hours": "…"}
/// Every field is a string; a missing or mistyped field reads as empty.
class ShopProfileJson {
public:
    static constexpr const char* kKey = "shop";
    [[nodiscard]] static QString toJson(const domain::ShopProfile& shop);
    [[nodiscard]] static domain::ShopProfile fromJson(const QString& json);
};

}  // namespace hc::services
