// The report screen built in the background shows its first tab before the whole report is
// there (issue 10 item 4): the order of firstSectionShown and reportShown, the other tabs not
// clickable and saying so meanwhile, every tab filled at the end — for a report built on request
// and for the one built ahead at start (the warm-up) when the screen is opened at once.
#include "QtApp.h"

#include "hc/domain/Role.h"
#include "hc/services/CustomerService.h"
#include "hc/services/MonthlyReportService.h"
#include "hc/services/UserService.h"
#include "hc/services/VisitImportService.h"
#include "hc/storage/Database.h"
#include "hc/ui/ReportView.h"
#include "hc/ui/UiContext.h"
#include "hc/ui/WarmUpQueue.h"

#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace hc::ui {
namespace {

/// What the screen showed when one of its signals came.
struct Seen {
    QString signal;
    bool complete = false;
    int tabs = 0;
    std::vector<bool> enabled;  ///< per tab
    std::vector<bool> pending;  ///< per tab: the "building…" note instead of the section
    bool exportEnabled = false;
};

class ReportFirstTabTest : public ::testing::Test {
protected:
    void SetUp() override {
        test::qtApp();
        ASSERT_TRUE(dir_.isValid());
        db_ = storage::Database::open(dir_.filePath(QStringLiteral("report.db")));
        users_ = std::make_unique<services::UserService>(*db_, clock_);
        customers_ = std::make_unique<services::CustomerService>(*db_, clock_);
        reports_ = std::make_unique<services::MonthlyReportService>(*db_, clock_);
        services::LoginPolicy policy;
        policy.passwordIterations = 10000;
        users_ = std::make_unique<services::UserService>(*db_, clock_, policy);
        auto id =
            users_->addUser(services::ActingUser{}, QStringLiteral("wang"), domain::Role::Manager,
                            QStringLiteral("Secret#2024"), QStringLiteral("王经理"));
        ASSERT_TRUE(id) << id.error().message.toStdString();
        const services::ActingUser manager{id.value(), QStringLiteral("wang"),
                                           domain::Role::Manager};
        QFile file(QStringLiteral(HC_TEST_DATA_DIR "/seed001_visits.csv"));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        services::VisitImportService import(*db_, clock_);
        const auto imported = import.importVisits(manager, file.readAll());
        ASSERT_TRUE(imported) << imported.error().message.toStdString();
        ctx_.customers = customers_.get();
        ctx_.users = users_.get();
        ctx_.reports = reports_.get();
        ctx_.user = manager;
        ctx_.loadReportsInBackground = true;
    }

    /// Records what the view shows at each of its two signals, in order.
    static void watch(ReportView& view, std::vector<Seen>& seen) {
        const auto record = [&view, &seen](const char* signal) {
            Seen s;
            s.signal = QString::fromLatin1(signal);
            s.complete = view.report() && view.report()->complete;
            s.tabs = view.tabs()->count();
            for (int i = 0; i < s.tabs; ++i) {
                s.enabled.push_back(view.tabs()->isTabEnabled(i));
                s.pending.push_back(view.tabs()->widget(i)->objectName() ==
                                    QStringLiteral("reportPendingSection"));
            }
            for (auto* b : view.findChildren<QPushButton*>()) {
                if (b->text() == ReportView::tr("导出 PDF")) {
                    s.exportEnabled = b->isEnabled();
                }
            }
            seen.push_back(s);
        };
        QObject::connect(&view, &ReportView::firstSectionShown, &view,
                         [record] { record("first"); });
        QObject::connect(&view, &ReportView::reportShown, &view, [record] { record("whole"); });
    }

    /// The first tab alone, the eight other sections saying "building…", the manager's model
    /// check page usable; then every tab filled and enabled.
    static void expectFirstThenWhole(const std::vector<Seen>& seen) {
        ASSERT_EQ(seen.size(), 2u);
        const Seen& first = seen[0];
        const Seen& whole = seen[1];
        EXPECT_EQ(first.signal, QStringLiteral("first"));
        EXPECT_EQ(whole.signal, QStringLiteral("whole"));
        EXPECT_FALSE(first.complete);
        ASSERT_EQ(first.tabs, 10);  // 8 sections, 客户基础, 模型检验
        EXPECT_TRUE(first.enabled[0]);
        EXPECT_FALSE(first.pending[0]);
        for (int i = 1; i <= 8; ++i) {
            EXPECT_FALSE(first.enabled[static_cast<std::size_t>(i)]) << "tab " << i;
            EXPECT_TRUE(first.pending[static_cast<std::size_t>(i)]) << "tab " << i;
        }
        EXPECT_TRUE(first.enabled[9]);      // the model check does not wait for the report
        EXPECT_FALSE(first.exportEnabled);  // exports take the whole report
        EXPECT_TRUE(whole.complete);
        ASSERT_EQ(whole.tabs, 10);
        for (int i = 0; i < whole.tabs; ++i) {
            EXPECT_TRUE(whole.enabled[static_cast<std::size_t>(i)]) << "tab " << i;
            EXPECT_FALSE(whole.pending[static_cast<std::size_t>(i)]) << "tab " << i;
        }
        EXPECT_TRUE(whole.exportEnabled);
    }

    services::Clock clock_ = [] { return QDateTime(QDate(2017, 1, 5), QTime(9, 0)); };
    QTemporaryDir dir_;
    std::unique_ptr<storage::Database> db_;
    std::unique_ptr<services::UserService> users_;
    std::unique_ptr<services::CustomerService> customers_;
    std::unique_ptr<services::MonthlyReportService> reports_;
    UiContext ctx_;
};

TEST_F(ReportFirstTabTest, TheFirstTabComesBeforeTheRestAndEveryTabEndsFilled) {
    ReportView view(ctx_);  // no clock: its warm-up builds another month (the system's last one)
    view.show();
    std::vector<Seen> seen;
    watch(view, seen);
    QSignalSpy whole(&view, &ReportView::reportShown);
    view.requestMonth({2016, 12});
    ASSERT_TRUE(whole.wait(20000));
    expectFirstThenWhole(seen);
    ASSERT_TRUE(view.report().has_value());
    EXPECT_EQ(view.report()->month.key(), QStringLiteral("2016-12"));
    EXPECT_EQ(view.report()->abc.result.totalFen, 985000);  // as a direct build
    EXPECT_FALSE(view.isBuilding());
}

TEST_F(ReportFirstTabTest, OpenedAtOnceTheWarmUpsFirstSectionIsShownFirst) {
    ctx_.clock = clock_;  // today 2017-01-05: the screen starts on 2016-12 and builds it ahead
    ReportView view(ctx_);
    std::vector<Seen> seen;
    watch(view, seen);
    QSignalSpy whole(&view, &ReportView::reportShown);
    // Opened before the warm-up could answer (no event handled since): the same month is asked
    // for, as the screen does when first shown.
    EXPECT_EQ(view.monthEdit()->date(), QDate(2016, 12, 5));
    view.requestMonth(services::ReportMonth::of(view.monthEdit()->date()));
    view.show();
    ASSERT_TRUE(whole.wait(20000));
    expectFirstThenWhole(seen);
    ASSERT_TRUE(view.report().has_value());
    EXPECT_EQ(view.report()->month.key(), QStringLiteral("2016-12"));
    EXPECT_EQ(view.report()->abc.result.totalFen, 985000);
}

/// With the app's warm-up queue, the month's warm-up may still wait its turn (another screen's
/// warm-up runs) when the screen is opened: the screen's own build answers at once, the waiting
/// warm-up is dropped (the month is not built a second time, no second "first tab").
TEST_F(ReportFirstTabTest, OpenedBeforeTheWarmUpsTurnTheBuildReplacesIt) {
    WarmUpQueue queue;
    QSignalSpy done(&queue, &WarmUpQueue::finished);
    QThread other;
    auto* otherWorker = new QObject;
    otherWorker->moveToThread(&other);
    QObject::connect(&other, &QThread::finished, otherWorker, &QObject::deleteLater);
    other.start();
    QSemaphore gate;
    queue.add(QStringLiteral("callbacks"), otherWorker, [&gate] { gate.acquire(); });
    ctx_.clock = clock_;
    ctx_.warmUps = &queue;
    {
        ReportView view(ctx_);
        queue.prefer({QStringLiteral("callbacks"), QStringLiteral("reports")});
        EXPECT_EQ(queue.pending(),
                  (QStringList{QStringLiteral("callbacks"), QStringLiteral("reports")}));
        std::vector<Seen> seen;
        watch(view, seen);
        QSignalSpy whole(&view, &ReportView::reportShown);
        QSignalSpy first(&view, &ReportView::firstSectionShown);
        view.requestMonth(services::ReportMonth::of(view.monthEdit()->date()));
        view.show();
        ASSERT_TRUE(whole.wait(20000));  // while the other warm-up still holds the queue
        EXPECT_EQ(queue.running(), QStringLiteral("callbacks"));
        expectFirstThenWhole(seen);
        gate.release();
        while (done.count() < 2) {
            ASSERT_TRUE(done.wait(20000));
        }
        QCoreApplication::processEvents();
        EXPECT_EQ(first.count(), 1);
        EXPECT_EQ(whole.count(), 1);
        EXPECT_EQ(seen.size(), 2u);
        EXPECT_EQ(view.report()->abc.result.totalFen, 985000);
    }
    other.quit();
    other.wait();
}

}  // namespace
}  // namespace hc::ui
