#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace hc::storage {

/// A raw forward-only prepared statement for the bulk read paths (skips QVariant per value);
/// throws StorageError on failure. Storage-private.
class SqliteStatement {
public:
    SqliteStatement(sqlite3* db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    void bindText(int index, const QByteArray& utf8);
    void bindDate(int index, const QDate& date) {
        bindText(index, date.toString(Qt::ISODate).toLatin1());
    }
    /// True while a row is available; throws on error.
    bool step();

    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] std::optional<std::int64_t> optInteger(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] QString text(int column) const;
    /// 'YYYY-MM-DD' (or the date part of a timestamp) → QDate without QString; invalid for NULL.
    [[nodiscard]] QDate date(int column) const;

private:
    [[noreturn]] void fail(const QString& context) const;
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace hc::storage
