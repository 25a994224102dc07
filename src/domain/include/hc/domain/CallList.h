#pragma once

#include "hc/domain/CallPriority.h"
#include "hc/domain/FollowUpItem.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace hc::domain {

/// A callback user on duty: the list is split by user name; the display name also identifies the
/// advisor of a visit (Visit::advisor is free text).
struct CallUser {
    QString username;
    QString displayName;
};

/// What the by_region / by_advisor splits know of a customer: their region (Customer::region)
/// and who served their last visit (Visit::advisor, user name or display name).
struct CallRouteFacts {
    QString region;
    QString lastAdvisor;
};

/// One planned item with its place on the day's list.
struct CallListEntry {
    FollowUpItem item;
    CallScore score;
    int rank = 0;        ///< 1 = first, over every due item
    bool today = false;  ///< on the day's list (within a user's capacity); false = backlog
    QString assignee;    ///< the callback user it is assigned to (today only; empty = unassigned)
    bool calledToday = false;  ///< a call to the customer is already recorded on the day
    int ageDays = 0;           ///< days since due (0 = due today, negative = not yet due)
};

/// Backlog ages (days since due): not yet due, 0–7, 8–30, 31–90, over 90. Keys "upcoming", "0-7",
/// "8-30", "31-90", "91+".
inline constexpr int kBacklogAgeBuckets = 5;
/// The last day of buckets 1–3 (0–7, 8–30, 31–90); bucket 4 is everything older.
inline constexpr std::array<int, 3> kBacklogAgeLastDays{7, 30, 90};
int backlogAgeBucket(int ageDays);
QString backlogAgeKey(int bucket);
/// The days a bucket spans (1–4): first and last day since due; `last` is nullopt for the oldest
/// ("over 90"); nullopt for bucket 0 (not yet due).
struct BacklogAgeSpan {
    int first = 0;
    std::optional<int> last;
};
std::optional<BacklogAgeSpan> backlogAgeSpan(int bucket);

/// The day's list a person can finish (issue 11 item 1): every due item ranked; the top ones
/// split among the callback users on duty, each up to the daily capacity; the rest is the backlog.
struct CallList {
    QDate date;
    int capacityPerUser = 0;
    /// The users the list is split among, in the order used (sorted by user name); empty when no
    /// callback user is on duty (then one unassigned share of capacityPerUser).
    std::vector<QString> onDuty;
    int capacity = 0;                    ///< capacityPerUser × max(1, users on duty)
    std::vector<CallListEntry> entries;  ///< every due item, by rank
    int todayCount = 0;
    std::array<int, kFollowUpKindCount> backlogByKind{};
    std::array<int, kBacklogAgeBuckets> backlogByAge{};

    /// Whether an entry is on `user`'s list today: empty user = the whole day's list; with users on
    /// duty, the entries assigned to `user`; with nobody on duty the one unassigned share, without
    /// the post-service callbacks of visits `user` served (FollowUpItem::advisor).
    [[nodiscard]] bool inShareOf(const CallListEntry& e, const QString& user) const {
        if (!e.today) {
            return false;
        }
        if (user.isEmpty()) {
            return true;
        }
        if (!onDuty.empty()) {
            return e.assignee == user;
        }
        return e.item.kind != FollowUpKind::PostService || e.item.advisor.trimmed() != user;
    }

    [[nodiscard]] int dueTotal() const { return static_cast<int>(entries.size()); }
    [[nodiscard]] int backlogTotal() const { return dueTotal() - todayCount; }
};

}  // namespace hc::domain
