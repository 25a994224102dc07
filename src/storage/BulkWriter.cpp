#include "hc/storage/BulkWriter.h"

#include "Query.h"

#include "hc/storage/AuditRepository.h"

#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <QByteArray>
#include <QDateTime>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

namespace hc::storage {

namespace {

[[noreturn]] void throwSqlite(sqlite3* db, const char* context) {
    const int code = sqlite3_extended_errcode(db);
    throw StorageError(StorageError::kindForCode(db, code), code,
                       QString::fromUtf8(sqlite3_errmsg(db)), QString::fromUtf8(context));
}

/// UTF-8 of a short key that repeats on every row (category, source): converted once per
/// distinct value and shared afterwards (the last few values are remembered).
QByteArray cachedUtf8(const QString& key) {
    struct Entry {
        QString key;
        QByteArray utf8;
    };
    thread_local std::array<Entry, 8> cache;
    thread_local std::size_t nextSlot = 0;
    for (const Entry& e : cache) {
        if (!e.utf8.isEmpty() && e.key == key) {
            return e.utf8;
        }
    }
    Entry& e = cache[nextSlot];
    nextSlot = (nextSlot + 1) % cache.size();
    e.key = key;
    e.utf8 = key.toUtf8();
    return e.utf8;
}

constexpr const char* kInsertVisit =
    "INSERT INTO visits (customer_id, vehicle_id, visit_date, work_order, mileage, category, "
    "work_done, labour_fen, parts_fen, other_fen, discount_fen, amount_fen, advisor, technician, "
    "source, created_at, created_by) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)";

// The search-index triggers of schema/0002_search.sql that fire on inserts, and the set-based
// statements that do the same for all rows with id > ?1 (deferSearchIndex()). A trigger whose text
// differs (changed by a later migration) is left alone: rows then go through it as before.
constexpr const char* kCustomerInsertTrigger = "search_customers_ai";
constexpr const char* kCustomerInsertTriggerSql =
    "CREATE TRIGGER search_customers_ai AFTER INSERT ON customers BEGIN INSERT INTO "
    "search_customer_fts (rowid, name, pinyin, phones) VALUES (new.id, new.name, '', "
    "trim(coalesce(new.phone, '') || ' ' || coalesce(new.phone2, '') || ' ' || "
    "replace(coalesce(new.phone, ''), '-', ''))); INSERT INTO search_pinyin (customer_id, "
    "name_src) VALUES (new.id, NULL) ON CONFLICT (customer_id) DO UPDATE SET name_src = NULL, "
    "pinyin = '', initials = ''; END";
constexpr const char* kCustomerFtsBulk =
    "INSERT INTO search_customer_fts (rowid, name, pinyin, phones) "
    "SELECT id, name, '', trim(coalesce(phone, '') || ' ' || coalesce(phone2, '') || ' ' || "
    "replace(coalesce(phone, ''), '-', '')) FROM customers WHERE id > ?1 AND id <= ?2 ORDER BY id";
constexpr const char* kCustomerPinyinBulk =
    "INSERT INTO search_pinyin (customer_id, name_src) "
    "SELECT id, NULL FROM customers WHERE id > ?1 AND id <= ?2 ORDER BY id "
    "ON CONFLICT (customer_id) DO UPDATE SET name_src = NULL, pinyin = '', initials = ''";
constexpr const char* kVehicleInsertTriggerSql =
    "CREATE TRIGGER search_vehicles_ai AFTER INSERT ON vehicles BEGIN INSERT INTO "
    "search_vehicle_fts (rowid, plate, vin) VALUES (new.id, coalesce(new.plate, ''), "
    "coalesce(new.vin, '')); END";
constexpr const char* kVehicleFtsBulk =
    "INSERT INTO search_vehicle_fts (rowid, plate, vin) "
    "SELECT id, coalesce(plate, ''), coalesce(vin, '') FROM vehicles "
    "WHERE id > ?1 AND id <= ?2 ORDER BY id";

// The odometer insert trigger of schema/0009_vehicle_odometer.sql (one UPSERT per visit, ≈ 1 µs a
// row) and its set-based replay for the visits with id > ?1 (deferSearchIndex()).
constexpr const char* kOdometerInsertTrigger = "visits_odometer_ai";
constexpr const char* kOdometerInsertTriggerSql =
    "CREATE TRIGGER visits_odometer_ai AFTER INSERT ON visits WHEN NEW.vehicle_id IS NOT NULL AND "
    "NEW.mileage IS NOT NULL AND NEW.voided_at IS NULL BEGIN INSERT INTO vehicle_odometer "
    "(vehicle_id, first_date, first_km, last_date, last_km) VALUES (NEW.vehicle_id, "
    "NEW.visit_date, NEW.mileage, NEW.visit_date, NEW.mileage) ON CONFLICT (vehicle_id) DO UPDATE "
    "SET first_date = CASE WHEN (excluded.first_date, excluded.first_km) < (first_date, "
    "first_km) THEN excluded.first_date ELSE first_date END, first_km = CASE WHEN "
    "(excluded.first_date, excluded.first_km) < (first_date, first_km) THEN excluded.first_km "
    "ELSE first_km END, last_date = CASE WHEN (excluded.last_date, excluded.last_km) > "
    "(last_date, last_km) THEN excluded.last_date ELSE last_date END, last_km = CASE WHEN "
    "(excluded.last_date, excluded.last_km) > (last_date, last_km) THEN excluded.last_km ELSE "
    "last_km END; END";
constexpr const char* kOdometerBulk =
    "INSERT INTO vehicle_odometer (vehicle_id, first_date, first_km, last_date, last_km) "
    "SELECT vehicle_id, substr(min(k), 1, 10), CAST(substr(min(k), 11) AS INTEGER), "
    "substr(max(k), 1, 10), CAST(substr(max(k), 11) AS INTEGER) "
    "FROM (SELECT vehicle_id, visit_date || printf('%012d', mileage) AS k FROM visits "
    "WHERE id > ?1 AND vehicle_id IS NOT NULL AND mileage IS NOT NULL AND voided_at IS NULL) "
    "WHERE true GROUP BY vehicle_id "
    "ON CONFLICT (vehicle_id) DO UPDATE SET "
    "first_date = CASE WHEN (excluded.first_date, excluded.first_km) < (first_date, first_km) "
    "THEN excluded.first_date ELSE first_date END, "
    "first_km = CASE WHEN (excluded.first_date, excluded.first_km) < (first_date, first_km) "
    "THEN excluded.first_km ELSE first_km END, "
    "last_date = CASE WHEN (excluded.last_date, excluded.last_km) > (last_date, last_km) "
    "THEN excluded.last_date ELSE last_date END, "
    "last_km = CASE WHEN (excluded.last_date, excluded.last_km) > (last_date, last_km) "
    "THEN excluded.last_km ELSE last_km END";

/// SQL text with every run of white space turned into one space (trigger comparison).
QByteArray squeezed(const QByteArray& sql) {
    return sql.simplified();
}

std::int64_t maxId(sqlite3* db, const char* sql) {
    Query s(db, sql);
    return s.next() ? s.integer(0) : 0;
}

void exec(sqlite3* db, const QByteArray& sql, const char* context) {
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        throwSqlite(db, context);
    }
}

/// Runs a set-based index statement for the ids inserted by the batch: one statement for the
/// whole range when the new ids are exactly (before, max] (the normal case: rowids are assigned
/// max + 1), else one per id.
void indexNewRows(sqlite3* db, const char* sql, std::int64_t before,
                  const std::vector<std::int64_t>& ids) {
    if (ids.empty()) {
        return;
    }
    const auto [lo, hi] = std::minmax_element(ids.begin(), ids.end());
    Query s(db, sql);
    if (*lo > before && *hi - before == static_cast<std::int64_t>(ids.size())) {
        s.bindInt(1, before);
        s.bindInt(2, *hi);
        s.insert();
        return;
    }
    for (const std::int64_t id : ids) {
        s.bindInt(1, id - 1);
        s.bindInt(2, id);
        s.insert();
    }
}

}  // namespace

struct BulkWriter::Private {
    explicit Private(Database& database) : db(database) {}
    Database& db;
    QByteArray timestamp;  ///< UTF-8, converted once
    // Search index deferral (deferSearchIndex()).
    bool searchDeferred = false;
    std::vector<QByteArray> deferredTriggers;  ///< CREATE TRIGGER statements to run again
    QByteArray odometerTrigger;                ///< deferred visits_odometer_ai (empty: firing)
    std::int64_t visitsBefore = 0;             ///< MAX(visits.id) when it was deferred
    std::int64_t customersBefore = 0;          ///< MAX(id) when deferred
    std::int64_t vehiclesBefore = 0;
    std::vector<std::int64_t> newCustomers;  ///< ids inserted while deferred
    std::vector<std::int64_t> newVehicles;
    int previousCacheSize = 0;
    std::vector<QByteArray> deferredIndexes;  ///< CREATE INDEX statements to run again
    std::unique_ptr<Query> visit;

    Query& get(std::unique_ptr<Query>& s, const char* sql) {
        if (!s) {
            s = std::make_unique<Query>(db.handle(), sql, Query::Reuse::Persistent);
        }
        return *s;
    }
};

BulkWriter::BulkWriter(Database& db) : d_(std::make_unique<Private>(db)) {
    d_->timestamp = d_->db.now().toString(Qt::ISODate).left(19).toUtf8();
    // A large page cache for the batch: index pages of a million-row insert stay in memory and
    // are written once at commit instead of spilling to the WAL over and over.
    {
        Query s(db.handle(), "PRAGMA cache_size");
        if (s.next()) {
            d_->previousCacheSize = static_cast<int>(s.integer(0));
        }
    }
    sqlite3_exec(db.handle(), "PRAGMA cache_size = -262144", nullptr, nullptr, nullptr);
}

BulkWriter::~BulkWriter() {
    queues_.reset();  // unwritten rows are dropped (the caller's transaction rolls back)
    const QByteArray restore = "PRAGMA cache_size = " + QByteArray::number(d_->previousCacheSize);
    sqlite3_exec(d_->db.handle(), restore.constData(), nullptr, nullptr, nullptr);
}

void BulkWriter::deferIndexes() {
    flushVisits();
    sqlite3* db = d_->db.handle();
    std::vector<std::pair<QByteArray, QByteArray>> indexes;
    {
        Query s(db,
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN "
                "('customers', 'vehicles', 'vehicle_owners', 'visits') AND sql IS NOT NULL "
                "ORDER BY name");
        while (s.next()) {
            indexes.emplace_back(s.text(0).toUtf8(), s.text(1).toUtf8());
        }
    }
    for (const auto& [name, sql] : indexes) {
        const QByteArray drop = "DROP INDEX \"" + name + "\"";
        if (sqlite3_exec(db, drop.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            throwSqlite(db, "DROP INDEX");
        }
        d_->deferredIndexes.push_back(sql);
    }
}

void BulkWriter::restoreIndexes() {
    flushVisits();
    sqlite3* db = d_->db.handle();
    for (const QByteArray& sql : d_->deferredIndexes) {
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            throwSqlite(db, "CREATE INDEX");
        }
    }
    d_->deferredIndexes.clear();
}

void BulkWriter::deferSearchIndex() {
    if (d_->searchDeferred) {
        return;
    }
    flushVisits();
    sqlite3* db = d_->db.handle();
    std::vector<std::pair<QByteArray, QByteArray>> triggers;
    {
        Query s(db,
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                "('search_customers_ai', 'search_vehicles_ai')");
        while (s.next()) {
            triggers.emplace_back(s.text(0).toUtf8(), s.text(1).toUtf8());
        }
    }
    int matching = 0;
    for (const auto& [name, sql] : triggers) {
        const char* expected =
            name == kCustomerInsertTrigger ? kCustomerInsertTriggerSql : kVehicleInsertTriggerSql;
        if (squeezed(sql) == QByteArray(expected)) {
            ++matching;
        }
    }
    if (triggers.size() != 2 || matching != 2) {
        return;  // not the triggers this writer knows how to replay: keep them firing
    }
    d_->customersBefore = maxId(db, "SELECT COALESCE(MAX(id), 0) FROM customers");
    d_->vehiclesBefore = maxId(db, "SELECT COALESCE(MAX(id), 0) FROM vehicles");
    for (const auto& [name, sql] : triggers) {
        exec(db, "DROP TRIGGER \"" + name + "\"", "DROP TRIGGER");
        d_->deferredTriggers.push_back(sql);
    }
    // The odometer trigger (schema 0009) too, when it is the one this writer knows how to replay.
    QByteArray odometer;
    {
        Query s(db,
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                "'visits_odometer_ai'");
        if (s.step()) {
            odometer = s.text(0).toUtf8();
        }
    }
    if (!odometer.isEmpty() && squeezed(odometer) == QByteArray(kOdometerInsertTriggerSql)) {
        d_->visitsBefore = maxId(db, "SELECT COALESCE(MAX(id), 0) FROM visits");
        exec(db, QByteArray("DROP TRIGGER \"") + kOdometerInsertTrigger + "\"", "DROP TRIGGER");
        d_->odometerTrigger = odometer;
    }
    d_->searchDeferred = true;
}

void BulkWriter::restoreSearchIndex() {
    flushVisits();
    if (!d_->searchDeferred) {
        return;
    }
    sqlite3* db = d_->db.handle();
    indexNewRows(db, kCustomerFtsBulk, d_->customersBefore, d_->newCustomers);
    indexNewRows(db, kCustomerPinyinBulk, d_->customersBefore, d_->newCustomers);
    indexNewRows(db, kVehicleFtsBulk, d_->vehiclesBefore, d_->newVehicles);
    if (!d_->odometerTrigger.isEmpty()) {
        Query s(db, kOdometerBulk);
        s.bindInt(1, d_->visitsBefore);
        s.insert();
        exec(db, d_->odometerTrigger, "CREATE TRIGGER");
        d_->odometerTrigger.clear();
    }
    for (const QByteArray& sql : d_->deferredTriggers) {
        exec(db, sql, "CREATE TRIGGER");
    }
    d_->deferredTriggers.clear();
    d_->newCustomers.clear();
    d_->newVehicles.clear();
    d_->searchDeferred = false;
}

std::int64_t BulkWriter::visitCount() const {
    const_cast<BulkWriter*>(this)->flushVisits();
    Query s(d_->db.handle(), "SELECT COUNT(*) FROM visits");
    return s.next() ? s.integer(0) : 0;
}

void BulkWriter::setTimestamp(const QString& timestamp) {
    d_->timestamp = timestamp.toUtf8();
}

namespace {

/// Rows per multi-row INSERT: one statement execution (step, reset, bindings cleared) per 64 rows
/// instead of per row (largest: 64 × 20 parameters). Before schema 0005 this also amortised the
/// CHECK (… IN (…)) lists, which SQLite 3.40 evaluated with a temporary table; see docs/schema.md.
constexpr int kBatch = 64;
/// Queued rows (of any one table) that trigger a write of all queues. Parents are written before
/// children, so every write ends each queue with a remainder of up to 63 rows (written in up to six
/// smaller statements); long queues make such writes rare. Measured: flushing at 64 rows wrote
/// most customers one by one (every vehicle batch flushed the customer remainder).
constexpr std::size_t kQueueRows = 2048;

constexpr const char* kCustomerRows =
    "INSERT INTO customers (id, name, kind, phone, phone2, id_number, address, postal_code, "
    "birthday, gender, region, source, attribute, behaviour, decision_style, invalid_reason, "
    "invalid_note, invalid_since, note, created_at, updated_at) VALUES ";
constexpr int kCustomerParams = 20;  // created_at = updated_at = the 20th
constexpr const char* kVehicleRows =
    "INSERT INTO vehicles (id, customer_id, plate, vin, engine_no, brand, model, displacement, "
    "transmission, colour, grade, plate_date, purchase_date, created_at, updated_at) VALUES ";
constexpr int kVehicleParams = 14;  // created_at = updated_at = the 14th
constexpr const char* kOwnerRows =
    "INSERT INTO vehicle_owners (vehicle_id, customer_id, from_date) VALUES ";
constexpr int kOwnerParams = 3;
constexpr const char* kVisitRows =
    "INSERT INTO visits (customer_id, vehicle_id, visit_date, work_order, mileage, category, "
    "work_done, labour_fen, parts_fen, other_fen, discount_fen, amount_fen, advisor, technician, "
    "source, created_at, created_by) VALUES ";
constexpr int kVisitParams = 17;

/// "prefix (?1, …, ?n[, ?n]), (?n+1, …)" for `rows` rows.
QByteArray multiRowSql(const char* prefix, int params, bool repeatLast, int rows) {
    QByteArray sql(prefix);
    for (int r = 0; r < rows; ++r) {
        sql += r == 0 ? "(" : ", (";
        for (int c = 1; c <= params; ++c) {
            sql += (c > 1 ? ", ?" : "?") + QByteArray::number(r * params + c);
        }
        if (repeatLast) {
            sql += ", ?" + QByteArray::number(r * params + params);
        }
        sql += ")";
    }
    return sql;
}

void bindCustomer(Query& s, int b, const domain::Customer& c, std::int64_t id,
                  const QByteArray& timestamp) {
    static const QByteArray person("person");
    s.bindInt(b + 1, id);
    s.bindText(b + 2, c.name);
    if (c.kind.isEmpty()) {
        s.bindUtf8OrNull(b + 3, person);
    } else {
        s.bindText(b + 3, c.kind);
    }
    s.bindText(b + 4, c.phone);
    s.bindText(b + 5, c.phone2);
    s.bindText(b + 6, c.idNumber);
    s.bindText(b + 7, c.address);
    s.bindText(b + 8, c.postalCode);
    s.bindDate(b + 9, c.birthday);
    s.bindText(b + 10, c.gender);
    s.bindText(b + 11, c.region);
    s.bindText(b + 12, c.source);
    s.bindText(b + 13, c.attribute);
    s.bindText(b + 14, c.behaviour);
    s.bindText(b + 15, c.decisionStyle);
    if (c.invalidReason) {
        s.bindText(b + 16, domain::invalidReasonKey(*c.invalidReason));
        s.bindText(b + 17, c.invalidNote);
        s.bindDate(b + 18, c.invalidSince);
    } else {
        s.bindNull(b + 16);
        s.bindNull(b + 17);
        s.bindNull(b + 18);
    }
    s.bindText(b + 19, c.note);
    s.bindUtf8OrNull(b + 20, timestamp);
}

void bindVehicle(Query& s, int b, const domain::Vehicle& v, std::int64_t id,
                 const QByteArray& timestamp) {
    s.bindInt(b + 1, id);
    s.bindInt(b + 2, v.customerId);
    s.bindText(b + 3, v.plate);
    s.bindText(b + 4, v.vin);
    s.bindText(b + 5, v.engineNo);
    s.bindText(b + 6, v.brand);
    s.bindText(b + 7, v.model);
    s.bindText(b + 8, v.displacement);
    s.bindText(b + 9, v.transmission);
    s.bindText(b + 10, v.colour);
    s.bindText(b + 11, v.grade);
    s.bindDate(b + 12, v.plateDate);
    s.bindDate(b + 13, v.purchaseDate);
    s.bindUtf8OrNull(b + 14, timestamp);
}

struct OwnerRow {
    std::int64_t vehicleId = 0;
    std::int64_t customerId = 0;
    QDate from;
};

void bindOwner(Query& s, int b, const OwnerRow& o, const QByteArray& /*timestamp*/) {
    s.bindInt(b + 1, o.vehicleId);
    s.bindInt(b + 2, o.customerId);
    s.bindDate(b + 3, o.from);
}

void bindVisit(Query& s, int b, const domain::Visit& v, const QByteArray& timestamp) {
    static const QByteArray other("other");
    static const QByteArray manual("manual");
    s.bindInt(b + 1, v.customerId);
    s.bindOptInt(b + 2, v.vehicleId);
    s.bindDate(b + 3, v.date);
    s.bindText(b + 4, v.workOrder);
    if (v.mileage) {
        s.bindInt(b + 5, *v.mileage);
    } else {
        s.bindNull(b + 5);
    }
    s.bindUtf8OrNull(b + 6, v.category.isEmpty() ? other : cachedUtf8(v.category));
    s.bindText(b + 7, v.workDone);
    s.bindInt(b + 8, v.labourFen);
    s.bindInt(b + 9, v.partsFen);
    s.bindInt(b + 10, v.otherFen);
    s.bindInt(b + 11, v.discountFen);
    s.bindInt(b + 12, v.amountFen);
    s.bindText(b + 13, v.advisor);
    s.bindText(b + 14, v.technician);
    s.bindUtf8OrNull(b + 15, v.source.isEmpty() ? manual : cachedUtf8(v.source));
    s.bindUtf8OrNull(b + 16, timestamp);
    s.bindOptInt(b + 17, v.createdBy && *v.createdBy > 0 ? v.createdBy : std::nullopt);
}

}  // namespace

/// Rows of one table waiting for a multi-row INSERT: kBatch rows per execution, and a remainder
/// in at most log2(kBatch) + 1 executions of smaller statements (32, 16, … 1 rows) — a remainder
/// written row by row would pay the per-execution cost (the CHECK lists) for every row.
template <typename Row>
struct BulkWriter::Queue {
    static constexpr int kSizes = 7;  // 64, 32, 16, 8, 4, 2, 1 rows per statement
    static_assert(kBatch == 1 << (kSizes - 1));
    Queue(const char* prefix, int params, bool repeatLast)
        : prefix(prefix), params(params), repeatLast(repeatLast) {}
    const char* prefix;
    int params;
    bool repeatLast;
    std::array<QByteArray, kSizes> sql;
    std::array<std::unique_ptr<Query>, kSizes> statements;
    std::vector<Row> rows;

    Query& statement(sqlite3* db, int size) {
        const auto slot = static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(kBatch)) -
                                                   std::countr_zero(static_cast<unsigned>(size)));
        if (!statements[slot]) {
            sql[slot] = multiRowSql(prefix, params, repeatLast, size);
            statements[slot] =
                std::make_unique<Query>(db, sql[slot].constData(), Query::Reuse::Persistent);
        }
        return *statements[slot];
    }

    template <typename Bind>
    void flush(sqlite3* db, const QByteArray& timestamp, Bind bind) {
        std::size_t done = 0;
        for (int size = kBatch; size >= 1; size /= 2) {
            while (rows.size() - done >= static_cast<std::size_t>(size)) {
                Query& s = statement(db, size);
                for (int r = 0; r < size; ++r) {
                    bind(s, r * params, rows[done + static_cast<std::size_t>(r)], timestamp);
                }
                done += static_cast<std::size_t>(size);
                s.insert();
            }
        }
        rows.clear();
    }
};

struct BulkWriter::Queues {
    struct CustomerRow {
        domain::Customer c;
        std::int64_t id = 0;
    };
    struct VehicleRow {
        domain::Vehicle v;
        std::int64_t id = 0;
    };
    Queue<CustomerRow> customers{kCustomerRows, kCustomerParams, true};
    Queue<VehicleRow> vehicles{kVehicleRows, kVehicleParams, true};
    Queue<OwnerRow> owners{kOwnerRows, kOwnerParams, false};
    Queue<domain::Visit> visits{kVisitRows, kVisitParams, false};
    // Ids are assigned here as SQLite would (largest rowid + 1; INTEGER PRIMARY KEY without
    // AUTOINCREMENT), so rows can wait in a queue: read once, then counted up.
    std::int64_t lastCustomerId = -1;
    std::int64_t lastVehicleId = -1;
};

domain::CustomerId BulkWriter::insertCustomer(const domain::Customer& c) {
    auto& q = queues();
    if (q.lastCustomerId < 0) {
        q.lastCustomerId = maxId(d_->db.handle(), "SELECT COALESCE(MAX(id), 0) FROM customers");
    }
    const domain::CustomerId id = ++q.lastCustomerId;
    q.customers.rows.push_back(Queues::CustomerRow{c, id});
    if (d_->searchDeferred) {
        d_->newCustomers.push_back(id);
    }
    if (q.customers.rows.size() >= kQueueRows) {
        flushVisits();
    }
    return id;
}

domain::VehicleId BulkWriter::insertVehicle(const domain::Vehicle& v, const QDate& ownerFrom) {
    auto& q = queues();
    if (q.lastVehicleId < 0) {
        q.lastVehicleId = maxId(d_->db.handle(), "SELECT COALESCE(MAX(id), 0) FROM vehicles");
    }
    const domain::VehicleId id = ++q.lastVehicleId;
    q.vehicles.rows.push_back(Queues::VehicleRow{v, id});
    if (d_->searchDeferred) {
        d_->newVehicles.push_back(id);
    }
    q.owners.rows.push_back(OwnerRow{
        id, v.customerId,
        ownerFrom.isValid() ? ownerFrom
                            : (v.purchaseDate.isValid() ? v.purchaseDate : d_->db.now().date())});
    if (q.vehicles.rows.size() >= kQueueRows) {
        flushVisits();
    }
    return id;
}

domain::VisitId BulkWriter::insertVisit(const domain::Visit& v) {
    flushVisits();  // keep the rows in call order
    Query& s = d_->get(d_->visit, kInsertVisit);
    bindVisit(s, 0, v, d_->timestamp);
    return s.insert();
}

void BulkWriter::addVisit(const domain::Visit& v) {
    auto& q = queues();
    q.visits.rows.push_back(v);
    if (q.visits.rows.size() >= kQueueRows) {
        flushVisits();
    }
}

void BulkWriter::flushVisits() {
    if (!queues_) {
        return;
    }
    // Parents first: foreign keys are checked per statement.
    sqlite3* db = d_->db.handle();
    auto& q = *queues_;
    q.customers.flush(db, d_->timestamp,
                      [](Query& s, int b, const Queues::CustomerRow& r, const QByteArray& t) {
                          bindCustomer(s, b, r.c, r.id, t);
                      });
    q.vehicles.flush(db, d_->timestamp,
                     [](Query& s, int b, const Queues::VehicleRow& r, const QByteArray& t) {
                         bindVehicle(s, b, r.v, r.id, t);
                     });
    q.owners.flush(db, d_->timestamp, bindOwner);
    q.visits.flush(db, d_->timestamp, bindVisit);
}

BulkWriter::Queues& BulkWriter::queues() {
    if (!queues_) {
        queues_ = std::make_unique<Queues>();
    }
    return *queues_;
}

void BulkWriter::insertAudit(std::int64_t userId, const QString& action, const QString& entity,
                             const QString& afterJson) {
    flushVisits();
    // Through the repository: the row joins the audit chain (schema v7).
    AuditRepository(d_->db).appendAt(QString::fromUtf8(d_->timestamp),
                                     std::max<std::int64_t>(userId, 0), action, entity,
                                     std::nullopt, {}, afterJson);
}

BulkWriter::Keys BulkWriter::loadKeys() const {
    sqlite3* db = d_->db.handle();
    Keys keys;
    {
        Query s(db, "SELECT id, phone, phone2 FROM customers");
        while (s.next()) {
            const auto id = s.integer(0);
            for (int col = 1; col <= 2; ++col) {
                const QString phone = s.text(col);
                if (!phone.isEmpty() && !keys.customerByPhone.contains(phone)) {
                    keys.customerByPhone.insert(phone, id);
                }
            }
        }
    }
    {
        Query s(db, "SELECT id, customer_id, plate, vin FROM vehicles");
        while (s.next()) {
            const VehicleRef ref{s.integer(0), s.integer(1)};
            const QString plate = s.text(2);
            const QString vin = s.text(3);
            if (!plate.isEmpty()) {
                keys.vehicleByPlate.insert(plate, ref);
            }
            if (!vin.isEmpty()) {
                keys.vehicleByVin.insert(vin, ref);
            }
        }
    }
    {
        Query s(db, "SELECT work_order FROM visits WHERE work_order IS NOT NULL");
        while (s.next()) {
            keys.workOrders.insert(s.textView(0));
        }
    }
    {
        Query s(db,
                "SELECT COALESCE(vh.plate, 'tel:' || c.phone, 'id:' || c.id), v.visit_date, "
                "v.amount_fen FROM visits v LEFT JOIN vehicles vh ON vh.id = v.vehicle_id "
                "JOIN customers c ON c.id = v.customer_id");
        while (s.next()) {
            keys.visitKeys.insert(s.textView(0), s.julianDay(1, BulkWriter::kNoDay), s.integer(2));
        }
    }
    return keys;
}

}  // namespace hc::storage
