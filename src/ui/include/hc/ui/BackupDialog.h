#pragma once

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace hc::services {
class BackupService;
struct ActingUser;
}  // namespace hc::services

namespace hc::ui {

/// 备份与恢复 (manager): the backups (newest first, verified or not), "立即备份", the second backup
/// folder, and "恢复所选备份…" which, once confirmed, emits restoreRequested(): the app closes the
/// database, restores (keeping a copy of the current file) and starts again.
class BackupDialog : public QDialog {
    Q_OBJECT
public:
    BackupDialog(services::BackupService& backups, const services::ActingUser& user,
                 QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return table_; }
    /// Backs up now; shows the outcome.
    void backupNow();
    /// Asks for confirmation (unless `confirmed`) and emits restoreRequested for the selected
    /// verified backup; false when nothing suitable is selected or the user declined.
    bool restoreSelected(bool confirmed = false);

Q_SIGNALS:
    void restoreRequested(const QString& file);

private:
    void reload();

    services::BackupService& backups_;
    const services::ActingUser& user_;
    QTableWidget* table_ = nullptr;
    QLineEdit* secondFolder_ = nullptr;
};

}  // namespace hc::ui
