#include "hc/storage/VehicleUsageRepository.h"

#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <sqlite3.h>

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
    // Both statements in vehicle id order: merged in one pass. The readings come from the covering
    // partial index visits_vehicle_mileage (schema/0008).
    Statement vehicles(h, "SELECT id, customer_id FROM vehicles ORDER BY id");
    Statement readings(h,
                       "SELECT vehicle_id, visit_date, mileage FROM visits "
                       "WHERE vehicle_id IS NOT NULL AND mileage IS NOT NULL AND voided_at IS NULL "
                       "AND visit_date <= ?1 "
                       "ORDER BY vehicle_id, visit_date, mileage");
    readings.bindText(1, asOf.toString(Qt::ISODate).toLatin1());
    bool haveReading = readings.step();
    std::vector<domain::VehicleUsage> out;
    while (vehicles.step()) {
        const std::int64_t id = vehicles.integer(0);
        domain::VehicleUsage usage;
        usage.customerId = vehicles.integer(1);
        while (haveReading && readings.integer(0) < id) {
            haveReading = readings.step();  // readings of a vehicle no longer on file
        }
        if (haveReading && readings.integer(0) == id) {
            const std::int64_t firstDay = readings.day(1);
            const std::int64_t firstKm = readings.integer(2);
            std::int64_t lastDay = firstDay;
            std::int64_t lastKm = firstKm;
            while ((haveReading = readings.step()) && readings.integer(0) == id) {
                lastDay = readings.day(1);
                lastKm = readings.integer(2);
            }
            const std::int64_t days = lastDay - firstDay;
            if (days >= std::max(1, minDays) && lastKm >= firstKm) {
                usage.rate = domain::MileageRate{lastKm - firstKm, days};
            }
        }
        out.push_back(usage);
    }
    return out;
}

}  // namespace hc::storage
