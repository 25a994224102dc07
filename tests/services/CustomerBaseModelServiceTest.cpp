// The stored customer-base model (docs/customer-base.md, "The stored model"): refit and storage
// with its audit record, the "not enough data" answer that leaves the rule-based view, the monthly
// refit rule, and its use on the card, in the callback priority and in the monthly report.
#include "ServiceFixture.h"
#include "hc/services/AuditService.h"
#include "hc/services/CallListService.h"
#include "hc/services/CustomerBaseModelService.h"
#include "hc/services/CustomerCardService.h"
#include "hc/services/DemoService.h"
#include "hc/services/MonthlyReportService.h"
#include "hc/storage/CustomerBaseRepository.h"
#include "hc/storage/SettingsRepository.h"

#include <gtest/gtest.h>

#include <numeric>

namespace hc::services {
namespace {

class CustomerBaseModelServiceTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        now = QDateTime(QDate(2026, 7, 2), QTime(8, 0));
        DemoOptions o;
        o.customers = 400;
        o.seed = 7;
        o.asOf = QDate(2026, 6, 30);
        ASSERT_TRUE(DemoService(db(), clock()).generate(manager, o).ok());
        model = std::make_unique<CustomerBaseModelService>(db(), clock());
    }

    void requireRepeatCustomers(int n) {
        domain::CustomerBaseSettings s;
        s.minRepeatCustomers = n;
        storage::SettingsRepository(db()).put(
            QString::fromLatin1(storage::CustomerBaseRepository::kSettingsKey),
            storage::CustomerBaseRepository::settingsToJson(s), now, manager.id);
    }

    std::unique_ptr<CustomerBaseModelService> model;
};

TEST_F(CustomerBaseModelServiceTest, RefitStoresTheFitWithItsAuditRecord) {
    ASSERT_FALSE(model->latest().value().has_value());
    EXPECT_FALSE(model->refit(advisor, QDate(2026, 7, 1)).ok());  // manager only

    const auto fit = model->refit(manager, QDate(2026, 7, 1));
    ASSERT_TRUE(fit.ok()) << fit.error().message.toStdString();
    const auto& f = fit.value();
    EXPECT_GT(f.id, 0);
    EXPECT_EQ(f.fittedAt, now);
    EXPECT_EQ(f.calibrationEnd, QDate(2026, 7, 1));
    EXPECT_TRUE(f.dataFrom.isValid());
    EXPECT_LT(f.dataFrom, QDate(2026, 1, 1));
    EXPECT_GE(f.repeatCustomers, 200);
    EXPECT_GT(f.bgnbd.r, 0.0);
    ASSERT_TRUE(f.spend.has_value());
    ASSERT_EQ(f.valueCuts.size(), 99u);
    EXPECT_TRUE(std::is_sorted(f.valueCuts.begin(), f.valueCuts.end()));

    const auto stored = model->latest();
    ASSERT_TRUE(stored.ok() && stored.value().has_value());
    EXPECT_EQ(stored.value()->id, f.id);
    EXPECT_EQ(stored.value()->bgnbd, f.bgnbd);
    EXPECT_EQ(stored.value()->valueCuts, f.valueCuts);

    const auto audit = AuditService(db()).recent(5);
    ASSERT_TRUE(audit.ok());
    const auto it = std::find_if(audit.value().begin(), audit.value().end(), [](const auto& a) {
        return a.action == QStringLiteral("customer_base.fit");
    });
    ASSERT_NE(it, audit.value().end());
    EXPECT_EQ(it->entityId, f.id);
    EXPECT_EQ(it->userId, manager.id);
    EXPECT_TRUE(it->afterJson.contains(QStringLiteral("\"calibration_end\":\"2026-07-01\"")));
}

TEST_F(CustomerBaseModelServiceTest, TooFewRepeatCustomersSaysSoAndStoresNothing) {
    requireRepeatCustomers(100000);
    const auto fit = model->refit(manager, QDate(2026, 7, 1));
    ASSERT_FALSE(fit.ok());
    EXPECT_EQ(fit.error().code, ServiceError::Code::Invalid);
    EXPECT_EQ(fit.error().field, QStringLiteral("data"));
    EXPECT_TRUE(fit.error().message.contains(QStringLiteral("100000")));
    EXPECT_FALSE(model->latest().value().has_value());
    // The rule-based view stays: no outlook on the card, no model section in the report.
    const auto card = CustomerCardService(db()).card(1, QDate(2026, 7, 2));
    ASSERT_TRUE(card.ok());
    EXPECT_FALSE(card.value().outlook.has_value());
    const auto report = MonthlyReportService(db(), clock()).build(ReportMonth{2026, 6});
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report.value().customerBase.fitted);
    EXPECT_EQ(report.value().customerBase.minRepeatCustomers, 100000);
}

TEST_F(CustomerBaseModelServiceTest, MonthlyRefitOnlyWhenTheFitIsFromAnEarlierMonth) {
    auto first = model->refitIfStale(test::ServiceFixture::manager, now.date());
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(first.value().has_value());
    EXPECT_EQ(first.value()->calibrationEnd, QDate(2026, 7, 1));  // yesterday
    now = QDateTime(QDate(2026, 7, 31), QTime(18, 0));
    auto same = model->refitIfStale(ActingUser{}, now.date());
    ASSERT_TRUE(same.ok());
    EXPECT_FALSE(same.value().has_value());
    now = QDateTime(QDate(2026, 8, 1), QTime(7, 0));
    EXPECT_TRUE(model->isStale(now.date()).value());
    auto next = model->refitIfStale(ActingUser{}, now.date());  // the system (id 0) may refit
    ASSERT_TRUE(next.ok());
    ASSERT_TRUE(next.value().has_value());
    EXPECT_EQ(next.value()->calibrationEnd, QDate(2026, 7, 31));
    EXPECT_EQ(model->history(10).value().size(), 2u);
    EXPECT_EQ(model->latest().value()->id, next.value()->id);
}

TEST_F(CustomerBaseModelServiceTest, CardCallbackPriorityAndReportUseTheStoredFit) {
    const CustomerCardService cards(db());
    const auto before = cards.card(1, now.date());
    ASSERT_TRUE(before.ok());
    EXPECT_FALSE(before.value().outlook.has_value());
    ASSERT_TRUE(model->refit(manager, QDate(2026, 7, 1)).ok());

    // The card: the outlook equals the batch scoring of the same customer.
    const auto card = cards.card(1, now.date());
    ASSERT_TRUE(card.ok());
    ASSERT_TRUE(card.value().outlook.has_value());
    const auto& o = *card.value().outlook;
    EXPECT_GT(o.pReturn, 0.0);
    EXPECT_LE(o.pReturn, 1.0);
    EXPECT_TRUE(o.expectedValue.has_value());
    EXPECT_TRUE(o.valuePercentile.has_value());
    const auto batch = model->outlooks({1, 2, 1}, now.date());
    ASSERT_TRUE(batch.ok());
    ASSERT_TRUE(batch.value().contains(1));
    EXPECT_DOUBLE_EQ(batch.value().at(1).expectedVisits, o.expectedVisits);
    EXPECT_DOUBLE_EQ(batch.value().at(1).pReturn, o.pReturn);

    // The callback list: the value part is the model's percentile, and the "why" says so.
    const auto list = CallListService(db(), clock()).dayList(now.date());
    ASSERT_TRUE(list.ok()) << list.error().message.toStdString();
    ASSERT_FALSE(list.value().entries.empty());
    const auto scored =
        model->outlooks({list.value().entries.front().item.customerId}, now.date().addDays(-1));
    int withModel = 0;
    for (const auto& e : list.value().entries) {
        if (e.score.why().contains(QStringLiteral("模型预期价值"))) {
            ++withModel;
        }
    }
    EXPECT_GT(withModel, 0);
    const auto& top = list.value().entries.front();
    if (scored.value().contains(top.item.customerId)) {
        EXPECT_EQ(top.score.parts.value, *scored.value().at(top.item.customerId).valuePercentile);
    }

    // The report: bands add up, forecast vs actual for the month, next month's expectation.
    const auto report = MonthlyReportService(db(), clock()).build(ReportMonth{2026, 6});
    ASSERT_TRUE(report.ok());
    const auto& s = report.value().customerBase;
    EXPECT_TRUE(s.fitted);
    EXPECT_GT(s.scored, 0);
    EXPECT_EQ(std::accumulate(s.pReturnBands.begin(), s.pReturnBands.end(), 0), s.scored);
    std::size_t drilled = 0;
    for (int b = 0; b < 5; ++b) {
        drilled += report.value()
                       .customersBehind(QStringLiteral("customer_base.p_return.%1").arg(b))
                       .size();
    }
    EXPECT_EQ(drilled, static_cast<std::size_t>(s.scored));
    EXPECT_EQ(s.nextFrom, QDate(2026, 7, 1));
    EXPECT_EQ(s.nextTo, QDate(2026, 7, 31));
    EXPECT_GT(s.expectedNext, 0.0);
    EXPECT_LT(s.expectedNext, static_cast<double>(s.scored));
    EXPECT_TRUE(s.forecastMade);
    EXPECT_TRUE(s.retrospective);  // the only fit was made after June began
    EXPECT_EQ(s.forecastFrom, QDate(2026, 6, 1));
    EXPECT_EQ(s.forecastTo, QDate(2026, 6, 30));
    EXPECT_GT(s.forecastVisits, 0.0);
    EXPECT_GT(s.actualVisits, 0);
    // The section's SQL summary agrees with the model's own history rules (same-day visits once,
    // customers by their first visit): the holdout of May 31 → June 30 counts the same.
    const auto h = model->holdout(QDate(2026, 5, 31), QDate(2026, 6, 30));
    ASSERT_TRUE(h.ok());
    EXPECT_EQ(s.actualVisits, h.value().result.actualTotal);
    EXPECT_EQ(s.forecastCustomers, h.value().fit.customers);
}

TEST_F(CustomerBaseModelServiceTest, HoldoutOnTheArchive) {
    const auto h = model->holdout(QDate(2025, 6, 30), QDate(2026, 6, 30));
    ASSERT_TRUE(h.ok()) << h.error().message.toStdString();
    EXPECT_GT(h.value().result.actualTotal, 0);
    EXPECT_GT(h.value().result.expectedTotal, 0.0);
    EXPECT_TRUE(h.value().result.aucModel.has_value());
    EXPECT_FALSE(model->latest().value().has_value());  // a check stores nothing
}

}  // namespace
}  // namespace hc::services
