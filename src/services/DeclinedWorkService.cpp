#include "hc/services/DeclinedWorkService.h"

#include "RecordJson.h"
#include "UseCase.h"
#include "hc/domain/DeclinedWorkDue.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/DeclinedItemRepository.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/TransactionGuard.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <QCoreApplication>

namespace hc::services {

namespace {
const QString kEntity = QStringLiteral("declined_item");
constexpr int kMaxReasonLength = 200;
}  // namespace

struct DeclinedWorkService::Private {
    storage::Database& db;
    Clock clock;
    storage::DeclinedItemRepository items{db};
    storage::VisitRepository visits{db};
    storage::VehicleRepository vehicles{db};
    storage::AuditRepository audit{db};

    /// The items with their due dates as of today (stored follow-up settings; the vehicle's
    /// visits and first-service reading for the km rule).
    std::vector<DeclinedItemRow> withDue(std::vector<domain::DeclinedItem> list) const {
        const auto settings = storage::SettingsRepository(db).loadFollowUps();
        const QDate today = clock().date();
        std::map<domain::VehicleId,
                 std::pair<std::optional<domain::Vehicle>, std::vector<domain::Visit>>>
            byVehicle;
        static const std::vector<domain::Visit> kNone;
        std::vector<DeclinedItemRow> out;
        out.reserve(list.size());
        for (auto& item : list) {
            const domain::Vehicle* vehicle = nullptr;
            const std::vector<domain::Visit>* history = &kNone;
            if (item.vehicleId) {
                auto it = byVehicle.find(*item.vehicleId);
                if (it == byVehicle.end()) {
                    it = byVehicle
                             .emplace(*item.vehicleId, std::pair{vehicles.find(*item.vehicleId),
                                                                 visits.ofVehicle(*item.vehicleId)})
                             .first;
                }
                vehicle = it->second.first ? &*it->second.first : nullptr;
                history = &it->second.second;
            }
            DeclinedItemRow row;
            row.due = domain::declinedWorkDue(item, *history, vehicle, settings, today);
            row.item = std::move(item);
            out.push_back(std::move(row));
        }
        return out;
    }

    DeclinedItemRow rowOf(domain::DeclinedItemId id) const {
        auto rows = withDue({*items.find(id)});
        return rows.front();
    }

    /// The latest valid visit that can have done `item` (see closeDone), or nullopt.
    std::optional<domain::Visit> laterVisit(const domain::DeclinedItem& item) const {
        const auto list =
            item.vehicleId ? visits.ofVehicle(*item.vehicleId) : visits.ofCustomer(item.customerId);
        for (const auto& v : list) {  // newest first
            if (v.id != item.visitId && v.date >= item.visitDate) {
                return v;
            }
        }
        return std::nullopt;
    }
};

DeclinedWorkService::DeclinedWorkService(storage::Database& db, Clock clock)
    : d_(std::make_unique<Private>(Private{db, std::move(clock)})) {}

DeclinedWorkService::~DeclinedWorkService() = default;

Result<std::vector<DeclinedItemRow>> DeclinedWorkService::list(const DeclinedQuery& query) const {
    return runRead<std::vector<DeclinedItemRow>>("declined list", [&] {
        storage::DeclinedItemFilter f;
        f.customerId = query.customerId;
        f.vehicleId = query.vehicleId;
        f.visitId = query.visitId;
        f.status = query.status;
        return d_->withDue(d_->items.list(f));
    });
}

Result<std::optional<DeclinedItemRow>> DeclinedWorkService::find(domain::DeclinedItemId id) const {
    return runRead<std::optional<DeclinedItemRow>>("declined find",
                                                   [&]() -> std::optional<DeclinedItemRow> {
                                                       if (!d_->items.find(id)) {
                                                           return std::nullopt;
                                                       }
                                                       return d_->rowOf(id);
                                                   });
}

Result<DeclinedItemRow> DeclinedWorkService::closeDone(const ActingUser& user,
                                                       domain::DeclinedItemId id,
                                                       std::optional<domain::VisitId> visitId) {
    return runUseCase<Result<DeclinedItemRow>>([&]() -> Result<DeclinedItemRow> {
        storage::TransactionGuard tx(d_->db);
        const auto before = d_->items.find(id);
        if (!before) {
            return notFound(
                QCoreApplication::translate("hc::services", "建议项目 #%1 不存在").arg(id));
        }
        if (!before->isOpen()) {
            return invalidInput(
                QStringLiteral("status"),
                QCoreApplication::translate("hc::services", "建议项目“%1”已关闭(%2)")
                    .arg(before->what, domain::toLabel(before->status)));
        }
        std::optional<domain::Visit> visit;
        if (visitId) {
            visit = d_->visits.find(*visitId);
            const bool fits = visit && !visit->isVoided() && visit->id != before->visitId &&
                              visit->date >= before->visitDate &&
                              (before->vehicleId ? visit->vehicleId == before->vehicleId
                                                 : visit->customerId == before->customerId);
            if (!fits) {
                return invalidInput(
                    QStringLiteral("visit"),
                    QCoreApplication::translate(
                        "hc::services",
                        "进厂记录 #%1 不能关闭该项目:须为同一车辆在建议之后的有效进厂记录")
                        .arg(*visitId));
            }
        } else {
            visit = d_->laterVisit(*before);
            if (!visit) {
                return invalidInput(QStringLiteral("visit"),
                                    QCoreApplication::translate(
                                        "hc::services",
                                        "该车辆在提出建议之后还没有进厂记录,请在登记进厂时勾选"
                                        "“本次已做”"));
            }
        }
        d_->items.markDone(id, visit->id, visit->date, d_->clock(), user.id);
        const auto after = d_->items.find(id);
        d_->audit.append(d_->clock(), user.id, QStringLiteral("declined.done"), kEntity, id,
                         declinedItemJson(*before), declinedItemJson(*after));
        tx.commit();
        return d_->rowOf(id);
    });
}

Result<DeclinedItemRow> DeclinedWorkService::drop(const ActingUser& user, domain::DeclinedItemId id,
                                                  const QString& reasonText) {
    return runUseCase<Result<DeclinedItemRow>>([&]() -> Result<DeclinedItemRow> {
        const QString reason = domain::TextNormalizer::text(reasonText);
        if (reason.isEmpty()) {
            return invalidInput(QStringLiteral("reason"),
                                QCoreApplication::translate("hc::services", "请填写放弃原因"));
        }
        if (reason.size() > kMaxReasonLength) {
            return invalidInput(
                QStringLiteral("reason"),
                QCoreApplication::translate("hc::services", "放弃原因不能超过 %1 个字")
                    .arg(kMaxReasonLength));
        }
        storage::TransactionGuard tx(d_->db);
        const auto before = d_->items.find(id);
        if (!before) {
            return notFound(
                QCoreApplication::translate("hc::services", "建议项目 #%1 不存在").arg(id));
        }
        if (!before->isOpen()) {
            return invalidInput(
                QStringLiteral("status"),
                QCoreApplication::translate("hc::services", "建议项目“%1”已关闭(%2)")
                    .arg(before->what, domain::toLabel(before->status)));
        }
        const QDateTime now = d_->clock();
        d_->items.markDropped(id, reason, now.date(), now, user.id);
        const auto after = d_->items.find(id);
        d_->audit.append(now, user.id, QStringLiteral("declined.drop"), kEntity, id,
                         declinedItemJson(*before), declinedItemJson(*after));
        tx.commit();
        return d_->rowOf(id);
    });
}

}  // namespace hc::services
