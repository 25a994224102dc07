#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace hc::storage {

class Database;

/// One backup file as listed by BackupManager.
struct BackupFile {
    QString file;           ///< absolute path
    QDateTime created;      ///< when it was written (local time, from the manager's clock)
    int schema = 0;         ///< PRAGMA user_version of the copy
    bool verified = false;  ///< passed verification when written and still has the size it had
    std::int64_t bytes = 0;
    QString reason;            ///< daily, exit, manual, import, merge, upgrade-vN, pre-restore
    bool auditChainOk = true;  ///< the source's audit chain held when the copy was made
};

/// The outcome of checking a backup file (BackupManager::verify).
struct BackupVerification {
    bool ok = false;
    QString problem;  ///< English, for the log and the CLI detail; empty when ok
    int schema = 0;
    std::map<QString, std::int64_t> rows;  ///< row counts of the main tables
};

/// Backups of one database file: written with the SQLite online backup API under a temporary
/// name, verified (integrity_check, schema version, row counts of the main tables against the
/// source), fsync'd and only then renamed to their final name, so a partial file is never kept
/// or listed. Folder: "backups" next to the database, plus an optional second folder. Each
/// backup has a sidecar "<file>.json" (created, schema, rows, bytes, verified). Rotation keeps
/// every backup of today and the newest of each of the last 7 days, 4 weeks and 12 months (upgrade
/// and pre-restore copies are kept). Throws StorageError on failure.
class BackupManager {
public:
    using Clock = std::function<QDateTime()>;

    explicit BackupManager(QString databasePath, Clock clock = {});

    /// An extra folder every new backup is also copied to (e.g. a USB disk); empty: none.
    void setSecondFolder(const QString& folder) { secondFolder_ = folder; }
    /// <database folder>/backups
    [[nodiscard]] QString folder() const;
    [[nodiscard]] const QString& databasePath() const noexcept { return databasePath_; }

    /// Writes, verifies and rotates a backup of the open database `db` (which must be this
    /// manager's file) into `targetFolder` (default: folder(), then also the second folder).
    BackupFile create(Database& db, const QString& reason, const QString& targetFolder = {});
    /// The backups in folder() and the second folder, newest first. Temporary files never appear.
    [[nodiscard]] std::vector<BackupFile> list() const;
    /// The newest verified backup, if any.
    [[nodiscard]] std::optional<BackupFile> latestVerified() const;
    /// True when no backup was written today (by the clock): the first start of a day.
    [[nodiscard]] bool dueToday() const;
    /// Deletes the backups the rotation does not keep, in `folder`; returns how many.
    int rotate(const QString& folder);

    /// Checks a backup file: an SQLite database passing integrity_check, of a schema version
    /// this program knows, with the main tables, and (when it has a sidecar) the row counts and
    /// size recorded when it was written.
    [[nodiscard]] static BackupVerification verify(const QString& file);

    /// Replaces the database file with the verified backup `file`. The database must be closed.
    /// First keeps a copy of the current file (a verified backup when it can be read, else a raw
    /// copy marked unverified, reason "pre-restore"). Returns that copy (empty file: there was no
    /// current file).
    BackupFile restore(const QString& file);

    /// The tables whose row counts are compared.
    [[nodiscard]] static QStringList mainTables();

private:
    [[nodiscard]] QDateTime now() const;
    BackupFile writeVerified(Database& db, const QString& folder, const QString& reason,
                             bool auditChainOk);
    BackupFile copyVerified(const BackupFile& source, const QString& folder);
    BackupFile rawCopy(const QString& reason);
    [[nodiscard]] QString freshName(const QString& folder, const QString& reason) const;

    QString databasePath_;
    Clock clock_;
    QString secondFolder_;
};

}  // namespace hc::storage
