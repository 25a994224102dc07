#pragma once

#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <cstdint>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace hc::storage {

/// The storage layer's one prepared statement (RAII over sqlite3_stmt; storage-private). Every
/// failure throws StorageError with the SQLite (extended) code, so repositories never forget to
/// check a result.
///
/// Two ways to use it:
/// - by name, chained (`Query(db, "… :id").bindInt(":id", 1).exec()`, then next()/value()): the
///   repositories' ordinary reads and writes;
/// - by index, reused (`Query(handle, "… ?1", Query::Reuse::Persistent)`, bind…, step() or
///   insert(), reset()): the bulk paths (import, analysis), with zero-copy text binding, no
///   QVariant per value and dates parsed without QString.
class Query {
public:
    enum class Reuse {
        Once,       ///< prepared for a few executions
        Persistent  ///< SQLITE_PREPARE_PERSISTENT: kept and re-run for many rows
    };

    Query(const Database& db, const QString& sql);
    Query(sqlite3* db, const char* sql, Reuse reuse = Reuse::Once);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    // Binding by name (":name"); a name the statement does not use is ignored.
    Query& bind(const QString& placeholder, const QVariant& value);
    Query& bindText(const QString& placeholder, const QString& value);  ///< empty → NULL
    Query& bindDate(const QString& placeholder, const QDate& date);     ///< invalid → NULL
    Query& bindInt(const QString& placeholder, std::int64_t value);
    Query& bindOptInt(const QString& placeholder, std::optional<std::int64_t> value);

    // Binding by index (1-based).
    Query& bindNull(int index);
    Query& bindInt(int index, std::int64_t value);
    Query& bindOptInt(int index, const std::optional<std::int64_t>& value);
    Query& bindReal(int index, double value);
    Query& bindText(int index, const QString& value);  ///< empty → NULL
    /// UTF-8 bytes as they are (empty → ''); bound without a copy (the bytes are kept in this
    /// statement until the parameter is bound again).
    Query& bindUtf8(int index, const QByteArray& utf8);
    /// As bindUtf8(), but empty → NULL.
    Query& bindUtf8OrNull(int index, const QByteArray& utf8);
    Query& bindDate(int index, const QDate& date);  ///< 'YYYY-MM-DD'; invalid → NULL
    Query& bind(int index, const QVariant& value);

    /// Runs the statement from the start; a first row, if any, is then read by next().
    Query& exec();
    /// The next row (after exec(), or stepping from the current position); false at the end.
    bool next();
    /// Steps once: true while a row is available; throws on error.
    bool step();
    /// Runs an INSERT (or another statement without rows) and resets it with its bindings
    /// cleared for the next row; returns the new rowid.
    std::int64_t insert();
    /// Resets the statement (keeps the bindings) and releases its read lock.
    void reset();
    /// As reset(): the statement stays prepared for the next exec().
    void finish() { reset(); }

    [[nodiscard]] QVariant value(int column) const;
    [[nodiscard]] QString text(int column) const;
    /// UTF-16 text of a column, valid until the next step (no QString per value).
    [[nodiscard]] QStringView textView(int column) const;
    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] std::optional<std::int64_t> optInteger(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    /// 'YYYY-MM-DD' (or the date part of a timestamp) → QDate without QString; invalid for NULL
    /// or bad text.
    [[nodiscard]] QDate date(int column) const;
    /// As date(), as a Julian day; `orElse` for NULL or bad text.
    [[nodiscard]] std::int64_t julianDay(int column, std::int64_t orElse) const;
    [[nodiscard]] int columnCount() const;
    [[nodiscard]] QString columnName(int column) const;
    [[nodiscard]] std::int64_t lastInsertId() const;
    [[nodiscard]] int rowsAffected() const;
    /// The raw statement, for the hottest loops that read columns directly.
    [[nodiscard]] sqlite3_stmt* handle() const { return stmt_; }

private:
    void prepare(const QByteArray& sql, unsigned flags);
    [[nodiscard]] int indexOf(const QString& placeholder) const;
    void check(int rc) const;
    void rewindForBinding();
    [[noreturn]] void fail() const;

    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
    bool stepped_ = false;  ///< stepped since the last reset: bind needs a reset first
    bool pending_ = false;  ///< exec() read a row that next() has not returned yet
    std::vector<QByteArray> kept_;
};

/// ISO date text for binding ('YYYY-MM-DD'), or a NULL QVariant for an invalid date.
QVariant dateValue(const QDate& date);
/// 'YYYY-MM-DD' without QDate::toString (hot paths); empty for an invalid date.
QByteArray isoDateUtf8(const QDate& date);

}  // namespace hc::storage
