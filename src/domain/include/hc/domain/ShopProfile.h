#pragma once

#include <QString>

namespace hc::domain {

/// The shop's own details (门店信息), set by the manager in the settings: printed on receipts and
/// report headers and merged into the call scripts as {shop}. All optional; the name is required
/// once a profile is saved (SettingsService::saveShopProfile).
struct ShopProfile {
    QString name;  ///< e.g. "西安顺达汽修"
    QString address;
    QString phone;  ///< normalised by PhoneValidator when saved
    QString hours;  ///< opening hours as free text, e.g. "周一至周日 8:30–18:00"

    [[nodiscard]] bool isEmpty() const { return name.isEmpty(); }
    friend bool operator==(const ShopProfile&, const ShopProfile&) = default;
};

}  // namespace hc::domain
