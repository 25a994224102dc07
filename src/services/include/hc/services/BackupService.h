#pragma once

#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// One backup file (see storage::BackupManager).
struct BackupEntry {
    QString file;
    QDateTime created;
    int schema = 0;
    bool verified = false;
    std::int64_t bytes = 0;
    QString reason;  ///< daily, exit, manual, import, merge, upgrade-vN, pre-restore
};

/// The audit chain check (AuditRepository::verifyChain) for callers above storage.
struct AuditChainReport {
    bool ok = true;
    std::int64_t rows = 0;
    std::optional<std::int64_t> firstBadId;
    std::int64_t lastId = 0;
    QString lastHash;
};

/// Backups and restores of the open database, the second backup folder setting ("backup" key,
/// {"second_folder": "..."}) and the audit chain check. Backups are verified copies written by
/// storage::BackupManager; messages are user-level (Chinese source).
class BackupService {
public:
    BackupService(storage::Database& db, Clock clock);
    ~BackupService();
    BackupService(const BackupService&) = delete;
    BackupService& operator=(const BackupService&) = delete;

    /// A service on a connection of its own to the same database file (same clock): for a
    /// backup on a background thread, so the window keeps handling input while a large file is
    /// copied and verified (create, use and destroy it on that thread). The backup is the same
    /// snapshot copy as on the first connection. nullptr when the file cannot be opened again
    /// (logged).
    [[nodiscard]] std::unique_ptr<BackupService> openSibling() const;

    /// Writes a verified backup (reason: daily, exit, manual, import, merge); `targetFolder`
    /// empty: the backups folder next to the database and the second folder.
    [[nodiscard]] Result<BackupEntry> create(const QString& reason,
                                             const QString& targetFolder = {});
    /// A "daily" backup when none was written today; nullopt when one exists.
    [[nodiscard]] Result<std::optional<BackupEntry>> dailyIfDue();
    /// Newest first.
    [[nodiscard]] Result<std::vector<BackupEntry>> list() const;
    [[nodiscard]] std::optional<BackupEntry> latestVerified() const;
    /// Days since the last verified backup (0 today); nullopt when there is none.
    [[nodiscard]] std::optional<int> daysSinceLastBackup() const;

    [[nodiscard]] QString secondFolder() const;
    /// Manager only; empty turns the second folder off. Audited.
    [[nodiscard]] VoidResult setSecondFolder(const ActingUser& user, const QString& folder);

    /// The audit chain; `expect` (id, hash) an anchor noted earlier.
    [[nodiscard]] Result<AuditChainReport> verifyAudit(
        const std::optional<std::pair<std::int64_t, QString>>& expect = std::nullopt) const;

    /// Checks a backup file; the error message says what is wrong.
    [[nodiscard]] static Result<BackupEntry> verifyFile(const QString& file);
    /// Replaces the (closed) database at `databasePath` by the verified backup `file`, after
    /// keeping a copy of the current file; returns that copy (file empty when there was none).
    [[nodiscard]] static Result<BackupEntry> restore(const QString& databasePath,
                                                     const QString& file, Clock clock);
    /// The newest verified backup of the database at `databasePath` (without opening it).
    [[nodiscard]] static std::optional<BackupEntry> latestVerifiedOf(const QString& databasePath);

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
