#include "hc/services/DemoService.h"

#include "StorageFailure.h"
#include "hc/storage/AnalysisRepository.h"
#include "hc/storage/BulkWriter.h"
#include "hc/storage/StorageError.h"
#include "hc/storage/TransactionGuard.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

namespace hc::services {

DemoService::DemoService(storage::Database& db, Clock clock) : db_(db), clock_(std::move(clock)) {}

Result<DemoSummary> DemoService::generate(const ActingUser& user, const DemoOptions& options) {
    if (options.customers <= 0) {
        return ServiceError{ServiceError::Code::Invalid,
                            QCoreApplication::translate("hc::services", "客户数必须大于 0。"),
                            QStringLiteral("customers"),
                            {}};
    }
    DemoSummary summary;
    summary.seed = options.seed;
    try {
        storage::TransactionGuard tx(db_);
        if (storage::AnalysisRepository(db_).customerCount() > 0) {
            return ServiceError{ServiceError::Code::Invalid,
                                QCoreApplication::translate(
                                    "hc::services",
                                    "演示数据只能生成到空的数据库中:这个数据库里已经有客户。"
                                    "请用 --db 指定一个新文件。"),
                                {},
                                {}};
        }
        const QDateTime now = clock_();
        storage::BulkWriter writer(db_);
        writer.setTimestamp(now.toString(Qt::ISODate).left(19));
        if (options.customers >= 5000) {
            writer.deferIndexes();
        }
        if (options.customers >= 100) {
            writer.deferSearchIndex();
        }
        // Without a date the data ends at the service's clock (not the system's).
        DemoOptions dated = options;
        if (!dated.asOf.isValid()) {
            dated.asOf = now.date();
        }
        DemoGenerator generator(dated);
        summary.asOf = generator.options().asOf;
        DemoCustomer dc;
        std::vector<domain::VehicleId> vehicleIds;
        while (generator.next(dc)) {
            const domain::CustomerId customerId = writer.insertCustomer(dc.customer);
            ++summary.customers;
            vehicleIds.clear();
            for (auto& v : dc.vehicles) {
                v.customerId = customerId;
                QDate from = v.purchaseDate;
                vehicleIds.push_back(writer.insertVehicle(v, from));
                ++summary.vehicles;
            }
            for (auto& dv : dc.visits) {
                dv.visit.customerId = customerId;
                if (dv.vehicleIndex >= 0) {
                    dv.visit.vehicleId = vehicleIds.at(static_cast<std::size_t>(dv.vehicleIndex));
                }
                if (user.id > 0) {
                    dv.visit.createdBy = user.id;
                }
                writer.addVisit(dv.visit);
                ++summary.visits;
            }
        }
        const nlohmann::json audit = {{"customers", summary.customers},
                                      {"vehicles", summary.vehicles},
                                      {"visits", summary.visits},
                                      {"seed", summary.seed},
                                      {"as_of", summary.asOf.toString(Qt::ISODate).toStdString()}};
        writer.restoreSearchIndex();
        writer.restoreIndexes();
        writer.insertAudit(user.id, QStringLiteral("demo_data"), QStringLiteral("customers"),
                           QString::fromStdString(audit.dump()));
        tx.commit();
    } catch (const storage::StorageError& e) {
        if (auto l = spdlog::get("services")) {
            l->error("demo data failed, rolled back: {}", e.what());
        }
        return storageFailure(
            e, QCoreApplication::translate("hc::services", "没有写入任何演示数据。"));
    }
    return summary;
}

}  // namespace hc::services
