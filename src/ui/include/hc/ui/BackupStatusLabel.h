#pragma once

#include <QLabel>

namespace hc::services {
class BackupService;
}

namespace hc::ui {

/// Status bar field: the age of the last verified backup ("最近备份:今天 09:12"), in red with a
/// warning after more than 2 days without one (or when there is none). Looked at again every minute
/// (the daily backup is written in the background after start; the day changes).
class BackupStatusLabel : public QLabel {
    Q_OBJECT
public:
    explicit BackupStatusLabel(services::BackupService& backups, QWidget* parent = nullptr);

    /// Days without a backup after which the label warns.
    static constexpr int kWarnAfterDays = 2;
    [[nodiscard]] bool isWarning() const noexcept { return warning_; }

public Q_SLOTS:
    void refresh();
    /// 正在备份…… while a backup runs off the GUI thread (BackupDialog); refresh() when it ends.
    void showBusy();

private:
    services::BackupService& backups_;
    bool warning_ = false;
    bool busy_ = false;  ///< showBusy() until the next refresh()
};

}  // namespace hc::ui
