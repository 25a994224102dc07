#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hc::services {
class BackupService;
struct ActingUser;
}  // namespace hc::services

namespace hc::ui {

class BackgroundJob;

/// 备份与恢复 (manager): the backups (newest first, verified or not), "立即备份", the second backup
/// folder, and "恢复所选备份…" which, once confirmed, emits restoreRequested(): the app closes the
/// database, restores (keeping a copy of the current file) and starts again.
/// A backup runs off the GUI thread on a connection of its own (a large archive takes seconds to
/// copy and verify): 正在备份…… shows, backing up and restoring are off until it ends, and the
/// window stays usable. Closed meanwhile, the dialog hides and goes once the backup has ended.
class BackupDialog : public QDialog {
    Q_OBJECT
public:
    BackupDialog(services::BackupService& backups, const services::ActingUser& user,
                 QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return table_; }
    /// Starts a backup now (off the GUI thread); backupFinished() follows and the outcome is
    /// shown. False (nothing started) while one runs.
    bool backupNow();
    [[nodiscard]] bool isBackingUp() const;
    /// Hides instead while a backup runs; closes once it has ended.
    void done(int result) override;
    /// Asks for confirmation (unless `confirmed`) and emits restoreRequested for the selected
    /// verified backup; false when nothing suitable is selected or the user declined.
    bool restoreSelected(bool confirmed = false);

protected:
    /// Shown again (the menu) while its backup runs: it stays open.
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    void restoreRequested(const QString& file);
    /// A backup started by backupNow() runs.
    void backupStarted();
    /// It ended: `ok` (listed, verified) or its error was shown.
    void backupFinished(bool ok);

private:
    void reload();
    void setBusy(bool busy);

    services::BackupService& backups_;
    const services::ActingUser& user_;
    QTableWidget* table_ = nullptr;
    QLineEdit* secondFolder_ = nullptr;
    QLabel* status_ = nullptr;  ///< 正在备份…… / the last backup made here
    QPushButton* now_ = nullptr;
    QPushButton* restore_ = nullptr;
    BackgroundJob* job_ = nullptr;
    std::optional<int> closeWhenDone_;  ///< closed while backing up: the result to close with
};

}  // namespace hc::ui
