// CustomerCardService on a real database: one read for the customer card, with the stored
// settings, agreeing with the daily follow-up list and the whole-shop analyses.
#include "ServiceFixture.h"
#include "hc/services/AnalysisService.h"
#include "hc/services/CustomerCardService.h"
#include "hc/services/FollowUpService.h"
#include "hc/services/MonthlyReportService.h"
#include "hc/services/SettingsService.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace hc::services {
namespace {

using domain::FollowUpKind;

class CustomerCardServiceTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        // 刘春江: maintenance 2025-06-20 at 25 000 km and 2025-12-20 at 30 000 km (own rate
        // 5000 km in 183 days): due by date 2026-06-20, by mileage 2026-06-21.
        main = addCustomer(QStringLiteral("刘春江"), QStringLiteral("13812345678"));
        car = addVehicle(main, QStringLiteral("陕A12345"));
        addVisit(main, car, QDate(2025, 6, 20), 25000, 30000);
        addVisit(main, car, QDate(2025, 12, 20), 30000, 50000, QStringLiteral("更换刹车片"));
        big = addCustomer(QStringLiteral("王大户"), QStringLiteral("13900001111"));
        addVisit(big, addVehicle(big, QStringLiteral("陕A88888")), QDate(2026, 5, 2), 10000,
                 100000);
        small = addCustomer(QStringLiteral("张小"), QStringLiteral("13700002222"));
        addVisit(small, std::nullopt, QDate(2026, 1, 5), std::nullopt, 20000);
        cards = std::make_unique<CustomerCardService>(db());
    }

    domain::CustomerId addCustomer(const QString& name, const QString& phone) {
        domain::Customer c;
        c.name = name;
        c.phone = phone;
        c.createdAt = c.updatedAt = now;
        return storage::CustomerRepository(db()).insert(c);
    }

    domain::VehicleId addVehicle(domain::CustomerId owner, const QString& plate) {
        domain::Vehicle v;
        v.customerId = owner;
        v.plate = plate;
        return storage::VehicleRepository(db()).insert(v, QDate(2024, 1, 1));
    }

    void addVisit(domain::CustomerId customer, std::optional<domain::VehicleId> vehicle,
                  const QDate& date, std::optional<int> km, domain::Fen amount,
                  const QString& advice = {}) {
        domain::Visit v;
        v.customerId = customer;
        v.vehicleId = vehicle;
        v.date = date;
        v.mileage = km;
        v.category = QStringLiteral("maintenance");
        v.amountFen = amount;
        v.recommendations = advice;
        v.createdAt = now;
        storage::VisitRepository(db()).insert(v);
    }

    CustomerCard cardOf(domain::CustomerId id, const QDate& asOf) {
        auto r = cards->card(id, asOf);
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : CustomerCard{};
    }

    /// The maintenance item of the daily list (stored settings) for a customer, or nullopt.
    std::optional<domain::FollowUpItem> maintenanceItem(domain::CustomerId id, const QDate& day) {
        const auto items = FollowUpService(db(), clock()).planToday(day);
        EXPECT_TRUE(items.ok());
        for (const auto& i : items.value()) {
            if (i.customerId == id && i.kind == FollowUpKind::Maintenance) {
                return i;
            }
        }
        return std::nullopt;
    }

    /// The card agrees with the whole-shop analysis of the same day (stored settings).
    void expectSameAsAnalysis(domain::CustomerId id, const QDate& asOf) {
        const auto card = cardOf(id, asOf);
        const auto summary = AnalysisService(db()).customerSummary(id, asOf);
        ASSERT_TRUE(summary.ok());
        const auto& s = summary.value();
        const auto& a = card.analysis;
        EXPECT_EQ(a.cls, s.cls);
        EXPECT_EQ(a.stage, s.stage);
        EXPECT_EQ(a.isNew, s.isNew);
        EXPECT_EQ(a.lastVisit, s.lastVisit);
        EXPECT_EQ(a.abcGrade, s.abcGrade);
        EXPECT_EQ(a.abcRank, s.abcRank);
        EXPECT_EQ(a.matrixCell, s.matrixCell);
        EXPECT_EQ(a.rfmSegment, s.rfmSegment);
        EXPECT_EQ(a.windowAmountFen, s.windowAmountFen);
        EXPECT_EQ(a.windowVisits, s.windowVisits);
    }

    const QDate day{2026, 6, 15};
    domain::CustomerId main = 0;
    domain::CustomerId big = 0;
    domain::CustomerId small = 0;
    domain::VehicleId car = 0;
    std::unique_ptr<CustomerCardService> cards;
};

TEST_F(CustomerCardServiceTest, DefaultSettingsCardAgreesWithTheFollowUpList) {
    const auto card = cardOf(main, day);
    EXPECT_EQ(card.customer.name, QStringLiteral("刘春江"));
    EXPECT_EQ(card.analysis.cls, domain::CustomerClass::Loyal);
    EXPECT_EQ(card.analysis.stage, domain::Stage::Active);
    // 200 000 fen in the window: 王大户 100 000 (50 %) A, 刘春江 80 000 (90 %) B, 张小 C.
    EXPECT_EQ(card.analysis.abcGrade, domain::AbcGrade::B);
    EXPECT_EQ(card.analysis.abcRank, 2);
    ASSERT_EQ(card.vehicles.size(), 1U);
    const auto& v = card.vehicles.front();
    EXPECT_EQ(v.vehicle.plate, QStringLiteral("陕A12345"));
    EXPECT_EQ(v.maintenance.nextDue, QDate(2026, 6, 20));
    EXPECT_FALSE(v.maintenance.dueByMileageFirst);
    ASSERT_TRUE(v.nextMaintenanceKm().has_value());
    EXPECT_GT(*v.nextMaintenanceKm(), 30000);
    EXPECT_LT(*v.nextMaintenanceKm(), 35000);

    const auto item = maintenanceItem(main, day);
    ASSERT_TRUE(item.has_value());
    EXPECT_EQ(item->due, v.maintenance.nextDue);
    EXPECT_EQ(item->stage, card.analysis.stage);
    expectSameAsAnalysis(main, day);
    expectSameAsAnalysis(big, day);
    expectSameAsAnalysis(small, day);

    ASSERT_EQ(card.openRecommendations.size(), 1U);
    EXPECT_EQ(card.openRecommendations.front().text, QStringLiteral("更换刹车片"));
    EXPECT_EQ(card.openRecommendations.front().plate, QStringLiteral("陕A12345"));
    EXPECT_EQ(card.visits.size(), 2U);
    EXPECT_EQ(card.visits.front().date, QDate(2025, 12, 20));  // newest first
}

TEST_F(CustomerCardServiceTest, ChangedSettingsApplyToTheCardAsToTheFollowUpList) {
    SettingsService settings(db(), clock());
    auto followUps = settings.followUps().value();
    followUps.maintenance.interval = domain::Span::months(3);
    ASSERT_TRUE(settings.saveFollowUps(manager, followUps).ok());
    auto analysis = settings.analysis().value();
    analysis.lifecycle.loyal = domain::Span::months(3);
    analysis.abc.aThresholdBp = 9000;
    ASSERT_TRUE(settings.saveAnalysis(manager, analysis).ok());

    const auto card = cardOf(main, day);
    // Last visit 2025-12-20 is more than 3 months before D: swing, not lost.
    EXPECT_EQ(card.analysis.cls, domain::CustomerClass::Swing);
    EXPECT_EQ(card.analysis.stage, domain::Stage::NotLost);
    EXPECT_EQ(card.analysis.abcGrade, domain::AbcGrade::A);  // 90 % ≤ 90 %
    ASSERT_EQ(card.vehicles.size(), 1U);
    // 2025-12-20 + 3 months.
    EXPECT_EQ(card.vehicles.front().maintenance.nextDue, QDate(2026, 3, 20));

    const auto item = maintenanceItem(main, day);
    ASSERT_TRUE(item.has_value());
    EXPECT_EQ(item->due, card.vehicles.front().maintenance.nextDue);
    EXPECT_EQ(item->stage, card.analysis.stage);
    expectSameAsAnalysis(main, day);
    expectSameAsAnalysis(big, day);
    expectSameAsAnalysis(small, day);
}

TEST_F(CustomerCardServiceTest, UnknownRateUsesTheStoredDefaultKmPerDayLikeTheList) {
    // One reading only: the kilometre rule runs on defaultKmPerDay.
    const auto solo = addCustomer(QStringLiteral("赵一"), QStringLiteral("13600003333"));
    const auto soloCar = addVehicle(solo, QStringLiteral("陕A00001"));
    addVisit(solo, soloCar, QDate(2026, 3, 1), 40000, 30000);
    SettingsService settings(db(), clock());
    auto followUps = settings.followUps().value();
    followUps.defaultKmPerDay = 100;  // 5000 km in 50 days: 2026-04-20
    ASSERT_TRUE(settings.saveFollowUps(manager, followUps).ok());

    const auto card = cardOf(solo, day);
    ASSERT_EQ(card.vehicles.size(), 1U);
    const auto& due = card.vehicles.front().maintenance;
    EXPECT_EQ(due.nextDue, QDate(2026, 4, 20));
    EXPECT_TRUE(due.dueByMileageFirst);
    EXPECT_EQ(card.vehicles.front().nextMaintenanceKm(), 45000);
    const auto item = maintenanceItem(solo, day);
    ASSERT_TRUE(item.has_value());
    EXPECT_EQ(item->due, due.nextDue);
}

TEST_F(CustomerCardServiceTest, WholeShopPartIsComputedOncePerAsOfAndDataVersion) {
    EXPECT_EQ(cards->shopPassCount(), 0);
    (void)cardOf(main, day);
    (void)cardOf(big, day);
    (void)cardOf(main, day);
    EXPECT_EQ(cards->shopPassCount(), 1);
    (void)cardOf(main, day.addDays(1));
    EXPECT_EQ(cards->shopPassCount(), 2);

    // New data: the grades are recomputed once, then reused.
    addVisit(small, std::nullopt, QDate(2026, 6, 1), std::nullopt, 500000);
    const auto after = cardOf(small, day.addDays(1));
    EXPECT_EQ(cards->shopPassCount(), 3);
    EXPECT_EQ(after.analysis.abcGrade, domain::AbcGrade::A);
    (void)cardOf(main, day.addDays(1));
    EXPECT_EQ(cards->shopPassCount(), 3);

    // A settings save (audited) is new data too.
    SettingsService settings(db(), clock());
    auto analysis = settings.analysis().value();
    analysis.abc.aThresholdBp = 5000;
    ASSERT_TRUE(settings.saveAnalysis(manager, analysis).ok());
    (void)cardOf(main, day.addDays(1));
    EXPECT_EQ(cards->shopPassCount(), 4);
    expectSameAsAnalysis(main, day.addDays(1));
}

TEST_F(CustomerCardServiceTest, UnknownCustomerAndBadDateAreRefused) {
    const auto missing = cards->card(main + 1000, day);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ServiceError::Code::NotFound);
    EXPECT_FALSE(missing.error().message.isEmpty());
    const auto bad = cards->card(main, QDate());
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ServiceError::Code::Invalid);
}

/// The card, the daily callback list and the monthly report (built as of the same day: the
/// running month) say the same about each customer: class, stage, ABC grade; the list's
/// maintenance item is due on the card's next maintenance date.
class CardListReportAgreementTest : public CustomerCardServiceTest {
protected:
    void SetUp() override {
        CustomerCardServiceTest::SetUp();
        // Last seen 2025-09-01: swing/quasi-lost by default, lost for a clinic (180 days).
        old = addCustomer(QStringLiteral("孙老客"), QStringLiteral("13500004444"));
        addVisit(old, addVehicle(old, QStringLiteral("陕A55555")), QDate(2025, 9, 1), 60000, 30000);
    }

    void expectAgreement() {
        ASSERT_EQ(now.date(), day);
        const auto built = MonthlyReportService(db(), clock()).build(ReportMonth::of(day));
        ASSERT_TRUE(built.ok()) << built.error().message.toStdString();
        const MonthlyReport& report = built.value();
        ASSERT_EQ(report.asOf, day) << "the running month is reported as of today";
        const auto planned = FollowUpService(db(), clock()).planToday(day);
        ASSERT_TRUE(planned.ok());
        const auto behind = [&](const QString& key, domain::CustomerId id) {
            const auto& ids = report.customersBehind(key);
            return std::find(ids.begin(), ids.end(), id) != ids.end();
        };
        int maintenanceItems = 0;
        for (const auto id : {main, big, small, old}) {
            SCOPED_TRACE(testing::Message() << "customer " << id);
            const auto card = cardOf(id, day);
            const auto& a = card.analysis;
            EXPECT_TRUE(behind(QStringLiteral("composition.") + domain::toKey(a.cls), id));
            ASSERT_TRUE(a.stage.has_value());
            EXPECT_TRUE(behind(QStringLiteral("composition.stage.") + domain::toKey(*a.stage), id));
            for (const auto grade :
                 {domain::AbcGrade::A, domain::AbcGrade::B, domain::AbcGrade::C}) {
                EXPECT_EQ(behind(QStringLiteral("abc.grade.") + domain::toKey(grade), id),
                          a.abcGrade == grade)
                    << domain::toKey(grade).toStdString();
            }
            for (const auto& item : planned.value()) {
                if (item.customerId != id) {
                    continue;
                }
                EXPECT_EQ(item.stage, a.stage);
                if (item.kind != FollowUpKind::Maintenance || !item.vehicleId) {
                    continue;
                }
                const auto it = std::find_if(
                    card.vehicles.begin(), card.vehicles.end(),
                    [&](const CardVehicle& cv) { return cv.vehicle.id == *item.vehicleId; });
                ASSERT_NE(it, card.vehicles.end());
                EXPECT_EQ(item.due, it->maintenance.nextDue);
                ++maintenanceItems;
            }
        }
        EXPECT_GE(maintenanceItems, 1) << "the list has a maintenance item to compare";
    }

    domain::CustomerId old = 0;
};

TEST_F(CardListReportAgreementTest, DefaultSettings) {
    expectAgreement();
    const auto card = cardOf(old, day);
    EXPECT_EQ(card.analysis.cls, domain::CustomerClass::Swing);
}

TEST_F(CardListReportAgreementTest, ClinicSettingsAndAChangedMaintenanceInterval) {
    SettingsService settings(db(), clock());
    auto a = settings.analysis().value();
    a.lifecycle.loyal = domain::Span::days(45);
    a.lifecycle.notLostUntil = domain::Span::days(90);
    a.lifecycle.lost = domain::Span::days(180);
    a.lifecycle.lostUntil = domain::Span::days(365);
    a.lifecycle.trendingLostUntil = domain::Span::days(730);
    ASSERT_TRUE(settings.saveAnalysis(manager, a).ok());
    auto f = settings.followUps().value();
    f.maintenance.interval = domain::Span::months(1);  // 王大户 (2026-05-02) is due 2026-06-02
    ASSERT_TRUE(settings.saveFollowUps(manager, f).ok());

    expectAgreement();
    // The clinic's thresholds really applied (not the defaults): 287 days away is lost.
    EXPECT_EQ(cardOf(old, day).analysis.cls, domain::CustomerClass::Lost);
    // …and the 1-month interval: 2026-05-02 + 1 month.
    EXPECT_EQ(cardOf(big, day).vehicles.front().maintenance.nextDue, QDate(2026, 6, 2));
}

}  // namespace
}  // namespace hc::services
