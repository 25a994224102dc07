#pragma once

#include "hc/domain/Customer.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"
#include "hc/storage/KeySet.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <cstdint>
#include <limits>
#include <memory>

namespace hc::storage {

class Database;

/// Fast path for many rows at once (demo data, CSV import): prepared sqlite3 statements on the raw
/// handle, reused for every row. The caller owns the transaction (one TransactionGuard around the
/// whole batch); BulkWriter never begins or commits. Throws StorageError on every failure.
///
/// It also reads, in one pass each, the keys an importer needs to match and de-duplicate rows
/// against what is already stored (loadKeys()).
class BulkWriter {
public:
    /// What is already stored, for matching and de-duplication. Keys are normalised values.
    struct VehicleRef {
        domain::VehicleId id = 0;
        domain::CustomerId owner = 0;
    };
    static constexpr qint64 kNoDay = std::numeric_limits<qint64>::min() + 1;
    struct Keys {
        QHash<QString, domain::CustomerId> customerByPhone;  ///< phone and phone2
        QHash<QString, VehicleRef> vehicleByPlate;
        QHash<QString, VehicleRef> vehicleByVin;
        KeySet workOrders;  ///< text only
        /// Every stored visit as (vehicle's plate, else "tel:" + phone, else "id:" + customer id;
        /// dayKey(date); amount in fen).
        KeySet visitKeys;
    };

    explicit BulkWriter(Database& db);
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    /// Inserts a customer (archive fields, invalid state); returns the new id. created_at /
    /// updated_at are set to `timestamp` (see setTimestamp()). Customers, vehicles (with their
    /// ownership rows) and addVisit() visits are queued and written 64 rows per INSERT, parents
    /// first (see flushVisits()); ids are assigned as SQLite would (largest id + 1), so while a
    /// BulkWriter is in use nothing else may insert into customers or vehicles.
    domain::CustomerId insertCustomer(const domain::Customer& c);
    /// Inserts a vehicle owned by v.customerId and opens its ownership period on `ownerFrom`
    /// (purchase date when valid, else the first visit); returns the new id.
    domain::VehicleId insertVehicle(const domain::Vehicle& v, const QDate& ownerFrom);
    /// Inserts a visit; returns the new id.
    domain::VisitId insertVisit(const domain::Visit& v);
    /// Queues a visit. Queued rows are written when a queue holds 2048 rows, 64 per multi-row
    /// INSERT (see BulkWriter.cpp). Rows go in in call order; errors surface at the
    /// write (a later insert/addVisit/flushVisits, or any other call below that writes).
    /// flushVisits() writes every queued row (customers, vehicles, owners, visits);
    /// restoreIndexes(), restoreSearchIndex(), insertAudit(), visitCount() and insertVisit()
    /// flush first. Call flushVisits() (or one of those) before committing.
    void addVisit(const domain::Visit& v);
    void flushVisits();
    /// Appends one audit record (entity "import" / "demo", after_json a JSON object text).
    void insertAudit(std::int64_t userId, const QString& action, const QString& entity,
                     const QString& afterJson);

    /// For large batches into a small archive: drops every index of customers, vehicles,
    /// vehicle_owners and visits (their definitions are kept from sqlite_master) so rows go in
    /// without random index updates; restoreIndexes() rebuilds them by sorting, several times
    /// faster for many rows. Unique indexes (plate, VIN, work order, open ownership) are dropped
    /// too: the caller must not insert duplicates meanwhile (the importer matches every row against
    /// the keys of loadKeys() and of the rows it has added), and recreating them checks uniqueness
    /// anyway — a duplicate fails restoreIndexes() with a constraint error, before the commit.
    /// Both are part of the caller's transaction: a rollback restores the indexes as well. Call
    /// restoreIndexes() before committing; lookups by those columns are slow meanwhile.
    void deferIndexes();
    void restoreIndexes();
    /// For large batches: the search index (schema/0002_search.sql) is kept by triggers that fire
    /// once per inserted customer / vehicle, and each firing makes FTS5 flush a small segment
    /// (measured: ~40 % of a 200k-row import). This drops the two insert triggers; inserts made
    /// through this writer are remembered, and restoreSearchIndex() indexes them with set-based
    /// statements equivalent to the triggers (FTS rows, stale pinyin rows) and recreates the
    /// triggers, in the caller's transaction: a rollback restores everything. Does nothing when
    /// the triggers are not the ones this writer knows (then they simply keep firing). Call
    /// restoreSearchIndex() before committing; only inserts, no updates of these rows meanwhile.
    void deferSearchIndex();
    void restoreSearchIndex();
    /// Number of stored visits (to decide whether deferring indexes pays off); flushes first.
    [[nodiscard]] std::int64_t visitCount() const;

    /// created_at / updated_at of the rows written from now on ('YYYY-MM-DDTHH:MM:SS').
    void setTimestamp(const QString& timestamp);

    /// Reads every stored key (phones, plates, VINs, work orders, visit keys).
    [[nodiscard]] Keys loadKeys() const;

    /// The day of a visit key: QDate::toJulianDay(), kNoDay for an invalid date (or, when
    /// loading, a stored text that is no date).
    [[nodiscard]] static qint64 dayKey(const QDate& date) {
        return date.isValid() ? date.toJulianDay() : kNoDay;
    }

private:
    template <typename Row>
    struct Queue;
    struct Queues;
    Queues& queues();

    struct Private;
    std::unique_ptr<Private> d_;
    std::unique_ptr<Queues> queues_;
};

}  // namespace hc::storage
