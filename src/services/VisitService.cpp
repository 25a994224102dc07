#include "hc/services/VisitService.h"

#include "DeclinedWorkWriter.h"
#include "RecordJson.h"
#include "UseCase.h"
#include "VisitInput.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/DeclinedItemRepository.h"
#include "hc/storage/TransactionGuard.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <QCoreApplication>
#include <QStringList>

namespace hc::services {

using domain::TextNormalizer;

namespace {
const QString kEntity = QStringLiteral("visit");
}

struct VisitService::Private {
    storage::Database& db;
    Clock clock;
    storage::VisitRepository visits{db};
    storage::VehicleRepository vehicles{db};
    storage::CustomerRepository customers{db};
    storage::AuditRepository audit{db};

    /// Field checks that need no database.
    std::optional<ServiceError> normalise(domain::Visit& v) const {
        return normaliseVisit(v, clock().date());
    }

    /// Checks against stored data (inside the transaction): customer / vehicle ownership and the
    /// work-order number. `stored` is the visit being edited, if any.
    std::optional<ServiceError> checkStored(domain::Visit& v,
                                            const std::optional<domain::Visit>& stored) const {
        if (v.vehicleId) {
            const auto vehicle = vehicles.find(*v.vehicleId);
            if (!vehicle) {
                return invalidInput(QStringLiteral("vehicle"),
                                    QCoreApplication::translate("hc::services", "车辆不存在"));
            }
            const bool unchanged = stored && stored->vehicleId == v.vehicleId &&
                                   (v.customerId == 0 || v.customerId == stored->customerId);
            if (unchanged) {
                v.customerId = stored->customerId;  // keeps the owner at the time of the visit
            } else if (v.customerId == 0) {
                v.customerId = vehicle->customerId;
            } else if (v.customerId != vehicle->customerId) {
                return invalidInput(
                    QStringLiteral("vehicle"),
                    QCoreApplication::translate("hc::services", "车辆 %1 当前不属于该客户")
                        .arg(vehicle->plate.isEmpty() ? vehicle->vin : vehicle->plate));
            }
        } else if (v.customerId == 0) {
            return invalidInput(QStringLiteral("customer"),
                                QCoreApplication::translate("hc::services", "请先选择客户或车辆"));
        }
        if (!customers.exists(v.customerId)) {
            return invalidInput(QStringLiteral("customer"),
                                QCoreApplication::translate("hc::services", "客户不存在"));
        }
        if (!v.workOrder.isEmpty()) {
            if (auto other = visits.byWorkOrder(v.workOrder); other && other->id != v.id) {
                return duplicateValue(
                    QStringLiteral("work_order"),
                    QCoreApplication::translate("hc::services", "工单号 %1 已存在")
                        .arg(v.workOrder));
            }
        }
        return std::nullopt;
    }

    /// The visit is voided or deleted: the declined items it closed as done are open again
    /// (audited "declined.reopen").
    void reopenDeclinedClosedBy(const ActingUser& user, domain::VisitId id) {
        storage::DeclinedItemRepository repo(db);
        for (const auto itemId : repo.reopenClosedBy(id)) {
            audit.append(clock(), user.id, QStringLiteral("declined.reopen"),
                         QStringLiteral("declined_item"), itemId, {}, {});
        }
    }

    /// Manager any time; the advisor who entered the visit on the same day; nobody for a voided
    /// visit. nullopt when allowed.
    std::optional<ServiceError> checkCorrection(const ActingUser& user,
                                                const domain::Visit& visit) const {
        if (visit.isVoided()) {
            return invalidInput(
                QStringLiteral("visit"),
                QCoreApplication::translate("hc::services", "该维修记录已作废,不能再修改"));
        }
        if (user.role == domain::Role::Manager) {
            return std::nullopt;
        }
        const bool enteredByUser = user.id != 0 && visit.createdBy && *visit.createdBy == user.id;
        if (user.role == domain::Role::Advisor && enteredByUser &&
            visit.createdAt.date() == clock().date()) {
            return std::nullopt;
        }
        return denied(QCoreApplication::translate(
            "hc::services", "只有经理,或当天录入该记录的服务顾问,才能修改或作废维修记录"));
    }
};

VisitService::VisitService(storage::Database& db, Clock clock)
    : d_(std::make_unique<Private>(Private{db, std::move(clock)})) {}

VisitService::~VisitService() = default;

Result<domain::VisitId> VisitService::registerVisit(const ActingUser& user,
                                                    const domain::Visit& input) {
    return registerVisit(user, input, VisitDeclinedWork{});
}

Result<domain::VisitId> VisitService::registerVisit(const ActingUser& user,
                                                    const domain::Visit& input,
                                                    const VisitDeclinedWork& declinedInput) {
    return runUseCase<Result<domain::VisitId>>([&]() -> Result<domain::VisitId> {
        domain::Visit v = input;
        v.id = 0;
        if (auto err = d_->normalise(v)) {
            return *err;
        }
        VisitDeclinedWork declined = declinedInput;
        if (auto err = DeclinedWorkWriter::normalise(declined, v)) {
            return *err;
        }
        storage::TransactionGuard tx(d_->db);
        if (auto err = d_->checkStored(v, std::nullopt)) {
            return *err;
        }
        DeclinedWorkWriter declinedWork(d_->db);
        if (auto err = declinedWork.checkDone(declined, v)) {
            return *err;
        }
        v.createdAt = d_->clock();
        v.createdBy = user.id == 0 ? std::nullopt : std::optional<std::int64_t>(user.id);
        v.id = d_->visits.insert(v);
        d_->audit.append(d_->clock(), user.id, QStringLiteral("visit.create"), kEntity, v.id, {},
                         visitJson(v));
        declinedWork.write(user, v, declined, d_->clock());
        tx.commit();
        return v.id;
    });
}

VoidResult VisitService::updateVisit(const ActingUser& user, const domain::Visit& input) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        domain::Visit v = input;
        if (auto err = d_->normalise(v)) {
            return *err;
        }
        storage::TransactionGuard tx(d_->db);
        const auto before = d_->visits.find(v.id);
        if (!before) {
            return notFound(
                QCoreApplication::translate("hc::services", "维修记录不存在,可能已被删除"));
        }
        if (auto err = d_->checkCorrection(user, *before)) {
            return *err;
        }
        if (auto err = d_->checkStored(v, before)) {
            return *err;
        }
        d_->visits.update(v);
        d_->audit.append(d_->clock(), user.id, QStringLiteral("visit.update"), kEntity, v.id,
                         visitJson(*before), visitJson(*d_->visits.find(v.id)));
        tx.commit();
        return Done{};
    });
}

VoidResult VisitService::voidVisit(const ActingUser& user, domain::VisitId id,
                                   const QString& reasonText) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        const QString reason = TextNormalizer::text(reasonText);
        if (reason.isEmpty()) {
            return invalidInput(QStringLiteral("reason"),
                                QCoreApplication::translate("hc::services", "请填写作废原因"));
        }
        storage::TransactionGuard tx(d_->db);
        const auto before = d_->visits.find(id);
        if (!before) {
            return notFound(
                QCoreApplication::translate("hc::services", "维修记录不存在,可能已被删除"));
        }
        if (auto err = d_->checkCorrection(user, *before)) {
            return *err;
        }
        d_->visits.markVoided(id, d_->clock(), user.id, reason);
        d_->reopenDeclinedClosedBy(user, id);
        d_->audit.append(d_->clock(), user.id, QStringLiteral("visit.void"), kEntity, id,
                         visitJson(*before), visitJson(*d_->visits.find(id)));
        tx.commit();
        return Done{};
    });
}

bool VisitService::canCorrect(const ActingUser& user, const domain::Visit& visit) const {
    return !d_->checkCorrection(user, visit).has_value();
}

VoidResult VisitService::deleteVisit(const ActingUser& user, domain::VisitId id) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        if (user.role != domain::Role::Manager) {
            return denied(QCoreApplication::translate("hc::services", "只有经理可以删除维修记录"));
        }
        storage::TransactionGuard tx(d_->db);
        const auto before = d_->visits.find(id);
        if (!before) {
            return notFound(
                QCoreApplication::translate("hc::services", "维修记录不存在,可能已被删除"));
        }
        d_->reopenDeclinedClosedBy(user, id);
        storage::DeclinedItemRepository(d_->db).removeOfVisit(id);
        d_->visits.remove(id);
        d_->audit.append(d_->clock(), user.id, QStringLiteral("visit.delete"), kEntity, id,
                         visitJson(*before), {});
        tx.commit();
        return Done{};
    });
}

Result<std::optional<domain::Visit>> VisitService::find(domain::VisitId id) const {
    return runRead<std::optional<domain::Visit>>("visit find", [&] { return d_->visits.find(id); });
}

Result<std::optional<domain::Visit>> VisitService::findByWorkOrder(const QString& workOrder) const {
    const QString code = TextNormalizer::code(workOrder);
    if (code.isEmpty()) {
        return std::optional<domain::Visit>();
    }
    return runRead<std::optional<domain::Visit>>("visit by work order",
                                                 [&] { return d_->visits.byWorkOrder(code); });
}

Result<std::vector<domain::Visit>> VisitService::visitsOf(domain::CustomerId customer) const {
    return runRead<std::vector<domain::Visit>>("visits of customer",
                                               [&] { return d_->visits.ofCustomer(customer); });
}

Result<std::vector<domain::Visit>> VisitService::visitsOfVehicle(domain::VehicleId vehicle) const {
    return runRead<std::vector<domain::Visit>>("visits of vehicle",
                                               [&] { return d_->visits.ofVehicle(vehicle); });
}

}  // namespace hc::services
