#include "hc/ui/SavedFileNotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace hc::ui {

void SavedFileNotice::show(QWidget* parent, const QString& title, const QString& path,
                           const QString& detail) {
    const QFileInfo info(path);
    QMessageBox box(QMessageBox::Information, title,
                    tr("已保存到 %1").arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("savedFileNotice"));
    if (!detail.isEmpty()) {
        box.setInformativeText(detail);
    }
    QPushButton* open = box.addButton(tr("打开(&O)"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openFileButton"));
    QPushButton* folder = box.addButton(tr("打开所在文件夹(&F)"), QMessageBox::ActionRole);
    folder->setObjectName(QStringLiteral("openFolderButton"));
    QPushButton* close = box.addButton(tr("关闭"), QMessageBox::RejectRole);
    box.setDefaultButton(close);
    box.setEscapeButton(close);
    box.exec();
    if (box.clickedButton() == open) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(info.absoluteFilePath()));
    } else if (box.clickedButton() == folder) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(info.absolutePath()));
    }
}

}  // namespace hc::ui
