// TEMP(audit): replaced by h/xlsx at merge
// VisitImportService::importVisits(user, ImportTable, ImportOptions) on this branch only, so the
// import wizard builds and is tested: the CSV path of VisitImportService.cpp applied to a table,
// with the mapping, dry run and progress/cancel of ImportOptions. h/xlsx brings the real one.
#include "StorageFailure.h"

#include "hc/domain/Customer.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"
#include "hc/services/BackupService.h"
#include "hc/services/VisitImportService.h"
#include "hc/services/VisitRowMapper.h"
#include "hc/storage/BulkWriter.h"
#include "hc/storage/StorageError.h"
#include "hc/storage/TransactionGuard.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace hc::services {

namespace {

ServiceError cancelled() {
    return ServiceError{
        ServiceError::Code::Failed,
        QCoreApplication::translate("hc::services", "导入已取消,没有导入任何数据。"),
        QStringLiteral("cancelled"),
        {}};
}

}  // namespace

Result<ImportSummary> VisitImportService::importVisits(const ActingUser& user,
                                                       const ImportTable& table,
                                                       const ImportOptions& options) {
    ImportSummary summary;
    summary.encoding = table.encoding;
    QString headerError;
    const auto mapper =
        VisitRowMapper::fromHeader(options.mapping.apply(table.header), language_, &headerError);
    if (!mapper) {
        return ServiceError{ServiceError::Code::Invalid, headerError, {}, {}};
    }
    if (!options.dryRun) {
        if (auto backup = BackupService(db_, clock_).create(QStringLiteral("import")); !backup) {
            ServiceError e = backup.error();
            e.message += QStringLiteral("。") +
                         QCoreApplication::translate("hc::services", "没有导入任何数据。");
            return e;
        }
    }
    const QDateTime now = clock_();
    const QDate today = now.date();
    const int total = static_cast<int>(table.records.size());
    try {
        storage::TransactionGuard tx(db_);
        storage::BulkWriter writer(db_);
        writer.setTimestamp(now.toString(Qt::ISODate).left(19));
        storage::BulkWriter::Keys keys = writer.loadKeys();
        if (total >= 1000) {
            writer.deferSearchIndex();
        }
        for (const CsvRecord& record : table.records) {
            if (options.progress && summary.rows % 100 == 0 &&
                !options.progress(summary.rows, total)) {
                return cancelled();  // tx rolls back
            }
            ++summary.rows;
            const auto row = mapper->map(record, today, summary.rejects);
            if (!row) {
                ++summary.rejected;
                continue;
            }
            const QString who =
                !row->plate.isEmpty() ? row->plate : QStringLiteral("tel:") + row->phone;
            const qint64 day = storage::BulkWriter::dayKey(row->visitDate);
            if ((!row->workOrder.isEmpty() && keys.workOrders.contains(row->workOrder)) ||
                keys.visitKeys.contains(who, day, row->amountFen)) {
                ++summary.duplicatesSkipped;
                continue;
            }
            std::optional<storage::BulkWriter::VehicleRef> vehicle;
            if (!row->plate.isEmpty()) {
                const auto it = keys.vehicleByPlate.constFind(row->plate);
                if (it != keys.vehicleByPlate.cend()) {
                    vehicle = *it;
                }
            }
            if (!vehicle && !row->vin.isEmpty()) {
                const auto it = keys.vehicleByVin.constFind(row->vin);
                if (it != keys.vehicleByVin.cend()) {
                    vehicle = *it;
                }
            }
            domain::CustomerId customerId =
                row->phone.isEmpty() ? 0 : keys.customerByPhone.value(row->phone, 0);
            if (customerId == 0 && vehicle) {
                customerId = vehicle->owner;
            }
            if (customerId == 0) {
                if (row->name.isEmpty()) {
                    summary.rejects.push_back(ImportReject{
                        row->line, mapper->headerOf(VisitRowMapper::Name),
                        QCoreApplication::translate(
                            "hc::services", "客户姓名为空:电话和车牌都找不到已有客户,无法新建客户"),
                        row->raw});
                    ++summary.rejected;
                    continue;
                }
                domain::Customer c;
                c.name = row->name;
                c.phone = row->phone;
                c.region = row->region;
                c.source = QStringLiteral("import");
                customerId = writer.insertCustomer(c);
                ++summary.customersCreated;
                if (!row->phone.isEmpty()) {
                    keys.customerByPhone.insert(row->phone, customerId);
                }
            }
            if (!vehicle && (!row->plate.isEmpty() || !row->vin.isEmpty())) {
                domain::Vehicle v;
                v.customerId = customerId;
                v.plate = row->plate;
                v.vin = row->vin;
                v.model = row->model;
                v.purchaseDate = row->purchaseDate;
                const QDate from =
                    row->purchaseDate.isValid() && row->purchaseDate <= row->visitDate
                        ? row->purchaseDate
                        : row->visitDate;
                const storage::BulkWriter::VehicleRef ref{writer.insertVehicle(v, from),
                                                          customerId};
                vehicle = ref;
                ++summary.vehiclesCreated;
                if (!row->plate.isEmpty()) {
                    keys.vehicleByPlate.insert(row->plate, ref);
                }
                if (!row->vin.isEmpty()) {
                    keys.vehicleByVin.insert(row->vin, ref);
                }
            }
            domain::Visit visit;
            visit.customerId = customerId;
            if (vehicle) {
                visit.vehicleId = vehicle->id;
            }
            visit.date = row->visitDate;
            visit.workOrder = row->workOrder;
            visit.mileage = row->mileage;
            visit.category = row->category;
            visit.amountFen = row->amountFen;
            visit.source = QStringLiteral("import");
            if (user.id > 0) {
                visit.createdBy = user.id;
            }
            writer.addVisit(visit);
            ++summary.imported;
            if (!row->workOrder.isEmpty()) {
                keys.workOrders.insert(row->workOrder);
            }
            keys.visitKeys.insert(who, day, row->amountFen);
        }
        if (options.progress && !options.progress(summary.rows, total)) {
            return cancelled();
        }
        if (options.dryRun) {
            return summary;  // tx rolls back: nothing kept
        }
        const nlohmann::json audit = {{"rows", summary.rows},
                                      {"imported", summary.imported},
                                      {"rejected", summary.rejected},
                                      {"customers_created", summary.customersCreated},
                                      {"vehicles_created", summary.vehiclesCreated},
                                      {"duplicates_skipped", summary.duplicatesSkipped},
                                      {"format", table.format.toStdString()},
                                      {"encoding", summary.encoding.toStdString()}};
        writer.restoreSearchIndex();
        writer.insertAudit(user.id, QStringLiteral("import_visits"), QStringLiteral("visits"),
                           QString::fromStdString(audit.dump()));
        tx.commit();
    } catch (const storage::StorageError& e) {
        return storageFailure(
            e, QCoreApplication::translate("hc::services", "整个导入已撤销,没有导入任何数据。"));
    }
    return summary;
}

}  // namespace hc::services
