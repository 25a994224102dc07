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

constexpr const char* kToday = "2026-06-15";

PlannerCustomer customer(CustomerId id, bool valid = true, bool optOut = false) {
    PlannerCustomer c;
    c.id = id;
    c.name = u("客户") + QString::number(id);
    c.valid = valid;
    c.marketingOptOut = optOut;
    return c;
}

Visit visit(VisitId id, CustomerId cid, const char* date, std::optional<int> km = std::nullopt,
            const char* category = "repair", const char* advisor = "王芳",
            std::optional<VehicleId> vehicle = std::nullopt) {
    Visit v;
    v.id = id;
    v.customerId = cid;
    v.vehicleId = vehicle ? vehicle : std::optional<VehicleId>(cid * 10);
    v.date = d(date);
    v.mileage = km;
    v.category = QString::fromLatin1(category);
    v.advisor = u(advisor);
    return v;
}

FollowUpCall call(CustomerId cid, const char* date, FollowUpKind kind, CallOutcome outcome,
                  const char* appointment = nullptr) {
    FollowUpCall c;
    c.customerId = cid;
    c.date = d(date);
    c.kind = kind;
    c.outcome = outcome;
    if (appointment != nullptr) {
        c.appointment = d(appointment);
    }
    return c;
}

struct Expect {
    CustomerId customer;
    FollowUpKind kind;
    Urgency urgency;
    const char* due;
    int attempt = 1;
    bool sms = false;
};

struct Case {
    std::string name;
    FollowUpInput input;
    FollowUpSettings settings;
    std::vector<Expect> expected;
};

void PrintTo(const Case& c, std::ostream* os) {
    *os << c.name;
}

FollowUpInput one(PlannerCustomer c, std::vector<Visit> visits,
                  std::vector<FollowUpCall> calls = {}, const char* today = kToday) {
    FollowUpInput in;
    in.date = d(today);
    in.customers.push_back(std::move(c));
    in.visits = std::move(visits);
    in.calls = std::move(calls);
    return in;
}

using K = FollowUpKind;
using O = CallOutcome;
using U = Urgency;

std::vector<Case> cases() {
    std::vector<Case> cs;
    auto add = [&](std::string name, FollowUpInput in, std::vector<Expect> expected,
                   FollowUpSettings s = {}) {
        cs.push_back(Case{std::move(name), std::move(in), s, std::move(expected)});
    };

    // --- post-service: visit + 3 days, listed until 7 days after due.
    add("post_service_due_today", one(customer(1), {visit(1, 1, "2026-06-12")}),
        {{1, K::PostService, U::Yellow, "2026-06-15"}});
    add("post_service_not_yet", one(customer(1), {visit(1, 1, "2026-06-13")}), {});
    add("post_service_overdue_red", one(customer(1), {visit(1, 1, "2026-06-10")}),
        {{1, K::PostService, U::Red, "2026-06-13"}});
    add("post_service_last_day_before_expiry", one(customer(1), {visit(1, 1, "2026-06-05")}),
        {{1, K::PostService, U::Red, "2026-06-08"}});
    add("post_service_expired", one(customer(1), {visit(1, 1, "2026-06-04")}), {});
    add("post_service_done",
        one(customer(1), {visit(1, 1, "2026-06-10")},
            {call(1, "2026-06-13", K::PostService, O::Reached)}),
        {});
    add("post_service_call_before_visit_does_not_count",
        one(customer(1), {visit(1, 1, "2026-06-10")},
            {call(1, "2026-06-01", K::PostService, O::Reached)}),
        {{1, K::PostService, U::Red, "2026-06-13"}});
    add("visit_after_plan_day_ignored", one(customer(1), {visit(1, 1, "2026-06-20")}), {});
    {
        FollowUpSettings s;
        s.postServiceDelayDays = 1;
        add("post_service_delay_setting", one(customer(1), {visit(1, 1, "2026-06-14")}),
            {{1, K::PostService, U::Yellow, "2026-06-15"}}, s);
    }
    add("post_service_for_invalid_customer", one(customer(1, false), {visit(1, 1, "2026-06-12")}),
        {{1, K::PostService, U::Yellow, "2026-06-15"}});
    add("post_service_for_opted_out_customer",
        one(customer(1, true, true), {visit(1, 1, "2026-06-12")}),
        {{1, K::PostService, U::Yellow, "2026-06-15"}});

    // --- maintenance: last maintenance + 6 months or + 5000 km, whichever first; 7 days ahead.
    add("maintenance_by_date_3_days_ahead",
        one(customer(1), {visit(1, 1, "2025-06-18", 9000, "maintenance"),
                          visit(2, 1, "2025-12-18", 10000, "maintenance")}),
        {{1, K::Maintenance, U::Yellow, "2026-06-18"}});
    add("maintenance_by_mileage_first_overdue",
        one(customer(1), {visit(1, 1, "2026-01-30", 7000, "repair"),
                          visit(2, 1, "2026-03-01", 10000, "maintenance")}),
        {{1, K::Maintenance, U::Red, "2026-04-20"}});
    add("maintenance_default_km_per_day_one_visit",
        // 5000 km ÷ 40 km/day = 125 days after 2026-02-15 = 2026-06-20 (date rule: 2026-08-15).
        one(customer(1), {visit(1, 1, "2026-02-15", 30000, "maintenance")}),
        {{1, K::Maintenance, U::Yellow, "2026-06-20"}});
    {
        FollowUpSettings s;
        s.defaultKmPerDay = 20;  // 250 days: the date rule comes first.
        add("maintenance_default_rate_setting_date_first",
            one(customer(1), {visit(1, 1, "2025-12-20", 30000, "maintenance")}),
            {{1, K::Maintenance, U::Yellow, "2026-06-20"}}, s);
    }
    add("maintenance_lead_day_7_listed",
        one(customer(1), {visit(1, 1, "2025-12-22", std::nullopt, "maintenance")}),
        {{1, K::Maintenance, U::Yellow, "2026-06-22"}});
    add("maintenance_day_8_not_listed",
        one(customer(1), {visit(1, 1, "2025-12-23", std::nullopt, "maintenance")}), {});
    {
        FollowUpSettings s;
        s.yellowWindowDays = 3;
        add("maintenance_green_beyond_yellow_window",
            one(customer(1), {visit(1, 1, "2025-12-22", std::nullopt, "maintenance")}),
            {{1, K::Maintenance, U::Green, "2026-06-22"}}, s);
    }
    {
        FollowUpSettings s;
        s.reminderLeadDays = 14;
        add("maintenance_lead_setting_14",
            one(customer(1), {visit(1, 1, "2025-12-29", std::nullopt, "maintenance")}),
            {{1, K::Maintenance, U::Green, "2026-06-29"}}, s);
    }
    add("maintenance_reminder_done",
        one(customer(1), {visit(1, 1, "2025-12-18", std::nullopt, "maintenance")},
            {call(1, "2026-06-12", K::Maintenance, O::Reached)}),
        {});
    add("maintenance_call_of_previous_cycle_does_not_count",
        one(customer(1), {visit(1, 1, "2025-12-18", std::nullopt, "maintenance")},
            {call(1, "2025-12-01", K::Maintenance, O::Reached)}),
        {{1, K::Maintenance, U::Yellow, "2026-06-18"}});
    add("maintenance_will_come_pending",
        one(customer(1), {visit(1, 1, "2025-12-18", std::nullopt, "maintenance")},
            {call(1, "2026-06-12", K::Maintenance, O::WillCome, "2026-06-20")}),
        {});
    add("maintenance_will_come_missed_reopens",
        one(customer(1), {visit(1, 1, "2025-12-14", std::nullopt, "maintenance")},
            {call(1, "2026-06-10", K::Maintenance, O::WillCome, "2026-06-14")}),
        {{1, K::Maintenance, U::Red, "2026-06-14"}});
    add("maintenance_skipped_for_invalid",
        one(customer(1, false), {visit(1, 1, "2025-12-18", std::nullopt, "maintenance")}), {});
    add("maintenance_skipped_for_opt_out",
        one(customer(1, true, true), {visit(1, 1, "2025-12-18", std::nullopt, "maintenance")}), {});

    // --- win-back by stage and cadence (never called: due the day after the loyal span).
    add("winback_quasi_lost_never_called", one(customer(1), {visit(1, 1, "2025-09-01")}),
        {{1, K::Winback, U::Red, "2026-03-02"}});
    add("winback_quasi_lost_called_29_days_ago",
        one(customer(1), {visit(1, 1, "2025-09-01")},
            {call(1, "2026-05-17", K::Winback, O::Refuses)}),
        {});
    add("winback_quasi_lost_called_30_days_ago",
        one(customer(1), {visit(1, 1, "2025-09-01")},
            {call(1, "2026-05-16", K::Winback, O::Refuses)}),
        {{1, K::Winback, U::Yellow, "2026-06-15"}});
    add("winback_lost_cadence_60_not_yet",
        one(customer(1), {visit(1, 1, "2025-03-01")},
            {call(1, "2026-04-20", K::Winback, O::Reached)}),
        {});
    add("winback_lost_cadence_60_due",
        one(customer(1), {visit(1, 1, "2025-03-01")},
            {call(1, "2026-04-16", K::Winback, O::Reached)}),
        {{1, K::Winback, U::Yellow, "2026-06-15"}});
    add("winback_trending_lost_cadence_90",
        one(customer(1), {visit(1, 1, "2024-01-01")},
            {call(1, "2026-03-17", K::Winback, O::Reached)}),
        {{1, K::Winback, U::Yellow, "2026-06-15"}});
    add("winback_completely_lost_cadence_180",
        one(customer(1), {visit(1, 1, "2020-01-01")},
            {call(1, "2026-01-01", K::Winback, O::Reached)}),
        {});  // 2026-01-01 + 180 days = 2026-06-30: not yet
    add("winback_completely_lost_cadence_180_due",
        one(customer(1), {visit(1, 1, "2020-01-01")},
            {call(1, "2025-12-17", K::Winback, O::Reached)}),
        {{1, K::Winback, U::Yellow, "2026-06-15"}});
    add("winback_will_come_missed_appointment",
        one(customer(1), {visit(1, 1, "2025-09-01")},
            {call(1, "2026-06-01", K::Winback, O::WillCome, "2026-06-10")}),
        {{1, K::Winback, U::Red, "2026-06-11"}});
    add("winback_skipped_for_invalid", one(customer(1, false), {visit(1, 1, "2025-09-01")}), {});
    add("winback_skipped_for_opt_out", one(customer(1, true, true), {visit(1, 1, "2025-09-01")}),
        {});
    add("no_winback_for_active", one(customer(1), {visit(1, 1, "2026-03-01")}), {});
    {
        PlannerCustomer c = customer(1);
        c.stage = Stage::Lost;  // supplied by the caller, no visits on file
        add("winback_stage_supplied_without_visits", one(c, {}),
            {{1, K::Winback, U::Yellow, "2026-06-15"}});
    }
    // not_lost (6–8 months): maintenance overdue and win-back both due; maintenance wins.
    add("not_lost_maintenance_beats_winback",
        one(customer(1), {visit(1, 1, "2025-11-20", std::nullopt, "maintenance")}),
        {{1, K::Maintenance, U::Red, "2026-05-20"}});
    add("maintenance_call_resets_winback_cadence",
        one(customer(1), {visit(1, 1, "2025-11-20", std::nullopt, "maintenance")},
            {call(1, "2026-06-01", K::Maintenance, O::Reached)}),
        {});

    // --- care: birthday 0–3 days ahead, insurance / inspection 30 days ahead.
    {
        PlannerCustomer c = customer(1);
        c.birthday = d("1980-06-18");
        add("care_birthday_in_3_days", one(c, {}), {{1, K::Care, U::Yellow, "2026-06-18"}});
        c.birthday = d("1980-06-19");
        add("care_birthday_in_4_days", one(c, {}), {});
        c.birthday = d("1980-06-15");
        add("care_birthday_today", one(c, {}), {{1, K::Care, U::Yellow, "2026-06-15"}});
        c.birthday = d("1980-06-14");
        add("care_birthday_yesterday", one(c, {}), {});
        c.birthday = d("1984-02-29");
        add("care_birthday_feb29_common_year", one(c, {}, {}, "2027-02-26"),
            {{1, K::Care, U::Yellow, "2027-02-28"}});
        c.birthday = d("1980-01-01");
        add("care_birthday_across_new_year", one(c, {}, {}, "2026-12-30"),
            {{1, K::Care, U::Yellow, "2027-01-01"}});
        c.birthday = d("1980-06-17");
        add("care_birthday_done", one(c, {}, {call(1, "2026-06-14", K::Care, O::Reached)}), {});
        add("care_skipped_for_opt_out", one(customer(1, true, true), {}), {});
    }
    {
        FollowUpInput in = one(customer(1), {});
        Vehicle v;
        v.id = 10;
        v.customerId = 1;
        v.plate = u("陕A12345");
        v.insuranceDue = d("2026-07-15");  // D + 30
        v.inspectionDue = d("2026-07-16");
        in.vehicles.push_back(v);
        add("care_insurance_30_days_ahead_green", in, {{1, K::Care, U::Green, "2026-07-15"}});
        in.vehicles[0].insuranceDue = d("2026-07-16");
        add("care_insurance_31_days_ahead", in, {});
        in.vehicles[0].inspectionDue = d("2026-06-20");
        add("care_inspection_yellow", in, {{1, K::Care, U::Yellow, "2026-06-20"}});
        in.customers[0].valid = false;
        add("care_skipped_for_invalid", in, {});
    }

    // --- complaint follow-ups: always listed, urgency by due.
    {
        FollowUpInput in = one(customer(1), {});
        in.complaints.push_back(OpenComplaint{7, 1, d("2026-06-14"), u("等待时间长"), {}});
        add("complaint_overdue", in, {{1, K::Complaint, U::Red, "2026-06-14"}});
        in.complaints[0].due = d("2026-06-17");
        add("complaint_due_soon", in, {{1, K::Complaint, U::Yellow, "2026-06-17"}});
        in.calls.push_back(call(1, "2026-06-15", K::Complaint, O::Reached));
        in.calls.back().complaintId = 7;
        add("complaint_followed_up", in, {});
        in.calls.back().complaintId = 8;
        add("complaint_call_about_another_complaint", in,
            {{1, K::Complaint, U::Yellow, "2026-06-17"}});
        in.customers[0].valid = false;
        in.customers[0].marketingOptOut = true;
        add("complaint_for_invalid_opted_out", in, {{1, K::Complaint, U::Yellow, "2026-06-17"}});
    }

    // --- no-answer retries: next day, at most 3 attempts, then SMS once.
    {
        const std::vector<Visit> vs = {visit(1, 1, "2026-06-10")};  // due 2026-06-13
        auto na = [](const char* date) { return call(1, date, K::PostService, O::NoAnswer); };
        add("retry_not_same_day", one(customer(1), vs, {na("2026-06-13")}, "2026-06-13"), {});
        add("retry_attempt_2", one(customer(1), vs, {na("2026-06-13")}, "2026-06-14"),
            {{1, K::PostService, U::Red, "2026-06-13", 2}});
        add("retry_attempt_2_still_listed_later",
            one(customer(1), vs, {na("2026-06-13")}, "2026-06-15"),
            {{1, K::PostService, U::Red, "2026-06-13", 2}});
        add("retry_attempt_3",
            one(customer(1), vs, {na("2026-06-13"), na("2026-06-14")}, "2026-06-15"),
            {{1, K::PostService, U::Red, "2026-06-13", 3}});
        add("retry_exhausted_sms_next_day",
            one(customer(1), vs, {na("2026-06-13"), na("2026-06-14"), na("2026-06-15")},
                "2026-06-16"),
            {{1, K::PostService, U::Red, "2026-06-13", 3, true}});
        add("retry_exhausted_then_gone",
            one(customer(1), vs, {na("2026-06-13"), na("2026-06-14"), na("2026-06-15")},
                "2026-06-17"),
            {});
        add("retry_then_reached",
            one(customer(1), vs,
                {na("2026-06-13"), call(1, "2026-06-14", K::PostService, O::Reached)},
                "2026-06-15"),
            {});
        FollowUpSettings s;
        s.maxNoAnswerAttempts = 2;
        add("retry_max_setting_2",
            one(customer(1), vs, {na("2026-06-13"), na("2026-06-14")}, "2026-06-15"),
            {{1, K::PostService, U::Red, "2026-06-13", 2, true}}, s);
        add("winback_retry_attempt_2",
            one(customer(1), {visit(1, 1, "2025-09-01")},
                {call(1, "2026-06-14", K::Winback, O::NoAnswer)}),
            {{1, K::Winback, U::Red, "2026-03-02", 2}});
        add("winback_retry_sms",
            one(customer(1), {visit(1, 1, "2025-09-01")},
                {call(1, "2026-06-12", K::Winback, O::NoAnswer),
                 call(1, "2026-06-13", K::Winback, O::NoAnswer),
                 call(1, "2026-06-14", K::Winback, O::NoAnswer)}),
            {{1, K::Winback, U::Red, "2026-03-02", 3, true}});
        add("winback_after_sms_waits_for_cadence",
            one(customer(1), {visit(1, 1, "2025-09-01")},
                {call(1, "2026-06-11", K::Winback, O::NoAnswer),
                 call(1, "2026-06-12", K::Winback, O::NoAnswer),
                 call(1, "2026-06-13", K::Winback, O::NoAnswer)}),
            {});
        add("maintenance_retry_attempt_2",
            one(customer(1), {visit(1, 1, "2025-12-18", std::nullopt, "maintenance")},
                {call(1, "2026-06-14", K::Maintenance, O::NoAnswer)}),
            {{1, K::Maintenance, U::Yellow, "2026-06-18", 2}});
    }

    // --- one item per customer and day: complaint > post_service > maintenance > winback > care.
    {
        PlannerCustomer c = customer(1);
        c.birthday = d("1980-06-16");
        FollowUpInput in = one(c, {visit(1, 1, "2026-06-12")});
        add("dedupe_post_service_beats_care", in, {{1, K::PostService, U::Yellow, "2026-06-15"}});
        in.complaints.push_back(OpenComplaint{3, 1, d("2026-06-18"), {}, {}});
        add("dedupe_complaint_beats_all", in, {{1, K::Complaint, U::Yellow, "2026-06-18"}});
    }
    {
        PlannerCustomer c = customer(1);
        c.birthday = d("1980-06-16");
        add("dedupe_winback_beats_care", one(c, {visit(1, 1, "2025-09-01")}),
            {{1, K::Winback, U::Red, "2026-03-02"}});
        add("dedupe_maintenance_beats_care",
            one(c, {visit(1, 1, "2025-12-18", std::nullopt, "maintenance")}),
            {{1, K::Maintenance, U::Yellow, "2026-06-18"}});
    }
    {
        // Two vehicles both due for maintenance: one item, the most urgent one.
        FollowUpInput in =
            one(customer(1), {visit(1, 1, "2025-12-18", std::nullopt, "maintenance", "王芳", 10),
                              visit(2, 1, "2025-12-10", std::nullopt, "maintenance", "王芳", 11)});
        add("dedupe_two_vehicles_most_urgent", in, {{1, K::Maintenance, U::Red, "2026-06-10"}});
    }

    // --- an advisor gets no callbacks on their own customers.
    {
        FollowUpInput in = one(customer(1), {visit(1, 1, "2026-06-12", {}, "repair", "王芳")});
        in.assignee = u("王芳");
        add("own_advisor_excluded", in, {});
        in.assignee = u("李雷");
        add("other_assignee_gets_it", in, {{1, K::PostService, U::Yellow, "2026-06-15"}});
        in.assignee.clear();
        add("no_assignee_full_list", in, {{1, K::PostService, U::Yellow, "2026-06-15"}});
        in.assignee = u("王芳");
        in.customers.push_back(customer(2));
        in.visits.push_back(visit(2, 2, "2026-06-12", {}, "repair", "张伟"));
        add("own_advisor_only_own_visits_excluded", in,
            {{2, K::PostService, U::Yellow, "2026-06-15"}});
    }

    // --- sorted: red, yellow, green; then priority, due, customer id.
    {
        FollowUpInput in;
        in.date = d(kToday);
        for (CustomerId id : {1, 2, 3, 4}) {
            in.customers.push_back(customer(id));
        }
        in.customers[3].birthday = d("1990-06-17");
        in.visits = {visit(1, 1, "2026-06-12"), visit(2, 2, "2025-09-01"),
                     visit(3, 3, "2026-06-09")};
        add("sorted_by_urgency_priority_due", in,
            {{3, K::PostService, U::Red, "2026-06-12"},
             {2, K::Winback, U::Red, "2026-03-02"},
             {1, K::PostService, U::Yellow, "2026-06-15"},
             {4, K::Care, U::Yellow, "2026-06-17"}});
    }

    // --- daily win-back quota: nearest stages first.
    {
        FollowUpInput in;
        in.date = d(kToday);
        for (CustomerId id : {1, 2, 3}) {
            in.customers.push_back(customer(id));
        }
        in.visits = {visit(1, 1, "2020-01-01"), visit(2, 2, "2025-09-01"),
                     visit(3, 3, "2025-03-01")};
        FollowUpSettings s;
        s.winbackDailyLimit = 2;
        add("winback_daily_limit_keeps_nearest_stages", in,
            {{3, K::Winback, U::Red, "2025-09-02"}, {2, K::Winback, U::Red, "2026-03-02"}}, s);
    }

    // --- vehicle sold to someone else: the old owner gets no maintenance reminder for it.
    {
        FollowUpInput in =
            one(customer(1), {visit(1, 1, "2025-12-18", std::nullopt, "maintenance", "王芳", 10)});
        Vehicle v;
        v.id = 10;
        v.customerId = 2;
        in.vehicles.push_back(v);
        add("sold_vehicle_no_maintenance_for_old_owner", in, {});
    }
    return cs;
}

class FollowUpPlannerTest : public ::testing::TestWithParam<Case> {};

TEST_P(FollowUpPlannerTest, PlansTheDailyList) {
    const Case& c = GetParam();
    const auto items = FollowUpPlanner(c.settings).plan(c.input);
    ASSERT_EQ(items.size(), c.expected.size());
    for (std::size_t k = 0; k < items.size(); ++k) {
        SCOPED_TRACE(k);
        const auto& e = c.expected[k];
        EXPECT_EQ(items[k].customerId, e.customer);
        EXPECT_EQ(toKey(items[k].kind), toKey(e.kind));
        EXPECT_EQ(toKey(items[k].urgency), toKey(e.urgency));
        EXPECT_EQ(items[k].due, d(e.due));
        EXPECT_EQ(items[k].attempt, e.attempt);
        EXPECT_EQ(items[k].smsSuggested, e.sms);
        EXPECT_FALSE(items[k].reason.isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(Rules, FollowUpPlannerTest, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& info) {
                             return info.param.name;
                         });

TEST(FollowUpPlannerReason, MaintenanceByMileageNamesTheEstimate) {
    const auto in = one(customer(1), {visit(1, 1, "2026-01-30", 7000, "repair"),
                                      visit(2, 1, "2026-03-01", 10000, "maintenance")});
    const auto items = FollowUpPlanner().plan(in);
    ASSERT_EQ(items.size(), 1U);
    // 3000 km in 30 days = 100 km/day; 106 days after 2026-03-01: 10,000 + 10,600 km.
    EXPECT_EQ(items[0].reason,
              u("保养到期(按里程):上次保养 2026-03-01,预计里程 20,600 km,到期 2026-04-20"));
    EXPECT_EQ(items[0].vehicleId, std::optional<VehicleId>(10));
}

TEST(FollowUpPlannerReason, PostServiceNamesVisitAndAdvisor) {
    auto in = one(customer(1), {visit(5, 1, "2026-06-12", 1000, "maintenance", "王芳")});
    Vehicle v;
    v.id = 10;
    v.customerId = 1;
    v.plate = u("陕A12345");
    in.vehicles.push_back(v);
    const auto items = FollowUpPlanner().plan(in);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0].reason, u("服务回访:2026-06-12 保养,服务顾问 王芳"));
    EXPECT_EQ(items[0].advisor, u("王芳"));
    EXPECT_EQ(items[0].visitId, std::optional<VisitId>(5));
    EXPECT_EQ(items[0].plate, u("陕A12345"));
    EXPECT_EQ(items[0].stage, std::optional<Stage>(Stage::Active));
}

TEST(FollowUpPlannerReason, WinbackNamesStageAndRetrySmsSuggestion) {
    const auto in = one(customer(1), {visit(1, 1, "2025-09-01")},
                        {call(1, "2026-06-12", K::Winback, O::NoAnswer),
                         call(1, "2026-06-13", K::Winback, O::NoAnswer),
                         call(1, "2026-06-14", K::Winback, O::NoAnswer)});
    const auto items = FollowUpPlanner().plan(in);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0].stage, std::optional<Stage>(Stage::QuasiLost));
    EXPECT_EQ(items[0].reason,
              u("流失招揽:准流失,上次进厂 2025-09-01(9 个月未来店);3 次未接通,建议发短信"));
}

TEST(FollowUpPlannerReason, MissedAppointmentIsNamed) {
    const auto in = one(customer(1), {visit(1, 1, "2025-09-01")},
                        {call(1, "2026-06-01", K::Winback, O::WillCome, "2026-06-10")});
    const auto items = FollowUpPlanner().plan(in);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_TRUE(items[0].reason.contains(u("预约 2026-06-10 未到店")))
        << items[0].reason.toStdString();
}

TEST(FollowUpPlannerDedupe, DroppedKindsAreListedAsAlsoDue) {
    PlannerCustomer c = customer(1);
    c.birthday = d("1980-06-16");
    auto in = one(c, {visit(1, 1, "2026-06-12")});
    in.complaints.push_back(OpenComplaint{3, 1, d("2026-06-18"), {}, {}});
    const auto items = FollowUpPlanner().plan(in);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0].kind, K::Complaint);
    EXPECT_EQ(items[0].complaintId, std::optional<std::int64_t>(3));
    ASSERT_EQ(items[0].alsoDue.size(), 2U);
    EXPECT_EQ(items[0].alsoDue[0], K::PostService);
    EXPECT_EQ(items[0].alsoDue[1], K::Care);
}

TEST(FollowUpPlannerDedupe, OwnAdvisorRuleAppliesAfterDedupe) {
    // Post-service (served by the assignee) outranks maintenance: the customer gets one call today,
    // from someone else, so the assignee's list does not contain the maintenance reminder either.
    auto in = one(customer(1), {visit(1, 1, "2025-12-18", std::nullopt, "maintenance", "李雷", 11),
                                visit(2, 1, "2026-06-12", std::nullopt, "repair", "王芳", 10)});
    in.assignee = u("王芳");
    EXPECT_TRUE(FollowUpPlanner().plan(in).empty());
    in.assignee.clear();
    const auto all = FollowUpPlanner().plan(in);
    ASSERT_EQ(all.size(), 1U);
    EXPECT_EQ(all[0].kind, K::PostService);
    EXPECT_EQ(all[0].alsoDue, std::vector<FollowUpKind>{K::Maintenance});
}

TEST(FollowUpPlannerRecompute, EditingOrDeletingAVisitChangesWhatIsDue) {
    auto in = one(customer(1), {visit(1, 1, "2025-12-18", 10000, "maintenance"),
                                visit(2, 1, "2026-06-12", 10400, "repair")});
    const FollowUpPlanner planner;
    auto items = planner.plan(in);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0].kind, K::PostService);
    EXPECT_EQ(items[0].alsoDue, std::vector<FollowUpKind>{K::Maintenance});

    // Edit: the repair was on 2026-06-13 → no post-service callback yet, maintenance remains.
    in.visits[1].date = d("2026-06-13");
    items = planner.plan(in);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0].kind, K::Maintenance);
    EXPECT_EQ(items[0].due, d("2026-06-18"));

    // Edit: the repair was a maintenance → next maintenance moves to 2026-12-13: nothing due.
    in.visits[1].category = QStringLiteral("maintenance");
    EXPECT_TRUE(planner.plan(in).empty());

    // Edit: the odometer of the first visit was mistyped (5400 km): 5000 km in 177 days → the
    // mileage rule brings the maintenance forward to 2026-06-13 (overdue).
    in.visits[1].category = QStringLiteral("repair");
    in.visits[0].mileage = 5400;
    in.visits[1].mileage = 10400;
    items = planner.plan(in);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0].kind, K::Maintenance);
    EXPECT_EQ(items[0].urgency, U::Red);

    // Delete the visits: nothing to follow up.
    in.visits.clear();
    EXPECT_TRUE(planner.plan(in).empty());
}

TEST(FollowUpPlannerRecompute, SamePlanForSameInput) {
    auto in = one(customer(1), {visit(1, 1, "2025-09-01")});
    const FollowUpPlanner planner;
    const auto a = planner.plan(in);
    const auto b = planner.plan(in);
    ASSERT_EQ(a.size(), b.size());
    EXPECT_EQ(a[0].reason, b[0].reason);
}

TEST(FollowUpPlannerInput, NullDateGivesEmptyList) {
    auto in = one(customer(1), {visit(1, 1, "2026-06-12")});
    in.date = QDate();
    EXPECT_TRUE(FollowUpPlanner().plan(in).empty());
}

}  // namespace
