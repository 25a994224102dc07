#pragma once

#include "hc/domain/CustomerMergeRule.h"
#include "hc/domain/DuplicateGroup.h"
#include "hc/domain/DuplicateSettings.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// A group of likely duplicates with the customers' names (for the review screen).
struct DuplicateCandidates {
    domain::DuplicateGroup group;
    QStringList names;  ///< in the order of group.customerIds
};

/// One field of the side-by-side view: both values as stored (text; empty when NULL).
struct MergeField {
    QString column;  ///< "name", "phone", … (domain::CustomerMergeRule::fields())
    QString keptValue;
    QString removedValue;
    domain::CustomerMergeRule::Side defaultChoice = domain::CustomerMergeRule::Side::Kept;
};

struct MergePreview {
    std::int64_t keptId = 0;
    std::int64_t removedId = 0;
    std::vector<MergeField> fields;
};

/// The field choices of a merge: column → the customer whose value is kept. Columns not named
/// take domain::CustomerMergeRule::defaultChoice.
using MergeChoices = QMap<QString, domain::CustomerMergeRule::Side>;

struct MergeDone {
    std::int64_t mergeId = 0;
    QString backupFile;
    std::vector<std::pair<QString, int>> rows;  ///< rows moved per table
};

struct UnmergeDone {
    std::int64_t mergeId = 0;
    std::int64_t keptId = 0;
    std::int64_t removedId = 0;
    int rowsRestored = 0;
    QStringList keptLaterEdits;  ///< columns of the kept customer edited after the merge (kept)
};

/// The outcome of marking customers as "not the same customer" (or taking the mark back).
struct DismissDone {
    /// Every pair of the customers named, lower id first.
    std::vector<std::pair<std::int64_t, std::int64_t>> pairs;
    int changed = 0;  ///< pairs marked (or unmarked) now; the others were so already
};

/// One merge of the history.
struct MergeHistoryEntry {
    std::int64_t mergeId = 0;
    QString mergedAt;
    std::int64_t keptId = 0;
    std::int64_t removedId = 0;
    QString keptName;
    QString removedName;
    int rows = 0;      ///< rows moved
    QString undoneAt;  ///< empty while the merge stands
};

/// Duplicate customers (docs/domain-rules.md "Duplicate customers", "Merging duplicates"): find
/// likely duplicates (domain::DuplicateFinder with the stored "duplicates" settings), preview and
/// merge two customers reversibly, undo a merge. Manager only (Denied "只有经理可以合并重复客户").
/// A merge takes a verified backup first (reason "merge"; the merge stops when it fails), then in
/// one transaction moves every row, applies the chosen values, deletes the removed customer,
/// stores the merge record and the audit record "customer.merge" (ids and counts only). An undo
/// is one transaction with the audit record "customer.unmerge".
class DuplicateService {
public:
    DuplicateService(storage::Database& db, Clock clock);
    ~DuplicateService();
    DuplicateService(const DuplicateService&) = delete;
    DuplicateService& operator=(const DuplicateService&) = delete;

    /// A service on a connection of its own to the same database file (same clock): for a merge
    /// on a background thread, whose verified backup of a large archive takes seconds (create, use
    /// and destroy it on that thread). nullptr when the file cannot be opened again (logged).
    [[nodiscard]] std::unique_ptr<DuplicateService> openSibling() const;

    [[nodiscard]] Result<std::vector<DuplicateCandidates>> find(const ActingUser& user) const;

    [[nodiscard]] Result<domain::DuplicateSettings> settings() const;
    /// Audited "settings.duplicates"; Invalid (field = the setting) outside 0–100.
    VoidResult saveSettings(const ActingUser& user, const domain::DuplicateSettings& settings);

    /// Both customers' fields side by side with the default choice. NotFound for an unknown
    /// customer, Invalid (field "customer") for the same customer twice or an erased one.
    [[nodiscard]] Result<MergePreview> preview(const ActingUser& user, std::int64_t keptId,
                                               std::int64_t removedId) const;
    Result<MergeDone> merge(const ActingUser& user, std::int64_t keptId, std::int64_t removedId,
                            const MergeChoices& choices = {});
    /// NotFound for an unknown merge; Invalid (field "merge") when it was undone already, the
    /// kept customer was merged away since, the removed customer's id is taken, or a moved row was
    /// deleted or moved to another customer since (the message names the table and the backup
    /// taken before the merge).
    Result<UnmergeDone> unmerge(const ActingUser& user, std::int64_t mergeId);
    [[nodiscard]] Result<std::vector<MergeHistoryEntry>> history(const ActingUser& user) const;

    /// "Not the same customer": marks every pair of `ids` (two or more customers) so that find()
    /// no longer suggests it (domain::DuplicateFinder). One transaction with the audit record
    /// "customer.not_duplicate" ({"pairs": [[low, high], …]}, the pairs marked now; none when
    /// every pair was marked already). Manager only; Invalid (field "ids") for fewer than two
    /// different customers, NotFound for an unknown one, Invalid (field "customer") for an
    /// erased one.
    Result<DismissDone> dismiss(const ActingUser& user, const std::vector<std::int64_t>& ids);
    /// Takes the marks of every pair of `ids` back (audited "customer.not_duplicate_undo" when
    /// any was there). Manager only; Invalid (field "ids") for fewer than two different ids.
    Result<DismissDone> undismiss(const ActingUser& user, const std::vector<std::int64_t>& ids);

private:
    /// dismiss() (`dismissing`) or undismiss(): the manager check, the pairs, one transaction
    /// with one audit record of the pairs changed.
    Result<DismissDone> changePairs(const ActingUser& user, const std::vector<std::int64_t>& ids,
                                    bool dismissing);

    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
