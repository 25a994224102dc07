#include "hc/domain/ComplaintDeadlines.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

using namespace hc::domain;

namespace {

QDateTime t(const char* iso) {
    if (iso == nullptr) {
        return {};
    }
    // UTC ("Z"), so no daylight-saving jump interferes with the durations.
    return QDateTime::fromString(QString::fromLatin1(iso) + QLatin1Char('Z'), Qt::ISODate);
}

constexpr const char* kReceived = "2026-06-15T09:00:00";

ComplaintTimes complaint(ComplaintSeverity severity, const char* contacted = nullptr,
                         const char* answered = nullptr, const char* senior = nullptr,
                         const char* resolved = nullptr, const char* followed = nullptr) {
    ComplaintTimes c;
    c.received = t(kReceived);
    c.severity = severity;
    c.contacted = t(contacted);
    c.answered = t(answered);
    c.seniorAnswered = t(senior);
    c.resolved = t(resolved);
    c.followedUp = t(followed);
    return c;
}

TEST(ComplaintDeadlines, The2123Deadlines) {
    const ComplaintDeadlines rules;
    auto c = complaint(ComplaintSeverity::Major, nullptr, nullptr, nullptr, "2026-06-16T10:30:00");
    EXPECT_EQ(rules.deadline(c, ComplaintStep::Contact), t("2026-06-15T11:00:00"));
    EXPECT_EQ(rules.deadline(c, ComplaintStep::Answer), t("2026-06-16T09:00:00"));
    EXPECT_EQ(rules.deadline(c, ComplaintStep::SeniorAnswer), t("2026-06-17T09:00:00"));
    EXPECT_EQ(rules.deadline(c, ComplaintStep::FollowUp), t("2026-06-19T10:30:00"));
    c.severity = ComplaintSeverity::Normal;
    EXPECT_FALSE(rules.deadline(c, ComplaintStep::SeniorAnswer).isValid());
    c.resolved = QDateTime();
    EXPECT_FALSE(rules.deadline(c, ComplaintStep::FollowUp).isValid());
}

TEST(ComplaintDeadlines, DurationsFromSettings) {
    ComplaintSettings s;
    s.contactWithin = std::chrono::minutes(30);
    const ComplaintDeadlines rules(s);
    EXPECT_EQ(rules.deadline(complaint(ComplaintSeverity::Normal), ComplaintStep::Contact),
              t("2026-06-15T09:30:00"));
}

struct StepCase {
    std::string name;
    ComplaintTimes complaint;
    const char* now;
    ComplaintStep step;
    StepStatus status;
    std::optional<qint64> minutesLeft;
};

void PrintTo(const StepCase& c, std::ostream* os) {
    *os << c.name;
}

class ComplaintStepTest : public ::testing::TestWithParam<StepCase> {};

TEST_P(ComplaintStepTest, StatusAndMinutesLeft) {
    const auto& c = GetParam();
    const auto e = ComplaintDeadlines().evaluate(c.complaint, t(c.now));
    const auto* r = e.step(c.step);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(toKey(r->status), toKey(c.status));
    EXPECT_EQ(r->minutesLeft, c.minutesLeft);
}

using S = ComplaintSeverity;
using St = ComplaintStep;
using Ss = StepStatus;

INSTANTIATE_TEST_SUITE_P(
    Steps, ComplaintStepTest,
    ::testing::Values(StepCase{"contact_pending", complaint(S::Normal), "2026-06-15T10:00:00",
                               St::Contact, Ss::Pending, 60},
                      StepCase{"contact_at_deadline_pending", complaint(S::Normal),
                               "2026-06-15T11:00:00", St::Contact, Ss::Pending, 0},
                      StepCase{"contact_overdue_one_minute", complaint(S::Normal),
                               "2026-06-15T11:01:00", St::Contact, Ss::Overdue, -1},
                      StepCase{"contact_overdue_30s_is_zero_minutes", complaint(S::Normal),
                               "2026-06-15T11:00:30", St::Contact, Ss::Overdue, 0},
                      StepCase{"contact_done_on_time", complaint(S::Normal, "2026-06-15T10:15:00"),
                               "2026-06-16T00:00:00", St::Contact, Ss::DoneOnTime, 45},
                      StepCase{"contact_done_exactly_at_deadline",
                               complaint(S::Normal, "2026-06-15T11:00:00"), "2026-06-16T00:00:00",
                               St::Contact, Ss::DoneOnTime, 0},
                      StepCase{"contact_done_late", complaint(S::Normal, "2026-06-15T11:20:00"),
                               "2026-06-16T00:00:00", St::Contact, Ss::DoneLate, -20},
                      StepCase{"answer_pending_day_1", complaint(S::Normal, "2026-06-15T09:30:00"),
                               "2026-06-15T21:00:00", St::Answer, Ss::Pending, 720},
                      StepCase{"answer_overdue_day_2", complaint(S::Normal, "2026-06-15T09:30:00"),
                               "2026-06-16T12:00:00", St::Answer, Ss::Overdue, -180},
                      StepCase{"answer_done_late",
                               complaint(S::Normal, "2026-06-15T09:30:00", "2026-06-16T09:05:00"),
                               "2026-06-16T12:00:00", St::Answer, Ss::DoneLate, -5},
                      StepCase{"major_senior_pending", complaint(S::Major, "2026-06-15T09:30:00"),
                               "2026-06-16T12:00:00", St::SeniorAnswer, Ss::Pending, 1260},
                      StepCase{"major_senior_overdue", complaint(S::Major, "2026-06-15T09:30:00"),
                               "2026-06-17T09:01:00", St::SeniorAnswer, Ss::Overdue, -1},
                      StepCase{"major_senior_done_on_time",
                               complaint(S::Major, "2026-06-15T09:30:00", "2026-06-15T17:00:00",
                                         "2026-06-17T08:00:00"),
                               "2026-06-18T00:00:00", St::SeniorAnswer, Ss::DoneOnTime, 60},
                      StepCase{"follow_up_waits_for_resolution", complaint(S::Normal),
                               "2026-06-30T00:00:00", St::FollowUp, Ss::Pending, std::nullopt},
                      StepCase{"follow_up_pending_after_resolution",
                               complaint(S::Normal, "2026-06-15T09:30:00", "2026-06-15T17:00:00",
                                         nullptr, "2026-06-16T10:00:00"),
                               "2026-06-18T10:00:00", St::FollowUp, Ss::Pending, 1440},
                      StepCase{"follow_up_overdue_after_3_days",
                               complaint(S::Normal, "2026-06-15T09:30:00", "2026-06-15T17:00:00",
                                         nullptr, "2026-06-16T10:00:00"),
                               "2026-06-19T10:01:00", St::FollowUp, Ss::Overdue, -1},
                      StepCase{"follow_up_done_on_time",
                               complaint(S::Normal, "2026-06-15T09:30:00", "2026-06-15T17:00:00",
                                         nullptr, "2026-06-16T10:00:00", "2026-06-19T09:00:00"),
                               "2026-06-30T00:00:00", St::FollowUp, Ss::DoneOnTime, 60}),
    [](const ::testing::TestParamInfo<StepCase>& info) { return info.param.name; });

TEST(ComplaintDeadlines, NormalHasNoSeniorStep) {
    const auto e = ComplaintDeadlines().evaluate(complaint(S::Normal), t(kReceived));
    ASSERT_EQ(e.steps.size(), 3U);
    EXPECT_EQ(e.step(St::SeniorAnswer), nullptr);
    const auto m = ComplaintDeadlines().evaluate(complaint(S::Major), t(kReceived));
    ASSERT_EQ(m.steps.size(), 4U);
    EXPECT_EQ(m.steps[2].step, St::SeniorAnswer);
}

struct ComplianceCase {
    std::string name;
    ComplaintTimes complaint;
    const char* now;
    bool compliant;
    bool overdue;
    bool late;
    bool closed;
};

void PrintTo(const ComplianceCase& c, std::ostream* os) {
    *os << c.name;
}

class ComplaintComplianceTest : public ::testing::TestWithParam<ComplianceCase> {};

TEST_P(ComplaintComplianceTest, Compliance) {
    const auto& c = GetParam();
    const auto e = ComplaintDeadlines().evaluate(c.complaint, t(c.now));
    EXPECT_EQ(e.compliant, c.compliant);
    EXPECT_EQ(e.anyOverdue, c.overdue);
    EXPECT_EQ(e.anyLate, c.late);
    EXPECT_EQ(e.closed, c.closed);
}

INSTANTIATE_TEST_SUITE_P(
    All, ComplaintComplianceTest,
    ::testing::Values(
        ComplianceCase{"normal_all_on_time",
                       complaint(S::Normal, "2026-06-15T10:00:00", "2026-06-15T18:00:00", nullptr,
                                 "2026-06-16T12:00:00", "2026-06-18T12:00:00"),
                       "2026-06-30T00:00:00", true, false, false, true},
        ComplianceCase{"major_missing_senior_answer_overdue",
                       complaint(S::Major, "2026-06-15T10:00:00", "2026-06-15T18:00:00", nullptr,
                                 "2026-06-16T12:00:00", "2026-06-18T12:00:00"),
                       "2026-06-30T00:00:00", false, true, false, true},
        ComplianceCase{
            "major_all_on_time",
            complaint(S::Major, "2026-06-15T10:00:00", "2026-06-15T18:00:00", "2026-06-16T18:00:00",
                      "2026-06-16T19:00:00", "2026-06-17T12:00:00"),
            "2026-06-30T00:00:00", true, false, false, true},
        ComplianceCase{"open_on_track_not_yet_compliant",
                       complaint(S::Normal, "2026-06-15T10:00:00"), "2026-06-15T12:00:00", false,
                       false, false, false},
        ComplianceCase{"late_contact_breaks_compliance",
                       complaint(S::Normal, "2026-06-15T12:00:00", "2026-06-15T18:00:00", nullptr,
                                 "2026-06-16T12:00:00", "2026-06-18T12:00:00"),
                       "2026-06-30T00:00:00", false, false, true, true}),
    [](const ::testing::TestParamInfo<ComplianceCase>& info) { return info.param.name; });

TEST(ComplaintStats, WeeklyAndMonthlyCountsAndCompliance) {
    const ComplaintDeadlines rules;
    std::vector<ComplaintTimes> list;
    // 1: compliant (closed, all on time).
    list.push_back(complaint(S::Normal, "2026-06-15T10:00:00", "2026-06-15T18:00:00", nullptr,
                             "2026-06-16T12:00:00", "2026-06-18T12:00:00"));
    // 2: major, closed, senior answer late → not compliant.
    list.push_back(complaint(S::Major, "2026-06-15T10:00:00", "2026-06-15T18:00:00",
                             "2026-06-17T10:00:00", "2026-06-17T12:00:00", "2026-06-18T12:00:00"));
    // 3: open, contact overdue at now → decided, not compliant.
    list.push_back(complaint(S::Normal));
    // 4: received on the Wednesday, on track (contacted, answer pending).
    auto c4 = complaint(S::Normal, "2026-06-17T09:30:00");
    c4.received = t("2026-06-17T09:00:00");
    c4.contacted = t("2026-06-17T09:30:00");
    list.push_back(c4);
    // 5: received in the next week (excluded from the week, included in the month).
    auto c5 = complaint(S::Normal);
    c5.received = t("2026-06-22T09:00:00");
    c5.contacted = t("2026-06-22T09:10:00");
    c5.answered = t("2026-06-22T11:00:00");
    c5.resolved = t("2026-06-22T12:00:00");
    c5.followedUp = t("2026-06-23T12:00:00");
    list.push_back(c5);

    const QDateTime now = t("2026-06-17T10:00:00");
    const auto [wFrom, wTo] = ComplaintDeadlines::weekOf(QDate(2026, 6, 17));
    EXPECT_EQ(wFrom, QDate(2026, 6, 15));
    EXPECT_EQ(wTo, QDate(2026, 6, 21));
    const auto week = rules.summarize(list, wFrom, wTo, now);
    EXPECT_EQ(week.received, 4);
    EXPECT_EQ(week.major, 1);
    EXPECT_EQ(week.resolved, 2);
    EXPECT_EQ(week.closed, 2);
    EXPECT_EQ(week.open, 2);
    EXPECT_EQ(week.overdueNow, 1);
    EXPECT_EQ(week.compliant, 1);
    EXPECT_EQ(week.late, 2);
    EXPECT_EQ(week.complianceBp, std::optional<int>(3333));  // 1 of 3 decided

    const auto [mFrom, mTo] = ComplaintDeadlines::monthOf(QDate(2026, 6, 17));
    EXPECT_EQ(mFrom, QDate(2026, 6, 1));
    EXPECT_EQ(mTo, QDate(2026, 6, 30));
    const auto month = rules.summarize(list, mFrom, mTo, t("2026-06-30T00:00:00"));
    EXPECT_EQ(month.received, 5);
    // At month end complaint 4 is overdue too: all 5 decided, 1 and 5 compliant.
    EXPECT_EQ(month.compliant, 2);
    EXPECT_EQ(month.late, 3);
    EXPECT_EQ(month.complianceBp, std::optional<int>(4000));
}

TEST(ComplaintStats, NothingDecidedGivesNoPercentage) {
    std::vector<ComplaintTimes> list{complaint(S::Normal)};
    const auto s = ComplaintDeadlines().summarize(list, QDate(2026, 6, 15), QDate(2026, 6, 15),
                                                  t("2026-06-15T09:30:00"));
    EXPECT_EQ(s.received, 1);
    EXPECT_EQ(s.complianceBp, std::nullopt);
}

TEST(ComplaintStats, HalfUpRounding) {
    // 2 of 3 compliant → 66.67 %.
    std::vector<ComplaintTimes> list(
        2, complaint(S::Normal, "2026-06-15T10:00:00", "2026-06-15T18:00:00", nullptr,
                     "2026-06-16T12:00:00", "2026-06-18T12:00:00"));
    list.push_back(complaint(S::Normal));
    const auto s = ComplaintDeadlines().summarize(list, QDate(2026, 6, 1), QDate(2026, 6, 30),
                                                  t("2026-06-30T00:00:00"));
    EXPECT_EQ(s.complianceBp, std::optional<int>(6667));
}

TEST(ComplaintKeys, KeysAndLabels) {
    EXPECT_EQ(toKey(S::Major), QStringLiteral("major"));
    EXPECT_EQ(complaintSeverityFromKey(QStringLiteral("normal")), S::Normal);
    EXPECT_EQ(complaintSeverityFromKey(QStringLiteral("x")), std::nullopt);
    EXPECT_EQ(toKey(St::SeniorAnswer), QStringLiteral("senior_answer"));
    EXPECT_EQ(toKey(St::FollowUp), QStringLiteral("follow_up"));
    EXPECT_EQ(toKey(Ss::DoneLate), QStringLiteral("done_late"));
    EXPECT_EQ(toLabel(Ss::Overdue), QString::fromUtf8("已超时"));
    EXPECT_EQ(toLabel(St::Contact), QString::fromUtf8("联系客户"));
}

}  // namespace
