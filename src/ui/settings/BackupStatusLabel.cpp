#include "hc/ui/BackupStatusLabel.h"

#include "hc/services/BackupService.h"

#include <QDir>
#include <QTimer>

namespace hc::ui {

BackupStatusLabel::BackupStatusLabel(services::BackupService& backups, QWidget* parent)
    : QLabel(parent), backups_(backups) {
    setObjectName(QStringLiteral("backupStatusLabel"));
    refresh();
    auto* again = new QTimer(this);
    again->setInterval(60 * 1000);
    connect(again, &QTimer::timeout, this, [this] {
        if (!busy_) {
            refresh();
        }
    });
    again->start();
}

void BackupStatusLabel::refresh() {
    busy_ = false;
    const auto latest = backups_.latestVerified();
    const auto days = backups_.daysSinceLastBackup();
    if (!latest || !days) {
        warning_ = true;
        setText(tr("没有校验过的备份"));
        setToolTip(tr("还没有备份。经理可在“数据 > 备份与恢复”中立即备份。"));
    } else {
        warning_ = *days > kWarnAfterDays;
        const QString when =
            *days == 0 ? tr("今天 %1").arg(latest->created.toString(QStringLiteral("HH:mm")))
                       : tr("%1 天前").arg(*days);
        setText(warning_ ? tr("已 %1 天没有备份").arg(*days) : tr("最近备份:%1").arg(when));
        setToolTip(QDir::toNativeSeparators(latest->file));
    }
    setStyleSheet(warning_ ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
}

void BackupStatusLabel::showBusy() {
    busy_ = true;
    setText(tr("正在备份……"));
    setToolTip(QString());
    setStyleSheet(QStringLiteral("color: #1a73e8; font-weight: 600;"));
}

}  // namespace hc::ui
