#include "hc/domain/CallRetryRule.h"

namespace hc::domain {

NoAnswerRetry afterNoAnswer(const QDate& callDate, int attemptsSoFar, int maxAttempts) {
    NoAnswerRetry r;
    if (attemptsSoFar < maxAttempts) {
        r.retryOn = callDate.addDays(1);
    } else {
        r.suggestSms = true;
    }
    return r;
}

CallRetryState CallRetryRule::after(CallRetryState state, CallOutcome outcome,
                                    const QDate& date) const {
    if (state.closed) {
        return state;
    }
    if (outcome != CallOutcome::NoAnswer) {
        state.closed = true;  // also after the last attempt: the customer was reached after all
        return state;
    }
    if (state.exhausted) {
        return state;  // no further attempts count
    }
    ++state.noAnswers;
    state.lastAttempt = date;
    state.exhausted = state.noAnswers >= maxAttempts_;
    return state;
}

CallRetryDecision CallRetryRule::on(const CallRetryState& state, const QDate& today) const {
    CallRetryDecision d;
    if (state.closed) {
        return d;
    }
    if (state.exhausted) {
        d.listed = today == state.lastAttempt.addDays(1);
        d.sms = true;
        d.attempt = state.noAnswers;
        return d;
    }
    d.listed = state.noAnswers == 0 || today > state.lastAttempt;
    d.attempt = state.noAnswers + 1;
    return d;
}

NoAnswerRetry CallRetryRule::afterNoAnswer(const QDate& callDate, int attemptsSoFar) const {
    return hc::domain::afterNoAnswer(callDate, attemptsSoFar, maxAttempts_);
}

}  // namespace hc::domain
