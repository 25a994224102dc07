#include "BackupControls.h"

#include "hc/services/ActingUser.h"
#include "hc/ui/BackupDialog.h"
#include "hc/ui/BackupStatusLabel.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>

#include <memory>

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
    // Not modal: a backup runs off the GUI thread and the window stays usable meanwhile; one
    // dialog at a time (the menu shows it again).
    auto open = std::make_shared<QPointer<BackupDialog>>();
    QObject::connect(action, &QAction::triggered, &window,
                     [&window, &backups, &user, &pendingRestore, status, open] {
                         if (!open->isNull()) {  // open, or closed while its backup still runs
                             (*open)->show();
                             (*open)->raise();
                             (*open)->activateWindow();
                             return;
                         }
                         auto* dialog = new BackupDialog(backups, user, &window);
                         dialog->setAttribute(Qt::WA_DeleteOnClose);
                         *open = dialog;
                         QObject::connect(dialog, &BackupDialog::restoreRequested, &window,
                                          [&window, &pendingRestore](const QString& file) {
                                              pendingRestore = file;
                                              window.close();
                                          });
                         QObject::connect(dialog, &BackupDialog::backupStarted, status,
                                          &BackupStatusLabel::showBusy);
                         QObject::connect(dialog, &BackupDialog::backupFinished, status,
                                          &BackupStatusLabel::refresh);
                         QObject::connect(dialog, &QDialog::finished, status,
                                          &BackupStatusLabel::refresh);
                         dialog->show();
                     });
}

}  // namespace hc::ui
