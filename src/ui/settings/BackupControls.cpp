#include "BackupControls.h"

#include "hc/services/ActingUser.h"
#include "hc/ui/BackupDialog.h"
#include "hc/ui/BackupStatusLabel.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace hc::ui {

void BackupControls::install(QMainWindow& window, services::BackupService& backups,
                             const services::ActingUser& user, QString& pendingRestore) {
    auto* status = new BackupStatusLabel(backups, &window);
    window.statusBar()->addPermanentWidget(status);
    if (user.role != domain::Role::Manager) {
        return;
    }
    // 数据 before 帮助 (the last menu).
    auto* menu = new QMenu(tr("数据(&D)"), window.menuBar());
    menu->setObjectName(QStringLiteral("dataMenu"));
    const auto menus = window.menuBar()->actions();
    window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
    QAction* action = menu->addAction(tr("备份与恢复(&B)…"));
    action->setObjectName(QStringLiteral("backupAction"));
    QObject::connect(action, &QAction::triggered, &window,
                     [&window, &backups, &user, &pendingRestore, status] {
                         BackupDialog dialog(backups, user, &window);
                         QObject::connect(&dialog, &BackupDialog::restoreRequested, &window,
                                          [&window, &pendingRestore](const QString& file) {
                                              pendingRestore = file;
                                              window.close();
                                          });
                         dialog.exec();
                         status->refresh();
                     });
}

}  // namespace hc::ui
