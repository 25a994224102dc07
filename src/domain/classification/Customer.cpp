#include "hc/domain/Customer.h"

namespace hc::domain {

QString invalidReasonKey(InvalidReason reason) {
    switch (reason) {
        case InvalidReason::WrongNumber:
            return QStringLiteral("wrong_number");
        case InvalidReason::VehicleSold:
            return QStringLiteral("vehicle_sold");
        case InvalidReason::Unreachable:
            return QStringLiteral("unreachable");
        case InvalidReason::Other:
            return QStringLiteral("other");
    }
    return {};
}

std::optional<InvalidReason> invalidReasonFromKey(const QString& key) {
    for (auto r : {InvalidReason::WrongNumber, InvalidReason::VehicleSold,
                   InvalidReason::Unreachable, InvalidReason::Other}) {
        if (invalidReasonKey(r) == key) {
            return r;
        }
    }
    return std::nullopt;
}

}  // namespace hc::domain
