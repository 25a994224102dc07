// CallListService on a real database: the day's list from the stored settings (capacity per
// callback user), the split among the active callback users, the own-advisor rule, a list that
// stays the same while calls are recorded during the day, and rollover to the next day.
#include "ServiceFixture.h"
#include "hc/services/CallListService.h"
#include "hc/services/FollowUpService.h"
#include "hc/services/SettingsService.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/UserRepository.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace hc::services {
namespace {

using domain::CallOutcome;
using domain::FollowUpKind;

class CallListServiceTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        // Eight customers, a repair visit each on 06-05 … 06-12: post-service callbacks due
        // 06-08 … 06-15, all still listed on 06-15 (7 days after due). The visit of the last
        // one was served by 赵敏 (a callback user below, display name).
        for (int k = 0; k < 8; ++k) {
            domain::Customer c;
            c.name = QStringLiteral("客户%1").arg(k);
            c.phone = QStringLiteral("1381234%1").arg(5670 + k);
            c.createdAt = c.updatedAt = now;
            const auto id = storage::CustomerRepository(db()).insert(c);
            domain::Vehicle v;
            v.customerId = id;
            v.plate = QStringLiteral("陕A1234%1").arg(k);
            const auto vehicle = storage::VehicleRepository(db()).insert(v, QDate(2024, 1, 1));
            domain::Visit visit;
            visit.customerId = id;
            visit.vehicleId = vehicle;
            visit.date = QDate(2026, 6, 5).addDays(k);
            visit.mileage = 30000;
            visit.category = QStringLiteral("repair");
            visit.advisor = k == 7 ? QStringLiteral("赵敏") : QStringLiteral("王芳");
            visit.amountFen = 10000 * (k + 1);
            visit.createdAt = now;
            storage::VisitRepository(db()).insert(visit);
            customers.push_back(id);
        }
        for (const auto& [name, display] :
             {std::pair{"li", "李丽"}, {"zhao", "赵敏"}, {"zz", "离职"}}) {
            auto id = users->addUser(manager, QString::fromLatin1(name), domain::Role::Callback,
                                     QStringLiteral("secret-cb-2026"), QString::fromUtf8(display));
            ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
            if (QString::fromLatin1(name) == u"zz") {
                storage::UserRepository(db()).setActive(id.value(), false);
            }
        }
        SettingsService settings(db(), clock());
        auto s = settings.followUps().value();
        s.callList.dailyCapacity = 3;
        ASSERT_TRUE(settings.saveFollowUps(manager, s).ok());
    }

    domain::CallList dayList(const QDate& day) {
        auto r = CallListService(db(), clock()).dayList(day);
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : domain::CallList{};
    }

    std::vector<domain::CustomerId> customers;
};

TEST_F(CallListServiceTest, CapacityPerActiveCallbackUserAndNothingLost) {
    const QDate day(2026, 6, 15);
    const auto list = dayList(day);
    const auto planned = FollowUpService(db(), clock()).planToday(day).value();
    ASSERT_EQ(planned.size(), 8u);
    EXPECT_EQ(list.dueTotal(), 8);
    EXPECT_EQ(list.onDuty, (std::vector<QString>{QStringLiteral("li"), QStringLiteral("zhao")}));
    EXPECT_EQ(list.capacityPerUser, 3);
    EXPECT_EQ(list.capacity, 6);
    EXPECT_EQ(list.todayCount, 6);
    EXPECT_EQ(list.backlogTotal(), 2);
    EXPECT_EQ(list.backlogByKind[static_cast<std::size_t>(FollowUpKind::PostService)], 2);
    std::map<QString, int> perUser;
    std::set<domain::CustomerId> seen;
    for (const auto& e : list.entries) {
        EXPECT_TRUE(seen.insert(e.item.customerId).second);
        EXPECT_EQ(e.rank, static_cast<int>(seen.size()));
        if (e.today) {
            ++perUser[e.assignee];
        }
        // The own-advisor rule: 赵敏 served the last visit, its callback goes to li.
        if (e.item.customerId == customers.back() && e.today) {
            EXPECT_EQ(e.assignee, QStringLiteral("li"));
        }
    }
    EXPECT_EQ(seen.size(), 8u);
    EXPECT_EQ(perUser[QStringLiteral("li")], 3);
    EXPECT_EQ(perUser[QStringLiteral("zhao")], 3);
    for (std::size_t k = 1; k < list.entries.size(); ++k) {
        EXPECT_GE(list.entries[k - 1].score.scoreTenths, list.entries[k].score.scoreTenths);
    }
    // The oldest callback (due 06-08, its window closes today) is the most urgent.
    for (const auto& e : list.entries) {
        if (e.item.customerId == customers.front()) {
            EXPECT_EQ(e.ageDays, 7);
            EXPECT_EQ(e.score.parts.urgency, 95);
            EXPECT_EQ(e.score.parts.chance, 100);
        }
    }
}

TEST_F(CallListServiceTest, TheListStaysTheSameWhileCallsAreRecorded) {
    const QDate day(2026, 6, 15);
    const auto before = dayList(day);
    const auto& first = before.entries.front();
    CallInput in;
    in.customerId = first.item.customerId;
    in.kind = first.item.kind;
    in.visitId = first.item.visitId;
    in.vehicleId = first.item.vehicleId;
    in.due = first.item.due;
    in.outcome = CallOutcome::Reached;
    ASSERT_TRUE(FollowUpService(db(), clock()).recordOutcome(manager, in).ok());

    const auto after = dayList(day);
    ASSERT_EQ(after.entries.size(), before.entries.size());
    for (std::size_t k = 0; k < after.entries.size(); ++k) {
        EXPECT_EQ(after.entries[k].item.customerId, before.entries[k].item.customerId);
        EXPECT_EQ(after.entries[k].assignee, before.entries[k].assignee);
        EXPECT_EQ(after.entries[k].calledToday, k == 0);
    }
    // The full list of planToday no longer has it (the call closed it).
    const auto planned = FollowUpService(db(), clock()).planToday(day).value();
    EXPECT_EQ(planned.size(), 7u);
}

TEST_F(CallListServiceTest, TheKeptListIsReturnedUntilAWriteAndThenPlannedAgain) {
    const QDate day(2026, 6, 15);
    const CallListService service(db(), clock());
    const auto first = service.dayList(day);
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first.value().dueTotal(), 8);

    // No write since: the kept list. A change made behind the services' back (no audit record,
    // no new customer or visit) is therefore not seen — which shows the list was not planned
    // again.
    const auto victim = first.value().entries.back().item.customerId;
    // (its visit moved back to May: the post-service window long closed)
    db().execScript(
        QStringLiteral("UPDATE visits SET visit_date = '2026-05-01' WHERE customer_id = %1;")
            .arg(victim));
    const auto kept = service.dayList(day);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept.value().dueTotal(), 8);

    // A write through a service (its audit record) plans the list again: the call is flagged,
    // and the customer whose visit moved is gone.
    const auto& top = first.value().entries.front();
    CallInput in;
    in.customerId = top.item.customerId;
    in.kind = top.item.kind;
    in.visitId = top.item.visitId;
    in.vehicleId = top.item.vehicleId;
    in.due = top.item.due;
    in.outcome = CallOutcome::Reached;
    ASSERT_TRUE(FollowUpService(db(), clock()).recordOutcome(manager, in).ok());
    const auto after = service.dayList(day);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after.value().dueTotal(), 7);
    EXPECT_TRUE(after.value().entries.front().calledToday);

    // Another day is planned for that day, not taken from the kept one.
    const auto tomorrow = service.dayList(day.addDays(1));
    ASSERT_TRUE(tomorrow.ok());
    EXPECT_NE(tomorrow.value().entries.front().item.due, QDate());
    EXPECT_EQ(service.dayList(day).value().dueTotal(), 7);
}

TEST_F(CallListServiceTest, UnreachedItemsRollOverAndAge) {
    const auto today = dayList(QDate(2026, 6, 14));
    const auto tomorrow = dayList(QDate(2026, 6, 15));
    std::map<domain::CustomerId, int> age;
    for (const auto& e : today.entries) {
        age[e.item.customerId] = e.ageDays;
    }
    int carried = 0;
    for (const auto& e : tomorrow.entries) {
        if (const auto it = age.find(e.item.customerId); it != age.end()) {
            EXPECT_EQ(e.ageDays, it->second + 1);
            ++carried;
        }
    }
    // Nobody called on 06-14: every item of that day is due again on 06-15 (none expired yet).
    EXPECT_EQ(carried, today.dueTotal());
    EXPECT_GT(tomorrow.dueTotal(), today.dueTotal());  // 06-15's new callback joins them
}

TEST_F(CallListServiceTest, WeightsComeFromTheStoredSettings) {
    SettingsService settings(db(), clock());
    auto s = settings.followUps().value();
    s.callList.weights = {0, 1, 0};  // value only: the biggest spender first
    ASSERT_TRUE(settings.saveFollowUps(manager, s).ok());
    const auto list = dayList(QDate(2026, 6, 15));
    ASSERT_FALSE(list.entries.empty());
    EXPECT_EQ(list.entries.front().score.parts.value, 100);  // grade A first
    EXPECT_EQ(list.entries.back().score.parts.value, 30);    // grade C last
    for (std::size_t k = 1; k < list.entries.size(); ++k) {
        EXPECT_GE(list.entries[k - 1].score.parts.value, list.entries[k].score.parts.value);
    }

    s.callList.weights = {0, 0, 0};
    const auto refused = settings.saveFollowUps(manager, s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("callList.weights"));
}

TEST_F(CallListServiceTest, SettingsExportAndImportCarryTheCallList) {
    SettingsService settings(db(), clock());
    const auto exported = settings.exportJson();
    ASSERT_TRUE(exported.ok());
    auto j = nlohmann::json::parse(exported.value().toStdString());
    EXPECT_EQ(j["followups"]["callList"]["dailyCapacity"], 3);
    EXPECT_EQ(j["followups"]["callList"]["split"], "round_robin");
    EXPECT_EQ(j["followups"]["callList"]["weights"]["urgency"], 50);

    j["followups"]["callList"]["dailyCapacity"] = 40;
    j["followups"]["callList"]["split"] = "by_customer";
    ASSERT_TRUE(settings.importJson(manager, QString::fromStdString(j.dump())).ok());
    EXPECT_EQ(dayList(QDate(2026, 6, 15)).capacityPerUser, 40);
    EXPECT_EQ(settings.followUps().value().callList.split, domain::CallSplit::ByCustomer);

    // An unknown split or a weight out of range: refused, nothing changed.
    auto bad = j;
    bad["followups"]["callList"]["split"] = "by_street";
    auto r = settings.importJson(manager, QString::fromStdString(bad.dump()));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("followups.callList.split"));
    bad = j;
    bad["followups"]["callList"]["weights"]["value"] = 101;
    r = settings.importJson(manager, QString::fromStdString(bad.dump()));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("followups.callList.weights.value"));
    EXPECT_EQ(settings.followUps().value().callList.dailyCapacity, 40);
}

}  // namespace
}  // namespace hc::services
