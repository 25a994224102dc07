#pragma once

#include <QString>
#include <QStringList>

namespace hc::domain {

/// Which value a merge keeps for each field of the kept customer (docs/domain-rules.md "Merging
/// duplicates"). The fields a manager chooses are the customer columns listed by fields(); by
/// default the kept customer's value stays, and the removed customer's value is taken where the
/// kept one is empty. The marketing opt-out is not chosen: it stays set when either customer had
/// opted out (consent is never widened by a merge). Invalid marks, verification, creation time
/// stay the kept customer's.
class CustomerMergeRule {
public:
    enum class Side { Kept, Removed };
    /// Column names of the customers table that can be chosen ("name", "phone", …).
    [[nodiscard]] static const QStringList& fields();
    /// The default choice for one field given both values as stored (empty = NULL).
    [[nodiscard]] static Side defaultChoice(const QString& keptValue, const QString& removedValue);
    /// The opt-out of the merged customer.
    [[nodiscard]] static bool marketingOptOut(bool kept, bool removed) { return kept || removed; }
};

}  // namespace hc::domain
