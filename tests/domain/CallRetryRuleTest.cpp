// The no-answer retry rule (domain.md §7), table-driven: calls about one item, then the decision
// on a day.
#include "hc/domain/CallRetryRule.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace {

using hc::domain::CallOutcome;
using hc::domain::CallRetryDecision;
using hc::domain::CallRetryRule;
using hc::domain::CallRetryState;

QDate d(int day) {
    return QDate(2026, 3, day);
}

struct Case {
    const char* name;
    int maxAttempts;
    std::vector<std::pair<int, CallOutcome>> calls;  ///< (day of March 2026, outcome)
    int today;
    CallRetryDecision expected;
};

class CallRetryRuleTest : public ::testing::TestWithParam<Case> {};

TEST_P(CallRetryRuleTest, DecisionOnTheDay) {
    const auto& c = GetParam();
    const CallRetryRule rule(c.maxAttempts);
    CallRetryState state;
    for (const auto& [day, outcome] : c.calls) {
        state = rule.after(state, outcome, d(day));
    }
    EXPECT_EQ(rule.on(state, d(c.today)), c.expected) << c.name;
}

constexpr auto kNo = CallOutcome::NoAnswer;
constexpr auto kReached = CallOutcome::Reached;

INSTANTIATE_TEST_SUITE_P(
    Golden, CallRetryRuleTest,
    ::testing::Values(
        Case{"never_called_is_listed", 3, {}, 10, {true, 1, false}},
        Case{"reached_closes", 3, {{10, kReached}}, 11, {false, 1, false}},
        Case{"first_no_answer_not_again_the_same_day", 3, {{10, kNo}}, 10, {false, 2, false}},
        Case{"first_no_answer_again_next_day", 3, {{10, kNo}}, 11, {true, 2, false}},
        Case{
            "second_no_answer_still_listed_later", 3, {{10, kNo}, {11, kNo}}, 15, {true, 3, false}},
        Case{"third_no_answer_sms_next_day",
             3,
             {{10, kNo}, {11, kNo}, {12, kNo}},
             13,
             {true, 3, true}},
        Case{"third_no_answer_not_the_same_day",
             3,
             {{10, kNo}, {11, kNo}, {12, kNo}},
             12,
             {false, 3, true}},
        Case{"sms_only_once", 3, {{10, kNo}, {11, kNo}, {12, kNo}}, 14, {false, 3, true}},
        Case{"further_no_answers_after_the_last_do_not_count",
             3,
             {{10, kNo}, {11, kNo}, {12, kNo}, {13, kNo}},
             13,
             {true, 3, true}},
        Case{"reached_after_the_last_attempt_closes",
             3,
             {{10, kNo}, {11, kNo}, {12, kNo}, {13, kReached}},
             13,
             {false, 1, false}},
        Case{"reached_between_no_answers_closes",
             3,
             {{10, kNo}, {11, kReached}, {12, kNo}},
             13,
             {false, 1, false}},
        Case{"one_attempt_setting", 1, {{10, kNo}}, 11, {true, 1, true}},
        Case{"five_attempts_setting", 5, {{10, kNo}, {11, kNo}, {12, kNo}}, 13, {true, 4, false}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(CallRetryRuleTest, AfterNoAnswerMatchesTheList) {
    const CallRetryRule rule(3);
    EXPECT_EQ(rule.afterNoAnswer(d(10), 1), (hc::domain::NoAnswerRetry{d(11), false}));
    EXPECT_EQ(rule.afterNoAnswer(d(10), 2), (hc::domain::NoAnswerRetry{d(11), false}));
    EXPECT_EQ(rule.afterNoAnswer(d(10), 3), (hc::domain::NoAnswerRetry{std::nullopt, true}));
    // What the rule promises after recording is what the list shows the next day.
    CallRetryState state;
    for (int day = 10; day <= 12; ++day) {
        state = rule.after(state, kNo, d(day));
        const auto promise = rule.afterNoAnswer(d(day), state.noAnswers);
        const auto next = rule.on(state, d(day + 1));
        EXPECT_TRUE(next.listed);
        EXPECT_EQ(next.sms, promise.suggestSms);
    }
}

}  // namespace
