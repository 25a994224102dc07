#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace hc::domain {

/// Kinds of items on the daily follow-up list (domain.md §7). Keys: "post_service", "maintenance",
/// "winback", "care", "complaint", "appointment_reminder" (the day before an appointment),
/// "no_show" (an appointment missed), "declined_work" (work the customer declined at a visit, now
/// due: DeclinedWorkDue). Enumerators are listed in priority order, highest first:
/// when one customer has several items on one day only the highest-priority kind is kept.
enum class FollowUpKind {
    Complaint,
    AppointmentReminder,
    PostService,
    NoShow,
    Maintenance,
    DeclinedWork,
    Winback,
    Care
};
inline constexpr int kFollowUpKindCount = 8;

QString toKey(FollowUpKind kind);
std::optional<FollowUpKind> followUpKindFromKey(const QString& key);
/// Chinese label: 投诉回访, 预约提醒, 服务回访, 爽约回访, 保养提醒, 未做项目, 流失招揽, 客户关怀.
QString toLabel(FollowUpKind kind);
/// 0 is the highest priority (complaint), 7 the lowest (care).
int priority(FollowUpKind kind);
/// Marketing calls (maintenance, declined work, winback, care) are not made to invalid customers or
/// to customers who refused marketing contact; post-service callbacks, complaint follow-ups and the
/// calls about an appointment (reminder, no-show) are service calls. Declined work of urgency
/// "safety" is called about like a service call (the planner decides per item).
bool isMarketing(FollowUpKind kind);

/// Urgency colour of an item. Keys: "red" (overdue), "yellow" (due soon), "green" (further ahead).
enum class Urgency { Red, Yellow, Green };
QString toKey(Urgency urgency);
std::optional<Urgency> urgencyFromKey(const QString& key);
/// Red when due < today; yellow when today ≤ due ≤ today + yellowWindowDays; green otherwise.
Urgency urgencyFor(const QDate& due, const QDate& today, int yellowWindowDays);

/// What a care call is about. Keys: "birthday", "insurance", "inspection", "holiday".
enum class CareOccasion { Birthday, Insurance, Inspection, Holiday };
QString toKey(CareOccasion occasion);
std::optional<CareOccasion> careOccasionFromKey(const QString& key);
/// Chinese label: 生日, 保险到期, 年检到期, 节日问候.
QString toLabel(CareOccasion occasion);

}  // namespace hc::domain
