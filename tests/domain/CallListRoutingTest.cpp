// The by_region / by_advisor splits of the day's list (issue 11 item 1, docs/followups.md "Split by
// region or advisor"): a customer whose region (or last advisor) is mapped to a callback user on
// duty goes to that user; unmapped keys go round-robin; a full user's items wait in the backlog;
// the own-advisor rule still holds. Table-driven; every case also checks that no item is lost and
// each item is assigned at most once.
#include "hc/domain/CallListPlanner.h"
#include "hc/domain/CallListSettings.h"
#include "hc/domain/FollowUpSettings.h"
#include "hc/domain/SettingsValidation.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace hc::domain;

namespace {

const QDate kDay(2026, 6, 15);

struct Customer {
    CustomerId id;
    const char* region;
    const char* lastAdvisor;
    FollowUpKind kind = FollowUpKind::Maintenance;
    const char* visitAdvisor = "";  ///< post_service: who served the visit called about
};

struct Case {
    const char* name;
    CallSplit split;
    int capacity;
    std::vector<CallRoute> routes;
    std::vector<const char*> onDuty;
    std::vector<Customer> customers;
    /// customer id → expected assignee ("" = backlog / not on today's list).
    std::map<CustomerId, const char*> expected;
};

CallRoute route(const char* key, const char* user) {
    return {QString::fromUtf8(key), QString::fromUtf8(user)};
}

std::vector<Case> cases() {
    const std::vector<Customer> city = {
        {1, "雁塔区", "li"},   {2, "碑林区", "wang"}, {3, "雁塔区", "li"},
        {4, "未央区", "zhou"}, {5, "", ""},           {6, "碑林区", "wang"},
    };
    return {
        {"region: mapped to its user, unmapped round-robin",
         CallSplit::ByRegion,
         10,
         {route("雁塔区", "b"), route("碑林区", "a")},
         {"a", "b"},
         city,
         // Maintenance items of equal urgency rank by customer id. 4 and 5 are unmapped: round
         // robin from the first user (a), then b.
         {{1, "b"}, {2, "a"}, {3, "b"}, {4, "a"}, {5, "b"}, {6, "a"}}},
        {"region: a full user's items wait, others are not affected",
         CallSplit::ByRegion,
         1,
         {route("雁塔区", "b")},
         {"a", "b"},
         city,
         // b takes 1, 3 waits (b is full); unmapped 2 goes to a, which is then full too.
         {{1, "b"}, {2, "a"}, {3, ""}, {4, ""}, {5, ""}, {6, ""}}},
        {"region: a user not on duty counts as unmapped",
         CallSplit::ByRegion,
         10,
         {route("雁塔区", "c"), route("碑林区", "a")},
         {"a", "b"},
         city,
         {{1, "a"}, {2, "a"}, {3, "b"}, {4, "a"}, {5, "b"}, {6, "a"}}},
        {"advisor: the last visit's advisor decides",
         CallSplit::ByAdvisor,
         10,
         {route("li", "b"), route("wang", "a"), route("zhou", "b")},
         {"a", "b"},
         city,
         {{1, "b"}, {2, "a"}, {3, "b"}, {4, "b"}, {5, "a"}, {6, "a"}}},
        {"advisor: keys compare trimmed",
         CallSplit::ByAdvisor,
         10,
         {route(" li ", " b ")},
         {"a", "b"},
         city,
         {{1, "b"}, {2, "a"}, {3, "b"}, {4, "b"}, {5, "a"}, {6, "b"}}},
        {"advisor: own-advisor rule moves a post-service item to the next user",
         CallSplit::ByAdvisor,
         10,
         {route("li", "a")},
         {"a", "b"},
         {{1, "", "li", FollowUpKind::PostService, "a"}, {2, "", "li"}},
         {{1, "b"}, {2, "a"}}},
        {"routes but round_robin: the table is ignored",
         CallSplit::RoundRobin,
         10,
         {route("雁塔区", "b")},
         {"a", "b"},
         city,
         {{1, "a"}, {2, "b"}, {3, "a"}, {4, "b"}, {5, "a"}, {6, "b"}}},
        {"nobody on duty: one unassigned share",
         CallSplit::ByRegion,
         4,
         {route("雁塔区", "b")},
         {},
         city,
         {{1, ""}, {2, ""}, {3, ""}, {4, ""}, {5, ""}, {6, ""}}},
    };
}

class CallListRoutingTest : public ::testing::TestWithParam<Case> {};

TEST_P(CallListRoutingTest, AssignsAsTheTableSaysAndLosesNothing) {
    const Case& c = GetParam();
    CallListSettings s;
    s.dailyCapacity = c.capacity;
    s.split = c.split;
    s.routes = c.routes;
    std::vector<FollowUpItem> items;
    std::map<CustomerId, CallRouteFacts> facts;
    for (const auto& cu : c.customers) {
        FollowUpItem i;
        i.customerId = cu.id;
        i.kind = cu.kind;
        i.due = kDay;
        i.urgency = Urgency::Yellow;
        i.stage = Stage::NotLost;
        i.advisor = QString::fromUtf8(cu.visitAdvisor);
        items.push_back(i);
        facts[cu.id] = {QString::fromUtf8(cu.region), QString::fromUtf8(cu.lastAdvisor)};
    }
    std::vector<CallUser> users;
    for (const char* u : c.onDuty) {
        users.push_back({QString::fromUtf8(u), QString()});
    }
    const auto list = CallListPlanner(s, 3).plan(kDay, items, {}, users,
                                                 [&facts](CustomerId id) { return facts.at(id); });

    ASSERT_EQ(list.dueTotal(), static_cast<int>(items.size())) << "no item lost";
    std::set<CustomerId> seen;
    std::map<QString, int> perUser;
    for (const auto& e : list.entries) {
        EXPECT_TRUE(seen.insert(e.item.customerId).second) << "each item once";
        const auto want = c.expected.find(e.item.customerId);
        ASSERT_NE(want, c.expected.end());
        const QString expected = QString::fromUtf8(want->second);
        if (c.onDuty.empty()) {
            EXPECT_TRUE(e.assignee.isEmpty());
        } else {
            EXPECT_EQ(e.assignee, expected) << c.name << ": customer " << e.item.customerId;
            EXPECT_EQ(e.today, !expected.isEmpty()) << c.name << ": customer " << e.item.customerId;
        }
        if (e.today) {
            ++perUser[e.assignee];
        }
    }
    for (const auto& [user, n] : perUser) {
        EXPECT_LE(n, c.capacity) << user.toStdString();
    }
    EXPECT_EQ(list.todayCount + list.backlogTotal(), list.dueTotal());
}

INSTANTIATE_TEST_SUITE_P(Table, CallListRoutingTest, ::testing::ValuesIn(cases()),
                         [](const auto& info) { return "case" + std::to_string(info.index); });

TEST(CallListRouting, SplitKeysRoundTrip) {
    for (const auto split : {CallSplit::RoundRobin, CallSplit::ByCustomer, CallSplit::ByRegion,
                             CallSplit::ByAdvisor}) {
        EXPECT_EQ(callSplitFromKey(toKey(split)), split);
    }
    EXPECT_EQ(toKey(CallSplit::ByRegion), QStringLiteral("by_region"));
    EXPECT_EQ(toKey(CallSplit::ByAdvisor), QStringLiteral("by_advisor"));
}

TEST(CallListRouting, RoutesAreValidated) {
    const auto problem = [](std::vector<CallRoute> routes) {
        FollowUpSettings s;
        s.callList.routes = std::move(routes);
        for (const auto& e : validate(s)) {
            if (e.field == QStringLiteral("callList.routes")) {
                return e.message;
            }
        }
        return QString();
    };
    EXPECT_TRUE(problem({route("雁塔区", "a"), route("li", "b")}).isEmpty());
    EXPECT_TRUE(problem({route("  ", "a")}).contains(QStringLiteral("请填写")));
    EXPECT_TRUE(problem({route("雁塔区", " ")}).contains(QStringLiteral("雁塔区")));
    EXPECT_TRUE(
        problem({route("雁塔区", "a"), route(" 雁塔区", "b")}).contains(QStringLiteral("两次")));
    EXPECT_FALSE(problem({route(std::string(41, 'x').c_str(), "a")}).isEmpty());
    std::vector<CallRoute> many;
    for (int i = 0; i < 201; ++i) {
        many.push_back({QString::number(i), QStringLiteral("a")});
    }
    EXPECT_TRUE(problem(many).contains(QStringLiteral("200")));
}

}  // namespace
