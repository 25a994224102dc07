#pragma once

#include <QCoreApplication>
#include <QString>

class QMainWindow;

namespace hc::services {
class BackupService;
struct ActingUser;
}  // namespace hc::services

namespace hc::ui {

/// Wires backups into the main window (kept out of MainWindow.cpp): the backup age in the status
/// bar (BackupStatusLabel) and, for the manager, 数据 > 备份与恢复… (BackupDialog); a confirmed
/// restore stores the file in `pendingRestore` and closes the window (ui-private).
class BackupControls {
    Q_DECLARE_TR_FUNCTIONS(hc::ui::BackupControls)
public:
    static void install(QMainWindow& window, services::BackupService& backups,
                        const services::ActingUser& user, QString& pendingRestore);
};

}  // namespace hc::ui
