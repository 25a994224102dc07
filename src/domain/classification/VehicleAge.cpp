#include "hc/domain/VehicleAge.h"

namespace hc::domain {

QString toKey(VehicleAgeBucket bucket) {
    switch (bucket) {
        case VehicleAgeBucket::UnderOne:
            return QStringLiteral("<1y");
        case VehicleAgeBucket::OneToTwo:
            return QStringLiteral("1-2y");
        case VehicleAgeBucket::TwoToThree:
            return QStringLiteral("2-3y");
        case VehicleAgeBucket::ThreeOrMore:
            break;
    }
    return QStringLiteral(">=3y");
}

std::optional<VehicleAgeBucket> vehicleAgeBucketFromKey(const QString& key) {
    for (int i = 0; i < kVehicleAgeBucketCount; ++i) {
        const auto bucket = static_cast<VehicleAgeBucket>(i);
        if (toKey(bucket) == key) {
            return bucket;
        }
    }
    return std::nullopt;
}

std::optional<int> vehicleAgeYears(const QDate& purchaseDate, const QDate& asOf) {
    if (!purchaseDate.isValid() || !asOf.isValid() || purchaseDate > asOf) {
        return std::nullopt;
    }
    int years = asOf.year() - purchaseDate.year();
    if (asOf.month() < purchaseDate.month() ||
        (asOf.month() == purchaseDate.month() && asOf.day() < purchaseDate.day())) {
        --years;
    }
    return years;
}

VehicleAgeBucket vehicleAgeBucket(int years) {
    if (years < 1) {
        return VehicleAgeBucket::UnderOne;
    }
    if (years < 2) {
        return VehicleAgeBucket::OneToTwo;
    }
    if (years < 3) {
        return VehicleAgeBucket::TwoToThree;
    }
    return VehicleAgeBucket::ThreeOrMore;
}

std::optional<VehicleAgeBucket> vehicleAgeBucket(const QDate& purchaseDate, const QDate& asOf) {
    const auto years = vehicleAgeYears(purchaseDate, asOf);
    if (!years) {
        return std::nullopt;
    }
    return vehicleAgeBucket(*years);
}

}  // namespace hc::domain
