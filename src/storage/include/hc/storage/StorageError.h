#pragma once

#include <QString>

#include <stdexcept>

struct sqlite3;

namespace hc::storage {

/// The one error type the storage layer throws. Carries the SQLite result code (primary code in
/// the low byte, extended code as reported) so services can turn it into a user-level message.
class StorageError : public std::runtime_error {
public:
    enum class Kind {
        Constraint,     ///< SQLITE_CONSTRAINT: unique, check, foreign key, not null
        Busy,           ///< SQLITE_BUSY / SQLITE_LOCKED: another process holds the lock
        Corrupt,        ///< SQLITE_CORRUPT / SQLITE_NOTADB: the file is damaged or not a database
        ReadOnly,       ///< SQLITE_READONLY / SQLITE_CANTOPEN / SQLITE_PERM: cannot write or open
        Full,           ///< SQLITE_FULL: disk full
        Schema,         ///< the schema is newer than this program, or a migration failed
        Configuration,  ///< a pragma could not be set to the required value
        NotFound,       ///< a row that must exist does not
        Other
    };

    StorageError(Kind kind, int sqliteCode, const QString& message, const QString& detail = {});

    [[nodiscard]] Kind kind() const noexcept { return kind_; }
    /// The SQLite (extended) result code, or 0 when the error did not come from SQLite.
    [[nodiscard]] int sqliteCode() const noexcept { return sqliteCode_; }
    [[nodiscard]] const QString& message() const noexcept { return message_; }
    /// Technical detail for the log: the SQL driver text, the statement.
    [[nodiscard]] const QString& detail() const noexcept { return detail_; }

    /// Maps an SQLite result code (primary or extended) to a kind.
    static Kind kindForCode(int sqliteCode) noexcept;
    /// As kindForCode(), but an I/O error whose system error is "no space left on device"
    /// (ENOSPC: sqlite3_system_errno, or errno when SQLite recorded none, as after a failed fsync
    /// at COMMIT) or on a volume with less than 1 MiB free is Full: with 0 bytes free SQLite often
    /// reports SQLITE_IOERR ("disk I/O error") instead of SQLITE_FULL. Call it right after the
    /// failing SQLite call. `db` may be null.
    static Kind kindForCode(sqlite3* db, int sqliteCode) noexcept;

private:
    Kind kind_;
    int sqliteCode_;
    QString message_;
    QString detail_;
};

}  // namespace hc::storage
