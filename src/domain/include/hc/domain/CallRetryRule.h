#pragma once

#include "hc/domain/CallOutcome.h"

#include <QDate>

#include <optional>

namespace hc::domain {

/// After the n-th consecutive no-answer (n ≥ 1) of one item on `callDate`: retry the next day while
/// n < maxAttempts; once n reaches maxAttempts no further call, suggest an SMS instead.
struct NoAnswerRetry {
    std::optional<QDate> retryOn;
    bool suggestSms = false;
    friend bool operator==(const NoAnswerRetry&, const NoAnswerRetry&) = default;
};
/// (CallRetryRule::afterNoAnswer with the shop's maximum.)
[[nodiscard]] NoAnswerRetry afterNoAnswer(const QDate& callDate, int attemptsSoFar,
                                          int maxAttempts);

/// Where one follow-up item (a reminder, a callback, a campaign invitation) stands after the calls
/// recorded about it so far.
struct CallRetryState {
    int noAnswers = 0;       ///< consecutive no-answers since the item opened
    QDate lastAttempt;       ///< date of the last no-answer
    bool closed = false;     ///< a final outcome (anything but no_answer) was recorded
    bool exhausted = false;  ///< noAnswers reached the maximum: no further call
    friend bool operator==(const CallRetryState&, const CallRetryState&) = default;
};

/// Whether the item is on the list of a day, as which attempt, and whether an SMS is suggested.
struct CallRetryDecision {
    bool listed = false;
    int attempt = 1;
    bool sms = false;
    friend bool operator==(const CallRetryDecision&, const CallRetryDecision&) = default;
};

/// The no-answer retry rule (domain.md §7: "no answer (retry, default at most 3 attempts)"), the
/// one definition used by the follow-up planner and the services (campaign invitations, recording a
/// call):
/// - a final outcome closes the item (also after the last attempt); calls after it do not count;
/// - each no-answer is counted; the item is listed again from the day after the last attempt;
/// - after `maxAttempts` no-answers no further call: the item is listed once more, on the day after
///   the last attempt only, with an SMS suggested (attempt = maxAttempts).
class CallRetryRule {
public:
    explicit CallRetryRule(int maxAttempts) : maxAttempts_(maxAttempts) {}

    /// The state after one more call on `date` (calls in date order).
    [[nodiscard]] CallRetryState after(CallRetryState state, CallOutcome outcome,
                                       const QDate& date) const;
    /// The item on `today` (later than or equal to every call counted).
    [[nodiscard]] CallRetryDecision on(const CallRetryState& state, const QDate& today) const;
    /// After recording the n-th consecutive no-answer (n ≥ 1) on `callDate`: retry the next day
    /// while n < maxAttempts, else suggest an SMS.
    [[nodiscard]] NoAnswerRetry afterNoAnswer(const QDate& callDate, int attemptsSoFar) const;

    [[nodiscard]] int maxAttempts() const { return maxAttempts_; }

private:
    int maxAttempts_;
};

}  // namespace hc::domain
