// CampaignService (invite a stage → win-back items on the list, returns), ScriptService (defaults,
// manager-only overrides) and SatisfactionService (items, monthly averages).
#include "ServiceFixture.h"
#include "hc/domain/CallScripts.h"
#include "hc/domain/CampaignReturns.h"
#include "hc/services/CampaignService.h"
#include "hc/services/FollowUpService.h"
#include "hc/services/SatisfactionService.h"
#include "hc/services/SettingsService.h"
#include "hc/services/ScriptService.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/VisitRepository.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace hc::services {
namespace {

class CampaignServiceTest : public test::ServiceFixture {
protected:
    domain::CustomerId addCustomer(const QString& name, const QString& phone, const QDate& visit,
                                   bool optOut = false) {
        domain::Customer c;
        c.name = name;
        c.phone = phone;
        c.marketingOptOut = optOut;
        c.createdAt = c.updatedAt = now;
        const auto id = storage::CustomerRepository(db()).insert(c);
        addVisit(id, visit, 10000);
        return id;
    }
    void addVisit(domain::CustomerId id, const QDate& date, domain::Fen amount) {
        domain::Visit v;
        v.customerId = id;
        v.date = date;
        v.amountFen = amount;
        v.createdAt = now;
        storage::VisitRepository(db()).insert(v);
    }
};

TEST_F(CampaignServiceTest, InvitedStageAppearsAsWinbackItemsAndReturnsAreCounted) {
    // On 2026-06-15: quasi_lost = last visit 8–12 months ago; active = within 6 months.
    const auto quasi1 =
        addCustomer(QStringLiteral("准一"), QStringLiteral("13800000001"), QDate(2025, 9, 1));
    const auto quasi2 =
        addCustomer(QStringLiteral("准二"), QStringLiteral("13800000002"), QDate(2025, 8, 1));
    const auto optedOut =
        addCustomer(QStringLiteral("拒绝"), QStringLiteral("13800000003"), QDate(2025, 9, 1), true);
    const auto active =
        addCustomer(QStringLiteral("忠诚"), QStringLiteral("13800000004"), QDate(2026, 5, 1));
    // Both quasi-lost customers were already called (win-back refused) so the planner alone
    // would not list them now; the campaign brings them back on the list.
    FollowUpService followUps(db(), clock());
    for (const auto id : {quasi1, quasi2}) {
        CallInput call;
        call.customerId = id;
        call.kind = domain::FollowUpKind::Winback;
        call.outcome = domain::CallOutcome::Refuses;
        now = QDateTime(QDate(2026, 6, 10), QTime(9, 0));
        ASSERT_TRUE(followUps.recordOutcome(manager, call).ok());
    }
    now = QDateTime(QDate(2026, 6, 15), QTime(9, 0));

    CampaignService campaigns(db(), clock());
    domain::CampaignRecord c;
    c.name = QStringLiteral("夏季空调清洗");
    c.offer = QStringLiteral("工时 7 折");
    c.targetStage = domain::Stage::QuasiLost;
    c.costPerCustomerFen = 2000;
    c.start = QDate(2026, 6, 15);
    EXPECT_EQ(campaigns.create(advisor, c).error().code, ServiceError::Code::Denied);
    const auto id = campaigns.create(manager, c);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(campaigns.inviteStage(advisor, id.value()).error().code, ServiceError::Code::Denied);
    const auto invited = campaigns.inviteStage(manager, id.value());
    ASSERT_TRUE(invited.ok()) << invited.error().message.toStdString();
    EXPECT_EQ(invited.value(), 2);  // the opted-out and the active customer are not invited
    EXPECT_EQ(campaigns.inviteStage(manager, id.value()).value(), 0);

    const auto items = followUps.planToday(QDate(2026, 6, 15));
    ASSERT_TRUE(items.ok());
    for (const auto cid : {quasi1, quasi2}) {
        const auto it = std::find_if(items.value().begin(), items.value().end(),
                                     [&](const auto& i) { return i.customerId == cid; });
        ASSERT_NE(it, items.value().end());
        EXPECT_EQ(it->kind, domain::FollowUpKind::Winback);
        EXPECT_TRUE(it->reason.contains(QStringLiteral("夏季空调清洗")));
        EXPECT_EQ(it->stage, domain::Stage::QuasiLost);
    }
    EXPECT_TRUE(std::none_of(items.value().begin(), items.value().end(),
                             [&](const auto& i) { return i.customerId == optedOut; }));
    EXPECT_TRUE(std::none_of(items.value().begin(), items.value().end(),
                             [&](const auto& i) { return i.customerId == active; }));
    const auto map = followUps.campaignsFor(QDate(2026, 6, 15));
    ASSERT_TRUE(map.ok());
    EXPECT_EQ(map.value().at(quasi1).campaignId, id.value());

    // The call fills in the campaign and takes the customer off the campaign list.
    CallInput call;
    call.customerId = quasi1;
    call.kind = domain::FollowUpKind::Winback;
    call.outcome = domain::CallOutcome::WillCome;
    call.appointment = QDate(2026, 6, 20);
    const auto rec = followUps.recordOutcome(manager, call);
    ASSERT_TRUE(rec.ok());
    EXPECT_EQ(rec.value().campaignId, id.value());
    EXPECT_FALSE(followUps.campaignsFor(QDate(2026, 6, 16)).value().contains(quasi1));

    // Returns (domain ReturnWindow, as for the win-back KPIs): quasi1 came on day 5, quasi2 on
    // the start day (counts); quasi2's visit the day before the start does not.
    addVisit(quasi1, QDate(2026, 6, 20), 45000);
    addVisit(quasi2, QDate(2026, 6, 15), 30000);
    addVisit(quasi2, QDate(2026, 6, 14), 9900);
    const auto result = campaigns.results(id.value());
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value().invited, 2);
    EXPECT_EQ(result.value().returned, (std::vector<domain::CustomerId>{quasi1, quasi2}));
    EXPECT_EQ(result.value().revenueFen, 75000);
    EXPECT_EQ(result.value().totalCostFen, 4000);
    EXPECT_EQ(result.value().costPerReturnedFen, 2000);
    EXPECT_EQ(result.value().returnRateBp, 10000);
}

TEST_F(CampaignServiceTest, ReturnWindowOutsideTheDomainBoundsIsRefused) {
    CampaignService campaigns(db(), clock());
    domain::CampaignRecord c;
    c.name = QStringLiteral("秋季保养");
    c.targetStage = domain::Stage::QuasiLost;
    c.start = QDate(2026, 6, 15);
    for (const int days : {domain::CampaignReturns::kMinWindowDays - 1,
                           domain::CampaignReturns::kMaxWindowDays + 1}) {
        c.windowDays = days;
        const auto refused = campaigns.create(manager, c);
        ASSERT_FALSE(refused.ok()) << days;
        EXPECT_EQ(refused.error().field, QStringLiteral("window_days"));
        EXPECT_EQ(refused.error().message, QStringLiteral("回厂统计天数必须在 1 到 365 之间"));
    }
    c.windowDays = domain::CampaignReturns::kMaxWindowDays;
    EXPECT_TRUE(campaigns.create(manager, c).ok());
}

TEST_F(CampaignServiceTest, ScriptsDefaultToTheDomainAndOnlyTheManagerEdits) {
    ScriptService scripts(db(), clock());
    EXPECT_EQ(scripts.forStage(domain::Stage::Lost).value(),
              domain::CallScripts::forStage(domain::Stage::Lost));
    EXPECT_EQ(scripts.forReason(domain::ChurnReason::Price).value(),
              domain::CallScripts::forReason(domain::ChurnReason::Price));
    const QString key = ScriptService::keyFor(domain::Stage::Lost);
    EXPECT_EQ(key, QStringLiteral("stage.lost"));
    EXPECT_EQ(scripts.save(advisor, key, QStringLiteral("自定义")).error().code,
              ServiceError::Code::Denied);
    EXPECT_EQ(scripts.save(manager, QStringLiteral("stage.nope"), QStringLiteral("x")).error().code,
              ServiceError::Code::Invalid);
    ASSERT_TRUE(scripts.save(manager, key, QStringLiteral("  {name}您好,店里有新优惠 ")).ok());
    bool custom = false;
    EXPECT_EQ(scripts.effective(key, &custom).value(), QStringLiteral("{name}您好,店里有新优惠"));
    EXPECT_TRUE(custom);
    ASSERT_TRUE(scripts.reset(manager, key).ok());
    EXPECT_EQ(scripts.forStage(domain::Stage::Lost).value(),
              domain::CallScripts::forStage(domain::Stage::Lost));
}

TEST_F(CampaignServiceTest, SatisfactionItemsAndMonthlyAverages) {
    SatisfactionService sat(db(), clock());
    EXPECT_EQ(sat.addItem(advisor, {0, QStringLiteral("wifi"), QStringLiteral("休息区"), true, 9})
                  .error()
                  .code,
              ServiceError::Code::Denied);
    const auto added =
        sat.addItem(manager, {0, QStringLiteral("wifi"), QStringLiteral("休息区"), true, 9});
    ASSERT_TRUE(added.ok());
    auto items = sat.items().value();
    ASSERT_EQ(items.size(), 6u);
    const auto customer =
        addCustomer(QStringLiteral("甲"), QStringLiteral("13800000009"), QDate(2026, 6, 12));
    FollowUpService followUps(db(), clock());
    CallInput call;
    call.customerId = customer;
    call.outcome = domain::CallOutcome::Reached;
    call.satisfaction = {{items[0].id, 5}, {items[1].id, 3}};
    ASSERT_TRUE(followUps.recordOutcome(manager, call).ok());
    call.satisfaction = {{items[0].id, 4}, {items[1].id, 3}};
    ASSERT_TRUE(followUps.recordOutcome(manager, call).ok());
    const auto summary = sat.monthly(2026, 6);
    ASSERT_TRUE(summary.ok());
    const auto* first = summary.value().item(items[0].key);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->answers, 2);
    EXPECT_EQ(first->averageX100, 450);
    EXPECT_TRUE(first->strong);
    EXPECT_TRUE(summary.value().item(items[1].key)->weak);
    // The margin is the shop's stored setting (analysis.satisfaction): at 1.00 from the month's
    // 3.75 neither 4.50 nor 3.00 stands out.
    SettingsService settings(db(), clock());
    auto analysis = settings.analysis().value();
    analysis.satisfaction.marginX100 = 100;
    ASSERT_TRUE(settings.saveAnalysis(manager, analysis).ok());
    const auto wide = sat.monthly(2026, 6).value();
    EXPECT_FALSE(wide.item(items[0].key)->strong);
    EXPECT_FALSE(wide.item(items[1].key)->weak);
    EXPECT_TRUE(wide.weakItems.empty());
    // Deactivating an item keeps its answers in the month.
    items[0].active = false;
    ASSERT_TRUE(sat.updateItem(manager, items[0]).ok());
    EXPECT_EQ(sat.items().value().size(), 5u);
    EXPECT_EQ(sat.monthly(2026, 6).value().item(items[0].key)->answers, 2);
}

}  // namespace
}  // namespace hc::services
