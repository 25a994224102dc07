#include "hc/domain/CallPriority.h"
#include "hc/domain/CallScripts.h"
#include "hc/domain/DeclinedWorkDue.h"
#include "hc/domain/DeclinedWorkSummary.h"
#include "hc/domain/FollowUpPlanner.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

using namespace hc::domain;

namespace {

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Visit visit(VisitId id, const char* date, std::optional<int> km, VehicleId vehicle = 10) {
    Visit v;
    v.id = id;
    v.customerId = 1;
    v.vehicleId = vehicle;
    v.date = d(date);
    v.mileage = km;
    v.category = QStringLiteral("repair");
    return v;
}

DeclinedItem item(DeclinedUrgency urgency, const char* visitDate, const char* due = nullptr,
                  std::optional<int> dueKm = std::nullopt) {
    DeclinedItem i;
    i.id = 7;
    i.visitId = 3;
    i.customerId = 1;
    i.vehicleId = 10;
    i.visitDate = d(visitDate);
    i.what = QStringLiteral("更换刹车片");
    i.amountFen = 80000;
    i.urgency = urgency;
    if (due != nullptr) {
        i.dueDate = d(due);
    }
    i.dueMileage = dueKm;
    return i;
}

// ---- the due rule: table of golden cases ------------------------------------------------------

struct DueCase {
    std::string name;
    DeclinedItem item;
    std::vector<Visit> visits;
    const char* due;
    bool byMileage;
    bool rateIsDefault;
    bool byDefault;
    const char* listFrom;
    const char* listUntil;
};

void PrintTo(const DueCase& c, std::ostream* os) {
    *os << c.name;
}

class DeclinedDueRule : public ::testing::TestWithParam<DueCase> {};

TEST_P(DeclinedDueRule, GoldenCases) {
    const DueCase& c = GetParam();
    const FollowUpSettings settings;  // the documented defaults: 7/30/90 days, lead 7, list 30
    const DeclinedDue due = declinedWorkDue(c.item, c.visits, nullptr, settings, d("2026-06-15"));
    ASSERT_TRUE(due.isValid());
    EXPECT_EQ(due.due, d(c.due));
    EXPECT_EQ(due.dueByMileageFirst, c.byMileage);
    EXPECT_EQ(due.rateIsDefault, c.rateIsDefault);
    EXPECT_EQ(due.byUrgencyDefault, c.byDefault);
    EXPECT_EQ(due.listFrom, d(c.listFrom));
    EXPECT_EQ(due.listUntil, d(c.listUntil));
}

// Own rate in the history below: 10,000 km → 13,000 km over 100 days = 30 km/day.
const std::vector<Visit> kHistory = {visit(1, "2026-02-20", 10000), visit(3, "2026-05-31", 13000)};

INSTANTIATE_TEST_SUITE_P(
    Declined, DeclinedDueRule,
    ::testing::Values(
        DueCase{"safety_default_7_days",
                item(DeclinedUrgency::Safety, "2026-06-01"),
                {},
                "2026-06-08",
                false,
                false,
                true,
                "2026-06-02",
                "2026-07-08"},
        DueCase{"soon_default_30_days",
                item(DeclinedUrgency::Soon, "2026-06-01"),
                {},
                "2026-07-01",
                false,
                false,
                true,
                "2026-06-24",
                "2026-07-31"},
        DueCase{"later_default_90_days",
                item(DeclinedUrgency::Later, "2026-06-01"),
                {},
                "2026-08-30",
                false,
                false,
                true,
                "2026-08-23",
                "2026-09-29"},
        DueCase{"date_only",
                item(DeclinedUrgency::Later, "2026-06-01", "2026-12-01"),
                {},
                "2026-12-01",
                false,
                false,
                false,
                "2026-11-24",
                "2026-12-31"},
        // 15,000 km − 13,000 km at 30 km/day = 66.7 → 67 days after 2026-05-31.
        DueCase{"km_first_own_rate", item(DeclinedUrgency::Soon, "2026-05-31", "2026-12-01", 15000),
                kHistory, "2026-08-06", true, false, false, "2026-07-30", "2026-09-05"},
        DueCase{"date_first", item(DeclinedUrgency::Soon, "2026-05-31", "2026-07-01", 15000),
                kHistory, "2026-07-01", false, false, false, "2026-06-24", "2026-07-31"},
        // One reading only: the shop's default 40 km/day, 2,000 km → 50 days.
        DueCase{"km_default_rate",
                item(DeclinedUrgency::Soon, "2026-05-31", nullptr, 15000),
                {visit(3, "2026-05-31", 13000)},
                "2026-07-20",
                true,
                true,
                false,
                "2026-07-13",
                "2026-08-19"},
        // Due mileage already passed: due on the day of the reading; listed from the day after
        // the visit at the earliest.
        DueCase{"km_already_passed", item(DeclinedUrgency::Safety, "2026-05-31", nullptr, 12000),
                kHistory, "2026-05-31", true, false, false, "2026-06-01", "2026-06-30"},
        // No odometer reading at all: the km cannot be dated, the urgency default applies.
        DueCase{"km_without_reading",
                item(DeclinedUrgency::Soon, "2026-06-01", nullptr, 15000),
                {},
                "2026-07-01",
                false,
                false,
                true,
                "2026-06-24",
                "2026-07-31"},
        // A reading after D is not known yet on D.
        DueCase{"reading_after_day_ignored",
                item(DeclinedUrgency::Soon, "2026-05-31", nullptr, 15000),
                {visit(3, "2026-05-31", 13000), visit(4, "2026-06-20", 14900)},
                "2026-07-20",
                true,
                true,
                false,
                "2026-07-13",
                "2026-08-19"}),
    [](const ::testing::TestParamInfo<DueCase>& info) { return info.param.name; });

TEST(DeclinedDueRule, SettingsDecideTheDefaultsAndTheWindow) {
    FollowUpSettings s;
    s.declined.soonDays = 14;
    s.declined.leadDays = 3;
    s.declined.listDays = 5;
    const DeclinedDue due =
        declinedWorkDue(item(DeclinedUrgency::Soon, "2026-06-01"), {}, nullptr, s, d("2026-06-15"));
    EXPECT_EQ(due.due, d("2026-06-15"));
    EXPECT_EQ(due.listFrom, d("2026-06-12"));
    EXPECT_EQ(due.listUntil, d("2026-06-20"));
    EXPECT_TRUE(
        isDeclinedFollowUpDue(item(DeclinedUrgency::Soon, "2026-06-01"), due, d("2026-06-12")));
    EXPECT_FALSE(
        isDeclinedFollowUpDue(item(DeclinedUrgency::Soon, "2026-06-01"), due, d("2026-06-11")));
    EXPECT_FALSE(
        isDeclinedFollowUpDue(item(DeclinedUrgency::Soon, "2026-06-01"), due, d("2026-06-21")));
    DeclinedItem done = item(DeclinedUrgency::Soon, "2026-06-01");
    done.status = DeclinedStatus::Done;
    EXPECT_FALSE(isDeclinedFollowUpDue(done, due, d("2026-06-15")));
}

TEST(DeclinedDueRule, NoVisitDateIsInvalid) {
    DeclinedItem i = item(DeclinedUrgency::Soon, "2026-06-01");
    i.visitDate = QDate();
    EXPECT_FALSE(declinedWorkDue(i, {}, nullptr, FollowUpSettings{}, d("2026-06-15")).isValid());
}

TEST(DeclinedKeys, RoundTripAndLabels) {
    for (const auto u : {DeclinedUrgency::Safety, DeclinedUrgency::Soon, DeclinedUrgency::Later}) {
        EXPECT_EQ(declinedUrgencyFromKey(toKey(u)), u);
        EXPECT_FALSE(toLabel(u).isEmpty());
    }
    for (const auto s : {DeclinedStatus::Open, DeclinedStatus::Done, DeclinedStatus::Dropped}) {
        EXPECT_EQ(declinedStatusFromKey(toKey(s)), s);
    }
    EXPECT_EQ(toKey(DeclinedUrgency::Safety), QStringLiteral("safety"));
    EXPECT_EQ(declinedUrgencyFromKey(QStringLiteral("urgent")), std::nullopt);
    EXPECT_EQ(declinedStatusFromKey(QStringLiteral("closed")), std::nullopt);
    EXPECT_EQ(yuanText(123456), QStringLiteral("¥1,234.56"));
    EXPECT_EQ(yuanText(5), QStringLiteral("¥0.05"));
}

// ---- the report figures -------------------------------------------------------------------------

TEST(DeclinedWorkSummary, DeclinedRecoveredDroppedOpenAndRate) {
    auto mk = [](const char* visitDate, Fen fen, DeclinedStatus st, const char* closed) {
        DeclinedItem i = item(DeclinedUrgency::Soon, visitDate);
        i.amountFen = fen;
        i.status = st;
        if (closed != nullptr) {
            i.closedDate = d(closed);
        }
        return i;
    };
    const std::vector<DeclinedItem> items = {
        mk("2026-06-03", 80000, DeclinedStatus::Open, nullptr),          // declined, open
        mk("2026-06-10", 20000, DeclinedStatus::Done, "2026-06-25"),     // declined + recovered
        mk("2026-05-10", 50000, DeclinedStatus::Done, "2026-06-02"),     // recovered in June
        mk("2026-05-12", 10000, DeclinedStatus::Dropped, "2026-06-05"),  // dropped in June
        mk("2026-06-20", 30000, DeclinedStatus::Done, "2026-07-02"),     // open at June end
        mk("2026-04-01", 7000, DeclinedStatus::Done, "2026-05-01"),      // closed before June
        mk("2026-07-01", 99900, DeclinedStatus::Open, nullptr),          // after June
    };
    const DeclinedWorkSummary s = summarizeDeclinedWork(items, d("2026-06-01"), d("2026-06-30"));
    EXPECT_EQ(s.declinedCount, 3);
    EXPECT_EQ(s.declinedFen, 130000);
    EXPECT_EQ(s.recoveredCount, 2);
    EXPECT_EQ(s.recoveredFen, 70000);
    EXPECT_EQ(s.droppedCount, 1);
    EXPECT_EQ(s.droppedFen, 10000);
    EXPECT_EQ(s.openCount, 2);
    EXPECT_EQ(s.openFen, 110000);
    ASSERT_TRUE(s.recoveryRateBp.has_value());
    EXPECT_EQ(*s.recoveryRateBp, 5385);  // 70,000 ÷ 130,000 = 53.85 %
    EXPECT_FALSE(summarizeDeclinedWork({}, d("2026-06-01"), d("2026-06-30")).recoveryRateBp);
}

// ---- the follow-up list -------------------------------------------------------------------------

FollowUpInput plannerInput(const char* today, std::vector<DeclinedItem> items,
                           std::vector<FollowUpCall> calls = {}, bool optOut = false) {
    FollowUpInput in;
    in.date = d(today);
    PlannerCustomer c;
    c.id = 1;
    c.name = QStringLiteral("客户1");
    c.marketingOptOut = optOut;
    c.stage = Stage::Active;
    in.customers.push_back(c);
    Vehicle v;
    v.id = 10;
    v.customerId = 1;
    v.plate = QStringLiteral("陕A12345");
    in.vehicles.push_back(v);
    in.visits = {visit(3, "2026-06-01", 13000)};
    in.declinedItems = std::move(items);
    in.calls = std::move(calls);
    return in;
}

std::vector<FollowUpItem> declinedOnly(const std::vector<FollowUpItem>& all) {
    std::vector<FollowUpItem> out;
    for (const auto& i : all) {
        if (i.kind == FollowUpKind::DeclinedWork) {
            out.push_back(i);
        }
    }
    return out;
}

FollowUpCall declinedCall(const char* date, CallOutcome outcome) {
    FollowUpCall c;
    c.customerId = 1;
    c.date = d(date);
    c.kind = FollowUpKind::DeclinedWork;
    c.outcome = outcome;
    c.vehicleId = 10;
    return c;
}

TEST(DeclinedWorkPlanning, ListedOnlyWhenDueThenOneCallCycle) {
    FollowUpSettings s;
    s.postServiceDelayDays = 1;
    s.postServiceExpiryDays = 0;  // keep the post-service call out of the way
    const FollowUpPlanner planner(s);
    const auto soon = item(DeclinedUrgency::Soon, "2026-06-01");  // due 07-01, listed 06-24..07-31
    EXPECT_TRUE(declinedOnly(planner.plan(plannerInput("2026-06-23", {soon}))).empty());
    const auto listed = declinedOnly(planner.plan(plannerInput("2026-06-24", {soon})));
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].due, d("2026-07-01"));
    EXPECT_EQ(listed[0].declinedItemIds, std::vector<DeclinedItemId>{7});
    EXPECT_EQ(listed[0].declinedUrgency, DeclinedUrgency::Soon);
    EXPECT_EQ(listed[0].plate, QStringLiteral("陕A12345"));
    EXPECT_TRUE(listed[0].reason.contains(QStringLiteral("更换刹车片")));
    EXPECT_TRUE(listed[0].reason.contains(QStringLiteral("¥800.00")));
    // No answer: again the next day, attempt 2; reached: closed for good.
    const auto retry = declinedOnly(planner.plan(
        plannerInput("2026-06-25", {soon}, {declinedCall("2026-06-24", CallOutcome::NoAnswer)})));
    ASSERT_EQ(retry.size(), 1u);
    EXPECT_EQ(retry[0].attempt, 2);
    EXPECT_TRUE(
        declinedOnly(planner.plan(plannerInput("2026-06-26", {soon},
                                               {declinedCall("2026-06-25", CallOutcome::Reached)})))
            .empty());
    // A call before the item was listed (about other work) does not close it.
    EXPECT_EQ(
        declinedOnly(planner.plan(plannerInput("2026-06-26", {soon},
                                               {declinedCall("2026-06-10", CallOutcome::Reached)})))
            .size(),
        1u);
    // After the listing window the item is no longer called about.
    EXPECT_TRUE(declinedOnly(planner.plan(plannerInput("2026-08-01", {soon}))).empty());
    // Done or dropped: never listed.
    DeclinedItem done = soon;
    done.status = DeclinedStatus::Done;
    EXPECT_TRUE(declinedOnly(planner.plan(plannerInput("2026-06-24", {done}))).empty());
}

TEST(DeclinedWorkPlanning, SeveralItemsMergeIntoOneCallAndSafetyIgnoresMarketingOptOut) {
    FollowUpSettings s;
    s.postServiceExpiryDays = 0;
    s.postServiceDelayDays = 0;
    const FollowUpPlanner planner(s);
    DeclinedItem brakes = item(DeclinedUrgency::Safety, "2026-06-01");  // due 06-08
    DeclinedItem wipers = item(DeclinedUrgency::Soon, "2026-06-01", "2026-06-10");
    wipers.id = 8;
    wipers.what = QStringLiteral("更换雨刮");
    const auto both = declinedOnly(planner.plan(plannerInput("2026-06-08", {wipers, brakes})));
    ASSERT_EQ(both.size(), 1u);
    EXPECT_EQ(both[0].declinedItemIds.size(), 2u);
    EXPECT_EQ(both[0].declinedUrgency, DeclinedUrgency::Safety);
    EXPECT_TRUE(both[0].reason.contains(QStringLiteral("更换雨刮")));
    EXPECT_TRUE(both[0].reason.contains(QStringLiteral("更换刹车片")));
    // Opted out of marketing: only the safety item is called about.
    const auto optOut =
        declinedOnly(planner.plan(plannerInput("2026-06-08", {wipers, brakes}, {}, true)));
    ASSERT_EQ(optOut.size(), 1u);
    EXPECT_EQ(optOut[0].declinedItemIds, std::vector<DeclinedItemId>{7});
}

TEST(DeclinedWorkPlanning, PriorityAndScript) {
    FollowUpItem i;
    i.kind = FollowUpKind::DeclinedWork;
    i.due = d("2026-06-15");
    i.declinedUrgency = DeclinedUrgency::Safety;
    EXPECT_EQ(CallPriority::urgencyPoints(i, d("2026-06-15")), 60);
    i.declinedUrgency = DeclinedUrgency::Soon;
    EXPECT_EQ(CallPriority::urgencyPoints(i, d("2026-06-15")), 35);
    i.declinedUrgency = DeclinedUrgency::Later;
    EXPECT_EQ(CallPriority::urgencyPoints(i, d("2026-06-20")), 25 + 5);
    EXPECT_EQ(CallPriority::chancePoints(i, 3), 70);
    EXPECT_TRUE(CallScripts::forDeclinedWork().contains(QStringLiteral("{plate}")));
}

}  // namespace
