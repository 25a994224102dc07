#pragma once

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

class QSqlDatabase;
struct sqlite3;

namespace hc::storage {

/// One SQLite database file, opened safely: WAL, synchronous=FULL, foreign keys on and a busy
/// timeout, each read back and checked; the schema migrated to the latest version (one transaction
/// per migration, tracked by PRAGMA user_version). Throws StorageError on every failure.
/// Use from the thread that opened it.
class Database {
public:
    struct Options {
        bool create = true;               ///< create the file when missing (else: error)
        bool migrate = true;              ///< apply pending migrations at open
        bool backupBeforeMigrate = true;  ///< verified backup (BackupManager) before upgrading
        bool checkIntegrity = true;       ///< PRAGMA quick_check at open; damaged → read-only
        int busyTimeoutMs = 5000;
    };

    /// Opens (and by default creates and migrates) the database at `path`. Without `create`, a
    /// missing or empty (0-byte) file is refused (kind ReadOnly, SQLITE_CANTOPEN). A file failing
    /// quick_check is opened read-only (PRAGMA query_only) and not migrated: see isDamaged().
    static std::unique_ptr<Database> open(const QString& path, const Options& options);
    static std::unique_ptr<Database> open(const QString& path) { return open(path, Options{}); }
    /// A second connection to this file, for a thread of its own (the screens' background
    /// loaders): no create, no migration, no backup and no quick_check (this connection checked
    /// the file at open; quick_check of a 100 000-customer archive takes over a second), the same
    /// clock. Throws StorageError.
    [[nodiscard]] std::unique_ptr<Database> openSibling() const;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] const QString& path() const noexcept;
    /// PRAGMA user_version of the open file.
    [[nodiscard]] int schemaVersion() const;
    /// The highest migration this program knows (the number of the last schema/NNNN_*.sql).
    [[nodiscard]] static int latestSchemaVersion();
    /// Applies pending migrations; returns the number applied.
    int migrate();

    /// True when quick_check failed at open: the connection is read-only (query_only).
    [[nodiscard]] bool isDamaged() const noexcept;
    /// What quick_check reported at open (empty when the file is sound).
    [[nodiscard]] const QString& damageReport() const noexcept;

    /// Runs PRAGMA quick_check; returns "ok" or the first problems reported.
    [[nodiscard]] QString quickCheck() const;
    /// The first row PRAGMA foreign_key_check reports, in words; empty when every reference holds.
    [[nodiscard]] QString firstForeignKeyProblem() const;
    /// Writes a consistent copy of the whole database to `targetPath` (VACUUM INTO); the target
    /// must not exist. (Backups proper: BackupManager — temporary name, verified, renamed.)
    void backupTo(const QString& targetPath) const;

    /// The QtSql connection (storage layer only).
    [[nodiscard]] QSqlDatabase& connection() const;
    /// The raw SQLite handle of the connection, for bulk paths and sqlite3_exec (storage only).
    [[nodiscard]] sqlite3* handle() const;
    /// Executes a script of several statements (migrations, tests). Throws on failure.
    void execScript(const QString& sql) const;

    /// The clock storage reads when a caller gives no time (a row written without its
    /// created_at, an ownership without its start day): the app's injected clock, so that storage
    /// never reads the system time itself. The system clock until set.
    void setClock(std::function<QDateTime()> clock);
    /// The current time by that clock.
    [[nodiscard]] QDateTime now() const;

private:
    struct Private;
    explicit Database(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d_;
};

}  // namespace hc::storage
