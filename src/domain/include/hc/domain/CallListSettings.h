#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace hc::domain {

/// How the day's list is split among the callback users on duty (docs/followups.md, "The day's
/// list"). Keys: "round_robin" (by rank: 1st item to the 1st user, 2nd to the 2nd, …),
/// "by_customer" (a customer always goes to the same user while the team is the same: the id
/// modulo the number of users), "by_region" (the customer's region, mapped to a user by
/// CallListSettings::routes), "by_advisor" (the advisor of the customer's last visit, mapped the
/// same way); an item whose key is not mapped to a user on duty goes round-robin.
enum class CallSplit { RoundRobin, ByCustomer, ByRegion, ByAdvisor };
QString toKey(CallSplit split);
std::optional<CallSplit> callSplitFromKey(const QString& key);

/// Weights of the three parts of an item's priority score (CallPriority); each 0–100, not all 0.
struct CallPriorityWeights {
    int urgency = 50;
    int value = 30;
    int chance = 20;
    friend bool operator==(const CallPriorityWeights&, const CallPriorityWeights&) = default;
};

/// One line of the routing table of the by_region / by_advisor splits: the customers whose key
/// (their region, or the advisor of their last visit) is `key` go to the callback user `user`
/// (user name). Keys compare trimmed and exactly.
struct CallRoute {
    QString key;
    QString user;
    friend bool operator==(const CallRoute&, const CallRoute&) = default;
};

/// The day's list a person can finish (issue 11 item 1): each callback user on duty gets at most
/// `dailyCapacity` items a day, the top items by priority score; the rest is the backlog.
struct CallListSettings {
    int dailyCapacity = 60;
    CallSplit split = CallSplit::RoundRobin;
    CallPriorityWeights weights;
    /// by_region / by_advisor: key → callback user (at most kMaxCallRoutes, keys unique).
    std::vector<CallRoute> routes;
    friend bool operator==(const CallListSettings&, const CallListSettings&) = default;
};

}  // namespace hc::domain
