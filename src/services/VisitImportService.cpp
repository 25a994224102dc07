#include "hc/services/VisitImportService.h"

#include "ImportRun.h"
#include "StorageFailure.h"

#include "hc/domain/Customer.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"
#include "hc/services/BackupService.h"
#include "hc/services/CellGuard.h"
#include "hc/services/CsvReader.h"
#include "hc/services/ImportFileReader.h"
#include "hc/services/VisitRowMapper.h"
#include "hc/storage/BulkWriter.h"
#include "hc/storage/Database.h"  // VisitImportService::owned_
#include "hc/storage/StorageError.h"
#include "hc/storage/TransactionGuard.h"

#include <QCoreApplication>

#include <algorithm>

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

namespace hc::services {

namespace {

std::shared_ptr<spdlog::logger> logger() {
    auto l = spdlog::get("services");
    return l ? l : spdlog::default_logger();
}

/// Room for the file's keys up front (no rehashing while importing); a large file into a small
/// archive rebuilds the visit indexes once at the end, and many rows index new customers and
/// vehicles for search in one go (restoreSearchIndex(), same transaction).
void prepareForRows(storage::BulkWriter& writer, storage::BulkWriter::Keys& keys, int total) {
    const auto rows = static_cast<std::int64_t>(total);
    const auto extra = static_cast<qsizetype>(rows);
    keys.visitKeys.reserve(static_cast<std::size_t>(extra));
    keys.workOrders.reserve(static_cast<std::size_t>(extra));
    keys.customerByPhone.reserve(keys.customerByPhone.size() + extra / 4);
    keys.vehicleByPlate.reserve(keys.vehicleByPlate.size() + extra / 4);
    keys.vehicleByVin.reserve(keys.vehicleByVin.size() + extra / 4);
    if (rows >= 50000 && rows > writer.visitCount()) {
        writer.deferIndexes();
    }
    if (rows >= 1000) {
        writer.deferSearchIndex();
    }
}

using Owner = std::pair<domain::CustomerId, std::optional<storage::BulkWriter::VehicleRef>>;

/// The visit's customer and vehicle: the vehicle by plate, then VIN; the customer by phone, else
/// the vehicle's owner, else a new one (refused with a reject when the row has no name); a new
/// vehicle when the row names one that is not known. Nullopt when the row is refused.
std::optional<Owner> findOrCreateOwner(const VisitImportRow& row, const VisitRowMapper& mapper,
                                       storage::BulkWriter::Keys& keys, storage::BulkWriter& writer,
                                       ImportSummary& summary) {
    std::optional<storage::BulkWriter::VehicleRef> vehicle;
    if (!row.plate.isEmpty()) {
        const auto it = keys.vehicleByPlate.constFind(row.plate);
        if (it != keys.vehicleByPlate.cend()) {
            vehicle = *it;
        }
    }
    if (!vehicle && !row.vin.isEmpty()) {
        const auto it = keys.vehicleByVin.constFind(row.vin);
        if (it != keys.vehicleByVin.cend()) {
            vehicle = *it;
        }
    }
    domain::CustomerId customerId = 0;
    if (!row.phone.isEmpty()) {
        customerId = keys.customerByPhone.value(row.phone, 0);
    }
    if (customerId == 0 && vehicle) {
        customerId = vehicle->owner;
    }
    if (customerId == 0) {
        if (row.name.isEmpty()) {
            summary.rejects.push_back(ImportReject{
                row.line, mapper.headerOf(VisitRowMapper::Name),
                QCoreApplication::translate("hc::services",
                                            "客户姓名为空:电话和车牌都找不到已有客户,无法新建客户"),
                row.raw});
            return std::nullopt;
        }
        domain::Customer c;
        c.name = row.name;
        c.phone = row.phone;
        c.region = row.region;
        c.source = QStringLiteral("import");
        customerId = writer.insertCustomer(c);
        ++summary.customersCreated;
        if (!row.phone.isEmpty()) {
            keys.customerByPhone.insert(row.phone, customerId);
        }
    }
    if (!vehicle && (!row.plate.isEmpty() || !row.vin.isEmpty())) {
        domain::Vehicle v;
        v.customerId = customerId;
        v.plate = row.plate;
        v.vin = row.vin;
        v.model = row.model;
        v.purchaseDate = row.purchaseDate;
        const QDate from = row.purchaseDate.isValid() && row.purchaseDate <= row.visitDate
                               ? row.purchaseDate
                               : row.visitDate;
        const storage::BulkWriter::VehicleRef ref{writer.insertVehicle(v, from), customerId};
        vehicle = ref;
        ++summary.vehiclesCreated;
        if (!row.plate.isEmpty()) {
            keys.vehicleByPlate.insert(row.plate, ref);
        }
        if (!row.vin.isEmpty()) {
            keys.vehicleByVin.insert(row.vin, ref);
        }
    }
    return Owner{customerId, vehicle};
}

}  // namespace

VisitImportService::VisitImportService(storage::Database& db, Clock clock,
                                       domain::MessageLanguage language)
    : db_(db), clock_(std::move(clock)), language_(language) {}

Result<ImportSummary> VisitImportService::importVisits(const ActingUser& user,
                                                       const QByteArray& fileBytes) {
    auto table = ImportFileReader::read(fileBytes);
    if (!table) {
        return table.error();
    }
    return importVisits(user, table.value(), ImportOptions{});
}

Result<ImportSummary> VisitImportService::importVisits(const ActingUser& user,
                                                       const ImportTable& table,
                                                       const ImportOptions& options) {
    ImportSummary summary;
    summary.encoding = table.encoding;
    if (table.header.isEmpty()) {
        return importEmptyError();
    }
    QString headerError;
    const auto mapper = VisitRowMapper::fromHeader(options.mapping.apply(table.header),
                                                   table.header, language_, &headerError);
    if (!mapper) {
        return ServiceError{ServiceError::Code::Invalid, headerError, {}, {}};
    }
    if (auto failed = backupBeforeImport(db_, clock_, options.dryRun)) {
        return *failed;
    }
    const QDateTime now = clock_();
    const QDate today = now.date();
    const int total = static_cast<int>(table.records.size());
    ImportProgressGate progress(options.progress, total);

    try {
        progress.start();
        storage::TransactionGuard tx(db_);
        storage::BulkWriter writer(db_);
        writer.setTimestamp(now.toString(Qt::ISODate).left(19));
        storage::BulkWriter::Keys keys = writer.loadKeys();
        prepareForRows(writer, keys, total);

        for (const CsvRecord& record : table.records) {
            ++summary.rows;
            progress.row(summary.rows);
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

            const auto target = findOrCreateOwner(*row, *mapper, keys, writer, summary);
            if (!target) {
                ++summary.rejected;
                continue;
            }
            const domain::CustomerId customerId = target->first;
            const auto& vehicle = target->second;

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

        const nlohmann::json audit = {{"rows", summary.rows},
                                      {"imported", summary.imported},
                                      {"rejected", summary.rejected},
                                      {"customers_created", summary.customersCreated},
                                      {"vehicles_created", summary.vehiclesCreated},
                                      {"duplicates_skipped", summary.duplicatesSkipped},
                                      {"encoding", summary.encoding.toStdString()},
                                      {"format", table.format.toStdString()},
                                      {"sheet", table.sheet.toStdString()}};
        writer.restoreSearchIndex();
        writer.restoreIndexes();
        writer.insertAudit(user.id, QStringLiteral("import_visits"), QStringLiteral("visits"),
                           QString::fromStdString(audit.dump()));
        if (!options.dryRun) {
            tx.commit();
        }
    } catch (const ImportCancelled&) {
        logger()->info("import cancelled after {} of {} rows, rolled back", summary.rows, total);
        return importCancelledError();
    } catch (const storage::StorageError& e) {
        logger()->error("import failed, rolled back: {}", e.what());
        return storageFailure(
            e, QCoreApplication::translate("hc::services", "整个导入已撤销,没有导入任何数据。"));
    }
    logger()->info("imported {} visits ({} rejected, {} duplicates){}", summary.imported,
                   summary.rejected, summary.duplicatesSkipped, options.dryRun ? " (dry run)" : "");
    return summary;
}

QByteArray VisitImportService::rejectsCsv(const ImportSummary& summary) {
    QString out;
    out += CsvReader::formatRecord({QStringLiteral("line"), QStringLiteral("column"),
                                    QStringLiteral("reason"), QStringLiteral("original row")});
    out += QStringLiteral("\r\n");
    for (const ImportReject& r : summary.rejects) {
        // Every text cell through the one formula guard (CellGuard): the original row is raw
        // user input.
        out += CsvReader::formatRecord({QString::number(r.line), CellGuard::inert(r.column),
                                        CellGuard::inert(r.reason), CellGuard::inert(r.original)});
        out += QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

}  // namespace hc::services
