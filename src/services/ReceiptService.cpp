#include "hc/services/ReceiptService.h"

#include "hc/domain/DeclinedWorkDue.h"

#include "ShopProfileJson.h"
#include "UseCase.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/DeclinedItemRepository.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace hc::services {

struct ReceiptService::Private {
    /// The open declined items of the visit's vehicle declined at this visit or before (of this
    /// visit only without a vehicle), dated as of the visit (stored follow-up settings).
    std::vector<DeclinedItemRow> declinedAt(const domain::Visit& visit,
                                            const std::vector<domain::Visit>& history,
                                            const domain::Vehicle* vehicle) const {
        storage::DeclinedItemFilter f;
        if (visit.vehicleId) {
            f.vehicleId = visit.vehicleId;
        } else {
            f.visitId = visit.id;
        }
        const auto followUps = storage::SettingsRepository(db).loadFollowUps();
        std::vector<DeclinedItemRow> out;
        for (auto& item : storage::DeclinedItemRepository(db).list(f)) {
            const bool openThen =
                item.isOpen() || (item.closedDate.isValid() && item.closedDate > visit.date);
            if (item.visitDate > visit.date || !openThen ||
                (item.closedByVisitId && *item.closedByVisitId == visit.id)) {
                continue;
            }
            DeclinedItemRow row;
            row.due = domain::declinedWorkDue(item, history, vehicle, followUps, visit.date);
            row.item = std::move(item);
            out.push_back(std::move(row));
        }
        return out;
    }

    storage::Database& db;
    Clock clock;

    Result<VisitReceipt> build(const std::optional<domain::Visit>& visit) const {
        if (!visit) {
            return notFound(QCoreApplication::translate("hc::services", "找不到该维修记录"));
        }
        if (visit->isVoided()) {
            return invalidInput(
                QStringLiteral("visit"),
                QCoreApplication::translate("hc::services", "该维修记录已作废(%1),不能打印结算单")
                    .arg(visit->voidReason));
        }
        const storage::SettingsRepository settings(db);
        VisitReceipt r;
        r.visit = *visit;
        r.printedAt = clock();
        if (const auto shop = settings.get(QString::fromLatin1(ShopProfileJson::kKey))) {
            r.shop = ShopProfileJson::fromJson(*shop);
        }
        if (const auto customer = storage::CustomerRepository(db).find(visit->customerId)) {
            r.customerName = customer->name;
            r.customerPhone = customer->phone.isEmpty()
                                  ? QString()
                                  : domain::PhoneValidator::maskPhone(customer->phone);
        }
        if (visit->vehicleId) {
            if (const auto vehicle = storage::VehicleRepository(db).find(*visit->vehicleId)) {
                r.plate = vehicle->plate;
                r.vin = vehicle->vin;
                QStringList parts;
                for (const QString& p : {vehicle->brand, vehicle->model}) {
                    if (!p.trimmed().isEmpty()) {
                        parts << p.trimmed();
                    }
                }
                r.vehicle = parts.join(QLatin1Char(' '));
                // The history as it stood at this visit: later visits do not move its proposal.
                auto history = storage::VisitRepository(db).ofVehicle(*visit->vehicleId);
                std::erase_if(history, [&](const domain::Visit& v) {
                    return v.date > visit->date || (v.date == visit->date && v.id > visit->id);
                });
                const domain::MaintenanceDueEstimator estimator(
                    settings.loadFollowUps().maintenance);
                r.nextService = estimator.estimate(history, &*vehicle);
                r.declined = declinedAt(*visit, history, &*vehicle);
            }
        } else {
            r.declined = declinedAt(*visit, {}, nullptr);
        }
        return r;
    }
};

ReceiptService::ReceiptService(storage::Database& db, Clock clock)
    : d_(std::make_unique<Private>(Private{db, std::move(clock)})) {}

ReceiptService::~ReceiptService() = default;

Result<VisitReceipt> ReceiptService::receipt(domain::VisitId id) const {
    return runUseCase<Result<VisitReceipt>>(
        [&] { return d_->build(storage::VisitRepository(d_->db).find(id)); });
}

Result<VisitReceipt> ReceiptService::receiptByWorkOrder(const QString& workOrder) const {
    return runUseCase<Result<VisitReceipt>>([&] {
        const QString code = domain::TextNormalizer::code(workOrder);
        return d_->build(code.isEmpty() ? std::nullopt
                                        : storage::VisitRepository(d_->db).byWorkOrder(code));
    });
}

}  // namespace hc::services
