// The callback screen's customer summary comes from the customer card read: class and grades, and
// each vehicle's next maintenance with the stored follow-up settings (as the card and the list).
#include "CallbackUiFixture.h"
#include "hc/services/CustomerCardService.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/CallbackView.h"

#include <QLabel>

#include <gtest/gtest.h>

#include <memory>

namespace {

class CallbackCardSummaryTest : public hc::test::CallbackUiFixture {
protected:
    void SetUp() override {
        CallbackUiFixture::SetUp();
        cards_ = std::make_unique<hc::services::CustomerCardService>(*db_);
        settings_ = std::make_unique<hc::services::SettingsService>(*db_, clock());
        ctx_.cards = cards_.get();
        ctx_.settings = settings_.get();
    }

    QString summaryOf(hc::domain::CustomerId id) {
        hc::ui::CallbackView view(ctx_);
        view.setClock(clock());
        EXPECT_TRUE(view.selectCustomer(id));
        return view.summaryLabel()->text();
    }

    std::unique_ptr<hc::services::CustomerCardService> cards_;
    std::unique_ptr<hc::services::SettingsService> settings_;
};

TEST_F(CallbackCardSummaryTest, SummaryShowsTheCardsNextMaintenanceWithTheStoredSettings) {
    // One reading (2026-06-12, 30 000 km), 40 km/day by default: 5000 km after 125 days.
    QString text = summaryOf(customer_);
    EXPECT_TRUE(text.contains(QStringLiteral("陕A12345"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2026-10-15"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("客户价值"))) << text.toStdString();

    auto followUps = settings_->followUps().value();
    followUps.maintenance.interval = hc::domain::Span::months(3);
    ASSERT_TRUE(settings_->saveFollowUps(manager_, followUps).ok());
    text = summaryOf(customer_);
    EXPECT_TRUE(text.contains(QStringLiteral("2026-09-12"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("2026-10-15"))) << text.toStdString();
    const auto card = cards_->card(customer_, now.date());
    ASSERT_TRUE(card.ok());
    EXPECT_EQ(card.value().vehicles.front().maintenance.nextDue, QDate(2026, 9, 12));
}

}  // namespace
