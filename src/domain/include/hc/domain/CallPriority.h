#pragma once

#include "hc/domain/AbcAnalysis.h"
#include "hc/domain/CallListSettings.h"
#include "hc/domain/FollowUpItem.h"

#include <QDate>
#include <QString>

#include <optional>

namespace hc::domain {

/// What a customer is worth for the priority score: the ABC grade of the customer (as of the day
/// before the list), and — from the stored customer-base model, when one exists — the expected
/// 12-month value as points 0–100 (its percentile among the shop's customers at the fit,
/// CustomerBaseOutlook::valuePoints). When `expectedValuePoints` is set it is used instead of the
/// grade and the "why" text says so ("模型预期价值高于 82% 的客户"); otherwise the grade.
struct CallValue {
    std::optional<AbcGrade> grade;
    std::optional<int> expectedValuePoints;
};

/// The three parts of a score, each 0–100.
struct ScoreParts {
    int urgency = 0;
    int value = 0;
    int chance = 0;
    friend bool operator==(const ScoreParts&, const ScoreParts&) = default;
};

/// An item's priority: the parts, the weighted score in tenths (0–1000, 735 = 73.5) and a short
/// Chinese text saying why ("紧迫 81:服务回访,逾期 7 天 · 价值 60:B 类客户 · 成功率 100").
/// The text is built when asked (why()): a day's list scores every due item (70 000 at 100 000
/// customers) but shows the reasons of a few; the score keeps the few facts the text needs.
struct CallScore {
    ScoreParts parts;
    int scoreTenths = 0;
    qint64 lateDays = 0;  ///< days overdue (0 = due today or no due date, negative = ahead)
    CallValue value;      ///< what the value part was computed from
    bool smsSuggested = false;
    int callsLeft = 0;  ///< call attempts left (max(0, maxNoAnswerAttempts − attempt + 1))
    /// A time-critical kind (CallPriority::isTimeCritical): ranked before every other item,
    /// whatever the scores; the why text starts with "时效优先".
    bool timeCritical = false;

    /// "紧迫 85:逾期 5 天 · 价值 60:B 类客户 · 成功率 67:剩 2 次" (through translate()); a
    /// time-critical item's text starts with "时效优先 · ".
    [[nodiscard]] QString why() const;
};

/// Priority you can explain (issue 11 item 2; tables in docs/followups.md, "Priority score").
///
/// - urgency: the kind's base (complaint 70, post_service 60, maintenance 30, winback 20, care 20;
///   declined_work by its most urgent item: safety 60, soon 35, later 25)
///   + 1 point per day overdue (at most +30), − 2 points per day still ahead; clamped to 0–100.
///   The time-critical kinds gain 5 points per day overdue: complaint steps (at most +30) and
///   post-service callbacks (at most +35; the window closes postServiceExpiryDays after due).
/// - value: expected value points when given, else the ABC grade: A 100, B 60, C 30, none 10.
/// - chance that a call helps: complaint and post_service 100, maintenance 80, declined_work 70,
///   care 60; winback by
///   stage — inside the return window not_lost 80, quasi_lost 70; lost 40, trending_lost 20,
///   completely_lost 10, unknown 40 — times the share of call attempts left
///   ((maxNoAnswerAttempts − attempt + 1) ÷ maxNoAnswerAttempts); an item flagged "send an SMS"
///   (no calls left) has chance 0.
/// - score = (wU·urgency + wV·value + wC·chance) ÷ (wU + wV + wC), in tenths, rounded half-up.
/// - tier: the time-critical kinds — complaint steps, post-service callbacks (listed only inside
///   their window, postServiceExpiryDays after due) and appointment reminders (listed the day
///   before the visit: a reminder a day late is worthless) — rank before every other item
///   (CallListPlanner), by score among themselves. Without the tier a B/C-grade reminder scored
///   ~60 never made a list whose cut-off is 76 (hundreds of A-grade overdue maintenance calls).
class CallPriority {
public:
    CallPriority(CallPriorityWeights weights, int maxNoAnswerAttempts);

    /// Complaint, post-service or appointment reminder (see the tier above).
    [[nodiscard]] static bool isTimeCritical(const FollowUpItem& item);

    [[nodiscard]] static int urgencyPoints(const FollowUpItem& item, const QDate& day);
    [[nodiscard]] static int valuePoints(const CallValue& value);
    [[nodiscard]] static int chancePoints(const FollowUpItem& item, int maxNoAnswerAttempts);
    /// Weighted score in tenths (0–1000); all weights 0 → 0.
    [[nodiscard]] static int weighted(const ScoreParts& parts, const CallPriorityWeights& w);

    [[nodiscard]] CallScore score(const FollowUpItem& item, const CallValue& value,
                                  const QDate& day) const;

private:
    CallPriorityWeights weights_;
    int maxNoAnswerAttempts_;
};

}  // namespace hc::domain
