#include "hc/services/CustomerImportService.h"

#include "ImportRun.h"
#include "StorageFailure.h"

#include "hc/domain/Customer.h"
#include "hc/domain/Vehicle.h"
#include "hc/services/BackupService.h"
#include "hc/services/CustomerRowMapper.h"
#include "hc/storage/BulkWriter.h"
#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"
#include "hc/storage/TransactionGuard.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

namespace hc::services {

namespace {

std::shared_ptr<spdlog::logger> logger() {
    auto l = spdlog::get("services");
    return l ? l : spdlog::default_logger();
}

using VehicleRef = storage::BulkWriter::VehicleRef;

std::optional<VehicleRef> findVehicle(const storage::BulkWriter::Keys& keys,
                                      const CustomerImportRow::Car& car) {
    if (!car.plate.isEmpty()) {
        const auto it = keys.vehicleByPlate.constFind(car.plate);
        if (it != keys.vehicleByPlate.cend()) {
            return *it;
        }
    }
    if (!car.vin.isEmpty()) {
        const auto it = keys.vehicleByVin.constFind(car.vin);
        if (it != keys.vehicleByVin.cend()) {
            return *it;
        }
    }
    return std::nullopt;
}

enum class RowOutcome { Added, Known, Refused };

/// One row: the customer by phone, else the owner of a known vehicle, else a new one (refused with
/// a reject when the row has no name); then the row's cars that are not known yet.
RowOutcome importRow(const CustomerImportRow& row, const CustomerRowMapper& mapper,
                     const QDate& today, storage::BulkWriter::Keys& keys,
                     storage::BulkWriter& writer, ImportSummary& summary) {
    domain::CustomerId customerId = 0;
    for (const QString& phone : {row.phone, row.phone2}) {
        if (customerId == 0 && !phone.isEmpty()) {
            customerId = keys.customerByPhone.value(phone, 0);
        }
    }
    std::vector<std::optional<VehicleRef>> known;
    known.reserve(row.cars.size());
    for (const auto& car : row.cars) {
        known.push_back(findVehicle(keys, car));
        if (customerId == 0 && known.back()) {
            customerId = known.back()->owner;
        }
    }
    bool added = false;
    if (customerId == 0) {
        if (row.name.isEmpty()) {
            summary.rejects.push_back(
                ImportReject{row.line, mapper.headerOf(CustomerRowMapper::Name),
                             QCoreApplication::translate(
                                 "hc::services",
                                 "客户姓名为空:电话、车牌号和车架号都找不到已有客户,无法新建客户"),
                             row.raw});
            return RowOutcome::Refused;
        }
        domain::Customer c;
        c.name = row.name;
        c.phone = row.phone.isEmpty() ? row.phone2 : row.phone;
        c.phone2 = row.phone.isEmpty() ? QString() : row.phone2;
        c.idNumber = row.idNumber;
        c.address = row.address;
        c.region = row.region;
        c.source = QStringLiteral("import");
        customerId = writer.insertCustomer(c);
        ++summary.customersCreated;
        added = true;
        for (const QString& phone : {c.phone, c.phone2}) {
            if (!phone.isEmpty() && !keys.customerByPhone.contains(phone)) {
                keys.customerByPhone.insert(phone, customerId);
            }
        }
    } else {
        ++summary.customersMatched;
    }
    for (std::size_t i = 0; i < row.cars.size(); ++i) {
        const auto& car = row.cars[i];
        // A plate and a VIN of the same car in one row: known after the first insert.
        if (known[i] || findVehicle(keys, car)) {
            continue;
        }
        domain::Vehicle v;
        v.customerId = customerId;
        v.plate = car.plate;
        v.vin = car.vin;
        v.model = car.model;
        v.purchaseDate = car.purchaseDate;
        const QDate from = car.purchaseDate.isValid() ? car.purchaseDate : today;
        const VehicleRef ref{writer.insertVehicle(v, from), customerId};
        ++summary.vehiclesCreated;
        added = true;
        if (!car.plate.isEmpty()) {
            keys.vehicleByPlate.insert(car.plate, ref);
        }
        if (!car.vin.isEmpty()) {
            keys.vehicleByVin.insert(car.vin, ref);
        }
    }
    return added ? RowOutcome::Added : RowOutcome::Known;
}

}  // namespace

CustomerImportService::CustomerImportService(storage::Database& db, Clock clock,
                                             domain::MessageLanguage language)
    : db_(db), clock_(std::move(clock)), language_(language) {}

Result<ImportSummary> CustomerImportService::importCustomers(const ActingUser& user,
                                                             const ImportTable& table,
                                                             const ImportOptions& options) {
    ImportSummary summary;
    summary.encoding = table.encoding;
    if (table.header.isEmpty()) {
        return importEmptyError();
    }
    QString headerError;
    const auto mapper = CustomerRowMapper::fromHeader(options.mapping.apply(table.header),
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
        keys.customerByPhone.reserve(keys.customerByPhone.size() + total);
        keys.vehicleByPlate.reserve(keys.vehicleByPlate.size() + total);
        keys.vehicleByVin.reserve(keys.vehicleByVin.size() + total);
        if (total >= 50000 && total > writer.visitCount()) {
            writer.deferIndexes();
        }
        if (total >= 1000) {
            writer.deferSearchIndex();
        }

        for (const CsvRecord& record : table.records) {
            ++summary.rows;
            progress.row(summary.rows);
            const auto row = mapper->map(record, today, summary.rejects);
            if (!row) {
                ++summary.rejected;
                continue;
            }
            const auto outcome = importRow(*row, *mapper, today, keys, writer, summary);
            if (outcome == RowOutcome::Refused) {
                ++summary.rejected;
                continue;
            }
            const bool added = outcome == RowOutcome::Added;
            if (added) {
                ++summary.imported;
            } else {
                ++summary.duplicatesSkipped;
            }
        }

        const nlohmann::json audit = {{"rows", summary.rows},
                                      {"imported", summary.imported},
                                      {"rejected", summary.rejected},
                                      {"customers_created", summary.customersCreated},
                                      {"customers_matched", summary.customersMatched},
                                      {"vehicles_created", summary.vehiclesCreated},
                                      {"duplicates_skipped", summary.duplicatesSkipped},
                                      {"format", table.format.toStdString()},
                                      {"sheet", table.sheet.toStdString()}};
        writer.restoreSearchIndex();
        writer.restoreIndexes();
        writer.insertAudit(user.id, QStringLiteral("import_customers"), QStringLiteral("customers"),
                           QString::fromStdString(audit.dump()));
        if (!options.dryRun) {
            tx.commit();
        }
    } catch (const ImportCancelled&) {
        logger()->info("customer import cancelled after {} of {} rows, rolled back", summary.rows,
                       total);
        return importCancelledError();
    } catch (const storage::StorageError& e) {
        logger()->error("customer import failed, rolled back: {}", e.what());
        return storageFailure(
            e, QCoreApplication::translate("hc::services", "整个导入已撤销,没有导入任何数据。"));
    }
    logger()->info("imported {} customer rows ({} rejected, {} duplicates){}", summary.imported,
                   summary.rejected, summary.duplicatesSkipped, options.dryRun ? " (dry run)" : "");
    return summary;
}

}  // namespace hc::services
