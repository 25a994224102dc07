#include "hc/domain/FleetSize.h"

namespace hc::domain {

QString toKey(FleetSize size) {
    switch (size) {
        case FleetSize::Large:
            return QStringLiteral("large");
        case FleetSize::Medium:
            return QStringLiteral("medium");
        case FleetSize::Small:
            return QStringLiteral("small");
        case FleetSize::Single:
            break;
    }
    return QStringLiteral("single");
}

std::optional<FleetSize> fleetSizeFromKey(const QString& key) {
    for (int i = 0; i < kFleetSizeCount; ++i) {
        const auto size = static_cast<FleetSize>(i);
        if (toKey(size) == key) {
            return size;
        }
    }
    return std::nullopt;
}

std::optional<FleetSize> fleetSize(int vehicles, const FleetSettings& settings) {
    if (vehicles <= 0) {
        return std::nullopt;
    }
    if (vehicles >= settings.large) {
        return FleetSize::Large;
    }
    if (vehicles >= settings.medium) {
        return FleetSize::Medium;
    }
    if (vehicles >= settings.small) {
        return FleetSize::Small;
    }
    return FleetSize::Single;
}

}  // namespace hc::domain
