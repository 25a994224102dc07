#pragma once

#include <QString>

#include <optional>

namespace hc::domain {

/// How the day's list is split among the callback users on duty (docs/followups.md, "The day's
/// list"). Keys: "round_robin" (by rank: 1st item to the 1st user, 2nd to the 2nd, …),
/// "by_customer" (a customer always goes to the same user while the team is the same: the id
/// modulo the number of users).
enum class CallSplit { RoundRobin, ByCustomer };
QString toKey(CallSplit split);
std::optional<CallSplit> callSplitFromKey(const QString& key);

/// Weights of the three parts of an item's priority score (CallPriority); each 0–100, not all 0.
struct CallPriorityWeights {
    int urgency = 50;
    int value = 30;
    int chance = 20;
    friend bool operator==(const CallPriorityWeights&, const CallPriorityWeights&) = default;
};

/// The day's list a person can finish (issue 11 item 1): each callback user on duty gets at most
/// `dailyCapacity` items a day, the top items by priority score; the rest is the backlog.
struct CallListSettings {
    int dailyCapacity = 60;
    CallSplit split = CallSplit::RoundRobin;
    CallPriorityWeights weights;
    friend bool operator==(const CallListSettings&, const CallListSettings&) = default;
};

}  // namespace hc::domain
