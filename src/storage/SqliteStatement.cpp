#include "SqliteStatement.h"

#include "hc/storage/StorageError.h"

#include <sqlite3.h>

namespace hc::storage {

namespace {

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

}  // namespace

SqliteStatement::SqliteStatement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db_, sql, -1, &stmt_, nullptr) != SQLITE_OK) {
        fail(QString::fromUtf8(sql));
    }
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(stmt_);
}

void SqliteStatement::bindText(int index, const QByteArray& utf8) {
    if (sqlite3_bind_text(stmt_, index, utf8.constData(), static_cast<int>(utf8.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK) {
        fail(QStringLiteral("bind"));
    }
}

bool SqliteStatement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        fail(QString::fromUtf8(sqlite3_sql(stmt_)));
    }
    return false;
}

std::int64_t SqliteStatement::integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

std::optional<std::int64_t> SqliteStatement::optInteger(int column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return sqlite3_column_int64(stmt_, column);
}

bool SqliteStatement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

QString SqliteStatement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (p == nullptr) {
        return {};
    }
    return QString::fromUtf8(p, sqlite3_column_bytes(stmt_, column));
}

QDate SqliteStatement::date(int column) const {
    const unsigned char* p = sqlite3_column_text(stmt_, column);
    if (p == nullptr || sqlite3_column_bytes(stmt_, column) < 10 || p[4] != '-' || p[7] != '-') {
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

void SqliteStatement::fail(const QString& context) const {
    const int code = sqlite3_extended_errcode(db_);
    throw StorageError(StorageError::kindForCode(db_, code), code,
                       QString::fromUtf8(sqlite3_errmsg(db_)), context);
}

}  // namespace hc::storage
