#pragma once

#include "hc/domain/Composition.h"
#include "hc/domain/CustomerClass.h"

#include <QString>

#include <optional>
#include <vector>

namespace hc::domain {

/// One row of the composition section of the monthly report (domain.md §9).
///
/// Keys, in report order: "customers", "valid", "invalid", "no_visit", "loyal", "swing", "lost",
/// "new". Shares:
/// - shareBp: count ÷ all customers (customers = valid + invalid + no_visit), for every row
///   ("customers" itself is 100 %);
/// - validShareBp: count ÷ valid customers, only for "loyal", "swing" and "lost" (the recency mix
///   of the valid base, which is what the manager watches; loyal + swing + lost = valid).
/// "new" is orthogonal to the classes (a new customer is also loyal): its share is of all
/// customers.
struct CompositionRow {
    QString key;
    int count = 0;
    int shareBp = 0;
    std::optional<int> validShareBp;

    /// Present when a previous month was given.
    std::optional<int> previousCount;
    std::optional<int> previousShareBp;
    std::optional<int> previousValidShareBp;
    std::optional<int> deltaCount;         ///< count − previous count
    std::optional<int> deltaShareBp;       ///< shareBp − previous shareBp (percentage points)
    std::optional<int> deltaValidShareBp;  ///< validShareBp − previous validShareBp

    friend bool operator==(const CompositionRow&, const CompositionRow&) = default;
};

/// Valid customers with a visit by callback / offer stage (seed 003): count and share of valid.
/// Keys: "active", "not_lost", "quasi_lost", "lost", "trending_lost", "completely_lost".
struct CompositionStageRow {
    Stage stage = Stage::Active;
    int count = 0;
    int validShareBp = 0;
    std::optional<int> previousCount;
    std::optional<int> deltaCount;
    friend bool operator==(const CompositionStageRow&, const CompositionStageRow&) = default;
};

struct CompositionReport {
    std::vector<CompositionRow> rows;         ///< the eight keys, in order
    std::vector<CompositionStageRow> stages;  ///< the six stages, in Stage order
    bool hasPrevious = false;

    /// Row by key, or nullptr.
    [[nodiscard]] const CompositionRow* row(const QString& key) const;
};

/// Builds the composition rows with shares and, when `previous` is given (last month's
/// composition as of its month end), the comparison. Deltas of shares are differences of the
/// rounded shares (what the reader sees printed), in basis points = hundredths of a percentage
/// point. An empty population gives 0 % everywhere.
[[nodiscard]] CompositionReport buildCompositionReport(
    const Composition& current, const std::optional<Composition>& previous = std::nullopt);

}  // namespace hc::domain
