#include "hc/domain/CallListPlanner.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <unordered_map>

namespace hc::domain {

namespace {

/// The planner's own order (FollowUpPlanner / FollowUpService): the tie-break after the score.
bool plannedBefore(const FollowUpItem& a, const FollowUpItem& b) {
    if (a.urgency != b.urgency) {
        return a.urgency < b.urgency;
    }
    if (a.kind != b.kind) {
        return priority(a.kind) < priority(b.kind);
    }
    if (a.due != b.due) {
        return a.due < b.due;
    }
    return a.customerId < b.customerId;
}

}  // namespace

int backlogAgeBucket(int ageDays) {
    if (ageDays < 0) {
        return 0;
    }
    for (std::size_t i = 0; i < kBacklogAgeLastDays.size(); ++i) {
        if (ageDays <= kBacklogAgeLastDays.at(i)) {
            return static_cast<int>(i) + 1;
        }
    }
    return kBacklogAgeBuckets - 1;
}

std::optional<BacklogAgeSpan> backlogAgeSpan(int bucket) {
    if (bucket <= 0) {
        return std::nullopt;
    }
    const auto i = static_cast<std::size_t>(bucket - 1);
    const int first = i == 0 ? 0 : kBacklogAgeLastDays.at(i - 1) + 1;
    if (i >= kBacklogAgeLastDays.size()) {
        return BacklogAgeSpan{kBacklogAgeLastDays.back() + 1, std::nullopt};
    }
    return BacklogAgeSpan{first, kBacklogAgeLastDays.at(i)};
}

QString backlogAgeKey(int bucket) {
    const auto span = backlogAgeSpan(bucket);
    if (!span) {
        return QStringLiteral("upcoming");
    }
    return span->last ? QStringLiteral("%1-%2").arg(span->first).arg(*span->last)
                      : QStringLiteral("%1+").arg(span->first);
}

CallListPlanner::CallListPlanner(CallListSettings settings, int maxNoAnswerAttempts)
    : settings_(settings), priority_(settings.weights, maxNoAnswerAttempts) {}

CallList CallListPlanner::plan(const QDate& day, std::vector<FollowUpItem> items,
                               const std::function<CallValue(CustomerId)>& valueOf,
                               std::vector<CallUser> onDuty,
                               const std::function<CallRouteFacts(CustomerId)>& routeOf) const {
    CallList out;
    out.date = day;
    out.capacityPerUser = std::max(0, settings_.dailyCapacity);
    std::erase_if(onDuty, [](const CallUser& u) { return u.username.isEmpty(); });
    std::sort(onDuty.begin(), onDuty.end(),
              [](const CallUser& a, const CallUser& b) { return a.username < b.username; });
    onDuty.erase(
        std::unique(onDuty.begin(), onDuty.end(),
                    [](const CallUser& a, const CallUser& b) { return a.username == b.username; }),
        onDuty.end());
    for (const auto& u : onDuty) {
        out.onDuty.push_back(u.username);
    }
    const std::size_t shares = std::max<std::size_t>(1, onDuty.size());
    out.capacity = out.capacityPerUser * static_cast<int>(shares);

    out.entries.reserve(items.size());
    for (auto& item : items) {
        CallListEntry e;
        e.score = priority_.score(item, valueOf ? valueOf(item.customerId) : CallValue{}, day);
        e.ageDays = item.due.isValid() ? static_cast<int>(item.due.daysTo(day)) : 0;
        e.item = std::move(item);
        out.entries.push_back(std::move(e));
    }
    std::sort(out.entries.begin(), out.entries.end(),
              [](const CallListEntry& a, const CallListEntry& b) {
                  if (a.score.timeCritical != b.score.timeCritical) {
                      return a.score.timeCritical;  // the tier before the score
                  }
                  if (a.score.scoreTenths != b.score.scoreTenths) {
                      return a.score.scoreTenths > b.score.scoreTenths;
                  }
                  return plannedBefore(a.item, b.item);
              });

    std::vector<int> left(shares, out.capacityPerUser);
    int open = out.capacity;
    std::size_t next = 0;  // round robin: the user whose turn it is
    const auto canTake = [&](std::size_t u, const FollowUpItem& item) {
        if (left[u] <= 0) {
            return false;
        }
        // Own-advisor rule: the satisfaction check of a visit comes from someone else.
        if (onDuty.empty() || item.kind != FollowUpKind::PostService) {
            return true;
        }
        const QString advisor = item.advisor.trimmed();
        return advisor.isEmpty() ||
               (advisor != onDuty[u].username && advisor != onDuty[u].displayName.trimmed());
    };
    // by_region / by_advisor: the user (index in onDuty) a customer's key is mapped to.
    const bool routed =
        settings_.split == CallSplit::ByRegion || settings_.split == CallSplit::ByAdvisor;
    std::unordered_map<QString, std::size_t> routeUser;
    if (routed) {
        for (const auto& r : settings_.routes) {
            for (std::size_t u = 0; u < onDuty.size(); ++u) {
                if (onDuty[u].username == r.user.trimmed()) {
                    routeUser.emplace(r.key.trimmed(), u);
                }
            }
        }
    }
    const auto mappedUser = [&](const FollowUpItem& item) -> std::optional<std::size_t> {
        if (!routed || !routeOf || routeUser.empty()) {
            return std::nullopt;
        }
        const CallRouteFacts facts = routeOf(item.customerId);
        const QString key =
            (settings_.split == CallSplit::ByRegion ? facts.region : facts.lastAdvisor).trimmed();
        if (key.isEmpty()) {
            return std::nullopt;
        }
        const auto it = routeUser.find(key);
        return it == routeUser.end() ? std::nullopt : std::optional<std::size_t>(it->second);
    };
    int rank = 0;
    for (auto& e : out.entries) {
        e.rank = ++rank;
        if (open <= 0) {
            continue;
        }
        std::optional<std::size_t> who;
        const auto mapped = mappedUser(e.item);
        const std::size_t first =
            mapped ? *mapped
            : settings_.split == CallSplit::ByCustomer
                ? static_cast<std::size_t>(static_cast<unsigned long long>(e.item.customerId) %
                                           shares)
                : next;
        const bool fixedUser = mapped || settings_.split == CallSplit::ByCustomer;
        if (fixedUser && left[first] <= 0) {
            // The customer's user is full: the item waits for them (backlog).
        } else {
            for (std::size_t t = 0; t < shares; ++t) {
                const std::size_t u = (first + t) % shares;
                if (canTake(u, e.item)) {
                    who = u;
                    break;
                }
            }
        }
        if (!who) {
            continue;
        }
        e.today = true;
        e.assignee = onDuty.empty() ? QString() : onDuty[*who].username;
        --left[*who];
        --open;
        ++out.todayCount;
        if (!fixedUser) {  // round robin (also the unmapped items of by_region / by_advisor)
            next = (*who + 1) % shares;
        }
    }
    for (const auto& e : out.entries) {
        if (!e.today) {
            ++out.backlogByKind.at(static_cast<std::size_t>(e.item.kind));
            ++out.backlogByAge.at(static_cast<std::size_t>(backlogAgeBucket(e.ageDays)));
        }
    }
    return out;
}

}  // namespace hc::domain
