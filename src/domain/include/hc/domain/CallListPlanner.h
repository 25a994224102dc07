#pragma once

#include "hc/domain/CallList.h"
#include "hc/domain/CallListSettings.h"
#include "hc/domain/CallPriority.h"
#include "hc/domain/FollowUpItem.h"

#include <QDate>
#include <QString>

#include <functional>
#include <vector>

namespace hc::domain {

/// Ranks the planned items of a day and splits the top ones among the callback users on duty
/// (docs/followups.md, "The day's list"). A step after FollowUpPlanner; a pure function of its
/// arguments, so the CLI and every clerk's screen get the same assignment for a date.
///
/// - Rank: the time-critical tier first (complaint steps, post-service, appointment reminders;
///   CallPriority::isTimeCritical), then score (CallPriority) descending, then the planner's order
///   (red before yellow before green, kind priority, due, customer id). Every item keeps its rank;
///   none is dropped.
/// - Split: round_robin gives the items in rank order to the users in turn (sorted by user name),
///   skipping a user whose capacity is used up; by_customer gives an item to user (customer id mod
///   n). A post-service item never goes to the advisor who served the visit (FollowUpItem::advisor,
///   compared with the user name and the display name): the next user in turn takes it, and when
///   nobody can it stays in the backlog. With nobody on duty the list is one unassigned share of
///   dailyCapacity. by_region / by_advisor: the customer's region / last advisor (`routeOf`) looked
///   up in CallListSettings::routes; a mapped user on duty gets the item (when that user is full
///   it waits in the backlog; when the user served the visit of a post-service item the next user
///   in turn takes it); an unmapped key (or a user not on duty) goes round-robin.
/// - Backlog: every item not on the day's list, counted by kind and by age (days since due). An
///   unreached item is planned again the next day with a larger overdue, so it rises.
class CallListPlanner {
public:
    explicit CallListPlanner(CallListSettings settings, int maxNoAnswerAttempts);

    /// `valueOf` gives each customer's value (grade / expected value); may be empty (no value).
    /// `routeOf` gives the facts of the by_region / by_advisor splits; may be empty (no facts:
    /// every item unmapped).
    [[nodiscard]] CallList plan(
        const QDate& day, std::vector<FollowUpItem> items,
        const std::function<CallValue(CustomerId)>& valueOf, std::vector<CallUser> onDuty,
        const std::function<CallRouteFacts(CustomerId)>& routeOf = {}) const;

private:
    CallListSettings settings_;
    CallPriority priority_;
};

}  // namespace hc::domain
