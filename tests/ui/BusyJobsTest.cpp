// Long work never freezes input (issue 9 item 11): a report export and a backup run off the GUI
// thread. Each job is held at a gate in the services' clock (called on the job's thread only), so
// the test knows it is running: meanwhile the GUI thread keeps ticking and takes typed keys, the
// busy note shows and the job cannot be started twice; nothing is written before the job ends;
// opened, the job ends with a complete file. Closing the screen while its job runs does not crash:
// it waits for the job, whose file is then complete.
#include "AppHarness.h"
#include "GuiHeartbeat.h"

#include "hc/services/BackupService.h"
#include "hc/services/MonthlyReportService.h"
#include "hc/services/PrivacyService.h"
#include "hc/ui/BackupDialog.h"
#include "hc/ui/CustomerPrivacyActions.h"
#include "hc/ui/MainWindow.h"
#include "hc/ui/ReportView.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace hc::test {
namespace {

constexpr qint64 kMaxStallMs = 100;

/// Holds every call of the clock made off the GUI thread until open() (the job's first use of the
/// clock), and says when a job has reached it.
class Gate {
public:
    services::Clock clock(QDateTime now) {
        return [this, now] {
            if (QThread::currentThread() != QCoreApplication::instance()->thread()) {
                reached_ = true;
                std::unique_lock lock(mutex_);
                cv_.wait(lock, [this] { return open_; });
            }
            return now;
        };
    }
    [[nodiscard]] bool reached() const { return reached_; }
    void open() {
        {
            std::lock_guard lock(mutex_);
            open_ = true;
        }
        cv_.notify_all();
    }
    ~Gate() { open(); }

private:
    std::mutex mutex_;
    std::condition_variable cv_;
    bool open_ = false;
    std::atomic<bool> reached_{false};
};

/// Types `text` into `edit` through the event queue: it arrives only when the GUI thread gets back
/// to its event loop.
void postTyping(QLineEdit* edit, const QString& text) {
    for (const QChar c : text) {
        const auto key = static_cast<Qt::Key>(c.toUpper().unicode());
        QCoreApplication::postEvent(edit, new QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier, c));
        QCoreApplication::postEvent(edit,
                                    new QKeyEvent(QEvent::KeyRelease, key, Qt::NoModifier, c));
    }
}

class BusyJobsTest : public ::testing::Test {
protected:
    void SetUp() override {
        app_ = std::make_unique<AppHarness>(QDateTime(QDate(2026, 6, 15), QTime(10, 0)));
        liLei_ =
            app_->addCustomer(QStringLiteral("Li Lei"), QStringLiteral("13812345678"),
                              QStringLiteral("陕A12345"), {QDate(2025, 11, 3), QDate(2026, 4, 20)});
        app_->addCustomer(QStringLiteral("Han Mei"), QStringLiteral("13912345678"),
                          QStringLiteral("陕A54321"), {QDate(2026, 3, 8)});
        reports_ =
            std::make_unique<services::MonthlyReportService>(app_->db(), gate_.clock(app_->now()));
        backups_ = std::make_unique<services::BackupService>(app_->db(), gate_.clock(app_->now()));
        app_->context.reports = reports_.get();
        app_->context.loadReportsInBackground = false;
        ASSERT_TRUE(dir_.isValid());
        other_ = std::make_unique<QLineEdit>();
        other_->show();
    }
    void TearDown() override { gate_.open(); }

    /// The report screen with May's report shown.
    std::unique_ptr<ui::ReportView> reportView() {
        auto view = std::make_unique<ui::ReportView>(app_->context);
        EXPECT_TRUE(view->showMonth({2026, 5}));
        return view;
    }
    [[nodiscard]] std::int64_t exportAudits() {
        QSqlQuery q(app_->db().connection());
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report.export'"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    Gate gate_;  // destroyed (opened) last
    domain::CustomerId liLei_{};
    std::unique_ptr<AppHarness> app_;
    std::unique_ptr<services::MonthlyReportService> reports_;
    std::unique_ptr<services::BackupService> backups_;
    QTemporaryDir dir_;
    std::unique_ptr<QLineEdit> other_;  // another field the user types into meanwhile
};

TEST_F(BusyJobsTest, AnExportRunsWhileTheWindowKeepsTakingInput) {
    auto view = reportView();
    view->show();
    QPushButton* csv = nullptr;
    for (auto* b : view->findChildren<QPushButton*>()) {
        csv = b->text() == QStringLiteral("导出 CSV") ? b : csv;
    }
    ASSERT_NE(csv, nullptr);
    auto* busy = view->findChild<QLabel*>(QStringLiteral("reportExportBusyLabel"));
    ASSERT_NE(busy, nullptr);
    ASSERT_TRUE(csv->isEnabled());
    const QString path = dir_.filePath(QStringLiteral("report.csv"));
    QSignalSpy finished(view.get(), &ui::ReportView::exportFinished);

    Heartbeat heartbeat;
    ASSERT_TRUE(view->exportTo(services::ReportFormat::Csv, path));
    EXPECT_TRUE(view->isExporting());
    EXPECT_TRUE(busy->isVisibleTo(view.get()));
    EXPECT_TRUE(busy->text().contains(QStringLiteral("正在导出"))) << busy->text().toStdString();
    EXPECT_FALSE(csv->isEnabled()) << "an export cannot be started twice";
    EXPECT_FALSE(view->exportTo(services::ReportFormat::Csv, path));

    ASSERT_TRUE(QTest::qWaitFor([this] { return gate_.reached(); }, 10000));
    // The job waits at the gate: the GUI thread still ticks and takes what is typed.
    const int ticks = heartbeat.ticks();
    postTyping(other_.get(), QStringLiteral("abc"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return other_->text() == QStringLiteral("abc"); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return heartbeat.ticks() >= ticks + 3; }, 5000));
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_TRUE(view->isExporting());
    EXPECT_FALSE(QFile::exists(path)) << "nothing is written before the export ends";

    gate_.open();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    EXPECT_EQ(finished.at(0).at(1).toString(), path);
    EXPECT_FALSE(view->isExporting());
    EXPECT_FALSE(busy->isVisibleTo(view.get()));
    EXPECT_TRUE(csv->isEnabled());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("2026-05"))) << text.left(300).toStdString();
    EXPECT_EQ(exportAudits(), 1);
    EXPECT_LE(heartbeat.maxBusyMs(), kMaxStallMs);
}

TEST_F(BusyJobsTest, TheMonthCloseSavesWhileTheWindowKeepsTakingInput) {
    auto view = reportView();
    view->show();
    auto* save = view->findChild<QPushButton*>(QStringLiteral("saveAbcButton"));
    auto* busy = view->findChild<QLabel*>(QStringLiteral("reportExportBusyLabel"));
    ASSERT_TRUE(save && busy);
    QSignalSpy saved(view.get(), &ui::ReportView::abcRunSaved);
    QTimer answer;  // Yes to the question, OK to the notice
    QObject::connect(&answer, &QTimer::timeout, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            auto* yes = box->button(QMessageBox::Yes);
            (yes != nullptr ? yes : box->button(QMessageBox::Ok))->click();
        }
    });
    answer.start(10);
    save->click();  // returns once asked: the save runs on
    EXPECT_TRUE(busy->isVisibleTo(view.get()));
    EXPECT_TRUE(busy->text().contains(QStringLiteral("正在保存"))) << busy->text().toStdString();
    EXPECT_FALSE(save->isEnabled());
    EXPECT_FALSE(
        view->exportTo(services::ReportFormat::Csv, dir_.filePath(QStringLiteral("x.csv"))))
        << "one job of the row at a time";
    ASSERT_TRUE(QTest::qWaitFor([this] { return gate_.reached(); }, 10000));
    postTyping(other_.get(), QStringLiteral("abc"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return other_->text() == QStringLiteral("abc"); }, 5000));
    EXPECT_TRUE(saved.isEmpty());
    EXPECT_TRUE(reports_->savedAbcPeriods().value().empty());
    gate_.open();
    ASSERT_TRUE(saved.wait(10000));
    EXPECT_TRUE(saved.at(0).at(0).toBool());
    EXPECT_EQ(reports_->savedAbcPeriods().value(),
              (std::vector<QString>{QStringLiteral("2026-05")}));
    EXPECT_FALSE(busy->isVisibleTo(view.get()));
    EXPECT_TRUE(save->isEnabled());
}

TEST_F(BusyJobsTest, ClosingTheReportScreenWhileItExportsWaitsForTheFile) {
    auto view = reportView();
    const QString path = dir_.filePath(QStringLiteral("report.xlsx"));
    ASSERT_TRUE(view->exportTo(services::ReportFormat::Xlsx, path));
    ASSERT_TRUE(QTest::qWaitFor([this] { return gate_.reached(); }, 10000));
    EXPECT_FALSE(QFile::exists(path));
    gate_.open();
    view.reset();     // the job is still running (its end is not delivered yet)
    QTest::qWait(0);  // its end, had it been kept, would arrive now
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_GT(QFile(path).size(), 0);
    EXPECT_EQ(exportAudits(), 1);
}

TEST_F(BusyJobsTest, ABackupRunsWhileTheWindowKeepsTakingInput) {
    ui::BackupDialog dialog(*backups_, app_->context.user);
    dialog.show();
    auto* now = dialog.findChild<QPushButton*>(QStringLiteral("backupNowButton"));
    auto* busy = dialog.findChild<QLabel*>(QStringLiteral("backupBusyLabel"));
    ASSERT_TRUE(now && busy);
    QSignalSpy finished(&dialog, &ui::BackupDialog::backupFinished);

    Heartbeat heartbeat;
    now->click();
    EXPECT_TRUE(dialog.isBackingUp());
    EXPECT_FALSE(now->isEnabled()) << "a backup cannot be started twice";
    EXPECT_FALSE(dialog.backupNow());
    EXPECT_TRUE(busy->isVisibleTo(&dialog));
    EXPECT_TRUE(busy->text().contains(QStringLiteral("正在备份"))) << busy->text().toStdString();

    ASSERT_TRUE(QTest::qWaitFor([this] { return gate_.reached(); }, 10000));
    const int ticks = heartbeat.ticks();
    postTyping(other_.get(), QStringLiteral("xyz"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return other_->text() == QStringLiteral("xyz"); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return heartbeat.ticks() >= ticks + 3; }, 5000));
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_EQ(dialog.table()->rowCount(), 0);

    gate_.open();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    EXPECT_FALSE(dialog.isBackingUp());
    EXPECT_TRUE(now->isEnabled());
    ASSERT_EQ(dialog.table()->rowCount(), 1);
    const auto latest = backups_->latestVerified();
    ASSERT_TRUE(latest.has_value());
    EXPECT_TRUE(services::BackupService::verifyFile(latest->file).ok()) << "a complete backup";
    EXPECT_TRUE(busy->text().contains(QDir::toNativeSeparators(latest->file)))
        << busy->text().toStdString();
    EXPECT_LE(heartbeat.maxBusyMs(), kMaxStallMs);
}

TEST_F(BusyJobsTest, ClosingTheBackupDialogLetsTheBackupFinishThenItGoes) {
    QPointer<ui::BackupDialog> dialog = new ui::BackupDialog(*backups_, app_->context.user);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QSignalSpy finished(dialog.data(), &ui::BackupDialog::backupFinished);
    ASSERT_TRUE(dialog->backupNow());
    ASSERT_TRUE(QTest::qWaitFor([this] { return gate_.reached(); }, 10000));
    dialog->reject();  // Esc or Close while it backs up
    ASSERT_FALSE(dialog.isNull());
    EXPECT_FALSE(dialog->isVisible()) << "out of the way";
    gate_.open();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.isNull(); }, 5000)) << "closed at the end";
    EXPECT_TRUE(backups_->latestVerified().has_value());
}

TEST_F(BusyJobsTest, DestroyingTheBackupDialogWhileItBacksUpWaitsForTheBackup) {
    auto dialog = std::make_unique<ui::BackupDialog>(*backups_, app_->context.user);
    ASSERT_TRUE(dialog->backupNow());
    ASSERT_TRUE(QTest::qWaitFor([this] { return gate_.reached(); }, 10000));
    gate_.open();
    dialog.reset();  // the window closed (log out) while the backup ran
    QTest::qWait(0);
    const auto latest = backups_->latestVerified();
    ASSERT_TRUE(latest.has_value());
    EXPECT_TRUE(services::BackupService::verifyFile(latest->file).ok());
}

TEST_F(BusyJobsTest, AnErasureBacksUpAndErasesWhileTheWindowKeepsTakingInput) {
    services::PrivacyService privacy(app_->db(), gate_.clock(app_->now()));
    app_->context.privacy = &privacy;
    QWidget card;
    ui::CustomerPrivacyActions actions(app_->context, &card);
    actions.setCustomer(liLei_, QStringLiteral("Li Lei"), false);
    QSignalSpy status(&actions, &ui::CustomerPrivacyActions::status);
    QSignalSpy finished(&actions, &ui::CustomerPrivacyActions::eraseFinished);
    QSignalSpy erased(&actions, &ui::CustomerPrivacyActions::erased);

    ASSERT_TRUE(actions.eraseConfirmed());
    ASSERT_EQ(status.count(), 1);
    EXPECT_TRUE(status.at(0).at(0).toString().contains(QStringLiteral("正在删除")));
    EXPECT_FALSE(actions.eraseAction()->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor([this] { return gate_.reached(); }, 10000));
    postTyping(other_.get(), QStringLiteral("abc"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return other_->text() == QStringLiteral("abc"); }, 5000));
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_TRUE(actions.isErasing());

    gate_.open();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    ASSERT_EQ(erased.count(), 1);
    EXPECT_EQ(erased.at(0).at(0).toLongLong(), liLei_);
    EXPECT_TRUE(status.last().at(0).toString().contains(QStringLiteral("删除前的备份")));
    const auto exported =
        privacy.exportCustomer(app_->context.user, liLei_, QStringLiteral("json"), QString(), {});
    ASSERT_TRUE(exported) << exported.error().message.toStdString();
    EXPECT_TRUE(exported.value().erasedAt.has_value()) << "erased on the job's connection";
}

TEST_F(BusyJobsTest, ClosingTheMainWindowWhileItExportsAndBacksUpEndsBothJobs) {
    app_->context.backups = backups_.get();
    QPointer<ui::MainWindow> window = new ui::MainWindow(app_->context, QStringLiteral("busy.db"));
    window->setAttribute(Qt::WA_DeleteOnClose);  // as the session's log out and quit
    window->show();
    auto* report = window->findChild<ui::ReportView*>();
    ASSERT_NE(report, nullptr);
    ASSERT_TRUE(report->showMonth({2026, 5}));
    const QString path = dir_.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(report->exportTo(services::ReportFormat::Pdf, path));
    // 数据 > 备份与恢复…: not modal; 立即备份 while the export runs.
    auto* action = window->findChild<QAction*>(QStringLiteral("backupAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    auto* dialog = window->findChild<ui::BackupDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->isModal());
    ASSERT_TRUE(dialog->backupNow());
    auto* status = window->statusBar()->findChild<QLabel*>(QStringLiteral("backupStatusLabel"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(QStringLiteral("正在备份")))
        << status->text().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([this] { return gate_.reached(); }, 10000));
    gate_.open();
    window->close();  // both jobs still running or their ends not delivered
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.isNull(); }, 10000));
    EXPECT_TRUE(QFile::exists(path)) << "the export was waited for";
    EXPECT_GT(QFile(path).size(), 0);
    const auto latest = backups_->latestVerified();
    ASSERT_TRUE(latest.has_value()) << "the backup was waited for";
    EXPECT_TRUE(services::BackupService::verifyFile(latest->file).ok());
}

}  // namespace
}  // namespace hc::test
