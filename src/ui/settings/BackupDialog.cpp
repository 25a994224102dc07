#include "hc/ui/BackupDialog.h"

#include "hc/ui/DirtyTracker.h"

#include "hc/services/ActingUser.h"
#include "hc/services/BackupService.h"

#include "widgets/BackgroundJob.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc::ui {

BackupDialog::BackupDialog(services::BackupService& backups, const services::ActingUser& user,
                           QWidget* parent)
    : QDialog(parent), backups_(backups), user_(user) {
    setWindowTitle(tr("备份与恢复"));
    resize(820, 460);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("备份保存在数据库旁的 backups 文件夹,每次都经过校验。恢复前会先把当前数据库另存一份。"),
        this));
    table_ = new QTableWidget(0, 5, this);
    table_->setObjectName(QStringLiteral("backupTable"));
    table_->setHorizontalHeaderLabels({tr("时间"), tr("原因"), tr("校验"), tr("大小"), tr("文件")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table_);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(new QLabel(tr("第二个备份文件夹(可选,如 U 盘):"), this));
    secondFolder_ = new QLineEdit(backups_.secondFolder(), this);
    secondFolder_->setObjectName(QStringLiteral("secondFolderEdit"));
    folderRow->addWidget(secondFolder_, 1);
    auto* browse = new QPushButton(tr("选择…"), this);
    auto* saveFolder = new QPushButton(tr("保存"), this);
    folderRow->addWidget(browse);
    folderRow->addWidget(saveFolder);
    layout->addLayout(folderRow);

    // 正在备份…… while a backup runs, then what it made.
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("backupBusyLabel"));
    status_->setWordWrap(true);
    status_->setVisible(false);
    layout->addWidget(status_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    now_ = buttons->addButton(tr("立即备份"), QDialogButtonBox::ActionRole);
    now_->setObjectName(QStringLiteral("backupNowButton"));
    restore_ = buttons->addButton(tr("恢复所选备份…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    job_ = new BackgroundJob(this);

    // Close asks first when a typed second folder was not saved (Esc and the window's close
    // button too: the tracker).
    connect(buttons, &QDialogButtonBox::rejected, this,
            [this] { DirtyTracker::rejectAsking(this); });
    connect(now_, &QPushButton::clicked, this, &BackupDialog::backupNow);
    connect(restore_, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("第二个备份文件夹"), secondFolder_->text());
        if (!dir.isEmpty()) {
            secondFolder_->setText(QDir::toNativeSeparators(dir));
        }
    });
    connect(saveFolder, &QPushButton::clicked, this, [this] {
        const auto saved =
            backups_.setSecondFolder(user_, QDir::fromNativeSeparators(secondFolder_->text()));
        if (!saved) {
            QMessageBox::warning(this, tr("备份与恢复"), saved.error().message);
        } else if (auto* tracker = DirtyTracker::of(this)) {
            tracker->markClean();
        }
    });
    reload();
    DirtyTracker::attach(this);
}

void BackupDialog::reload() {
    table_->setRowCount(0);
    const auto all = backups_.list();
    if (!all) {
        return;
    }
    for (const auto& b : all.value()) {
        const int row = table_->rowCount();
        table_->insertRow(row);
        auto* when =
            new QTableWidgetItem(b.created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        when->setData(Qt::UserRole, b.file);
        when->setData(Qt::UserRole + 1, b.verified);
        table_->setItem(row, 0, when);
        table_->setItem(row, 1, new QTableWidgetItem(b.reason));
        table_->setItem(row, 2, new QTableWidgetItem(b.verified ? tr("已校验") : tr("未校验")));
        table_->setItem(row, 3, new QTableWidgetItem(QLocale().formattedDataSize(b.bytes)));
        table_->setItem(row, 4, new QTableWidgetItem(QDir::toNativeSeparators(b.file)));
    }
    if (table_->rowCount() > 0) {
        table_->selectRow(0);
    }
}

bool BackupDialog::isBackingUp() const {
    return job_->isRunning();
}

void BackupDialog::setBusy(bool busy) {
    now_->setEnabled(!busy);
    restore_->setEnabled(!busy);  // no restore of a file while the next one is written
    if (busy) {
        status_->setText(tr("正在备份……(可以继续操作)"));
        status_->setVisible(true);
    }
}

bool BackupDialog::backupNow() {
    if (isBackingUp()) {
        return false;
    }
    // Copied and verified on a connection of its own, off the GUI thread; without a second
    // connection, here.
    services::BackupService* backups = &backups_;
    auto made = std::make_shared<std::optional<services::Result<services::BackupEntry>>>();
    setBusy(true);
    Q_EMIT backupStarted();
    job_->start(
        [backups, made] {
            if (auto own = backups->openSibling()) {  // opened, used and closed on this thread
                *made = own->create(QStringLiteral("manual"));
            }
        },
        [this, backups, made] {
            if (!*made) {
                *made = backups->create(QStringLiteral("manual"));
            }
            setBusy(false);
            const auto& result = **made;
            if (!result) {
                status_->setVisible(false);
                QMessageBox::warning(isVisible() ? this : parentWidget(), tr("备份与恢复"),
                                     result.error().message);
            } else {
                status_->setText(
                    tr("已备份并校验:%1").arg(QDir::toNativeSeparators(result.value().file)));
                reload();
            }
            Q_EMIT backupFinished(result.ok());
            if (closeWhenDone_) {
                QDialog::done(*closeWhenDone_);
            }
        });
    return true;
}

void BackupDialog::showEvent(QShowEvent* event) {
    closeWhenDone_.reset();
    QDialog::showEvent(event);
}

void BackupDialog::done(int result) {
    if (isBackingUp()) {
        // The backup goes on; the status bar says so. The dialog goes when it has ended.
        closeWhenDone_ = result;
        hide();
        return;
    }
    QDialog::done(result);
}

bool BackupDialog::restoreSelected(bool confirmed) {
    const int row = table_->currentRow();
    if (row < 0) {
        return false;
    }
    const QString file = table_->item(row, 0)->data(Qt::UserRole).toString();
    if (!table_->item(row, 0)->data(Qt::UserRole + 1).toBool()) {
        if (!confirmed) {
            QMessageBox::warning(this, tr("备份与恢复"),
                                 tr("这个备份没有通过校验,不能用来恢复。请选择已校验的备份。"));
        }
        return false;
    }
    if (!confirmed &&
        QMessageBox::question(
            this, tr("恢复备份"),
            tr("用 %1 的备份替换当前数据库?\n当前数据库会先另存一份备份。程序将关闭并重新启动。")
                .arg(table_->item(row, 0)->text()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        return false;
    }
    Q_EMIT restoreRequested(file);
    accept();
    return true;
}

}  // namespace hc::ui
