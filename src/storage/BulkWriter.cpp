#include "hc/storage/BulkWriter.h"

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

/// ISO 'YYYY-MM-DD' without going through QDate::toString (hot path).
QByteArray isoDate(const QDate& date) {
    if (!date.isValid()) {
        return {};
    }
    std::array<char, 11> buf{};
    int y = date.year();
    const int m = date.month();
    const int d = date.day();
    buf[0] = static_cast<char>('0' + (y / 1000) % 10);
    buf[1] = static_cast<char>('0' + (y / 100) % 10);
    buf[2] = static_cast<char>('0' + (y / 10) % 10);
    buf[3] = static_cast<char>('0' + y % 10);
    buf[4] = '-';
    buf[5] = static_cast<char>('0' + m / 10);
    buf[6] = static_cast<char>('0' + m % 10);
    buf[7] = '-';
    buf[8] = static_cast<char>('0' + d / 10);
    buf[9] = static_cast<char>('0' + d % 10);
    return QByteArray(buf.data(), 10);
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

/// One prepared statement, reset and reused for every row.
class Statement {
public:
    Statement(sqlite3* db, const char* sql) : db_(db), sql_(sql) {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) !=
            SQLITE_OK) {
            throwSqlite(db, sql);
        }
    }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// Text bound without a copy by SQLite (SQLITE_STATIC): the UTF-8 bytes are kept in this
    /// statement until the parameter is bound again, which is after the step that reads them.
    void text(int index, const QString& value) {
        if (value.isEmpty()) {
            null(index);
            return;
        }
        bytes(index, value.toUtf8());
    }
    void bytes(int index, const QByteArray& value) {
        if (value.isEmpty()) {
            null(index);
            return;
        }
        QByteArray& kept = keep(index);
        kept = value;  // implicitly shared: no copy of the bytes
        check(sqlite3_bind_text(stmt_, index, kept.constData(), static_cast<int>(kept.size()),
                                SQLITE_STATIC));
    }
    void date(int index, const QDate& value) { bytes(index, isoDate(value)); }
    void integer(int index, std::int64_t value) { check(sqlite3_bind_int64(stmt_, index, value)); }
    void optInt(int index, const std::optional<std::int64_t>& value) {
        if (value) {
            integer(index, *value);
        } else {
            null(index);
        }
    }
    void null(int index) { check(sqlite3_bind_null(stmt_, index)); }

    /// Runs an INSERT; returns the new rowid.
    std::int64_t insert() {
        const int rc = sqlite3_step(stmt_);
        if (rc != SQLITE_DONE) {
            sqlite3_reset(stmt_);
            throwSqlite(db_, sql_);
        }
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
        return sqlite3_last_insert_rowid(db_);
    }

    /// Steps a SELECT; false at the end.
    bool next() {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) {
            return true;
        }
        if (rc != SQLITE_DONE) {
            throwSqlite(db_, sql_);
        }
        return false;
    }
    [[nodiscard]] QString columnText(int col) const {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(stmt_, col)) : QString();
    }
    /// UTF-16 text of a column, valid until the next step (SQLite converts and keeps it).
    [[nodiscard]] QStringView columnView(int col) const {
        const auto* p = static_cast<const char16_t*>(sqlite3_column_text16(stmt_, col));
        return p ? QStringView(p, sqlite3_column_bytes16(stmt_, col) / 2) : QStringView();
    }
    [[nodiscard]] std::int64_t columnInt(int col) const { return sqlite3_column_int64(stmt_, col); }
    /// 'YYYY-MM-DD' → Julian day; BulkWriter::kNoDay when the text is not a valid date.
    [[nodiscard]] qint64 columnDay(int col) const {
        const auto* p = sqlite3_column_text(stmt_, col);
        if (p == nullptr || sqlite3_column_bytes(stmt_, col) != 10 || p[4] != '-' || p[7] != '-') {
            return BulkWriter::kNoDay;
        }
        int parts[3] = {0, 0, 0};
        const int spans[3][2] = {{0, 4}, {5, 7}, {8, 10}};
        for (int k = 0; k < 3; ++k) {
            for (int i = spans[k][0]; i < spans[k][1]; ++i) {
                if (p[i] < '0' || p[i] > '9') {
                    return BulkWriter::kNoDay;
                }
                parts[k] = parts[k] * 10 + (p[i] - '0');
            }
        }
        const QDate date(parts[0], parts[1], parts[2]);
        return date.isValid() ? date.toJulianDay() : BulkWriter::kNoDay;
    }

private:
    QByteArray& keep(int index) {
        const auto i = static_cast<std::size_t>(index);
        if (i >= kept_.size()) {
            kept_.resize(i + 1);
        }
        return kept_[i];
    }
    void check(int rc) const {
        if (rc != SQLITE_OK) {
            throwSqlite(db_, sql_);
        }
    }
    sqlite3* db_;
    const char* sql_;
    sqlite3_stmt* stmt_ = nullptr;
    std::vector<QByteArray> kept_;  ///< buffers of the SQLITE_STATIC text parameters
};

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

/// SQL text with every run of white space turned into one space (trigger comparison).
QByteArray squeezed(const QByteArray& sql) {
    return sql.simplified();
}

std::int64_t maxId(sqlite3* db, const char* sql) {
    Statement s(db, sql);
    return s.next() ? s.columnInt(0) : 0;
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
    Statement s(db, sql);
    if (*lo > before && *hi - before == static_cast<std::int64_t>(ids.size())) {
        s.integer(1, before);
        s.integer(2, *hi);
        s.insert();
        return;
    }
    for (const std::int64_t id : ids) {
        s.integer(1, id - 1);
        s.integer(2, id);
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
    std::int64_t customersBefore = 0;          ///< MAX(id) when deferred
    std::int64_t vehiclesBefore = 0;
    std::vector<std::int64_t> newCustomers;  ///< ids inserted while deferred
    std::vector<std::int64_t> newVehicles;
    int previousCacheSize = 0;
    std::vector<QByteArray> deferredIndexes;  ///< CREATE INDEX statements to run again
    std::unique_ptr<Statement> visit;

    Statement& get(std::unique_ptr<Statement>& s, const char* sql) {
        if (!s) {
            s = std::make_unique<Statement>(db.handle(), sql);
        }
        return *s;
    }
};

BulkWriter::BulkWriter(Database& db) : d_(std::make_unique<Private>(db)) {
    d_->timestamp = QDateTime::currentDateTime().toString(Qt::ISODate).left(19).toUtf8();
    // A large page cache for the batch: index pages of a million-row insert stay in memory and
    // are written once at commit instead of spilling to the WAL over and over.
    {
        Statement s(db.handle(), "PRAGMA cache_size");
        if (s.next()) {
            d_->previousCacheSize = static_cast<int>(s.columnInt(0));
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
        Statement s(db,
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN "
                    "('customers', 'vehicles', 'vehicle_owners', 'visits') AND sql IS NOT NULL "
                    "ORDER BY name");
        while (s.next()) {
            indexes.emplace_back(s.columnText(0).toUtf8(), s.columnText(1).toUtf8());
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
        Statement s(db,
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                    "('search_customers_ai', 'search_vehicles_ai')");
        while (s.next()) {
            triggers.emplace_back(s.columnText(0).toUtf8(), s.columnText(1).toUtf8());
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
    Statement s(d_->db.handle(), "SELECT COUNT(*) FROM visits");
    return s.next() ? s.columnInt(0) : 0;
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

void bindCustomer(Statement& s, int b, const domain::Customer& c, std::int64_t id,
                  const QByteArray& timestamp) {
    static const QByteArray person("person");
    s.integer(b + 1, id);
    s.text(b + 2, c.name);
    if (c.kind.isEmpty()) {
        s.bytes(b + 3, person);
    } else {
        s.text(b + 3, c.kind);
    }
    s.text(b + 4, c.phone);
    s.text(b + 5, c.phone2);
    s.text(b + 6, c.idNumber);
    s.text(b + 7, c.address);
    s.text(b + 8, c.postalCode);
    s.date(b + 9, c.birthday);
    s.text(b + 10, c.gender);
    s.text(b + 11, c.region);
    s.text(b + 12, c.source);
    s.text(b + 13, c.attribute);
    s.text(b + 14, c.behaviour);
    s.text(b + 15, c.decisionStyle);
    if (c.invalidReason) {
        s.text(b + 16, domain::invalidReasonKey(*c.invalidReason));
        s.text(b + 17, c.invalidNote);
        s.date(b + 18, c.invalidSince);
    } else {
        s.null(b + 16);
        s.null(b + 17);
        s.null(b + 18);
    }
    s.text(b + 19, c.note);
    s.bytes(b + 20, timestamp);
}

void bindVehicle(Statement& s, int b, const domain::Vehicle& v, std::int64_t id,
                 const QByteArray& timestamp) {
    s.integer(b + 1, id);
    s.integer(b + 2, v.customerId);
    s.text(b + 3, v.plate);
    s.text(b + 4, v.vin);
    s.text(b + 5, v.engineNo);
    s.text(b + 6, v.brand);
    s.text(b + 7, v.model);
    s.text(b + 8, v.displacement);
    s.text(b + 9, v.transmission);
    s.text(b + 10, v.colour);
    s.text(b + 11, v.grade);
    s.date(b + 12, v.plateDate);
    s.date(b + 13, v.purchaseDate);
    s.bytes(b + 14, timestamp);
}

struct OwnerRow {
    std::int64_t vehicleId = 0;
    std::int64_t customerId = 0;
    QDate from;
};

void bindOwner(Statement& s, int b, const OwnerRow& o, const QByteArray& /*timestamp*/) {
    s.integer(b + 1, o.vehicleId);
    s.integer(b + 2, o.customerId);
    s.date(b + 3, o.from);
}

void bindVisit(Statement& s, int b, const domain::Visit& v, const QByteArray& timestamp) {
    static const QByteArray other("other");
    static const QByteArray manual("manual");
    s.integer(b + 1, v.customerId);
    s.optInt(b + 2, v.vehicleId);
    s.date(b + 3, v.date);
    s.text(b + 4, v.workOrder);
    if (v.mileage) {
        s.integer(b + 5, *v.mileage);
    } else {
        s.null(b + 5);
    }
    s.bytes(b + 6, v.category.isEmpty() ? other : cachedUtf8(v.category));
    s.text(b + 7, v.workDone);
    s.integer(b + 8, v.labourFen);
    s.integer(b + 9, v.partsFen);
    s.integer(b + 10, v.otherFen);
    s.integer(b + 11, v.discountFen);
    s.integer(b + 12, v.amountFen);
    s.text(b + 13, v.advisor);
    s.text(b + 14, v.technician);
    s.bytes(b + 15, v.source.isEmpty() ? manual : cachedUtf8(v.source));
    s.bytes(b + 16, timestamp);
    s.optInt(b + 17, v.createdBy && *v.createdBy > 0 ? v.createdBy : std::nullopt);
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
    std::array<std::unique_ptr<Statement>, kSizes> statements;
    std::vector<Row> rows;

    Statement& statement(sqlite3* db, int size) {
        const auto slot = static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(kBatch)) -
                                                   std::countr_zero(static_cast<unsigned>(size)));
        if (!statements[slot]) {
            sql[slot] = multiRowSql(prefix, params, repeatLast, size);
            statements[slot] = std::make_unique<Statement>(db, sql[slot].constData());
        }
        return *statements[slot];
    }

    template <typename Bind>
    void flush(sqlite3* db, const QByteArray& timestamp, Bind bind) {
        std::size_t done = 0;
        for (int size = kBatch; size >= 1; size /= 2) {
            while (rows.size() - done >= static_cast<std::size_t>(size)) {
                Statement& s = statement(db, size);
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
                            : (v.purchaseDate.isValid() ? v.purchaseDate : QDate::currentDate())});
    if (q.vehicles.rows.size() >= kQueueRows) {
        flushVisits();
    }
    return id;
}

domain::VisitId BulkWriter::insertVisit(const domain::Visit& v) {
    flushVisits();  // keep the rows in call order
    Statement& s = d_->get(d_->visit, kInsertVisit);
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
                      [](Statement& s, int b, const Queues::CustomerRow& r, const QByteArray& t) {
                          bindCustomer(s, b, r.c, r.id, t);
                      });
    q.vehicles.flush(db, d_->timestamp,
                     [](Statement& s, int b, const Queues::VehicleRow& r, const QByteArray& t) {
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
        Statement s(db, "SELECT id, phone, phone2 FROM customers");
        while (s.next()) {
            const auto id = s.columnInt(0);
            for (int col = 1; col <= 2; ++col) {
                const QString phone = s.columnText(col);
                if (!phone.isEmpty() && !keys.customerByPhone.contains(phone)) {
                    keys.customerByPhone.insert(phone, id);
                }
            }
        }
    }
    {
        Statement s(db, "SELECT id, customer_id, plate, vin FROM vehicles");
        while (s.next()) {
            const VehicleRef ref{s.columnInt(0), s.columnInt(1)};
            const QString plate = s.columnText(2);
            const QString vin = s.columnText(3);
            if (!plate.isEmpty()) {
                keys.vehicleByPlate.insert(plate, ref);
            }
            if (!vin.isEmpty()) {
                keys.vehicleByVin.insert(vin, ref);
            }
        }
    }
    {
        Statement s(db, "SELECT work_order FROM visits WHERE work_order IS NOT NULL");
        while (s.next()) {
            keys.workOrders.insert(s.columnView(0));
        }
    }
    {
        Statement s(db,
                    "SELECT COALESCE(vh.plate, 'tel:' || c.phone, 'id:' || c.id), v.visit_date, "
                    "v.amount_fen FROM visits v LEFT JOIN vehicles vh ON vh.id = v.vehicle_id "
                    "JOIN customers c ON c.id = v.customer_id");
        while (s.next()) {
            keys.visitKeys.insert(s.columnView(0), s.columnDay(1), s.columnInt(2));
        }
    }
    return keys;
}

}  // namespace hc::storage
