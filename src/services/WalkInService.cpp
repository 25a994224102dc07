#include "hc/services/WalkInService.h"

#include "CustomerInput.h"
#include "RecordJson.h"
#include "UseCase.h"
#include "VehicleInput.h"
#include "VisitInput.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/TransactionGuard.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace hc::services {

struct WalkInService::Private {
    storage::Database& db;
    Clock clock;
    storage::CustomerRepository customers{db};
    storage::VehicleRepository vehicles{db};
    storage::VisitRepository visits{db};
    storage::AuditRepository audit{db};
};

namespace {

QJsonObject object(const QString& json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

/// The one audit record: the three new records side by side.
QString walkInJson(const domain::Customer& c, const domain::Vehicle& v, const domain::Visit& s) {
    QJsonObject all;
    all.insert(QStringLiteral("customer"), object(customerJson(c)));
    all.insert(QStringLiteral("vehicle"), object(vehicleJson(v)));
    all.insert(QStringLiteral("visit"), object(visitJson(s)));
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
}

}  // namespace

WalkInService::WalkInService(storage::Database& db, Clock clock)
    : d_(std::make_unique<Private>(Private{db, std::move(clock)})) {}

WalkInService::~WalkInService() = default;

Result<WalkInIds> WalkInService::registerWalkIn(const ActingUser& user, const WalkIn& input) {
    return runUseCase<Result<WalkInIds>>([&]() -> Result<WalkInIds> {
        domain::Customer c = input.customer;
        domain::Vehicle v = input.vehicle;
        domain::Visit s = input.visit;
        const QDate today = d_->clock().date();

        // 1. Everything that needs no database, in form order.
        if (auto err = normaliseCustomer(c, today)) {
            return *err;
        }
        if (c.phone.isEmpty()) {
            return invalidInput(QStringLiteral("phone"),
                                QCoreApplication::translate("hc::services", "请填写客户电话"));
        }
        if (auto err = normaliseVehicle(v)) {
            return *err;
        }
        if (v.plate.isEmpty() && v.vin.isEmpty()) {
            return invalidInput(
                QStringLiteral("plate"),
                QCoreApplication::translate("hc::services", "请填写车牌号或车架号"));
        }
        if (auto err = normaliseVisit(s, today)) {
            return *err;
        }

        // 2. Checks against stored data, inside the transaction, before the first write.
        storage::TransactionGuard tx(d_->db);
        v.id = 0;
        if (auto err = checkVehicleUnique(d_->vehicles, d_->customers, v)) {
            return *err;
        }
        if (!s.workOrder.isEmpty() && d_->visits.byWorkOrder(s.workOrder)) {
            return duplicateValue(
                QStringLiteral("work_order"),
                QCoreApplication::translate("hc::services", "工单号 %1 已存在").arg(s.workOrder));
        }

        // 3. The writes; any storage error rolls all of them back.
        const QDateTime now = d_->clock();
        c.id = 0;
        c.createdAt = now;
        c.updatedAt = now;
        c.id = d_->customers.insert(c);

        v.customerId = c.id;
        v.createdAt = now;
        v.updatedAt = now;
        const QDate from =
            v.purchaseDate.isValid() && v.purchaseDate <= today ? v.purchaseDate : today;
        v.id = d_->vehicles.insert(v, from);

        s.id = 0;
        s.customerId = c.id;
        s.vehicleId = v.id;
        s.createdAt = now;
        s.createdBy = user.id == 0 ? std::nullopt : std::optional<std::int64_t>(user.id);
        s.id = d_->visits.insert(s);

        d_->audit.append(now, user.id, QStringLiteral("walkin.create"), QStringLiteral("customer"),
                         c.id, {}, walkInJson(c, v, s));
        tx.commit();
        return WalkInIds{c.id, v.id, s.id};
    });
}

}  // namespace hc::services
