// The customer-base pages of the report screen, offscreen on a real database with demo visits:
// the manager's "模型检验" tab runs the holdout check off the GUI thread and shows the totals, the
// table by frequency and the AUCs; the refit button stores a fit; the report's "客户基础" tab
// then shows the section from hc_report; an advisor gets no model tab.
#include "AppHarness.h"
#include "hc/services/CustomerBaseModelService.h"
#include "hc/services/DemoService.h"
#include "hc/services/MonthlyReportService.h"
#include "hc/services/SettingsNotifier.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/CustomerBaseHoldoutPanel.h"
#include "hc/ui/ReportView.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace hc::ui {
namespace {

/// Processes events until `done` or 60 s.
template <typename F>
bool waitFor(F done) {
    return QTest::qWaitFor(done, 60000);
}

int tabIndex(QTabWidget* tabs, const QString& text) {
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == text) {
            return i;
        }
    }
    return -1;
}

class CustomerBaseHoldoutTabTest : public ::testing::Test {
protected:
    void SetUp() override {
        services::DemoOptions o;
        o.customers = 400;
        o.seed = 11;
        o.asOf = QDate(2026, 8, 31);
        ASSERT_TRUE(services::DemoService(app.db(), [] {
                        return QDateTime(QDate(2026, 9, 15), QTime(10, 0));
                    }).generate(app.context.user, o));
    }
    test::AppHarness app;
};

TEST(CustomerBaseHoldoutNoModelTest, NoModelTextNamesTheStoredClassBoundaries) {
    test::AppHarness app;
    services::SettingsNotifier notifier;
    app.context.settingsNotifier = &notifier;
    ReportView view(app.context);
    CustomerBaseHoldoutPanel* panel = view.holdoutPanel();
    ASSERT_NE(panel, nullptr);
    EXPECT_TRUE(panel->modelLabel()->text().contains(QStringLiteral("按 6个月/1年 规则")))
        << panel->modelLabel()->text().toStdString();

    auto analysis = app.context.settings->analysis().value();
    analysis.lifecycle.loyal = domain::Span::months(3);
    analysis.lifecycle.lost = domain::Span::months(9);
    ASSERT_TRUE(app.context.settings->saveAnalysis(app.context.user, analysis).ok());
    Q_EMIT notifier.changed();  // as SettingsService does after a committed save
    EXPECT_TRUE(panel->modelLabel()->text().contains(QStringLiteral("按 3个月/9个月 规则")))
        << panel->modelLabel()->text().toStdString();
}

TEST_F(CustomerBaseHoldoutTabTest, HoldoutRunsInTheBackgroundAndRefitFeedsTheReport) {
    ReportView view(app.context);
    view.resize(1200, 800);
    view.show();
    CustomerBaseHoldoutPanel* panel = view.holdoutPanel();
    ASSERT_NE(panel, nullptr);
    EXPECT_NE(tabIndex(view.tabs(), QStringLiteral("模型检验")), -1);
    EXPECT_TRUE(panel->modelLabel()->text().contains(QStringLiteral("尚无保存的客户模型")));

    panel->calibrationEndEdit()->setDate(QDate(2025, 8, 31));
    panel->holdoutEndEdit()->setDate(QDate(2026, 8, 31));
    QSignalSpy shown(panel, &CustomerBaseHoldoutPanel::holdoutShown);
    panel->runButton()->click();
    EXPECT_TRUE(panel->isBusy());  // on its own thread: the click returned at once
    EXPECT_FALSE(panel->runButton()->isEnabled());
    ASSERT_TRUE(waitFor([&] { return shown.count() == 1; }));
    EXPECT_FALSE(panel->isBusy());
    EXPECT_TRUE(panel->runButton()->isEnabled());
    const QString summary = panel->summaryLabel()->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("2025-09-01 至 2026-08-31")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("AUC"))) << summary.toStdString();
    QTableWidget* table = panel->frequencyTable();
    ASSERT_FALSE(table->isHidden());  // the tab itself may not be the current one
    ASSERT_EQ(table->rowCount(), 8);
    EXPECT_EQ(table->item(7, 0)->text(), QStringLiteral("7+"));
    int customers = 0;
    for (int r = 0; r < 8; ++r) {
        customers += table->item(r, 1)->text().toInt();
    }
    EXPECT_GT(customers, 300);
    const auto stored = app.context.reports->customerBase().latest();
    EXPECT_FALSE(stored.value().has_value());  // a check stores nothing

    // Bad dates: a clear message, nothing started.
    panel->holdoutEndEdit()->setDate(QDate(2025, 1, 1));
    QTimer::singleShot(0, [] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                box->accept();
            }
        }
    });
    panel->runButton()->click();
    EXPECT_FALSE(panel->isBusy());

    // Refit (manager): stored, shown, and the report's customer-base tab uses it.
    QSignalSpy refitted(panel, &CustomerBaseHoldoutPanel::modelRefitted);
    panel->refitButton()->click();
    ASSERT_TRUE(waitFor([&] { return refitted.count() == 1; }));
    EXPECT_TRUE(app.context.reports->customerBase().latest().value().has_value());
    EXPECT_TRUE(panel->modelLabel()->text().contains(QStringLiteral("拟合")));
    ASSERT_TRUE(view.showMonth(services::ReportMonth{2026, 8}));
    const int baseTab = tabIndex(view.tabs(), QStringLiteral("客户基础"));
    ASSERT_NE(baseTab, -1);
    EXPECT_NE(tabIndex(view.tabs(), QStringLiteral("模型检验")), -1);  // kept across reports
    auto* bands = view.tabs()->widget(baseTab)->findChild<QTableView*>(
        QStringLiteral("customerBaseBandsTable"));
    ASSERT_NE(bands, nullptr);
    EXPECT_EQ(bands->model()->rowCount(), 6);  // five bands and the total
    view.tabs()->setCurrentIndex(baseTab);
    EXPECT_EQ(view.currentSectionId(), QStringLiteral("customer_base"));
    view.tabs()->setCurrentIndex(tabIndex(view.tabs(), QStringLiteral("模型检验")));
    EXPECT_TRUE(view.currentSectionId().isEmpty());  // nothing to print on the check page
}

TEST_F(CustomerBaseHoldoutTabTest, AdvisorHasNoModelTab) {
    app.context.user.role = domain::Role::Advisor;
    ReportView view(app.context);
    EXPECT_EQ(view.holdoutPanel(), nullptr);
    EXPECT_EQ(tabIndex(view.tabs(), QStringLiteral("模型检验")), -1);
}

}  // namespace
}  // namespace hc::ui
