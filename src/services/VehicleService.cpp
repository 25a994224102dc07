#include "hc/services/VehicleService.h"

#include "RecordJson.h"
#include "UseCase.h"
#include "VehicleInput.h"
#include "hc/domain/PlateValidator.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/domain/VinValidator.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/TransactionGuard.h"
#include "hc/storage/VehicleRepository.h"

#include <QCoreApplication>
#include <QStringList>

namespace hc::services {

using domain::TextNormalizer;

namespace {
const QString kEntity = QStringLiteral("vehicle");
}

struct VehicleService::Private {
    storage::Database& db;
    Clock clock;
    storage::VehicleRepository vehicles{db};
    storage::CustomerRepository customers{db};
    storage::AuditRepository audit{db};

    std::optional<ServiceError> normalise(domain::Vehicle& v) const { return normaliseVehicle(v); }

    /// Duplicate error when another vehicle holds the plate or VIN.
    std::optional<ServiceError> checkUnique(const domain::Vehicle& v) const {
        return checkVehicleUnique(vehicles, customers, v);
    }

    QString ownerName(domain::CustomerId id) const {
        const auto c = customers.find(id);
        return c ? c->name : QString::number(id);
    }
};

VehicleService::VehicleService(storage::Database& db, Clock clock)
    : d_(std::make_unique<Private>(Private{db, std::move(clock)})) {}

VehicleService::~VehicleService() = default;

Result<domain::VehicleId> VehicleService::registerVehicle(const ActingUser& user,
                                                          const domain::Vehicle& input) {
    return runUseCase<Result<domain::VehicleId>>([&]() -> Result<domain::VehicleId> {
        domain::Vehicle v = input;
        v.id = 0;
        if (auto err = d_->normalise(v)) {
            return *err;
        }
        const QDate today = d_->clock().date();
        storage::TransactionGuard tx(d_->db);
        if (!d_->customers.exists(v.customerId)) {
            return invalidInput(QStringLiteral("customer"),
                                QCoreApplication::translate("hc::services", "请先选择车主"));
        }
        if (auto err = d_->checkUnique(v)) {
            return *err;
        }
        v.createdAt = d_->clock();
        v.updatedAt = v.createdAt;
        // The first ownership period starts at the purchase date when known, else today.
        const QDate from =
            v.purchaseDate.isValid() && v.purchaseDate <= today ? v.purchaseDate : today;
        v.id = d_->vehicles.insert(v, from);
        d_->audit.append(d_->clock(), user.id, QStringLiteral("vehicle.create"), kEntity, v.id, {},
                         vehicleJson(v));
        tx.commit();
        return v.id;
    });
}

VoidResult VehicleService::updateVehicle(const ActingUser& user, const domain::Vehicle& input) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        domain::Vehicle v = input;
        if (auto err = d_->normalise(v)) {
            return *err;
        }
        storage::TransactionGuard tx(d_->db);
        const auto before = d_->vehicles.find(v.id);
        if (!before) {
            return notFound(QCoreApplication::translate("hc::services", "车辆不存在,可能已被删除"));
        }
        if (auto err = d_->checkUnique(v)) {
            return *err;
        }
        v.customerId = before->customerId;  // the owner changes only through transfer()
        v.updatedAt = d_->clock();
        d_->vehicles.update(v);
        d_->audit.append(d_->clock(), user.id, QStringLiteral("vehicle.update"), kEntity, v.id,
                         vehicleJson(*before), vehicleJson(*d_->vehicles.find(v.id)));
        tx.commit();
        return Done{};
    });
}

VoidResult VehicleService::transfer(const ActingUser& user, domain::VehicleId id,
                                    domain::CustomerId newOwner, const QDate& date,
                                    const QString& note) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        const QDate today = d_->clock().date();
        const QDate on = date.isValid() ? date : today;
        if (on > today) {
            return invalidInput(
                QStringLiteral("date"),
                QCoreApplication::translate("hc::services", "过户日期不能晚于今天"));
        }
        storage::TransactionGuard tx(d_->db);
        const auto before = d_->vehicles.find(id);
        if (!before) {
            return notFound(QCoreApplication::translate("hc::services", "车辆不存在,可能已被删除"));
        }
        if (!d_->customers.exists(newOwner)) {
            return invalidInput(QStringLiteral("customer"),
                                QCoreApplication::translate("hc::services", "新车主不存在"));
        }
        if (before->customerId == newOwner) {
            return invalidInput(
                QStringLiteral("customer"),
                QCoreApplication::translate("hc::services", "新车主与当前车主相同"));
        }
        if (const auto current = d_->vehicles.currentOwnership(id); current && on < current->from) {
            return invalidInput(
                QStringLiteral("date"),
                QCoreApplication::translate("hc::services", "过户日期不能早于当前车主的登记日期 %1")
                    .arg(current->from.toString(Qt::ISODate)));
        }
        d_->vehicles.transfer(id, newOwner, on, TextNormalizer::text(note), d_->clock());
        d_->audit.append(d_->clock(), user.id, QStringLiteral("vehicle.transfer"), kEntity, id,
                         vehicleJson(*before), vehicleJson(*d_->vehicles.find(id)));
        tx.commit();
        return Done{};
    });
}

Result<std::optional<domain::Vehicle>> VehicleService::find(domain::VehicleId id) const {
    return runRead<std::optional<domain::Vehicle>>("vehicle find",
                                                   [&] { return d_->vehicles.find(id); });
}

Result<std::vector<domain::Vehicle>> VehicleService::vehiclesOf(domain::CustomerId owner) const {
    return runRead<std::vector<domain::Vehicle>>("vehicles of customer",
                                                 [&] { return d_->vehicles.ofCustomer(owner); });
}

Result<std::vector<domain::Ownership>> VehicleService::history(domain::VehicleId id) const {
    return runRead<std::vector<domain::Ownership>>("vehicle history",
                                                   [&] { return d_->vehicles.history(id); });
}

Result<std::vector<DuplicateHit>> VehicleService::findDuplicates(const QString& plate,
                                                                 const QString& vin,
                                                                 domain::VehicleId exceptId) const {
    return runRead<std::vector<DuplicateHit>>("vehicle duplicate check", [&] {
        std::vector<DuplicateHit> hits;
        {
            const auto add = [&](const QString& field, const std::optional<domain::Vehicle>& v) {
                if (v && v->id != exceptId) {
                    hits.push_back({field, v->customerId, d_->ownerName(v->customerId)});
                }
            };
            if (!TextNormalizer::text(plate).isEmpty()) {
                add(QStringLiteral("plate"),
                    d_->vehicles.byPlate(domain::PlateValidator::normalize(plate)));
            }
            if (!TextNormalizer::text(vin).isEmpty()) {
                add(QStringLiteral("vin"),
                    d_->vehicles.byVin(domain::VinValidator::normalize(vin)));
            }
        }
        return hits;
    });
}

}  // namespace hc::services
