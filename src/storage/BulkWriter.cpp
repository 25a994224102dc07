#include "hc/storage/BulkWriter.h"

#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <QByteArray>
#include <QDateTime>

#include <sqlite3.h>

#include <array>
#include <vector>

namespace hc::storage {

namespace {

[[noreturn]] void throwSqlite(sqlite3* db, const char* context) {
    const int code = sqlite3_extended_errcode(db);
    throw StorageError(StorageError::kindForCode(code), code, QString::fromUtf8(sqlite3_errmsg(db)),
                       QString::fromUtf8(context));
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

    void text(int index, const QString& value) {
        if (value.isEmpty()) {
            null(index);
            return;
        }
        const QByteArray utf8 = value.toUtf8();
        check(sqlite3_bind_text(stmt_, index, utf8.constData(), static_cast<int>(utf8.size()),
                                SQLITE_TRANSIENT));
    }
    void bytes(int index, const QByteArray& value) {
        if (value.isEmpty()) {
            null(index);
            return;
        }
        check(sqlite3_bind_text(stmt_, index, value.constData(), static_cast<int>(value.size()),
                                SQLITE_TRANSIENT));
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
    [[nodiscard]] std::int64_t columnInt(int col) const { return sqlite3_column_int64(stmt_, col); }

private:
    void check(int rc) const {
        if (rc != SQLITE_OK) {
            throwSqlite(db_, sql_);
        }
    }
    sqlite3* db_;
    const char* sql_;
    sqlite3_stmt* stmt_ = nullptr;
};

constexpr const char* kInsertCustomer =
    "INSERT INTO customers (name, kind, phone, phone2, id_number, address, postal_code, birthday, "
    "gender, region, source, attribute, behaviour, decision_style, invalid_reason, invalid_note, "
    "invalid_since, note, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
    "?19)";
constexpr const char* kInsertVehicle =
    "INSERT INTO vehicles (customer_id, plate, vin, engine_no, brand, model, displacement, "
    "transmission, colour, grade, plate_date, purchase_date, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)";
constexpr const char* kInsertOwner =
    "INSERT INTO vehicle_owners (vehicle_id, customer_id, from_date) VALUES (?1, ?2, ?3)";
constexpr const char* kInsertVisit =
    "INSERT INTO visits (customer_id, vehicle_id, visit_date, work_order, mileage, category, "
    "work_done, labour_fen, parts_fen, other_fen, discount_fen, amount_fen, advisor, technician, "
    "source, created_at, created_by) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)";
constexpr const char* kInsertAudit =
    "INSERT INTO audit_log (at, user_id, action, entity, entity_id, before_json, after_json) "
    "VALUES (?1, ?2, ?3, ?4, NULL, NULL, ?5)";

}  // namespace

struct BulkWriter::Private {
    explicit Private(Database& database) : db(database) {}
    Database& db;
    QString timestamp;
    int previousCacheSize = 0;
    std::vector<QByteArray> deferredIndexes;  ///< CREATE INDEX statements to run again
    std::unique_ptr<Statement> customer;
    std::unique_ptr<Statement> vehicle;
    std::unique_ptr<Statement> owner;
    std::unique_ptr<Statement> visit;

    Statement& get(std::unique_ptr<Statement>& s, const char* sql) {
        if (!s) {
            s = std::make_unique<Statement>(db.handle(), sql);
        }
        return *s;
    }
};

BulkWriter::BulkWriter(Database& db) : d_(std::make_unique<Private>(db)) {
    d_->timestamp = QDateTime::currentDateTime().toString(Qt::ISODate).left(19);
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
    const QByteArray restore = "PRAGMA cache_size = " + QByteArray::number(d_->previousCacheSize);
    sqlite3_exec(d_->db.handle(), restore.constData(), nullptr, nullptr, nullptr);
}

void BulkWriter::deferVisitIndexes() {
    sqlite3* db = d_->db.handle();
    std::vector<std::pair<QByteArray, QByteArray>> indexes;
    {
        Statement s(db,
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                    "'visits' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'");
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
    sqlite3* db = d_->db.handle();
    for (const QByteArray& sql : d_->deferredIndexes) {
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            throwSqlite(db, "CREATE INDEX");
        }
    }
    d_->deferredIndexes.clear();
}

std::int64_t BulkWriter::visitCount() const {
    Statement s(d_->db.handle(), "SELECT COUNT(*) FROM visits");
    return s.next() ? s.columnInt(0) : 0;
}

void BulkWriter::setTimestamp(const QString& timestamp) {
    d_->timestamp = timestamp;
}

domain::CustomerId BulkWriter::insertCustomer(const domain::Customer& c) {
    Statement& s = d_->get(d_->customer, kInsertCustomer);
    s.text(1, c.name);
    s.text(2, c.kind.isEmpty() ? QStringLiteral("person") : c.kind);
    s.text(3, c.phone);
    s.text(4, c.phone2);
    s.text(5, c.idNumber);
    s.text(6, c.address);
    s.text(7, c.postalCode);
    s.date(8, c.birthday);
    s.text(9, c.gender);
    s.text(10, c.region);
    s.text(11, c.source);
    s.text(12, c.attribute);
    s.text(13, c.behaviour);
    s.text(14, c.decisionStyle);
    if (c.invalidReason) {
        s.text(15, domain::invalidReasonKey(*c.invalidReason));
        s.text(16, c.invalidNote);
        s.date(17, c.invalidSince);
    } else {
        s.null(15);
        s.null(16);
        s.null(17);
    }
    s.text(18, c.note);
    s.text(19, d_->timestamp);
    return s.insert();
}

domain::VehicleId BulkWriter::insertVehicle(const domain::Vehicle& v, const QDate& ownerFrom) {
    Statement& s = d_->get(d_->vehicle, kInsertVehicle);
    s.integer(1, v.customerId);
    s.text(2, v.plate);
    s.text(3, v.vin);
    s.text(4, v.engineNo);
    s.text(5, v.brand);
    s.text(6, v.model);
    s.text(7, v.displacement);
    s.text(8, v.transmission);
    s.text(9, v.colour);
    s.text(10, v.grade);
    s.date(11, v.plateDate);
    s.date(12, v.purchaseDate);
    s.text(13, d_->timestamp);
    const domain::VehicleId id = s.insert();

    Statement& o = d_->get(d_->owner, kInsertOwner);
    o.integer(1, id);
    o.integer(2, v.customerId);
    o.date(3, ownerFrom.isValid()
                  ? ownerFrom
                  : (v.purchaseDate.isValid() ? v.purchaseDate : QDate::currentDate()));
    o.insert();
    return id;
}

domain::VisitId BulkWriter::insertVisit(const domain::Visit& v) {
    Statement& s = d_->get(d_->visit, kInsertVisit);
    s.integer(1, v.customerId);
    s.optInt(2, v.vehicleId);
    s.date(3, v.date);
    s.text(4, v.workOrder);
    if (v.mileage) {
        s.integer(5, *v.mileage);
    } else {
        s.null(5);
    }
    s.text(6, v.category.isEmpty() ? QStringLiteral("other") : v.category);
    s.text(7, v.workDone);
    s.integer(8, v.labourFen);
    s.integer(9, v.partsFen);
    s.integer(10, v.otherFen);
    s.integer(11, v.discountFen);
    s.integer(12, v.amountFen);
    s.text(13, v.advisor);
    s.text(14, v.technician);
    s.text(15, v.source.isEmpty() ? QStringLiteral("manual") : v.source);
    s.text(16, d_->timestamp);
    s.optInt(17, v.createdBy && *v.createdBy > 0 ? v.createdBy : std::nullopt);
    return s.insert();
}

void BulkWriter::insertAudit(std::int64_t userId, const QString& action, const QString& entity,
                             const QString& afterJson) {
    Statement s(d_->db.handle(), kInsertAudit);
    s.text(1, d_->timestamp);
    if (userId > 0) {
        s.integer(2, userId);
    } else {
        s.null(2);
    }
    s.text(3, action);
    s.text(4, entity);
    s.text(5, afterJson);
    s.insert();
}

QString BulkWriter::visitKey(const QString& who, const QDate& date, std::int64_t amountFen) {
    return who + QLatin1Char('|') + QString::fromLatin1(isoDate(date)) + QLatin1Char('|') +
           QString::number(amountFen);
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
            keys.workOrders.insert(s.columnText(0));
        }
    }
    {
        Statement s(db,
                    "SELECT COALESCE(vh.plate, 'tel:' || c.phone, 'id:' || c.id), v.visit_date, "
                    "v.amount_fen FROM visits v LEFT JOIN vehicles vh ON vh.id = v.vehicle_id "
                    "JOIN customers c ON c.id = v.customer_id");
        while (s.next()) {
            keys.visitKeys.insert(s.columnText(0) + QLatin1Char('|') + s.columnText(1) +
                                  QLatin1Char('|') + QString::number(s.columnInt(2)));
        }
    }
    return keys;
}

}  // namespace hc::storage
