// The priority score of the day's list (docs/followups.md, "Priority score"): the golden table of
// urgency, value and chance, and the weighted score.
#include "hc/domain/CallPriority.h"

#include <gtest/gtest.h>

#include <string>

using namespace hc::domain;

namespace {

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

constexpr const char* kDay = "2026-06-15";

FollowUpItem item(FollowUpKind kind, const char* due, int attempt = 1,
                  std::optional<Stage> stage = std::nullopt, bool sms = false) {
    FollowUpItem i;
    i.customerId = 1;
    i.kind = kind;
    i.due = d(due);
    i.attempt = attempt;
    i.stage = stage;
    i.smsSuggested = sms;
    return i;
}

struct UrgencyCase {
    const char* name;
    FollowUpKind kind;
    const char* due;
    int expected;
};

class UrgencyTable : public ::testing::TestWithParam<UrgencyCase> {};

TEST_P(UrgencyTable, Points) {
    const auto& c = GetParam();
    EXPECT_EQ(CallPriority::urgencyPoints(item(c.kind, c.due), d(kDay)), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Golden, UrgencyTable,
    ::testing::Values(
        UrgencyCase{"complaint_today", FollowUpKind::Complaint, "2026-06-15", 70},
        UrgencyCase{"complaint_2_days_late", FollowUpKind::Complaint, "2026-06-13", 80},
        UrgencyCase{"complaint_capped", FollowUpKind::Complaint, "2026-05-01", 100},
        UrgencyCase{"complaint_ahead_2", FollowUpKind::Complaint, "2026-06-17", 66},
        UrgencyCase{"post_service_today", FollowUpKind::PostService, "2026-06-15", 60},
        UrgencyCase{"post_service_7_late", FollowUpKind::PostService, "2026-06-08", 95},
        UrgencyCase{"post_service_capped", FollowUpKind::PostService, "2026-05-01", 95},
        UrgencyCase{"maintenance_today", FollowUpKind::Maintenance, "2026-06-15", 30},
        UrgencyCase{"maintenance_5_late", FollowUpKind::Maintenance, "2026-06-10", 35},
        UrgencyCase{"maintenance_10_late", FollowUpKind::Maintenance, "2026-06-05", 40},
        UrgencyCase{"maintenance_30_late", FollowUpKind::Maintenance, "2026-05-16", 60},
        UrgencyCase{"maintenance_200_late", FollowUpKind::Maintenance, "2025-11-27", 60},
        UrgencyCase{"maintenance_7_ahead", FollowUpKind::Maintenance, "2026-06-22", 16},
        UrgencyCase{"winback_today", FollowUpKind::Winback, "2026-06-15", 20},
        UrgencyCase{"winback_30_late", FollowUpKind::Winback, "2026-05-16", 50},
        UrgencyCase{"care_30_ahead", FollowUpKind::Care, "2026-07-15", 0},
        UrgencyCase{"care_today", FollowUpKind::Care, "2026-06-15", 20},
        UrgencyCase{"appointment_reminder_today", FollowUpKind::AppointmentReminder, "2026-06-15",
                    65},
        UrgencyCase{"appointment_reminder_1_late", FollowUpKind::AppointmentReminder, "2026-06-14",
                    70},
        UrgencyCase{"no_show_today", FollowUpKind::NoShow, "2026-06-15", 45},
        UrgencyCase{"no_show_10_late", FollowUpKind::NoShow, "2026-06-05", 55},
        UrgencyCase{"declined_work_soon_today", FollowUpKind::DeclinedWork, "2026-06-15", 35},
        UrgencyCase{"declined_work_soon_5_late", FollowUpKind::DeclinedWork, "2026-06-10", 40}),
    [](const auto& info) { return std::string(info.param.name); });

struct ChanceCase {
    const char* name;
    FollowUpKind kind;
    std::optional<Stage> stage;
    int attempt;
    bool sms;
    int expected;
};

class ChanceTable : public ::testing::TestWithParam<ChanceCase> {};

TEST_P(ChanceTable, Points) {
    const auto& c = GetParam();
    EXPECT_EQ(CallPriority::chancePoints(item(c.kind, kDay, c.attempt, c.stage, c.sms), 3),
              c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Golden, ChanceTable,
    ::testing::Values(
        ChanceCase{"complaint", FollowUpKind::Complaint, std::nullopt, 1, false, 100},
        ChanceCase{"post_service", FollowUpKind::PostService, Stage::Active, 1, false, 100},
        ChanceCase{"post_service_2nd", FollowUpKind::PostService, Stage::Active, 2, false, 67},
        ChanceCase{"post_service_3rd", FollowUpKind::PostService, Stage::Active, 3, false, 33},
        ChanceCase{"maintenance", FollowUpKind::Maintenance, Stage::Active, 1, false, 80},
        ChanceCase{"maintenance_3rd", FollowUpKind::Maintenance, Stage::NotLost, 3, false, 27},
        ChanceCase{"care", FollowUpKind::Care, Stage::CompletelyLost, 1, false, 60},
        ChanceCase{"winback_not_lost", FollowUpKind::Winback, Stage::NotLost, 1, false, 80},
        ChanceCase{"winback_quasi_lost", FollowUpKind::Winback, Stage::QuasiLost, 1, false, 70},
        ChanceCase{"winback_lost", FollowUpKind::Winback, Stage::Lost, 1, false, 40},
        ChanceCase{"winback_trending", FollowUpKind::Winback, Stage::TrendingLost, 1, false, 20},
        ChanceCase{"winback_completely", FollowUpKind::Winback, Stage::CompletelyLost, 1, false,
                   10},
        ChanceCase{"winback_unknown", FollowUpKind::Winback, std::nullopt, 1, false, 40},
        ChanceCase{"winback_lost_2nd", FollowUpKind::Winback, Stage::Lost, 2, false, 27},
        ChanceCase{"sms_suggested", FollowUpKind::Maintenance, Stage::Active, 4, true, 0},
        ChanceCase{"appointment_reminder", FollowUpKind::AppointmentReminder, std::nullopt, 1,
                   false, 100},
        ChanceCase{"no_show", FollowUpKind::NoShow, std::nullopt, 1, false, 70},
        ChanceCase{"no_show_2nd", FollowUpKind::NoShow, std::nullopt, 2, false, 47},
        ChanceCase{"declined_work", FollowUpKind::DeclinedWork, std::nullopt, 1, false, 70}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(CallPriority, ValuePointsByGradeAndExpectedValueHook) {
    EXPECT_EQ(CallPriority::valuePoints({AbcGrade::A, std::nullopt}), 100);
    EXPECT_EQ(CallPriority::valuePoints({AbcGrade::B, std::nullopt}), 60);
    EXPECT_EQ(CallPriority::valuePoints({AbcGrade::C, std::nullopt}), 30);
    EXPECT_EQ(CallPriority::valuePoints({}), 10);
    // The customer-base model's expected value, when given, replaces the grade (clamped 0–100).
    EXPECT_EQ(CallPriority::valuePoints({AbcGrade::C, 85}), 85);
    EXPECT_EQ(CallPriority::valuePoints({std::nullopt, 140}), 100);
}

struct WeightCase {
    const char* name;
    CallPriorityWeights weights;
    ScoreParts parts;
    int expectedTenths;
};

class WeightTable : public ::testing::TestWithParam<WeightCase> {};

TEST_P(WeightTable, Score) {
    const auto& c = GetParam();
    EXPECT_EQ(CallPriority::weighted(c.parts, c.weights), c.expectedTenths);
}

INSTANTIATE_TEST_SUITE_P(Golden, WeightTable,
                         ::testing::Values(
                             // (50·81 + 30·60 + 20·100) / 100 = 78.5
                             WeightCase{"defaults", {50, 30, 20}, {81, 60, 100}, 785},
                             WeightCase{"urgency_only", {100, 0, 0}, {81, 60, 100}, 810},
                             WeightCase{"value_only", {0, 1, 0}, {81, 60, 100}, 600},
                             // (1·10 + 1·20 + 1·31) / 3 = 20.333… → 20.3
                             WeightCase{"thirds_round_down", {1, 1, 1}, {10, 20, 31}, 203},
                             // (1·10 + 1·20 + 1·32) / 3 = 20.666… → 20.7
                             WeightCase{"thirds_round_up", {1, 1, 1}, {10, 20, 32}, 207},
                             // (1·0 + 1·1) / 2 = 0.5 → half-up in tenths: 5
                             WeightCase{"half", {1, 1, 0}, {0, 1, 0}, 5},
                             WeightCase{"all_zero", {0, 0, 0}, {81, 60, 100}, 0}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(CallPriority, ScoreCarriesItsPartsAndWhy) {
    const CallPriority p({50, 30, 20}, 3);
    const auto s = p.score(item(FollowUpKind::PostService, "2026-06-10", 2, Stage::Active),
                           {AbcGrade::B, std::nullopt}, d(kDay));
    EXPECT_EQ(s.parts, (ScoreParts{85, 60, 67}));
    EXPECT_EQ(s.scoreTenths, 739);  // (4250 + 1800 + 1340) / 100 = 73.9
    EXPECT_TRUE(s.timeCritical) << "post-service is in the time-critical tier";
    EXPECT_EQ(s.why().toStdString(),
              "时效优先 · 紧迫 85:逾期 5 天 · 价值 60:B 类客户 · 成功率 67:剩 2 次");
}

// The tier before the score (docs/followups.md, "Priority score"): complaint steps, post-service
// (listed only inside its window) and appointment reminders (listed the day before) only.
TEST(CallPriority, TimeCriticalKinds) {
    for (const auto kind :
         {FollowUpKind::Complaint, FollowUpKind::PostService, FollowUpKind::AppointmentReminder}) {
        EXPECT_TRUE(CallPriority::isTimeCritical(item(kind, kDay))) << static_cast<int>(kind);
    }
    for (const auto kind : {FollowUpKind::Maintenance, FollowUpKind::Winback, FollowUpKind::Care,
                            FollowUpKind::NoShow, FollowUpKind::DeclinedWork}) {
        EXPECT_FALSE(CallPriority::isTimeCritical(item(kind, kDay))) << static_cast<int>(kind);
    }
}

TEST(CallPriority, DeclinedWorkUrgencyBySeverity) {
    auto safety = item(FollowUpKind::DeclinedWork, kDay);
    safety.declinedUrgency = DeclinedUrgency::Safety;
    EXPECT_EQ(CallPriority::urgencyPoints(safety, d(kDay)), 60);
    auto later = item(FollowUpKind::DeclinedWork, kDay);
    later.declinedUrgency = DeclinedUrgency::Later;
    EXPECT_EQ(CallPriority::urgencyPoints(later, d(kDay)), 25);
}

// The why text is built from the facts the score keeps (CallScore::why(), built when shown).
struct WhyCase {
    const char* name;
    hc::domain::CallScore score;
    const char* why;
};

class CallScoreWhyTable : public ::testing::TestWithParam<WhyCase> {};

TEST_P(CallScoreWhyTable, TextFromTheKeptFacts) {
    const auto& c = GetParam();
    EXPECT_EQ(c.score.why().toStdString(), c.why) << c.name;
}

hc::domain::CallScore whyScore(ScoreParts parts, qint64 late, hc::domain::CallValue value, bool sms,
                               int left) {
    hc::domain::CallScore s;
    s.parts = parts;
    s.lateDays = late;
    s.value = value;
    s.smsSuggested = sms;
    s.callsLeft = left;
    return s;
}

INSTANTIATE_TEST_SUITE_P(
    Golden, CallScoreWhyTable,
    ::testing::Values(
        WhyCase{"overdue_grade_b", whyScore({85, 60, 67}, 5, {AbcGrade::B, std::nullopt}, false, 2),
                "紧迫 85:逾期 5 天 · 价值 60:B 类客户 · 成功率 67:剩 2 次"},
        WhyCase{"due_today_ungraded", whyScore({60, 10, 100}, 0, {}, false, 3),
                "紧迫 60:今天到期 · 价值 10:未分级 · 成功率 100:剩 3 次"},
        WhyCase{"ahead_model_value", whyScore({26, 82, 80}, -2, {std::nullopt, 82}, false, 3),
                "紧迫 26:2 天后到期 · 价值 82:模型预期价值高于 82% 的客户 · 成功率 80:剩 3 次"},
        WhyCase{"model_value_100_reads_99",
                whyScore({30, 100, 80}, 0, {AbcGrade::A, 100}, false, 1),
                "紧迫 30:今天到期 · 价值 100:模型预期价值高于 99% 的客户 · 成功率 80:剩 1 次"},
        WhyCase{"sms_suggested", whyScore({50, 100, 0}, 20, {AbcGrade::A, std::nullopt}, true, 0),
                "紧迫 50:逾期 20 天 · 价值 100:A 类客户 · 成功率 0:不再拨打,建议短信"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(CallPriority, AnOverdueItemRisesDayByDay) {
    const CallPriority p({50, 30, 20}, 3);
    const auto it = item(FollowUpKind::Maintenance, "2026-06-10", 1, Stage::Active);
    int previous = -1;
    for (int day = 0; day < 10; ++day) {
        const int s = p.score(it, {AbcGrade::C, std::nullopt}, d(kDay).addDays(day)).scoreTenths;
        EXPECT_GT(s, previous) << "day " << day;
        previous = s;
    }
}

}  // namespace
