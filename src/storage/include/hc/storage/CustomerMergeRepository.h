#pragma once

#include "hc/storage/Database.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace hc::storage {

/// A column that refers to a customer: named customer_id, or a foreign key to customers (id).
struct CustomerReference {
    QString table;
    QString column;
    friend bool operator==(const CustomerReference&, const CustomerReference&) = default;
};

/// What a merge writes (CustomerMergeRepository::merge).
struct CustomerMergeInput {
    std::int64_t keptId = 0;
    std::int64_t removedId = 0;
    /// New values of the kept customer's columns (domain::CustomerMergeRule::fields() and
    /// "marketing_opt_out"); columns not named keep their value.
    QMap<QString, QVariant> values;
    QDateTime at;
    std::int64_t userId = 0;  ///< 0: system (stored NULL)
};

/// One stored merge (table customer_merges).
struct CustomerMergeRecord {
    std::int64_t id = 0;
    QString mergedAt;  ///< 'YYYY-MM-DDTHH:MM:SS'
    std::optional<std::int64_t> mergedBy;
    std::int64_t keptId = 0;
    std::int64_t removedId = 0;
    QString keptName;     ///< after the merge
    QString removedName;  ///< of the removed customer
    /// Rows moved (and set aside) per table, tables with none left out.
    std::vector<std::pair<QString, int>> rows;
    QString undoneAt;  ///< empty while the merge stands
    std::optional<std::int64_t> undoneBy;
};

/// Why an unmerge cannot run (nothing is changed then).
enum class UnmergeProblem {
    None,
    NotFound,        ///< no merge with that id
    AlreadyUndone,   ///< undone before
    KeptMissing,     ///< the kept customer is gone (merged into another one since: undo that first)
    RemovedIdTaken,  ///< a customer with the removed customer's id exists again
    RowsChanged,     ///< a moved row was deleted or moved to another customer since (`table`)
    Erased           ///< the customers' personal data was erased since (PIPL): rows are gone
};

struct UnmergeOutcome {
    UnmergeProblem problem = UnmergeProblem::None;
    QString table;  ///< for RowsChanged
    std::int64_t keptId = 0;
    std::int64_t removedId = 0;
    /// Columns of the kept customer edited after the merge: their later value stays.
    QStringList keptLaterEdits;
    int rowsRestored = 0;
};

/// Reversible merges of duplicate customers (docs/domain-rules.md "Merging duplicates"). Which
/// rows move is read from the schema (customerReferences()): every column named customer_id or
/// referring to customers (id), in every table — a table added by a later migration is handled
/// without a change here. Not moved (keptInPlace()): the search index (search_pinyin, its rows
/// are saved and restored) and saved report runs (report_run_rows: a snapshot of the month it was
/// run). Tables WITHOUT ROWID that refer to customers are refused (StorageError, kind Other): a
/// merge could not find their rows again. Writes run in the caller's transaction.
class CustomerMergeRepository {
public:
    explicit CustomerMergeRepository(Database& db) : db_(db) {}

    [[nodiscard]] std::vector<CustomerReference> customerReferences() const;
    [[nodiscard]] static const std::vector<CustomerReference>& keptInPlace();
    /// Set aside whole, never moved (stored in the merge record, inserted again by an undo): the
    /// "not the same customer" marks (duplicate_dismissals). A mark of the removed customer was
    /// about that person alone, and moving it could pair the kept customer with itself or put
    /// the higher id first; the merged customer is compared afresh.
    [[nodiscard]] static const std::vector<CustomerReference>& setAsideOnMerge();

    /// The customer's full row (column → value as stored), nullopt when unknown.
    [[nodiscard]] std::optional<QMap<QString, QVariant>> customerRow(std::int64_t id) const;

    /// Moves every row of the removed customer to the kept one, applies `values`, deletes the
    /// removed customer and stores the merge record; returns its id. Throws StorageError (NotFound
    /// for an unknown customer).
    std::int64_t merge(const CustomerMergeInput& input);

    /// Undoes merge `mergeId`: the removed customer back with the same id and row, every moved row
    /// back to it (rows set aside inserted again), the kept customer's columns as before the merge
    /// — except columns edited since (they keep the later value, listed in keptLaterEdits); rows
    /// added to the kept customer after the merge stay with it. Refuses (problem set, nothing
    /// changed) as UnmergeProblem says.
    UnmergeOutcome unmerge(std::int64_t mergeId, const QDateTime& at, std::int64_t userId);

    [[nodiscard]] std::optional<CustomerMergeRecord> find(std::int64_t mergeId) const;
    /// Newest first.
    [[nodiscard]] std::vector<CustomerMergeRecord> history(int limit = 200) const;

private:
    Database& db_;
};

}  // namespace hc::storage
