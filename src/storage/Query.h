#pragma once

#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

#include <cstdint>
#include <optional>

namespace hc::storage {

/// RAII prepared statement over QSqlQuery: prepares on construction, throws StorageError (with the
/// SQLite code) on every failure, so repositories never forget to check a result. Private to the
/// storage layer.
class Query {
public:
    Query(const Database& db, const QString& sql);

    Query& bind(const QString& placeholder, const QVariant& value);
    Query& bindText(const QString& placeholder, const QString& value);  ///< empty → NULL
    Query& bindDate(const QString& placeholder, const QDate& date);     ///< invalid → NULL
    Query& bindInt(const QString& placeholder, std::int64_t value);
    Query& bindOptInt(const QString& placeholder, std::optional<std::int64_t> value);

    /// Executes; throws on failure. Returns *this for chaining into next().
    Query& exec();
    bool next();
    [[nodiscard]] QVariant value(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] QDate date(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t lastInsertId() const;
    [[nodiscard]] int rowsAffected() const;
    [[nodiscard]] QSqlQuery& raw() { return query_; }

private:
    QSqlQuery query_;
    QString sql_;
    sqlite3* handle_ = nullptr;
};

/// Builds a StorageError from a QtSql error (parses the native SQLite code); `handle` (may be
/// null) tells a full disk behind an I/O error apart (StorageError::kindForCode).
[[noreturn]] void throwSqlError(const class QSqlError& error, const QString& context,
                                sqlite3* handle = nullptr);

/// ISO date text for binding ('YYYY-MM-DD'), or a NULL QVariant for an invalid date.
QVariant dateValue(const QDate& date);
/// Local timestamp 'YYYY-MM-DDTHH:MM:SS' for created_at / audit columns.
QString nowTimestamp();

}  // namespace hc::storage
