#include "hc/storage/AnalysisRepository.h"

#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <sqlite3.h>

#include <cstring>

namespace hc::storage {

namespace {

/// A raw prepared statement (the bulk path skips QVariant per value). Forward-only by nature.
class Statement {
public:
    Statement(sqlite3* db, const char* sql) : db_(db) {
        const int rc = sqlite3_prepare_v2(db_, sql, -1, &stmt_, nullptr);
        if (rc != SQLITE_OK) {
            fail(QString::fromUtf8(sql));
        }
    }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bindText(int index, const QByteArray& text) {
        if (sqlite3_bind_text(stmt_, index, text.constData(), static_cast<int>(text.size()),
                              SQLITE_TRANSIENT) != SQLITE_OK) {
            fail(QStringLiteral("bind"));
        }
    }
    /// True while a row is available; throws on error.
    bool step() {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) {
            return true;
        }
        if (rc != SQLITE_DONE) {
            fail(QString::fromUtf8(sqlite3_sql(stmt_)));
        }
        return false;
    }
    [[nodiscard]] sqlite3_stmt* get() const { return stmt_; }

private:
    [[noreturn]] void fail(const QString& context) const {
        const int code = sqlite3_extended_errcode(db_);
        throw StorageError(StorageError::kindForCode(code), code,
                           QString::fromUtf8(sqlite3_errmsg(db_)), context);
    }
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

int digits(const unsigned char* p, int n) {
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9') {
            return -1;
        }
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

/// 'YYYY-MM-DD' column → QDate without going through QString; invalid for NULL or bad text.
QDate dateColumn(sqlite3_stmt* stmt, int column) {
    const unsigned char* p = sqlite3_column_text(stmt, column);
    if (p == nullptr || sqlite3_column_bytes(stmt, column) != 10 || p[4] != '-' || p[7] != '-') {
        return {};
    }
    const int y = digits(p, 4);
    const int m = digits(p + 5, 2);
    const int d = digits(p + 8, 2);
    if (y < 0 || m < 0 || d < 0) {
        return {};
    }
    return QDate(y, m, d);
}

QString textColumn(sqlite3_stmt* stmt, int column) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
    if (p == nullptr) {
        return {};
    }
    return QString::fromUtf8(p, sqlite3_column_bytes(stmt, column));
}

std::int64_t scalar(sqlite3* db, const char* sql) {
    Statement s(db, sql);
    return s.step() ? sqlite3_column_int64(s.get(), 0) : 0;
}

}  // namespace

std::vector<domain::CustomerFacts> AnalysisRepository::loadFacts(const QDate& asOf,
                                                                 const QDate& windowFrom) const {
    sqlite3* db = db_.handle();
    // One grouped pass over the covering index, in customer_id order. FILTER keeps the aggregates
    // conditional without CASE per row (SQLite ≥ 3.30, PostgreSQL).
    Statement visits(db,
                     "SELECT customer_id, MIN(visit_date), "
                     "MAX(visit_date) FILTER (WHERE visit_date <= ?1), "
                     "SUM(amount_fen) FILTER (WHERE visit_date >= ?2 AND visit_date <= ?1), "
                     "COUNT(*) FILTER (WHERE visit_date >= ?2 AND visit_date <= ?1) "
                     "FROM visits INDEXED BY visits_customer_date "
                     "GROUP BY customer_id ORDER BY customer_id");
    visits.bindText(1, asOf.toString(Qt::ISODate).toLatin1());
    visits.bindText(2, windowFrom.toString(Qt::ISODate).toLatin1());
    Statement customers(db, "SELECT id, name, phone, invalid_since FROM customers ORDER BY id");

    std::vector<domain::CustomerFacts> out;
    out.reserve(static_cast<std::size_t>(scalar(db, "SELECT COALESCE(MAX(id), 0) FROM customers")));
    sqlite3_stmt* v = visits.get();
    sqlite3_stmt* c = customers.get();
    bool haveVisit = visits.step();
    while (customers.step()) {
        domain::CustomerFacts& f = out.emplace_back();
        f.id = sqlite3_column_int64(c, 0);
        f.name = textColumn(c, 1);
        f.phone = textColumn(c, 2);
        f.invalidSince = dateColumn(c, 3);
        // Both sides are ordered by customer id; foreign keys guarantee every visit's customer
        // exists, so the visit side never runs ahead of the customer side for long.
        while (haveVisit && sqlite3_column_int64(v, 0) < f.id) {
            haveVisit = visits.step();
        }
        if (haveVisit && sqlite3_column_int64(v, 0) == f.id) {
            f.firstVisit = dateColumn(v, 1);
            f.lastVisit = dateColumn(v, 2);
            f.windowAmountFen = sqlite3_column_int64(v, 3);
            f.windowVisits = sqlite3_column_int(v, 4);
            haveVisit = visits.step();
        }
    }
    return out;
}

std::int64_t AnalysisRepository::customerCount() const {
    return scalar(db_.handle(), "SELECT COUNT(*) FROM customers");
}

std::int64_t AnalysisRepository::visitCount() const {
    return scalar(db_.handle(), "SELECT COUNT(*) FROM visits");
}

}  // namespace hc::storage
