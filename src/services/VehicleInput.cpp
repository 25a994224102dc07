#include "VehicleInput.h"

#include "UseCase.h"
#include "hc/domain/PlateValidator.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/domain/VinValidator.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/VehicleRepository.h"

#include <QCoreApplication>
#include <QStringList>

namespace hc::services {

using domain::TextNormalizer;

std::optional<ServiceError> normaliseVehicle(domain::Vehicle& v) {
    if (!TextNormalizer::text(v.plate).isEmpty()) {
        const auto r = domain::PlateValidator::validate(v.plate);
        if (r.isError()) {
            return invalidInput(QStringLiteral("plate"),
                                QCoreApplication::translate("hc::services", "车牌号有误:%1")
                                    .arg(validationMessage(r)));
        }
        v.plate = r.value;
    } else {
        v.plate.clear();
    }
    if (!TextNormalizer::text(v.vin).isEmpty()) {
        const auto r = domain::VinValidator::validate(v.vin);
        if (r.isError()) {
            return invalidInput(QStringLiteral("vin"),
                                QCoreApplication::translate("hc::services", "车架号有误:%1")
                                    .arg(validationMessage(r)));
        }
        v.vin = r.value;  // a check-digit warning is accepted: many Chinese VINs skip it
    } else {
        v.vin.clear();
    }
    v.engineNo = TextNormalizer::code(v.engineNo);
    v.keyNo = TextNormalizer::code(v.keyNo);
    for (QString* s : {&v.brand, &v.model, &v.displacement, &v.colour}) {
        *s = TextNormalizer::text(*s);
    }
    if (!v.transmission.isEmpty() && v.transmission != QLatin1String("manual") &&
        v.transmission != QLatin1String("automatic")) {
        return invalidInput(
            QStringLiteral("transmission"),
            QCoreApplication::translate("hc::services", "不支持的取值:%1").arg(v.transmission));
    }
    const QStringList grades{QStringLiteral("high"), QStringLiteral("mid"),
                             QStringLiteral("mid_low"), QStringLiteral("low")};
    if (!v.grade.isEmpty() && !grades.contains(v.grade)) {
        return invalidInput(
            QStringLiteral("grade"),
            QCoreApplication::translate("hc::services", "不支持的取值:%1").arg(v.grade));
    }
    if (v.firstServiceMileage && *v.firstServiceMileage < 0) {
        return invalidInput(QStringLiteral("first_service_mileage"),
                            QCoreApplication::translate("hc::services", "里程不能为负数"));
    }
    return std::nullopt;
}

std::optional<ServiceError> checkVehicleUnique(const storage::VehicleRepository& vehicles,
                                               const storage::CustomerRepository& customers,
                                               const domain::Vehicle& v) {
    const auto ownerName = [&customers](domain::CustomerId id) {
        const auto c = customers.find(id);
        return c ? c->name : QString::number(id);
    };
    if (!v.plate.isEmpty()) {
        if (auto other = vehicles.byPlate(v.plate); other && other->id != v.id) {
            return duplicateValue(
                QStringLiteral("plate"),
                QCoreApplication::translate("hc::services", "车牌号 %1 已登记在客户 %2 名下")
                    .arg(v.plate, ownerName(other->customerId)));
        }
    }
    if (!v.vin.isEmpty()) {
        if (auto other = vehicles.byVin(v.vin); other && other->id != v.id) {
            return duplicateValue(
                QStringLiteral("vin"),
                QCoreApplication::translate("hc::services", "车架号 %1 已登记在客户 %2 名下")
                    .arg(v.vin, ownerName(other->customerId)));
        }
    }
    return std::nullopt;
}

}  // namespace hc::services
