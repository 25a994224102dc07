// The day's list a person can finish (docs/followups.md, "The day's list"): capacity, the split
// among the users on duty, no item lost, the own-advisor rule, backlog counts, rollover and aging.
#include "hc/domain/CallListPlanner.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace hc::domain;

namespace {

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

const QDate kDay = d("2026-06-15");

FollowUpItem item(CustomerId id, FollowUpKind kind, int daysLate, const char* advisor = "") {
    FollowUpItem i;
    i.customerId = id;
    i.name = QStringLiteral("c%1").arg(id);
    i.kind = kind;
    i.due = kDay.addDays(-daysLate);
    i.urgency = daysLate > 0 ? Urgency::Red : Urgency::Yellow;
    i.stage = Stage::NotLost;
    i.advisor = QString::fromUtf8(advisor);
    return i;
}

/// 250 items of every kind with different ages.
std::vector<FollowUpItem> many() {
    std::vector<FollowUpItem> out;
    for (CustomerId id = 1; id <= 250; ++id) {
        out.push_back(item(id, static_cast<FollowUpKind>(id % kFollowUpKindCount),
                           static_cast<int>(id % 40) - 5));
    }
    return out;
}

CallListSettings settings(int capacity, CallSplit split = CallSplit::RoundRobin) {
    CallListSettings s;
    s.dailyCapacity = capacity;
    s.split = split;
    return s;
}

std::vector<CallUser> users(std::initializer_list<const char*> names) {
    std::vector<CallUser> out;
    for (const char* n : names) {
        out.push_back({QString::fromLatin1(n), QString()});
    }
    return out;
}

TEST(CallListPlanner, CapacityPerUserAndNoItemLost) {
    const auto items = many();
    const auto list = CallListPlanner(settings(60), 3).plan(kDay, items, {}, users({"b", "a"}));
    EXPECT_EQ(list.capacity, 120);
    EXPECT_EQ(list.dueTotal(), 250);
    EXPECT_EQ(list.todayCount, 120);
    EXPECT_EQ(list.backlogTotal(), 130);
    ASSERT_EQ(list.onDuty, (std::vector<QString>{QStringLiteral("a"), QStringLiteral("b")}));
    std::set<CustomerId> seen;
    std::map<QString, int> perUser;
    for (std::size_t k = 0; k < list.entries.size(); ++k) {
        const auto& e = list.entries[k];
        EXPECT_EQ(e.rank, static_cast<int>(k) + 1);
        EXPECT_TRUE(seen.insert(e.item.customerId).second);
        if (k > 0) {
            const auto& before = list.entries[k - 1].score;
            EXPECT_GE(before.timeCritical, e.score.timeCritical) << "the tier first";
            if (before.timeCritical == e.score.timeCritical) {
                EXPECT_GE(before.scoreTenths, e.score.scoreTenths);
            }
        }
        if (e.today) {
            ++perUser[e.assignee];
            EXPECT_LE(e.rank, 120);  // nothing skipped here: the top 120 are today's
        } else {
            EXPECT_TRUE(e.assignee.isEmpty());
        }
    }
    EXPECT_EQ(seen.size(), items.size()) << "every planned item is on the list or the backlog";
    EXPECT_EQ(perUser[QStringLiteral("a")], 60);
    EXPECT_EQ(perUser[QStringLiteral("b")], 60);
    int byKind = 0;
    for (int n : list.backlogByKind) {
        byKind += n;
    }
    int byAge = 0;
    for (int n : list.backlogByAge) {
        byAge += n;
    }
    EXPECT_EQ(byKind, 130);
    EXPECT_EQ(byAge, 130);
}

TEST(CallListPlanner, RoundRobinAlternatesInRankOrder) {
    const auto list =
        CallListPlanner(settings(2), 3).plan(kDay, many(), {}, users({"li", "wang", "zhao"}));
    ASSERT_EQ(list.todayCount, 6);
    const char* expected[] = {"li", "wang", "zhao", "li", "wang", "zhao"};
    for (int k = 0; k < 6; ++k) {
        EXPECT_TRUE(list.entries[static_cast<std::size_t>(k)].today);
        EXPECT_EQ(list.entries[static_cast<std::size_t>(k)].assignee.toStdString(), expected[k]);
    }
    EXPECT_FALSE(list.entries[6].today);
}

TEST(CallListPlanner, ByCustomerKeepsACustomerWithTheSameUser) {
    const auto team = users({"a", "b"});
    const auto list =
        CallListPlanner(settings(500, CallSplit::ByCustomer), 3).plan(kDay, many(), {}, team);
    EXPECT_EQ(list.todayCount, 250);
    for (const auto& e : list.entries) {
        EXPECT_EQ(e.assignee,
                  e.item.customerId % 2 == 0 ? QStringLiteral("a") : QStringLiteral("b"));
    }
}

TEST(CallListPlanner, PostServiceNeverGoesToTheAdvisorWhoServedTheVisit) {
    std::vector<FollowUpItem> items = {item(1, FollowUpKind::PostService, 3, "王芳"),
                                       item(2, FollowUpKind::PostService, 3, "wang")};
    std::vector<CallUser> team = {{QStringLiteral("li"), QStringLiteral("李丽")},
                                  {QStringLiteral("wang"), QStringLiteral("王芳")}};
    auto list = CallListPlanner(settings(5), 3).plan(kDay, items, {}, team);
    ASSERT_EQ(list.todayCount, 2);
    for (const auto& e : list.entries) {
        EXPECT_EQ(e.assignee, QStringLiteral("li"));
    }
    // Only the advisor on duty: the item stays in the backlog, it is not lost.
    list = CallListPlanner(settings(5), 3).plan(kDay, items, {}, {team[1]});
    EXPECT_EQ(list.todayCount, 0);
    EXPECT_EQ(list.dueTotal(), 2);
    EXPECT_EQ(list.backlogByKind[static_cast<std::size_t>(FollowUpKind::PostService)], 2);
}

TEST(CallListPlanner, NobodyOnDutyIsOneUnassignedShare) {
    const auto list = CallListPlanner(settings(60), 3).plan(kDay, many(), {}, {});
    EXPECT_EQ(list.capacity, 60);
    EXPECT_EQ(list.todayCount, 60);
    EXPECT_TRUE(list.onDuty.empty());
    for (const auto& e : list.entries) {
        EXPECT_TRUE(e.assignee.isEmpty());
    }
}

TEST(CallListPlanner, ShareOfAUser) {
    std::vector<FollowUpItem> items = {item(1, FollowUpKind::PostService, 2, "wang"),
                                       item(2, FollowUpKind::Maintenance, 2)};
    // Nobody on duty: one share for whoever works it, without their own post-service visits.
    auto list = CallListPlanner(settings(5), 3).plan(kDay, items, {}, {});
    ASSERT_EQ(list.todayCount, 2);
    int mine = 0;
    int wangs = 0;
    for (const auto& e : list.entries) {
        mine += list.inShareOf(e, QString()) ? 1 : 0;
        wangs += list.inShareOf(e, QStringLiteral("wang")) ? 1 : 0;
    }
    EXPECT_EQ(mine, 2);
    EXPECT_EQ(wangs, 1);
    // With users on duty, a user's share is what is assigned to them; the backlog is nobody's.
    list = CallListPlanner(settings(1), 3).plan(kDay, items, {}, users({"li"}));
    ASSERT_EQ(list.todayCount, 1);
    for (const auto& e : list.entries) {
        EXPECT_EQ(list.inShareOf(e, QStringLiteral("li")), e.today);
        EXPECT_FALSE(list.inShareOf(e, QStringLiteral("wang")));
    }
}

TEST(CallListPlanner, ValueAndWeightsDecideTheOrder) {
    // Same urgency and chance; the A customer comes first by value.
    std::vector<FollowUpItem> items = {item(1, FollowUpKind::Maintenance, 2),
                                       item(2, FollowUpKind::Maintenance, 2)};
    const auto value = [](CustomerId id) {
        return CallValue{id == 2 ? std::optional(AbcGrade::A) : std::optional(AbcGrade::C), {}};
    };
    auto list = CallListPlanner(settings(1), 3).plan(kDay, items, value, {});
    EXPECT_EQ(list.entries[0].item.customerId, 2);
    EXPECT_EQ(list.entries[0].score.parts.value, 100);
    // Value weighed 0: a tie, the planner's order (customer id) decides.
    auto s = settings(1);
    s.weights = {50, 0, 20};
    list = CallListPlanner(s, 3).plan(kDay, items, value, {});
    EXPECT_EQ(list.entries[0].item.customerId, 1);
}

TEST(CallListPlanner, BacklogByAgeBuckets) {
    EXPECT_EQ(backlogAgeBucket(-3), 0);
    EXPECT_EQ(backlogAgeBucket(0), 1);
    EXPECT_EQ(backlogAgeBucket(7), 1);
    EXPECT_EQ(backlogAgeBucket(8), 2);
    EXPECT_EQ(backlogAgeBucket(30), 2);
    EXPECT_EQ(backlogAgeBucket(31), 3);
    EXPECT_EQ(backlogAgeBucket(90), 3);
    EXPECT_EQ(backlogAgeBucket(91), 4);
    EXPECT_EQ(backlogAgeKey(0), QStringLiteral("upcoming"));
    EXPECT_EQ(backlogAgeKey(1), QStringLiteral("0-7"));
    EXPECT_EQ(backlogAgeKey(2), QStringLiteral("8-30"));
    EXPECT_EQ(backlogAgeKey(3), QStringLiteral("31-90"));
    EXPECT_EQ(backlogAgeKey(4), QStringLiteral("91+"));
    // The spans the screen labels (one definition: the key, the label and the bucket agree).
    EXPECT_FALSE(backlogAgeSpan(0).has_value());
    EXPECT_EQ(backlogAgeSpan(1)->first, 0);
    EXPECT_EQ(backlogAgeSpan(1)->last, 7);
    EXPECT_EQ(backlogAgeSpan(3)->first, 31);
    EXPECT_EQ(backlogAgeSpan(3)->last, 90);
    EXPECT_EQ(backlogAgeSpan(4)->first, 91);
    EXPECT_FALSE(backlogAgeSpan(4)->last.has_value());
    for (int bucket = 1; bucket < kBacklogAgeBuckets; ++bucket) {
        const auto span = *backlogAgeSpan(bucket);
        EXPECT_EQ(backlogAgeBucket(span.first), bucket);
        if (span.last) {
            EXPECT_EQ(backlogAgeBucket(*span.last), bucket);
            EXPECT_EQ(backlogAgeBucket(*span.last + 1), bucket + 1);
        }
    }
    std::vector<FollowUpItem> items = {
        item(1, FollowUpKind::Winback, -2), item(2, FollowUpKind::Winback, 0),
        item(3, FollowUpKind::Winback, 20), item(4, FollowUpKind::Winback, 100)};
    const auto list = CallListPlanner(settings(1), 3).plan(kDay, items, {}, {});
    EXPECT_EQ(list.entries[0].item.customerId, 4);  // the oldest is the most urgent
    EXPECT_EQ(list.backlogByAge, (std::array<int, kBacklogAgeBuckets>{1, 1, 1, 0, 0}));
}

TEST(CallListPlanner, AnUnreachedItemRollsOverAndRises) {
    // Day 1: capacity 1, a maintenance item due today loses to an older winback item. Nobody
    // calls it: the planner lists it again the next days (same due), older, until it comes first.
    const FollowUpItem waiting = item(1, FollowUpKind::Maintenance, 0);
    FollowUpItem fresh = item(2, FollowUpKind::Maintenance, 0);
    const auto planner = CallListPlanner(settings(1), 3);
    int firstDay = -1;
    for (int day = 0; day < 30 && firstDay < 0; ++day) {
        const QDate today = kDay.addDays(day);
        fresh.due = today.addDays(-1);  // every day a new item, one day late
        const auto list = planner.plan(today, {waiting, fresh}, {}, {});
        ASSERT_EQ(list.dueTotal(), 2);
        const auto& first = list.entries.front();
        if (first.item.customerId == 1) {
            firstDay = day;
            EXPECT_EQ(first.ageDays, day);
        } else {
            EXPECT_EQ(list.backlogByKind[static_cast<std::size_t>(FollowUpKind::Maintenance)], 1);
        }
    }
    EXPECT_EQ(firstDay, 1);  // aged past the new one-day-late item the day after
}

}  // namespace

// Issue 11 review: a B/C-grade appointment reminder (score ~60) never made a full day's list
// whose cut-off was 76 (hundreds of A-grade overdue maintenance calls). The time-critical tier
// puts it (and complaints, post-service calls) first.
TEST(CallListPlanner, ATimeCriticalItemMakesAFullDaysList) {
    std::vector<FollowUpItem> items;
    for (CustomerId id = 1; id <= 10; ++id) {
        FollowUpItem i;
        i.customerId = id;
        i.kind = FollowUpKind::Maintenance;
        i.due = kDay.addDays(-30);
        i.attempt = 1;
        items.push_back(i);
    }
    FollowUpItem reminder;
    reminder.customerId = 100;
    reminder.kind = FollowUpKind::AppointmentReminder;
    reminder.due = kDay;
    reminder.attempt = 1;
    items.push_back(reminder);
    FollowUpItem noShow = reminder;
    noShow.customerId = 101;
    noShow.kind = FollowUpKind::NoShow;
    items.push_back(noShow);
    const auto valueOf = [](CustomerId id) {
        return CallValue{id < 100 ? AbcGrade::A : AbcGrade::C, std::nullopt};
    };
    const auto list = CallListPlanner(settings(3), 3).plan(kDay, items, valueOf, users({"a"}));
    ASSERT_EQ(list.todayCount, 3);
    const auto& first = list.entries.front();
    EXPECT_EQ(first.item.customerId, 100);
    EXPECT_TRUE(first.today);
    EXPECT_EQ(first.rank, 1);
    EXPECT_TRUE(first.score.timeCritical);
    EXPECT_LT(first.score.scoreTenths, list.entries[1].score.scoreTenths)
        << "it ranks first by its tier, not its score";
    EXPECT_TRUE(first.score.why().startsWith(QString::fromUtf8("时效优先 · ")));
    // A no-show is not time-critical: it waits behind the A-grade maintenance calls.
    for (const auto& e : list.entries) {
        if (e.item.customerId == 101) {
            EXPECT_FALSE(e.today);
            EXPECT_FALSE(e.score.timeCritical);
        }
    }
}
