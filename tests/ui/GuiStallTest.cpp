// The GUI thread never stalls while the heavy screens load (issue 10 item 4, issue 9 item 11): on
// a demo archive large enough that planning the callback list or building the monthly report on
// the GUI thread takes well over 100 ms, a 5 ms heartbeat timer on the GUI thread must never see a
// gap over 100 ms while the main window opens the report screen and the callback screen (lists
// planned and reports built on threads of their own, results applied in one go).
#include "AppHarness.h"
#include "GuiHeartbeat.h"

#include "hc/services/CallListService.h"
#include "hc/services/DemoService.h"
#include "hc/ui/CallOutcomePanel.h"
#include "hc/ui/CallbackView.h"
#include "hc/ui/FollowUpListModel.h"
#include "hc/ui/MainWindow.h"
#include "hc/ui/ReportView.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <ctime>
#include <optional>

namespace hc::test {
namespace {

constexpr int kCustomers = 20000;  // a synchronous load takes > 100 ms (checked below)
constexpr qint64 kMaxStallMs = 100;
constexpr qint64 kMaxBlockedMs = 500;

/// Whether a widget has been painted since it was last asked to (request()): a wait for the
/// paint itself instead of a fixed time.
class PaintWatch : public QObject {
public:
    explicit PaintWatch(QWidget* widget) : widget_(widget) { widget->installEventFilter(this); }
    /// Asks for a paint (through the event loop, as any change does) and forgets earlier ones.
    void request() {
        painted_ = false;
        widget_->update();
    }
    [[nodiscard]] bool painted() const { return painted_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == widget_ && event->type() == QEvent::Paint) {
            painted_ = true;
        }
        return false;
    }

private:
    QWidget* widget_;
    bool painted_ = false;
};

TEST(GuiStallTest, ReportAndCallbackScreensLoadWithoutStallingTheGuiThread) {
    const QDate day(2026, 6, 30);
    AppHarness app(QDateTime(day, QTime(10, 0)));
    {
        services::DemoService demo(app.db(), [&app] { return app.now(); });
        services::DemoOptions options;
        options.customers = kCustomers;
        options.seed = 1;
        options.asOf = day;
        auto generated = demo.generate(app.context.user, options);
        ASSERT_TRUE(generated) << generated.error().message.toStdString();
    }
    // The test can fail: the same work on the GUI thread stalls it for longer than allowed.
    QElapsedTimer sync;
    sync.start();
    auto planned = app.context.followUps->planToday(day);
    const qint64 planMs = sync.restart();
    ASSERT_TRUE(planned);
    ASSERT_FALSE(planned.value().empty());
    auto built = app.context.reports->build(services::ReportMonth::of(day));
    const qint64 reportMs = sync.elapsed();
    ASSERT_TRUE(built);
    EXPECT_GT(planMs + reportMs, 2 * kMaxStallMs)
        << "the demo archive is too small for this test: planning took " << planMs
        << " ms and the report " << reportMs << " ms on the GUI thread";

    // What the screen will list: the viewer's share of the day's ranked list (capacity-limited)
    // when there is one, else the whole plan. Computed here, before the heartbeat runs.
    int expectedRows = static_cast<int>(planned.value().size());
    if (app.context.callList != nullptr) {
        const auto dayList = app.context.callList->dayList(day);
        ASSERT_TRUE(dayList.ok());
        expectedRows = 0;
        for (const auto& e : dayList.value().entries) {
            expectedRows += dayList.value().inShareOf(e, QString()) && !e.calledToday ? 1 : 0;
        }
        ASSERT_GT(expectedRows, 0);
    }

    app.context.loadCardsInBackground = true;
    app.context.loadReportsInBackground = true;
    app.context.loadFollowUpsInBackground = true;
    app.context.clock = [&app] { return app.now(); };
    ui::MainWindow window(app.context, QStringLiteral("stall.db"));
    window.resize(1366, 728);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* report = window.findChild<ui::ReportView*>();
    auto* callbacks = window.callbackView();
    ASSERT_NE(report, nullptr);
    ASSERT_NE(callbacks, nullptr);
    QSignalSpy reportShown(report, &ui::ReportView::reportShown);
    QSignalSpy listLoaded(callbacks, &ui::CallbackView::listLoaded);
    QSignalSpy summaryLoaded(callbacks, &ui::CallbackView::summaryLoaded);

    Heartbeat heartbeat;
    ASSERT_TRUE(window.showPage(QStringLiteral("reports")));
    ASSERT_TRUE(reportShown.wait(60000));
    ASSERT_TRUE(window.showPage(QStringLiteral("callbacks")));
    // The list is planned in the background: the screen is up, with its busy note, at once.
    callbacks->setClock([&app] { return app.now(); });
    EXPECT_TRUE(callbacks->isLoading());
    EXPECT_TRUE(callbacks->busyLabel()->isVisibleTo(callbacks));
    ASSERT_TRUE(listLoaded.wait(60000) || !listLoaded.isEmpty());
    EXPECT_FALSE(callbacks->isLoading());
    EXPECT_FALSE(callbacks->busyLabel()->isVisibleTo(callbacks));
    EXPECT_EQ(callbacks->model()->rowCount(), expectedRows);
    // The selected item's card (read in the background) is in the summary, then the list and the
    // summary are painted.
    ASSERT_TRUE(callbacks->currentItem().has_value());
    ASSERT_TRUE(!summaryLoaded.isEmpty() || summaryLoaded.wait(60000));
    PaintWatch list(callbacks->listView()->viewport());
    PaintWatch summary(callbacks->summaryLabel());
    list.request();
    summary.request();
    ASSERT_TRUE(QTest::qWaitFor([&] { return list.painted() && summary.painted(); }, 10000));
    EXPECT_LE(heartbeat.maxBusyMs(), kMaxStallMs)
        << "the GUI thread was busy without handling events while the screens loaded";
    // A GUI thread blocked (waiting for a lock or a read) uses no CPU: caught by the time it slept
    // between two ticks — the wall gap without its own CPU time and without the time it waited for
    // a core, so a loaded machine does not fail the test. Without schedstat: the wall gap.
    if (const auto blocked = heartbeat.maxBlockedMs()) {
        EXPECT_LE(*blocked, kMaxBlockedMs)
            << "the GUI thread was blocked without handling events while the screens loaded (max "
               "wall gap "
            << heartbeat.maxGapMs() << " ms)";
    } else {
        EXPECT_LE(heartbeat.maxGapMs(), 2 * kMaxBlockedMs)
            << "the GUI thread did not handle events while the screens loaded";
    }
}

TEST(GuiStallTest, OnlyTheLatestCallbackListIsShown) {
    const QDate day(2026, 6, 30);
    AppHarness app(QDateTime(day, QTime(10, 0)));
    app.addCustomer(QStringLiteral("Li Lei"), QStringLiteral("13812345678"),
                    QStringLiteral("陕A12345"), {QDate(2025, 1, 10), QDate(2025, 6, 2)});
    app.context.loadFollowUpsInBackground = true;
    ui::CallbackView view(app.context);
    QSignalSpy listLoaded(&view, &ui::CallbackView::listLoaded);
    // Three requests in a row (another day twice, then today): only the last answer is applied.
    view.setClock([] { return QDateTime(QDate(2020, 1, 1), QTime(10, 0)); });
    view.refresh();
    view.setClock([&app] { return app.now(); });
    ASSERT_TRUE(view.isLoading());
    ASSERT_TRUE(listLoaded.wait(30000));
    // Every request answered, the replaced ones too (their answers come after the list is shown
    // when they are slower): the loader's count of requests in flight, not a fixed time.
    const auto* loader = view.findChild<QObject*>(QStringLiteral("followUpLoader"));
    ASSERT_NE(loader, nullptr);
    ASSERT_TRUE(loader->property("pending").isValid());
    ASSERT_TRUE(
        QTest::qWaitFor([loader] { return loader->property("pending").toInt() == 0; }, 30000));
    EXPECT_EQ(listLoaded.count(), 1);
    EXPECT_FALSE(view.isLoading());
    auto expected = app.context.followUps->planToday(day);
    ASSERT_TRUE(expected);
    EXPECT_EQ(view.model()->rowCount(), static_cast<int>(expected.value().size()));
    EXPECT_GT(view.model()->rowCount(), 0);
}

TEST(GuiStallTest, AReloadKeepsWhatWasTypedForTheSelectedItem) {
    const QDate day(2026, 6, 30);
    AppHarness app(QDateTime(day, QTime(10, 0)));
    app.addCustomer(QStringLiteral("Li Lei"), QStringLiteral("13812345678"),
                    QStringLiteral("陕A12345"), {QDate(2025, 1, 10), QDate(2025, 6, 2)});
    app.context.loadFollowUpsInBackground = true;
    ui::CallbackView view(app.context);
    QSignalSpy listLoaded(&view, &ui::CallbackView::listLoaded);
    view.setClock([&app] { return app.now(); });
    ASSERT_TRUE(listLoaded.wait(30000));
    ASSERT_TRUE(view.currentItem().has_value());
    QLineEdit* note = nullptr;  // the note field (the only one with this placeholder)
    for (auto* edit : view.outcomePanel()->findChildren<QLineEdit*>()) {
        if (edit->placeholderText().startsWith(QStringLiteral("通话要点"))) {
            note = edit;
        }
    }
    ASSERT_NE(note, nullptr);
    // The caller types while the list is planned again (F5, another screen's save, settings).
    view.outcomePanel()->setOutcome(domain::CallOutcome::NoAnswer);
    view.refresh();
    const QString typed = QStringLiteral("call back after 5 pm");
    note->setText(typed);
    ASSERT_TRUE(listLoaded.wait(30000));
    EXPECT_EQ(view.outcomePanel()->outcome(), domain::CallOutcome::NoAnswer);
    EXPECT_EQ(view.outcomePanel()->note(), typed);
}

}  // namespace
}  // namespace hc::test
