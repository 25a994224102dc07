#include "hc/storage/VehicleUsageRepository.h"

#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <sqlite3.h>

#include <memory>

namespace hc::storage {

namespace {

/// A raw forward-only statement (the monthly analysis path: no QVariant per value).
class Statement {
public:
    Statement(sqlite3* db, const char* sql) : db_(db) {
        if (sqlite3_prepare_v2(db_, sql, -1, &stmt_, nullptr) != SQLITE_OK) {
            fail();
        }
    }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bindText(int index, const QByteArray& text) {
        if (sqlite3_bind_text(stmt_, index, text.constData(), static_cast<int>(text.size()),
                              SQLITE_TRANSIENT) != SQLITE_OK) {
            fail();
        }
    }
    void bindInt(int index, std::int64_t value) {
        if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) {
            fail();
        }
    }
    void reset() {
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
    }
    [[nodiscard]] bool isNull(int column) const {
        return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
    }
    bool step() {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) {
            return true;
        }
        if (rc != SQLITE_DONE) {
            fail();
        }
        return false;
    }
    [[nodiscard]] std::int64_t integer(int column) const {
        return sqlite3_column_int64(stmt_, column);
    }
    /// Days since the epoch of a 'YYYY-MM-DD' column (no QDate per row).
    [[nodiscard]] std::int64_t day(int column) const {
        const auto* p = sqlite3_column_text(stmt_, column);
        if (p == nullptr || sqlite3_column_bytes(stmt_, column) != 10) {
            return 0;
        }
        const int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
        const int m = (p[5] - '0') * 10 + (p[6] - '0');
        const int d = (p[8] - '0') * 10 + (p[9] - '0');
        return QDate(y, m, d).toJulianDay();
    }

private:
    [[noreturn]] void fail() const {
        const int code = sqlite3_extended_errcode(db_);
        throw StorageError(StorageError::kindForCode(code), code,
                           QString::fromUtf8(sqlite3_errmsg(db_)),
                           QStringLiteral("VehicleUsageRepository"));
    }
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace

std::vector<domain::VehicleUsage> VehicleUsageRepository::load(const QDate& asOf,
                                                               int minDays) const {
    sqlite3* h = db_.handle();
    // One row per vehicle: its first and last reading kept by the triggers of schema/0009. Only a
    // vehicle whose last reading lies after `asOf` (a past month's report) needs its last reading
    // on or before `asOf` looked up in the covering index visits_vehicle_mileage (schema/0008).
    Statement vehicles(h,
                       "SELECT v.id, v.customer_id, o.first_date, o.first_km, o.last_date, "
                       "o.last_km FROM vehicles v LEFT JOIN vehicle_odometer o "
                       "ON o.vehicle_id = v.id ORDER BY v.id");
    const QByteArray asOfText = asOf.toString(Qt::ISODate).toLatin1();
    const std::int64_t asOfDay = asOf.toJulianDay();
    std::unique_ptr<Statement> lastBefore;
    std::vector<domain::VehicleUsage> out;
    while (vehicles.step()) {
        domain::VehicleUsage usage;
        usage.customerId = vehicles.integer(1);
        if (vehicles.isNull(2)) {
            out.push_back(usage);  // no reading at all
            continue;
        }
        const std::int64_t firstDay = vehicles.day(2);
        const std::int64_t firstKm = vehicles.integer(3);
        std::int64_t lastDay = vehicles.day(4);
        std::int64_t lastKm = vehicles.integer(5);
        if (firstDay > asOfDay) {
            out.push_back(usage);  // no reading yet on that date
            continue;
        }
        if (lastDay > asOfDay) {
            if (!lastBefore) {
                lastBefore = std::make_unique<Statement>(
                    h,
                    "SELECT visit_date, mileage FROM visits WHERE vehicle_id = ?1 "
                    "AND mileage IS NOT NULL AND voided_at IS NULL AND visit_date <= ?2 "
                    "ORDER BY visit_date DESC, mileage DESC LIMIT 1");
            }
            lastBefore->reset();
            lastBefore->bindInt(1, vehicles.integer(0));
            lastBefore->bindText(2, asOfText);
            if (!lastBefore->step()) {
                out.push_back(usage);
                continue;
            }
            lastDay = lastBefore->day(0);
            lastKm = lastBefore->integer(1);
        }
        const std::int64_t days = lastDay - firstDay;
        if (days >= std::max(1, minDays) && lastKm >= firstKm) {
            usage.rate = domain::MileageRate{lastKm - firstKm, days};
        }
        out.push_back(usage);
    }
    return out;
}

}  // namespace hc::storage
