// The complaint status machine (domain.md §8), table-driven.
#include "hc/domain/ComplaintStatusMachine.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace {

using hc::domain::Complaint;
using hc::domain::ComplaintMove;
using hc::domain::ComplaintMoveRefusal;
using hc::domain::ComplaintSeverity;
using hc::domain::ComplaintStatus;
using hc::domain::ComplaintStatusMachine;

const QDateTime kAt(QDate(2026, 3, 2), QTime(9, 0));

struct Case {
    const char* name;
    ComplaintSeverity severity;
    std::vector<ComplaintMove> before;  ///< moves recorded first (all allowed)
    ComplaintMove move;
    std::optional<ComplaintMoveRefusal> refusal;
    ComplaintStatus statusAfter;  ///< after the move (or unchanged when refused)
};

class ComplaintStatusMachineTest : public ::testing::TestWithParam<Case> {};

TEST_P(ComplaintStatusMachineTest, CheckAndApply) {
    const auto& c = GetParam();
    Complaint complaint;
    complaint.severity = c.severity;
    complaint.received = kAt;
    for (const auto m : c.before) {
        ASSERT_FALSE(ComplaintStatusMachine::check(complaint, m).has_value()) << c.name;
        ComplaintStatusMachine::apply(complaint, m, kAt);
    }
    const auto refusal = ComplaintStatusMachine::check(complaint, c.move);
    EXPECT_EQ(refusal, c.refusal) << c.name;
    if (!refusal) {
        ComplaintStatusMachine::apply(complaint, c.move, kAt.addSecs(60));
    }
    EXPECT_EQ(ComplaintStatusMachine::statusOf(complaint), c.statusAfter) << c.name;
    EXPECT_EQ(complaint.status, hc::domain::toKey(c.statusAfter)) << c.name;
}

using M = ComplaintMove;
using S = ComplaintStatus;
constexpr auto kNormal = ComplaintSeverity::Normal;
constexpr auto kMajor = ComplaintSeverity::Major;

INSTANTIATE_TEST_SUITE_P(
    Golden, ComplaintStatusMachineTest,
    ::testing::Values(
        Case{"contact", kNormal, {}, M::Contact, std::nullopt, S::Contacted},
        Case{"answer", kNormal, {M::Contact}, M::Answer, std::nullopt, S::Answered},
        Case{"answer_before_contact_allowed", kNormal, {}, M::Answer, std::nullopt, S::Answered},
        Case{"senior_answer_normal_refused",
             kNormal,
             {M::Contact},
             M::SeniorAnswer,
             ComplaintMoveRefusal::SeniorAnswerNeedsMajor,
             S::Contacted},
        Case{"senior_answer_major",
             kMajor,
             {M::Contact},
             M::SeniorAnswer,
             std::nullopt,
             S::Answered},
        Case{"resolve", kNormal, {M::Contact, M::Answer}, M::Resolve, std::nullopt, S::Resolved},
        Case{"follow_up_before_resolution_refused",
             kNormal,
             {M::Contact, M::Answer},
             M::FollowUp,
             ComplaintMoveRefusal::FollowUpNeedsResolution,
             S::Answered},
        Case{"follow_up_closes",
             kNormal,
             {M::Contact, M::Answer, M::Resolve},
             M::FollowUp,
             std::nullopt,
             S::Closed},
        Case{"step_twice_refused",
             kNormal,
             {M::Contact},
             M::Contact,
             ComplaintMoveRefusal::AlreadyRecorded,
             S::Contacted},
        Case{"follow_up_twice_refused",
             kNormal,
             {M::Resolve, M::FollowUp},
             M::FollowUp,
             ComplaintMoveRefusal::AlreadyRecorded,
             S::Closed},
        Case{"late_contact_keeps_closed",
             kNormal,
             {M::Resolve, M::FollowUp},
             M::Contact,
             std::nullopt,
             S::Closed}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ComplaintStatusKeys, RoundTrip) {
    for (const auto s : {S::Received, S::Contacted, S::Answered, S::Resolved, S::Closed}) {
        EXPECT_EQ(hc::domain::complaintStatusFromKey(hc::domain::toKey(s)), s);
    }
    EXPECT_EQ(hc::domain::toKey(S::Closed), QStringLiteral("closed"));
    EXPECT_FALSE(hc::domain::complaintStatusFromKey(QStringLiteral("open")).has_value());
}

}  // namespace
