#include "hc/domain/CallOutcome.h"
#include "hc/domain/CallRetryRule.h"
#include "hc/domain/CallScripts.h"
#include "hc/domain/ChurnReason.h"
#include "hc/domain/FollowUpKind.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

using namespace hc::domain;

namespace {

QString u(const char* s) {
    return QString::fromUtf8(s);
}

struct OutcomeCase {
    CallOutcome outcome;
    const char* key;
    const char* label;
    bool closes;
    bool retry;
    std::optional<InvalidReason> invalid;
    bool needsAppointment;
    bool askNewOwner;
};

void PrintTo(const OutcomeCase& c, std::ostream* os) {
    *os << c.key;
}

class CallOutcomeTest : public ::testing::TestWithParam<OutcomeCase> {};

TEST_P(CallOutcomeTest, KeyLabelAndEffect) {
    const auto& c = GetParam();
    EXPECT_EQ(toKey(c.outcome), QString::fromLatin1(c.key));
    EXPECT_EQ(callOutcomeFromKey(QString::fromLatin1(c.key)), c.outcome);
    EXPECT_EQ(toLabel(c.outcome), u(c.label));
    const auto e = effectOf(c.outcome);
    EXPECT_EQ(e.closesItem, c.closes);
    EXPECT_EQ(e.retryNextDay, c.retry);
    EXPECT_EQ(e.marksInvalid, c.invalid);
    EXPECT_EQ(e.isInvalidData, c.invalid.has_value());
    EXPECT_EQ(e.needsAppointment, c.needsAppointment);
    EXPECT_EQ(e.askNewOwnerContact, c.askNewOwner);
    EXPECT_EQ(invalidNote(c.outcome).isEmpty(), !c.invalid.has_value());
}

INSTANTIATE_TEST_SUITE_P(
    All, CallOutcomeTest,
    ::testing::Values(OutcomeCase{CallOutcome::Reached, "reached", "已接通", true, false,
                                  std::nullopt, false, false},
                      OutcomeCase{CallOutcome::NoAnswer, "no_answer", "未接听", false, true,
                                  std::nullopt, false, false},
                      OutcomeCase{CallOutcome::WrongNumber, "wrong_number", "电话错误", true, false,
                                  InvalidReason::WrongNumber, false, false},
                      OutcomeCase{CallOutcome::VehicleSold, "vehicle_sold", "车辆已转卖", true,
                                  false, InvalidReason::VehicleSold, false, true},
                      OutcomeCase{CallOutcome::WillCome, "will_come", "会来店", true, false,
                                  std::nullopt, true, false},
                      OutcomeCase{CallOutcome::Refuses, "refuses", "明确拒绝", true, false,
                                  std::nullopt, false, false}),
    [](const ::testing::TestParamInfo<OutcomeCase>& info) { return std::string(info.param.key); });

TEST(CallOutcome, UnknownKey) {
    EXPECT_EQ(callOutcomeFromKey(QStringLiteral("busy")), std::nullopt);
}

TEST(CallOutcome, InvalidNote) {
    EXPECT_EQ(invalidNote(CallOutcome::WrongNumber), u("回访结果:电话错误"));
}

TEST(CallOutcome, WillComeNeedsAnAppointmentOnOrAfterTheCall) {
    const QDate day(2026, 6, 15);
    EXPECT_TRUE(checkOutcome(CallOutcome::WillCome, day, QDate()).has_value());
    EXPECT_TRUE(checkOutcome(CallOutcome::WillCome, day, day.addDays(-1)).has_value());
    EXPECT_FALSE(checkOutcome(CallOutcome::WillCome, day, day).has_value());
    EXPECT_FALSE(checkOutcome(CallOutcome::WillCome, day, day.addDays(3)).has_value());
    EXPECT_FALSE(checkOutcome(CallOutcome::Reached, day, QDate()).has_value());
    EXPECT_FALSE(checkOutcome(CallOutcome::Refuses, day, day.addDays(-5)).has_value());
}

TEST(CallOutcome, NoAnswerRetriesNextDayUpToMaxThenSms) {
    const QDate day(2026, 6, 15);
    EXPECT_EQ(afterNoAnswer(day, 1, 3), (NoAnswerRetry{day.addDays(1), false}));
    EXPECT_EQ(afterNoAnswer(day, 2, 3), (NoAnswerRetry{day.addDays(1), false}));
    EXPECT_EQ(afterNoAnswer(day, 3, 3), (NoAnswerRetry{std::nullopt, true}));
    EXPECT_EQ(afterNoAnswer(day, 1, 1), (NoAnswerRetry{std::nullopt, true}));
}

struct ReasonCase {
    ChurnReason reason;
    const char* key;
    bool internal;
};

class ChurnReasonTest : public ::testing::TestWithParam<ReasonCase> {};

TEST_P(ChurnReasonTest, KeyInternalLabelScript) {
    const auto& c = GetParam();
    EXPECT_EQ(toKey(c.reason), QString::fromLatin1(c.key));
    EXPECT_EQ(churnReasonFromKey(QString::fromLatin1(c.key)), c.reason);
    EXPECT_EQ(isInternal(c.reason), c.internal);
    EXPECT_FALSE(toLabel(c.reason).isEmpty());
    EXPECT_FALSE(CallScripts::forReason(c.reason).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    All, ChurnReasonTest,
    ::testing::Values(ReasonCase{ChurnReason::Price, "price", true},
                      ReasonCase{ChurnReason::Quality, "quality", true},
                      ReasonCase{ChurnReason::Waiting, "waiting", true},
                      ReasonCase{ChurnReason::Attitude, "attitude", true},
                      ReasonCase{ChurnReason::Distance, "distance", false},
                      ReasonCase{ChurnReason::FriendGarage, "friend_garage", false},
                      ReasonCase{ChurnReason::VehicleSold, "vehicle_sold", false},
                      ReasonCase{ChurnReason::LowMileage, "low_mileage", false},
                      ReasonCase{ChurnReason::OutOfTown, "out_of_town", false},
                      ReasonCase{ChurnReason::Other, "other", false}),
    [](const ::testing::TestParamInfo<ReasonCase>& info) { return std::string(info.param.key); });

TEST(ChurnReason, CountAndUnknownKey) {
    EXPECT_EQ(toKey(static_cast<ChurnReason>(kChurnReasonCount - 1)), QStringLiteral("other"));
    EXPECT_EQ(churnReasonFromKey(QStringLiteral("weather")), std::nullopt);
}

TEST(FollowUpKindKeys, KeysPriorityMarketing) {
    struct Row {
        FollowUpKind kind;
        const char* key;
        int priority;
        bool marketing;
    };
    for (const Row& r : {Row{FollowUpKind::Complaint, "complaint", 0, false},
                         Row{FollowUpKind::AppointmentReminder, "appointment_reminder", 1, false},
                         Row{FollowUpKind::PostService, "post_service", 2, false},
                         Row{FollowUpKind::NoShow, "no_show", 3, false},
                         Row{FollowUpKind::Maintenance, "maintenance", 4, true},
                         Row{FollowUpKind::DeclinedWork, "declined_work", 5, true},
                         Row{FollowUpKind::Winback, "winback", 6, true},
                         Row{FollowUpKind::Care, "care", 7, true}}) {
        EXPECT_EQ(toKey(r.kind), QString::fromLatin1(r.key));
        EXPECT_EQ(followUpKindFromKey(QString::fromLatin1(r.key)), r.kind);
        EXPECT_EQ(priority(r.kind), r.priority);
        EXPECT_EQ(isMarketing(r.kind), r.marketing);
        EXPECT_FALSE(toLabel(r.kind).isEmpty());
    }
    EXPECT_EQ(followUpKindFromKey(QStringLiteral("sms")), std::nullopt);
}

TEST(FollowUpKindKeys, UrgencyKeysAndColours) {
    EXPECT_EQ(toKey(Urgency::Red), QStringLiteral("red"));
    EXPECT_EQ(toKey(Urgency::Yellow), QStringLiteral("yellow"));
    EXPECT_EQ(toKey(Urgency::Green), QStringLiteral("green"));
    EXPECT_EQ(urgencyFromKey(QStringLiteral("green")), Urgency::Green);
    EXPECT_EQ(urgencyFromKey(QStringLiteral("blue")), std::nullopt);
    const QDate today(2026, 6, 15);
    EXPECT_EQ(urgencyFor(today.addDays(-1), today, 7), Urgency::Red);
    EXPECT_EQ(urgencyFor(today, today, 7), Urgency::Yellow);
    EXPECT_EQ(urgencyFor(today.addDays(7), today, 7), Urgency::Yellow);
    EXPECT_EQ(urgencyFor(today.addDays(8), today, 7), Urgency::Green);
    EXPECT_EQ(toKey(CareOccasion::Inspection), QStringLiteral("inspection"));
    EXPECT_EQ(careOccasionFromKey(QStringLiteral("birthday")), CareOccasion::Birthday);
}

TEST(CallScripts, StageScriptsFollowSeed003) {
    EXPECT_TRUE(CallScripts::forStage(Stage::NotLost).contains(u("PM2.5")));
    EXPECT_TRUE(CallScripts::forStage(Stage::QuasiLost).contains(u("会员")));
    EXPECT_TRUE(CallScripts::forStage(Stage::Lost).contains(u("九折")));
    EXPECT_TRUE(CallScripts::forStage(Stage::Lost).contains(u("工时七折(事故车除外)")));
    EXPECT_TRUE(CallScripts::forStage(Stage::Lost).contains(u("清洗油路工时费半价")));
    EXPECT_TRUE(CallScripts::forStage(Stage::TrendingLost).contains(u("防冻液")));
    EXPECT_TRUE(CallScripts::forStage(Stage::TrendingLost).contains(u("刹车系统养护")));
    EXPECT_TRUE(CallScripts::forStage(Stage::CompletelyLost).contains(u("赠送礼品")));
    EXPECT_TRUE(CallScripts::forReason(ChurnReason::Quality).contains(u("资深技师")));
    EXPECT_TRUE(CallScripts::forReason(ChurnReason::Waiting).contains(u("预约")));
    EXPECT_TRUE(CallScripts::forReason(ChurnReason::Attitude).contains(u("免费")));
    EXPECT_TRUE(CallScripts::forReason(ChurnReason::FriendGarage).contains(u("原厂")));
    EXPECT_TRUE(CallScripts::forReason(ChurnReason::VehicleSold).contains(u("新车主")));
    EXPECT_TRUE(CallScripts::forReason(ChurnReason::OutOfTown).contains(u("当地")));
    for (int s = 0; s < kStageCount; ++s) {
        EXPECT_FALSE(CallScripts::forStage(static_cast<Stage>(s)).isEmpty());
    }
}

TEST(CallScripts, RenderFillsPlaceholders) {
    ScriptContext ctx;
    ctx.name = u("张先生");
    ctx.plate = u("陕A12345");
    ctx.lastVisit = QDate(2025, 9, 1);
    ctx.months = 9;
    ctx.shop = u("回厂汽修");
    EXPECT_EQ(CallScripts::render(u("{name},{plate} 上次 {last_visit},{months} 个月 @{shop}"), ctx),
              u("张先生,陕A12345 上次 2025-09-01,9 个月 @回厂汽修"));
    EXPECT_EQ(CallScripts::render(u("{unknown} {name"), ctx), u("{unknown} {name"));
    ctx.name = u("{plate}");
    EXPECT_EQ(CallScripts::render(u("{name}"), ctx), u("{plate}"));  // not substituted twice
    const QString greeting = CallScripts::render(CallScripts::greeting(), ScriptContext{});
    EXPECT_FALSE(greeting.contains(QLatin1Char('{')));
    for (const auto& p : CallScripts::placeholders()) {
        EXPECT_TRUE(p.startsWith(QLatin1Char('{')));
    }
}

}  // namespace
