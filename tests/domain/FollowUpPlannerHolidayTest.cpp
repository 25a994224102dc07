// Holiday greetings (节日问候) on the daily list: the stage rule, the lead window, marketing
// consent, the no-answer cycle and the reason text. The dates come in the input (the service
// resolves lunar ones); 春节 2027 is 2027-02-06.
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
QString u(const char* s) {
    return QString::fromUtf8(s);
}

FollowUpCall call(const char* date, FollowUpKind kind, CallOutcome outcome) {
    FollowUpCall c;
    c.customerId = 1;
    c.date = d(date);
    c.kind = kind;
    c.outcome = outcome;
    return c;
}

/// Customer 1 in `stage`, with a win-back call on 2027-01-20 (so win-back is not due in February)
/// and 春节 2027-02-06 in the input.
FollowUpInput input(const char* today, std::optional<Stage> stage = Stage::TrendingLost,
                    std::vector<FollowUpCall> calls = {}) {
    FollowUpInput in;
    in.date = d(today);
    PlannerCustomer c;
    c.id = 1;
    c.name = u("王建国");
    c.stage = stage;
    in.customers.push_back(c);
    in.calls.push_back(call("2027-01-20", FollowUpKind::Winback, CallOutcome::Reached));
    for (auto& x : calls) {
        in.calls.push_back(x);
    }
    in.holidays = {{u("春节"), d("2027-02-06")}};
    return in;
}

struct HolidayCase {
    std::string name;
    FollowUpInput input;
    FollowUpSettings settings;
    bool listed;
    int attempt = 1;
    bool sms = false;
};

void PrintTo(const HolidayCase& c, std::ostream* os) {
    *os << c.name;
}

using K = FollowUpKind;
using O = CallOutcome;

std::vector<HolidayCase> holidayCases() {
    std::vector<HolidayCase> cs;
    auto add = [&](std::string name, FollowUpInput in, bool listed, FollowUpSettings s = {},
                   int attempt = 1, bool sms = false) {
        cs.push_back({std::move(name), std::move(in), s, listed, attempt, sms});
    };
    // Stage: default from trending_lost on.
    add("stage_lost_below", input("2027-02-03", Stage::Lost), false);
    add("stage_quasi_lost_below", input("2027-02-03", Stage::QuasiLost), false);
    add("stage_trending_lost_at", input("2027-02-03", Stage::TrendingLost), true);
    add("stage_completely_lost_after", input("2027-02-03", Stage::CompletelyLost), true);
    add("stage_unknown", input("2027-02-03", std::nullopt), false);
    {
        FollowUpSettings s;
        s.holidayFromStage = Stage::Lost;
        add("setting_from_lost_lists_lost", input("2027-02-03", Stage::Lost), true, s);
        add("setting_from_lost_not_quasi_lost", input("2027-02-03", Stage::QuasiLost), false, s);
        s.holidayFromStage = Stage::CompletelyLost;
        add("setting_from_completely_lost", input("2027-02-03", Stage::TrendingLost), false, s);
    }
    // Lead window: date − 3 ≤ D ≤ date.
    add("window_day_before_start", input("2027-02-02"), false);
    add("window_first_day", input("2027-02-03"), true);
    add("window_holiday_itself", input("2027-02-06"), true);
    add("window_day_after", input("2027-02-07"), false);
    {
        FollowUpSettings s;
        s.holidayLeadDays = 0;
        add("lead_0_on_the_day", input("2027-02-06"), true, s);
        add("lead_0_day_before", input("2027-02-05"), false, s);
        s.holidayLeadDays = 10;
        add("lead_10_first_day", input("2027-01-27"), true, s);
        add("lead_10_day_before", input("2027-01-26"), false, s);
    }
    {
        FollowUpSettings s;
        s.holidays.clear();  // the planner uses the input dates, not the rules
        add("dates_come_from_the_input", input("2027-02-03"), true, s);
        auto in = input("2027-02-03");
        in.holidays.clear();
        add("no_holiday_dates_in_input", in, false);
    }
    // Marketing consent.
    {
        auto in = input("2027-02-03");
        in.customers[0].valid = false;
        add("invalid_customer", in, false);
        in = input("2027-02-03");
        in.customers[0].marketingOptOut = true;
        add("opted_out_customer", in, false);
    }
    // Calls: one care call in the window covers it; no answer → next day, then SMS.
    add("care_call_in_window_done",
        input("2027-02-04", Stage::TrendingLost, {call("2027-02-03", K::Care, O::Reached)}), false);
    add("care_call_before_window_does_not_count",
        input("2027-02-03", Stage::TrendingLost, {call("2027-02-02", K::Care, O::Reached)}), true);
    add("post_service_call_does_not_count",
        input("2027-02-04", Stage::TrendingLost, {call("2027-02-03", K::PostService, O::Reached)}),
        true);
    add("no_answer_not_again_same_day",
        input("2027-02-03", Stage::TrendingLost, {call("2027-02-03", K::Care, O::NoAnswer)}),
        false);
    add("no_answer_retry_next_day",
        input("2027-02-04", Stage::TrendingLost, {call("2027-02-03", K::Care, O::NoAnswer)}), true,
        {}, 2);
    add("no_answer_three_times_sms",
        input("2027-02-06", Stage::TrendingLost,
              {call("2027-02-03", K::Care, O::NoAnswer), call("2027-02-04", K::Care, O::NoAnswer),
               call("2027-02-05", K::Care, O::NoAnswer)}),
        true, {}, 3, true);
    return cs;
}

class FollowUpPlannerHolidayTest : public ::testing::TestWithParam<HolidayCase> {};

TEST_P(FollowUpPlannerHolidayTest, ListsHolidayGreetings) {
    const auto& c = GetParam();
    const auto items = FollowUpPlanner(c.settings).plan(c.input);
    if (!c.listed) {
        EXPECT_TRUE(items.empty()) << items.front().reason.toStdString();
        return;
    }
    ASSERT_EQ(items.size(), 1U);
    const auto& i = items[0];
    EXPECT_EQ(i.customerId, 1);
    EXPECT_EQ(toKey(i.kind), QStringLiteral("care"));
    ASSERT_TRUE(i.careOccasion);
    EXPECT_EQ(toKey(*i.careOccasion), QStringLiteral("holiday"));
    EXPECT_EQ(i.holiday, u("春节"));
    EXPECT_EQ(i.due, d("2027-02-06"));
    EXPECT_EQ(i.attempt, c.attempt);
    EXPECT_EQ(i.smsSuggested, c.sms);
    EXPECT_TRUE(i.reason.startsWith(u("客户关怀:节日问候 春节 2027-02-06")))
        << i.reason.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Holidays, FollowUpPlannerHolidayTest, ::testing::ValuesIn(holidayCases()),
                         [](const ::testing::TestParamInfo<HolidayCase>& info) {
                             return info.param.name;
                         });

TEST(FollowUpPlannerHoliday, ReasonUrgencyAndStage) {
    const auto items = FollowUpPlanner().plan(input("2027-02-03"));
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0].reason, u("客户关怀:节日问候 春节 2027-02-06"));
    EXPECT_EQ(items[0].urgency, Urgency::Yellow);
    EXPECT_EQ(items[0].stage, std::optional<Stage>(Stage::TrendingLost));
    EXPECT_FALSE(items[0].vehicleId);

    const auto retry = FollowUpPlanner().plan(
        input("2027-02-04", Stage::TrendingLost, {call("2027-02-03", K::Care, O::NoAnswer)}));
    ASSERT_EQ(retry.size(), 1U);
    EXPECT_EQ(retry[0].reason, u("客户关怀:节日问候 春节 2027-02-06;第 2 次拨打"));
}

TEST(FollowUpPlannerHoliday, MergedWithABirthdayAndOutrankedByWinback) {
    auto in = input("2027-02-03");
    in.customers[0].birthday = d("1970-02-04");
    auto items = FollowUpPlanner().plan(in);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0].careOccasion, std::optional<CareOccasion>(CareOccasion::Birthday));
    EXPECT_EQ(items[0].reason, u("客户关怀:生日 2027-02-04;另:节日问候 春节 2027-02-06"));

    // Without the January win-back call the win-back item is due: one call a day, the greeting
    // is mentioned as also due.
    in = input("2027-02-03");
    in.calls.clear();
    items = FollowUpPlanner().plan(in);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0].kind, K::Winback);
    ASSERT_EQ(items[0].alsoDue.size(), 1U);
    EXPECT_EQ(items[0].alsoDue[0], K::Care);
}

TEST(FollowUpPlannerHoliday, SeveralHolidaysInTheWindowAreOneCall) {
    FollowUpSettings s;
    s.holidayLeadDays = 366;
    auto in = input("2027-02-03");
    in.holidays = {{u("国庆节"), d("2027-10-01")},
                   {u("中秋节"), d("2027-09-15")},
                   {u("元旦"), d("2027-01-01")}};  // passed
    const auto items = FollowUpPlanner(s).plan(in);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0].holiday, u("中秋节"));  // the earliest first
    EXPECT_EQ(items[0].urgency, Urgency::Green);
    EXPECT_EQ(items[0].reason,
              u("客户关怀:节日问候 中秋节 2027-09-15;另:节日问候 国庆节 2027-10-01"));
}

TEST(CareOccasionKeys, HolidayKeyAndLabel) {
    EXPECT_EQ(toKey(CareOccasion::Holiday), QStringLiteral("holiday"));
    EXPECT_EQ(careOccasionFromKey(QStringLiteral("holiday")),
              std::optional<CareOccasion>(CareOccasion::Holiday));
    EXPECT_EQ(toLabel(CareOccasion::Holiday), u("节日问候"));
    for (const auto o : {CareOccasion::Birthday, CareOccasion::Insurance, CareOccasion::Inspection,
                         CareOccasion::Holiday}) {
        EXPECT_EQ(careOccasionFromKey(toKey(o)), std::optional<CareOccasion>(o));
        EXPECT_FALSE(toLabel(o).isEmpty());
    }
}

}  // namespace
