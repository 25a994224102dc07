// domain::validate() of the settings: field-keyed errors, table-driven; and the one-setting-per-
// concept rules (stage ladder = class boundaries, one maintenance function).
#include "hc/domain/Classification.h"
#include "hc/domain/FollowUpSettings.h"
#include "hc/domain/SettingsValidation.h"

#include "hc/domain/NextMaintenance.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>

namespace {

using namespace hc::domain;

QStringList fields(const std::vector<SettingsError>& errors) {
    QStringList out;
    for (const auto& e : errors) {
        out << e.field;
        EXPECT_FALSE(e.message.isEmpty()) << e.field.toStdString();
    }
    return out;
}

TEST(SettingsValidationTest, DefaultsAndClinicAreValid) {
    EXPECT_TRUE(validate(AnalysisSettings{}).empty());
    EXPECT_TRUE(validate(FollowUpSettings{}).empty());
    AnalysisSettings clinic;  // seed 004: 45 / 90 / 180 days
    clinic.lifecycle.loyal = Span::days(45);
    clinic.lifecycle.notLostUntil = Span::days(90);
    clinic.lifecycle.lost = Span::days(180);
    clinic.lifecycle.lostUntil = Span::days(365);
    clinic.lifecycle.trendingLostUntil = Span::days(730);
    EXPECT_TRUE(validate(clinic).empty());
}

struct AnalysisCase {
    const char* name;
    std::function<void(AnalysisSettings&)> change;
    QStringList fields;
};

class AnalysisValidationTest : public ::testing::TestWithParam<AnalysisCase> {};

TEST_P(AnalysisValidationTest, FieldKeyedErrors) {
    AnalysisSettings s;
    GetParam().change(s);
    EXPECT_EQ(fields(validate(s)), GetParam().fields) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Golden, AnalysisValidationTest,
    ::testing::Values(AnalysisCase{"zero_span",
                                   [](auto& s) { s.abc.window = Span::months(0); },
                                   {QStringLiteral("analysis")}},
                      AnalysisCase{"loyal_not_before_lost",
                                   [](auto& s) { s.lifecycle.loyal = Span::months(12); },
                                   {QStringLiteral("lifecycle")}},
                      AnalysisCase{"not_lost_after_lost",
                                   [](auto& s) { s.lifecycle.notLostUntil = Span::months(13); },
                                   {QStringLiteral("lifecycle")}},
                      AnalysisCase{"lost_stage_before_lost_class",
                                   [](auto& s) { s.lifecycle.lostUntil = Span::months(11); },
                                   {QStringLiteral("lifecycle")}},
                      AnalysisCase{"abc_a_above_b",
                                   [](auto& s) { s.abc.aThresholdBp = 9600; },
                                   {QStringLiteral("abc")}},
                      AnalysisCase{"matrix_zero",
                                   [](auto& s) { s.matrix.loyaltyThresholdPct = 0; },
                                   {QStringLiteral("matrix")}},
                      AnalysisCase{"fleet_order",
                                   [](auto& s) { s.fleet.medium = 10; },
                                   {QStringLiteral("fleet")}},
                      AnalysisCase{"several_at_once",
                                   [](auto& s) {
                                       s.abc.bThresholdBp = 10001;
                                       s.fleet.small = 0;
                                   },
                                   {QStringLiteral("abc"), QStringLiteral("fleet")}}),
    [](const auto& info) { return std::string(info.param.name); });

struct FollowUpCase {
    const char* name;
    std::function<void(FollowUpSettings&)> change;
    QStringList fields;
};

class FollowUpValidationTest : public ::testing::TestWithParam<FollowUpCase> {};

TEST_P(FollowUpValidationTest, FieldKeyedErrors) {
    FollowUpSettings s;
    GetParam().change(s);
    EXPECT_EQ(fields(validate(s)), GetParam().fields) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Golden, FollowUpValidationTest,
    ::testing::Values(
        FollowUpCase{"interval_zero",
                     [](auto& s) { s.maintenance.interval = Span::months(0); },
                     {QStringLiteral("maintenance.interval")}},
        FollowUpCase{"interval_121_months",
                     [](auto& s) { s.maintenance.interval = Span::months(121); },
                     {QStringLiteral("maintenance.interval")}},
        FollowUpCase{"interval_3660_days_ok",
                     [](auto& s) { s.maintenance.interval = Span::days(3660); },
                     {}},
        FollowUpCase{"km_negative",
                     [](auto& s) { s.maintenance.intervalKm = -1; },
                     {QStringLiteral("maintenance.intervalKm")}},
        FollowUpCase{"attempts_zero",
                     [](auto& s) { s.maxNoAnswerAttempts = 0; },
                     {QStringLiteral("maxNoAnswerAttempts")}},
        FollowUpCase{"return_window_zero",
                     [](auto& s) { s.winbackReturnWindowDays = 0; },
                     {QStringLiteral("winbackReturnWindowDays")}},
        FollowUpCase{"answer_before_contact",
                     [](auto& s) { s.complaint.answerWithin = std::chrono::minutes(60); },
                     {QStringLiteral("complaint.answerMinutes")}},
        FollowUpCase{"holiday_day_31_feb",
                     [](auto& s) {
                         s.holidays = {{QStringLiteral("x"), 2, 30, false}};
                     },
                     {QStringLiteral("holidays")}},
        FollowUpCase{"holiday_from_active",
                     [](auto& s) { s.holidayFromStage = Stage::Active; },
                     {QStringLiteral("holidayFromStage")}},
        FollowUpCase{"capacity_zero",
                     [](auto& s) { s.callList.dailyCapacity = 0; },
                     {QStringLiteral("callList.dailyCapacity")}},
        FollowUpCase{"capacity_1001",
                     [](auto& s) { s.callList.dailyCapacity = 1001; },
                     {QStringLiteral("callList.dailyCapacity")}},
        FollowUpCase{"capacity_1_ok", [](auto& s) { s.callList.dailyCapacity = 1; }, {}},
        FollowUpCase{"weight_101",
                     [](auto& s) { s.callList.weights.value = 101; },
                     {QStringLiteral("callList.weights.value")}},
        FollowUpCase{"weight_negative",
                     [](auto& s) { s.callList.weights.chance = -1; },
                     {QStringLiteral("callList.weights.chance")}},
        FollowUpCase{"weights_all_zero",
                     [](auto& s) {
                         s.callList.weights = {0, 0, 0};
                     },
                     {QStringLiteral("callList.weights")}},
        FollowUpCase{"one_weight_ok",
                     [](auto& s) {
                         s.callList.weights = {0, 0, 1};
                     },
                     {}},
        FollowUpCase{"two_fields",
                     [](auto& s) {
                         s.reminderLeadDays = -1;
                         s.winback.lostDays = 0;
                     },
                     {QStringLiteral("reminderLeadDays"), QStringLiteral("winback.lostDays")}}),
    [](const auto& info) { return std::string(info.param.name); });

struct CustomerBaseCase {
    const char* name;
    CustomerBaseSettings settings;
    QStringList fields;
};

class CustomerBaseValidationTest : public ::testing::TestWithParam<CustomerBaseCase> {};

TEST_P(CustomerBaseValidationTest, FieldKeyedErrors) {
    EXPECT_EQ(fields(validate(GetParam().settings)), GetParam().fields) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Golden, CustomerBaseValidationTest,
    ::testing::Values(
        CustomerBaseCase{"defaults", CustomerBaseSettings{}, {}},
        CustomerBaseCase{"bounds_low_ok", {1, 10, 1}, {}},
        CustomerBaseCase{"bounds_high_ok", {10000, 1000000, 520}, {}},
        CustomerBaseCase{"margin_zero", {0, 200, 52}, {QStringLiteral("marginBp")}},
        CustomerBaseCase{"margin_over_100_percent", {10001, 200, 52}, {QStringLiteral("marginBp")}},
        CustomerBaseCase{"repeat_9", {10000, 9, 52}, {QStringLiteral("minRepeatCustomers")}},
        CustomerBaseCase{
            "repeat_too_many", {10000, 1000001, 52}, {QStringLiteral("minRepeatCustomers")}},
        CustomerBaseCase{"horizon_zero", {10000, 200, 0}, {QStringLiteral("horizonWeeks")}},
        CustomerBaseCase{"horizon_521", {10000, 200, 521}, {QStringLiteral("horizonWeeks")}},
        CustomerBaseCase{"all_three",
                         {-5, 0, -1},
                         {QStringLiteral("marginBp"), QStringLiteral("minRepeatCustomers"),
                          QStringLiteral("horizonWeeks")}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(CustomerBaseValidationMessage, NamesTheRangeInPercent) {
    const auto errors = validate(CustomerBaseSettings{0, 200, 52});
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors.front().message, QStringLiteral("客户价值的毛利率须在 0.01% 到 100% 之间"));
}

TEST(StageLadderTest, LostStagesStartWhereTheLostClassStarts) {
    // One setting per concept: moving the lost class boundary moves the stage ladder with it.
    const QDate asOf(2026, 8, 31);
    LifecycleSettings s;
    s.lost = Span::months(10);
    s.notLostUntil = Span::months(8);
    for (int months = 0; months <= 40; ++months) {
        const QDate last = asOf.addMonths(-months);
        const CustomerClass cls = recencyClass(last, asOf, s);
        const Stage stage = recencyStage(last, asOf, s);
        const bool lostStage =
            stage == Stage::Lost || stage == Stage::TrendingLost || stage == Stage::CompletelyLost;
        EXPECT_EQ(cls == CustomerClass::Lost, lostStage) << months;
        EXPECT_EQ(cls == CustomerClass::Loyal, stage == Stage::Active) << months;
    }
    EXPECT_EQ(recencyStage(QDate(2025, 10, 31), asOf, s), Stage::QuasiLost);  // exactly 10 months
    EXPECT_EQ(recencyStage(QDate(2025, 10, 30), asOf, s), Stage::Lost);
}

TEST(NextMaintenanceTest, DefaultKmPerDayWhenTheVehicleHasNoRate) {
    // One visit with mileage: no own rate. 5000 km at the default 40 km/day = 125 days, before
    // the 6 months: the list, the card and the visit form all say 125 days.
    Visit v;
    v.date = QDate(2026, 1, 1);
    v.mileage = 30000;
    v.category = QStringLiteral("maintenance");
    FollowUpSettings s;
    const auto due = nextMaintenance({v}, nullptr, s, QDate(2026, 1, 1));
    EXPECT_EQ(due.nextDue, QDate(2026, 1, 1).addDays(125));
    EXPECT_TRUE(due.dueByMileageFirst);
    EXPECT_TRUE(due.rateIsDefault);
    EXPECT_EQ(due.mileageAtNextDue, 35000);
    // A 3-month interval wins over the default rate.
    s.maintenance.interval = Span::months(3);
    EXPECT_EQ(nextMaintenance({v}, nullptr, s, QDate(2026, 1, 1)).nextDue, QDate(2026, 4, 1));
    // Without the default rate (the estimator alone) only the date rule applies.
    EXPECT_EQ(MaintenanceDueEstimator(FollowUpSettings{}.maintenance).estimate({v}).nextDue,
              QDate(2026, 7, 1));
}

}  // namespace
