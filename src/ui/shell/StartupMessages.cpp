#include "hc/ui/StartupMessages.h"

#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QLabel>
#include <QProgressBar>
#include <QThread>
#include <QVBoxLayout>

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <memory>

namespace hc::ui {

void StartupMessages::databaseOpenFailed(const QString& reason, const QString& path,
                                         const QString& detail, QWidget* parent) {
    QMessageBox box(QMessageBox::Critical, tr("无法打开数据库"),
                    tr("无法打开数据库：\n%1\n\n%2").arg(QDir::toNativeSeparators(path), reason),
                    QMessageBox::Close, parent);
    box.setDetailedText(detail);
    box.exec();
}

void StartupMessages::noUsers(const QString& path, QWidget* parent) {
    QMessageBox::information(parent, tr("还没有用户"),
                             tr("数据库 %1 中还没有用户。\n请先用命令行创建经理账户：\n"
                                "huichang-cli --db \"%1\" user add 用户名 --role manager")
                                 .arg(QDir::toNativeSeparators(path)));
}

bool StartupMessages::offerRestore(const QString& path, const QString& report,
                                   const QString& backupFile, const QDateTime& backupTime,
                                   QWidget* parent) {
    const QString intro =
        tr("数据库文件已损坏:\n%1\n\n为防止进一步损坏,已以只读方式打开,不能保存任何修改。")
            .arg(QDir::toNativeSeparators(path));
    if (backupFile.isEmpty()) {
        QMessageBox box(QMessageBox::Critical, tr("数据库已损坏"),
                        intro + QStringLiteral("\n\n") +
                            tr("没有找到校验过的备份。请联系技术支持,不要删除这个文件。"),
                        QMessageBox::Ok, parent);
        box.setDetailedText(report);
        box.exec();
        return false;
    }
    QMessageBox box(QMessageBox::Critical, tr("数据库已损坏"),
                    intro + QStringLiteral("\n\n") +
                        tr("是否从最近一次校验过的备份(%1)恢复?当前文件会先另存一份。")
                            .arg(QLocale().toString(backupTime, QLocale::ShortFormat)),
                    QMessageBox::NoButton, parent);
    box.setDetailedText(report + QStringLiteral("\n\n") + QDir::toNativeSeparators(backupFile));
    QPushButton* restore = box.addButton(tr("从备份恢复"), QMessageBox::AcceptRole);
    box.addButton(tr("只读打开"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore;
}

void StartupMessages::backupProblem(const QString& message, QWidget* parent) {
    QMessageBox::warning(parent, tr("备份与恢复"), message);
}

void StartupMessages::restoring(const std::function<void()>& work) {
    QDialog note;
    note.setObjectName(QStringLiteral("restoringNote"));
    note.setWindowTitle(tr("备份与恢复"));
    auto* layout = new QVBoxLayout(&note);
    auto* label = new QLabel(tr("正在恢复备份……完成后回厂会重新打开。"), &note);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto* bar = new QProgressBar(&note);
    bar->setRange(0, 0);  // busy: the copy and its check report no steps
    layout->addWidget(bar);
    note.show();
    QEventLoop loop;
    std::unique_ptr<QThread> thread(QThread::create(work));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    if (!thread->isFinished()) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    thread->wait();
    note.close();
}

void StartupMessages::auditChainBroken(qint64 firstBadId, qint64 rows, QWidget* parent) {
    QMessageBox::warning(parent, tr("操作日志被改动"),
                         tr("操作日志校验不通过:从第 %1 条记录起(共 %2 "
                            "条)内容与记录时不一致,可能被人改动、删除或改了日期。"
                            "\n请保留数据库文件和备份,并用 huichang-cli audit verify 核对。")
                             .arg(firstBadId)
                             .arg(rows));
}

}  // namespace hc::ui
