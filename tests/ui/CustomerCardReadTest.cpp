// The customer card on real widgets fed by CustomerCardService: the next maintenance follows the
// stored follow-up settings (not the defaults), badges and vehicles from the one read.
#include "QtApp.h"
#include "hc/domain/CustomerBaseOutlook.h"
#include "hc/domain/Role.h"
#include "hc/services/AnalysisService.h"
#include "hc/services/CustomerCardService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/SettingsNotifier.h"
#include "hc/services/SettingsService.h"
#include "hc/services/UserService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/storage/CustomerBaseFitRepository.h"
#include "hc/storage/Database.h"
#include "hc/ui/BadgeLabel.h"
#include "hc/ui/CustomerBadgePanel.h"
#include "hc/ui/CustomerCardView.h"
#include "hc/ui/CustomerOutlookLabel.h"
#include "hc/ui/UiContext.h"

#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace {

using hc::services::ActingUser;

class CustomerCardReadTest : public ::testing::Test {
protected:
    void SetUp() override {
        hc::test::qtApp();
        ASSERT_TRUE(dir_.isValid());
        db_ = hc::storage::Database::open(dir_.filePath(QStringLiteral("card.db")));
        const auto clock = hc::services::systemClock();
        customers_ = std::make_unique<hc::services::CustomerService>(*db_, clock);
        vehicles_ = std::make_unique<hc::services::VehicleService>(*db_, clock);
        visits_ = std::make_unique<hc::services::VisitService>(*db_, clock);
        hc::services::LoginPolicy policy;
        policy.passwordIterations = 10000;  // fast hashing: these tests do not test it
        users_ = std::make_unique<hc::services::UserService>(*db_, clock, policy);
        settings_ = std::make_unique<hc::services::SettingsService>(*db_, clock, &notifier_);
        cards_ = std::make_unique<hc::services::CustomerCardService>(*db_);
        const ActingUser system{};
        auto managerId = users_->addUser(system, QStringLiteral("wang"), hc::domain::Role::Manager,
                                         QStringLiteral("Manager#2024"), QStringLiteral("王经理"));
        ASSERT_TRUE(managerId) << managerId.error().message.toStdString();
        manager_ = ActingUser{managerId.value(), QStringLiteral("wang"), hc::domain::Role::Manager};
        ctx_.customers = customers_.get();
        ctx_.vehicles = vehicles_.get();
        ctx_.visits = visits_.get();
        ctx_.users = users_.get();
        ctx_.settings = settings_.get();
        ctx_.settingsNotifier = &notifier_;
        ctx_.cards = cards_.get();
        ctx_.user = manager_;

        hc::domain::Customer c;
        c.name = QStringLiteral("孙凤武");
        c.phone = QStringLiteral("13712345678");
        auto id = customers_->registerCustomer(manager_, c);
        ASSERT_TRUE(id) << id.error().message.toStdString();
        customer_ = id.value();
        hc::domain::Vehicle v;
        v.customerId = customer_;
        v.plate = QStringLiteral("陕A12345");
        auto carId = vehicles_->registerVehicle(manager_, v);
        ASSERT_TRUE(carId) << carId.error().message.toStdString();
        hc::domain::Visit visit;
        visit.customerId = customer_;
        visit.vehicleId = carId.value();
        visit.date = today_;
        visit.mileage = 45200;
        visit.category = QStringLiteral("maintenance");
        visit.workOrder = QStringLiteral("WO-1");
        visit.amountFen = 50000;
        auto visitId = visits_->registerVisit(manager_, visit);
        ASSERT_TRUE(visitId) << visitId.error().message.toStdString();
    }

    static QString cellText(QTableWidget* table, int row, int column) {
        auto* item = table->item(row, column);
        return item != nullptr ? item->text() : QString();
    }

    const QDate today_ = QDate::currentDate();
    QTemporaryDir dir_;
    hc::services::SettingsNotifier notifier_;  ///< the settings page's saves reach open screens
    std::unique_ptr<hc::storage::Database> db_;
    std::unique_ptr<hc::services::CustomerService> customers_;
    std::unique_ptr<hc::services::VehicleService> vehicles_;
    std::unique_ptr<hc::services::VisitService> visits_;
    std::unique_ptr<hc::services::UserService> users_;
    std::unique_ptr<hc::services::SettingsService> settings_;
    std::unique_ptr<hc::services::CustomerCardService> cards_;
    ActingUser manager_;
    hc::domain::CustomerId customer_ = 0;
    hc::ui::UiContext ctx_;
};

TEST_F(CustomerCardReadTest, NextMaintenanceFollowsTheStoredSettings) {
    hc::ui::CustomerCardView card(ctx_);
    card.showCustomer(customer_);
    ASSERT_EQ(card.vehiclesTable()->rowCount(), 1);
    EXPECT_EQ(card.badges()->classBadge()->key(), QStringLiteral("loyal"));
    // Defaults: one reading, 40 km/day → 5000 km after 125 days, before the 6 months.
    EXPECT_EQ(cellText(card.vehiclesTable(), 0, 5), today_.addDays(125).toString(Qt::ISODate));

    // The manager sets a 3-month interval: the card follows at its next read.
    auto followUps = settings_->followUps().value();
    followUps.maintenance.interval = hc::domain::Span::months(3);
    ASSERT_TRUE(settings_->saveFollowUps(manager_, followUps).ok());
    card.refresh();
    const QString expected = today_.addMonths(3).toString(Qt::ISODate);
    EXPECT_EQ(cellText(card.vehiclesTable(), 0, 5), expected);
    const auto read = cards_->card(customer_, today_);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value().vehicles.front().maintenance.nextDue.toString(Qt::ISODate), expected);
}

TEST_F(CustomerCardReadTest, OpenCardRecomputesWhenSettingsAreSavedWithoutARefresh) {
    hc::ui::CustomerCardView card(ctx_);
    card.showCustomer(customer_);
    ASSERT_EQ(card.vehiclesTable()->rowCount(), 1);
    EXPECT_EQ(cellText(card.vehiclesTable(), 0, 5), today_.addDays(125).toString(Qt::ISODate));
    EXPECT_EQ(cellText(card.vehiclesTable(), 0, 7), QStringLiteral("正常"));

    // Saved as the settings page saves: the open card follows at once (no refresh() here).
    auto followUps = settings_->followUps().value();
    followUps.maintenance.interval = hc::domain::Span::months(1);
    ASSERT_TRUE(settings_->saveFollowUps(manager_, followUps).ok());
    const QDate due = today_.addMonths(1);
    const int days = static_cast<int>(today_.daysTo(due));
    EXPECT_EQ(cellText(card.vehiclesTable(), 0, 5), due.toString(Qt::ISODate));
    // Due in 28–31 days: beyond the default 7-day yellow window, green as on the callback list.
    ASSERT_GT(days, followUps.yellowWindowDays);
    EXPECT_EQ(cellText(card.vehiclesTable(), 0, 7), QStringLiteral("正常"));

    // A 45-day yellow window: due soon on the card, as the callback list colours it.
    followUps.yellowWindowDays = 45;
    ASSERT_TRUE(settings_->saveFollowUps(manager_, followUps).ok());
    EXPECT_EQ(cellText(card.vehiclesTable(), 0, 7), QStringLiteral("%1 天内到期").arg(days));
    const auto read = cards_->card(customer_, today_);
    ASSERT_TRUE(read.ok());
    ASSERT_TRUE(read.value().vehicles.front().maintenanceUrgency.has_value());
    EXPECT_EQ(*read.value().vehicles.front().maintenanceUrgency, hc::domain::Urgency::Yellow);
    EXPECT_EQ(hc::domain::urgencyFor(due, today_, 45), hc::domain::Urgency::Yellow);

    // A 10-day window: green again.
    followUps.yellowWindowDays = 10;
    ASSERT_TRUE(settings_->saveFollowUps(manager_, followUps).ok());
    EXPECT_EQ(cellText(card.vehiclesTable(), 0, 7), QStringLiteral("正常"));
}

TEST_F(CustomerCardReadTest, ModelOutlookLineAppearsOnceAFitIsStored) {
    hc::ui::CustomerCardView card(ctx_);
    card.showCustomer(customer_);
    EXPECT_TRUE(card.outlookLabel()->isHidden());  // no fit: the rule-based view only

    hc::domain::CustomerBaseFit fit;
    fit.fittedAt = QDateTime(today_.addDays(-1), QTime(8, 0));
    fit.dataFrom = today_.addYears(-3);
    fit.calibrationEnd = today_.addDays(-1);
    fit.bgnbd = {0.8, 12.0, 0.6, 3.0};
    fit.customers = 500;
    fit.repeatCustomers = 300;
    hc::storage::CustomerBaseFitRepository(*db_).insert(fit, manager_.id);
    card.refresh();
    const auto read = cards_->card(customer_, today_);
    ASSERT_TRUE(read.ok());
    ASSERT_TRUE(read.value().outlook.has_value());
    EXPECT_FALSE(card.outlookLabel()->isHidden());
    EXPECT_TRUE(card.outlookLabel()->text().startsWith(
        QStringLiteral("客户模型(%1 拟合):").arg(fit.fittedAt.date().toString(Qt::ISODate))));
    EXPECT_TRUE(card.outlookLabel()->text().endsWith(
        hc::domain::CustomerBaseOutlook::sentence(*read.value().outlook)));

    // Another customer without visits: the line goes.
    card.showCustomer(customer_ + 100);
    EXPECT_TRUE(card.outlookLabel()->isHidden());
}

TEST_F(CustomerCardReadTest, UnknownCustomerShowsAnEmptyCardWithANote) {
    hc::ui::CustomerCardView card(ctx_);
    card.showCustomer(customer_ + 100);
    EXPECT_EQ(card.customerId(), 0);
    EXPECT_EQ(card.vehiclesTable()->rowCount(), 0);
}

TEST_F(CustomerCardReadTest, LoadsOffTheGuiThreadAndKeepsOnlyTheLatestAnswer) {
    ctx_.loadCardsInBackground = true;
    hc::ui::CustomerCardView card(ctx_);
    card.showCustomer(customer_ + 100);  // superseded at once: its answer must not show
    card.showCustomer(customer_);
    EXPECT_TRUE(card.isLoading());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !card.isLoading(); }, 20000));
    EXPECT_EQ(card.customerId(), customer_);
    ASSERT_EQ(card.vehiclesTable()->rowCount(), 1);
    EXPECT_EQ(cellText(card.vehiclesTable(), 0, 5), today_.addDays(125).toString(Qt::ISODate));
    EXPECT_EQ(card.badges()->classBadge()->key(), QStringLiteral("loyal"));
    // The loader answers in order on one thread, so the first request's answer was delivered
    // before the second's: nothing is left that could still change the card.
    QCoreApplication::processEvents();
    EXPECT_EQ(card.customerId(), customer_);
    // The background connection shares the whole-shop cache with the GUI's service.
    EXPECT_GE(cards_->shopPassCount(), 1);
}

}  // namespace
