#include "ShopProfileJson.h"

#include <nlohmann/json.hpp>

namespace hc::services {

QString ShopProfileJson::toJson(const domain::ShopProfile& shop) {
    return QString::fromStdString(nlohmann::json{
        {"name", shop.name.toStdString()},
        {"address", shop.address.toStdString()},
        {"phone", shop.phone.toStdString()},
        {"hours",
         shop.hours.toStdString()}}.dump());
}

domain::ShopProfile ShopProfileJson::fromJson(const QString& json) {
    domain::ShopProfile shop;
    const auto j = nlohmann::json::parse(json.toStdString(), nullptr, false);
    if (!j.is_object()) {
        return shop;
    }
    const auto read = [&](const char* key, QString& out) {
        if (const auto it = j.find(key); it != j.end() && it->is_string()) {
            out = QString::fromStdString(it->get<std::string>());
        }
    };
    read("name", shop.name);
    read("address", shop.address);
    read("phone", shop.phone);
    read("hours", shop.hours);
    return shop;
}

}  // namespace hc::services
