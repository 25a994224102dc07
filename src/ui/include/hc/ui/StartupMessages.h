#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

class QWidget;

namespace hc::ui {

/// Message boxes the app shows before the main window exists (the ui layer owns every message
/// box; the app only decides which one).
class StartupMessages {
    Q_DECLARE_TR_FUNCTIONS(hc::ui::StartupMessages)
public:
    /// The database at `path` could not be opened: `reason` in words (services::StorageMessages,
    /// the one mapping of storage failures to messages), `detail` the technical reason (logged and
    /// shown under "details").
    static void databaseOpenFailed(const QString& reason, const QString& path,
                                   const QString& detail, QWidget* parent = nullptr);
    /// The database has no user yet: explains how to create the first manager.
    static void noUsers(const QString& path, QWidget* parent = nullptr);
    /// The database failed its integrity check at open and is open read-only. Offers the newest
    /// verified backup (`backupFile` empty: there is none); true when the user chose to restore.
    static bool offerRestore(const QString& path, const QString& report, const QString& backupFile,
                             const QDateTime& backupTime, QWidget* parent = nullptr);
    /// A restore or a backup did not work; `message` is the user-level reason.
    static void backupProblem(const QString& message, QWidget* parent = nullptr);
    /// Runs `work` (a restore: copy and verify, seconds on a large archive) on a thread of its own
    /// while a small window says "正在恢复备份……" with a busy bar, so the user is not left with
    /// no window at all. Returns when `work` has finished.
    static void restoring(const std::function<void()>& work);
    /// The audit chain check at the manager's login failed from record `firstBadId` on.
    static void auditChainBroken(qint64 firstBadId, qint64 rows, QWidget* parent = nullptr);
};

}  // namespace hc::ui
