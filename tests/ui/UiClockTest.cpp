// One "today" for every screen (issue 10): with a fixed clock in the UiContext far from the real
// date, the search badges, the privacy count, the customer-base check dates and the call outcome
// panel all work as of that clock, never the wall clock. The clock is in the past (2021) so that
// the real date (years later) gives a different answer for each of them.
#include "AppHarness.h"
#include "CallbackUiFixture.h"

#include "hc/services/PrivacyService.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/CallOutcomePanel.h"
#include "hc/ui/CampaignView.h"
#include "hc/ui/CustomerBaseHoldoutPanel.h"
#include "hc/ui/PrivacySettingsPanel.h"
#include "hc/ui/ReceptionView.h"
#include "hc/ui/ReportView.h"
#include "hc/ui/SearchModel.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <gtest/gtest.h>

#include <memory>

namespace {

const QDateTime kClock{QDate(2021, 3, 15), QTime(10, 0)};

class UiClockTest : public hc::test::CallbackUiFixture {
protected:
    void SetUp() override {
        now = kClock;
        CallbackUiFixture::SetUp();
        settings_ = std::make_unique<hc::services::SettingsService>(*db_, clock());
        privacy_ = std::make_unique<hc::services::PrivacyService>(*db_, clock());
        ctx_.settings = settings_.get();
        ctx_.privacy = privacy_.get();
        ctx_.clock = clock();
        ASSERT_LT(kClock.date().addYears(3), QDate::currentDate()) << "the clock must be far back";
    }

    std::unique_ptr<hc::services::SettingsService> settings_;
    std::unique_ptr<hc::services::PrivacyService> privacy_;
};

TEST_F(UiClockTest, SearchBadgesClassifyAsOfTheScreensClock) {
    // Last visit 5 months before the clock: loyal then (6 months), long lost on the real date.
    const auto customer = addCustomer(QStringLiteral("孙五月"), QStringLiteral("13955556666"));
    addVisit(customer, addVehicle(customer, QStringLiteral("陕A55555")),
             kClock.date().addMonths(-5));
    hc::ui::ReceptionView view(ctx_);
    view.searchEdit()->setText(QStringLiteral("孙五月"));
    view.model()->runNow();
    ASSERT_EQ(view.model()->rowCount(), 1);
    const QString badge =
        view.model()->index(0, hc::ui::SearchModel::ClassColumn).data().toString();
    EXPECT_EQ(badge, hc::ui::SearchModel::tr("忠诚")) << badge.toStdString();
}

TEST_F(UiClockTest, PrivacyCountIsAsOfTheScreensClock) {
    ctx_.user = manager_;
    // Seen 3 days before the clock (the fixture's customer) and one last seen five years before it.
    const auto old = addCustomer(QStringLiteral("钱旧客"), QStringLiteral("13966667777"));
    addVisit(old, addVehicle(old, QStringLiteral("陕A66666")), kClock.date().addYears(-5));
    hc::ui::PrivacySettingsPanel panel(ctx_);
    panel.yearsEdit()->setValue(3);
    // As of the clock only the old customer; on the real date both would be counted.
    EXPECT_EQ(panel.countInactive(), 1) << panel.message()->text().toStdString();
    EXPECT_TRUE(
        panel.message()->text().contains(kClock.date().addYears(-3).toString(Qt::ISODate).left(4)))
        << panel.message()->text().toStdString();
}

TEST_F(UiClockTest, CallOutcomePanelStartsAtTheCallersDay) {
    hc::ui::CallOutcomePanel panel(kClock.date());
    EXPECT_EQ(panel.appointmentEdit()->minimumDate(), kClock.date().addDays(-1));
}

TEST_F(UiClockTest, ANewCampaignStartsOnTheScreensDay) {
    ctx_.user = manager_;
    hc::ui::CampaignView view(ctx_);
    EXPECT_EQ(view.startEdit()->date(), kClock.date());
}

TEST(UiClockReportTest, HoldoutCheckDatesFollowTheScreensClock) {
    hc::test::AppHarness app;
    app.context.clock = [] { return kClock; };
    hc::ui::ReportView view(app.context);
    hc::ui::CustomerBaseHoldoutPanel* panel = view.holdoutPanel();
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(panel->holdoutEndEdit()->date(), QDate(2021, 2, 28));
    EXPECT_EQ(panel->calibrationEndEdit()->date(), QDate(2020, 2, 28));
}

}  // namespace
