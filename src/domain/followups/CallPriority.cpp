#include "hc/domain/CallPriority.h"

#include <QCoreApplication>

#include <algorithm>

namespace hc::domain {

namespace {

/// Points per day overdue and their cap: the time-critical kinds (complaint steps, post-service
/// within its window) gain fast; the others slowly, for a month.
constexpr int kOverduePointsPerDay = 1;
constexpr int kTimeCriticalOverduePointsPerDay = 5;
constexpr int kMaxOverduePoints = 30;
constexpr int kMaxPostServiceOverduePoints = 35;
constexpr int kAheadPointsPerDay = 2;

int kindBase(const FollowUpItem& item) {
    switch (item.kind) {
        case FollowUpKind::Complaint:
            return 70;
        case FollowUpKind::AppointmentReminder:
            return 65;  // the visit is tomorrow: a reminder a day late is worthless
        case FollowUpKind::PostService:
            return 60;
        case FollowUpKind::NoShow:
            return 45;
        case FollowUpKind::Maintenance:
            return 30;
        case FollowUpKind::DeclinedWork:
            // A declined safety item (brakes, tyres) weighs like a post-service call.
            return item.declinedUrgency == DeclinedUrgency::Safety  ? 60
                   : item.declinedUrgency == DeclinedUrgency::Later ? 25
                                                                    : 35;
        case FollowUpKind::Winback:
        case FollowUpKind::Care:
            return 20;
    }
    return 0;
}

int stageChance(const std::optional<Stage>& stage) {
    if (!stage) {
        return 40;
    }
    switch (*stage) {
        case Stage::Active:
        case Stage::NotLost:
            return 80;
        case Stage::QuasiLost:
            return 70;
        case Stage::Lost:
            return 40;
        case Stage::TrendingLost:
            return 20;
        case Stage::CompletelyLost:
            return 10;
    }
    return 40;
}

int kindChance(const FollowUpItem& item) {
    switch (item.kind) {
        case FollowUpKind::Complaint:
        case FollowUpKind::PostService:
        case FollowUpKind::AppointmentReminder:
            return 100;
        case FollowUpKind::Maintenance:
            return 80;
        case FollowUpKind::DeclinedWork:
            return 70;  // the customer already knows the work is needed
        case FollowUpKind::NoShow:
            return 70;  // they meant to come
        case FollowUpKind::Care:
            return 60;
        case FollowUpKind::Winback:
            return stageChance(item.stage);
    }
    return 0;
}

}  // namespace

QString toKey(CallSplit split) {
    switch (split) {
        case CallSplit::RoundRobin:
            return QStringLiteral("round_robin");
        case CallSplit::ByCustomer:
            return QStringLiteral("by_customer");
        case CallSplit::ByRegion:
            return QStringLiteral("by_region");
        case CallSplit::ByAdvisor:
            return QStringLiteral("by_advisor");
    }
    return {};
}

std::optional<CallSplit> callSplitFromKey(const QString& key) {
    for (auto s : {CallSplit::RoundRobin, CallSplit::ByCustomer, CallSplit::ByRegion,
                   CallSplit::ByAdvisor}) {
        if (toKey(s) == key) {
            return s;
        }
    }
    return std::nullopt;
}

CallPriority::CallPriority(CallPriorityWeights weights, int maxNoAnswerAttempts)
    : weights_(weights), maxNoAnswerAttempts_(std::max(1, maxNoAnswerAttempts)) {}

bool CallPriority::isTimeCritical(const FollowUpItem& item) {
    return item.kind == FollowUpKind::Complaint || item.kind == FollowUpKind::PostService ||
           item.kind == FollowUpKind::AppointmentReminder;
}

int CallPriority::urgencyPoints(const FollowUpItem& item, const QDate& day) {
    int points = kindBase(item);
    const qint64 late = item.due.isValid() ? item.due.daysTo(day) : 0;
    if (late > 0) {
        const bool post = item.kind == FollowUpKind::PostService;
        const bool critical = post || item.kind == FollowUpKind::Complaint ||
                              item.kind == FollowUpKind::AppointmentReminder;
        const qint64 perDay = critical ? kTimeCriticalOverduePointsPerDay : kOverduePointsPerDay;
        const qint64 cap = post ? kMaxPostServiceOverduePoints : kMaxOverduePoints;
        points += static_cast<int>(std::min(cap, late * perDay));
    } else if (late < 0) {
        points -= static_cast<int>(std::min<qint64>(100, -late * kAheadPointsPerDay));
    }
    return std::clamp(points, 0, 100);
}

int CallPriority::valuePoints(const CallValue& value) {
    if (value.expectedValuePoints) {
        return std::clamp(*value.expectedValuePoints, 0, 100);
    }
    if (!value.grade) {
        return 10;
    }
    switch (*value.grade) {
        case AbcGrade::A:
            return 100;
        case AbcGrade::B:
            return 60;
        case AbcGrade::C:
            return 30;
    }
    return 10;
}

int CallPriority::chancePoints(const FollowUpItem& item, int maxNoAnswerAttempts) {
    if (item.smsSuggested) {
        return 0;
    }
    const int max = std::max(1, maxNoAnswerAttempts);
    const int left = std::clamp(max - item.attempt + 1, 0, max);
    // Half-up integer rounding of base × left ÷ max.
    return (kindChance(item) * left * 2 + max) / (2 * max);
}

int CallPriority::weighted(const ScoreParts& p, const CallPriorityWeights& w) {
    const long long total = static_cast<long long>(w.urgency) + w.value + w.chance;
    if (total <= 0) {
        return 0;
    }
    const long long sum = static_cast<long long>(w.urgency) * p.urgency +
                          static_cast<long long>(w.value) * p.value +
                          static_cast<long long>(w.chance) * p.chance;
    return static_cast<int>((sum * 20 + total) / (2 * total));  // tenths, half-up
}

CallScore CallPriority::score(const FollowUpItem& item, const CallValue& value,
                              const QDate& day) const {
    CallScore out;
    out.parts = {urgencyPoints(item, day), valuePoints(value),
                 chancePoints(item, maxNoAnswerAttempts_)};
    out.scoreTenths = weighted(out.parts, weights_);
    out.lateDays = item.due.isValid() ? item.due.daysTo(day) : 0;
    out.value = value;
    out.smsSuggested = item.smsSuggested;
    out.callsLeft = std::max(0, maxNoAnswerAttempts_ - item.attempt + 1);
    out.timeCritical = isTimeCritical(item);
    return out;
}

QString CallScore::why() const {
    const qint64 late = lateDays;
    QString when;
    if (late > 0) {
        when = QCoreApplication::translate("hc::domain", "逾期 %1 天").arg(late);
    } else if (late == 0) {
        when = QCoreApplication::translate("hc::domain", "今天到期");
    } else {
        when = QCoreApplication::translate("hc::domain", "%1 天后到期").arg(-late);
    }
    QString worth;
    if (value.expectedValuePoints) {
        // The customer-base model's 12-month value as its percentile among the shop's customers.
        worth =
            QCoreApplication::translate("hc::domain", "模型预期价值高于 %1% 的客户")
                .arg(std::clamp(*value.expectedValuePoints, 0, 99));  // "above 100 %" reads wrong
    } else if (value.grade) {
        worth = QCoreApplication::translate("hc::domain", "%1 类客户").arg(toKey(*value.grade));
    } else {
        worth = QCoreApplication::translate("hc::domain", "未分级");
    }
    QString odds;
    if (smsSuggested) {
        odds = QCoreApplication::translate("hc::domain", "不再拨打,建议短信");
    } else {
        odds = QCoreApplication::translate("hc::domain", "剩 %1 次").arg(callsLeft);
    }
    const QString text =
        QCoreApplication::translate("hc::domain", "紧迫 %1:%2 · 价值 %3:%4 · 成功率 %5:%6")
            .arg(QString::number(parts.urgency), when, QString::number(parts.value), worth,
                 QString::number(parts.chance), odds);
    // The tier before the score (投诉、服务回访、明天的预约提醒 come first).
    return timeCritical ? QCoreApplication::translate("hc::domain", "时效优先 · %1").arg(text)
                        : text;
}

}  // namespace hc::domain
