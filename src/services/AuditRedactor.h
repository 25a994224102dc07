#pragma once

#include "hc/storage/AuditRepository.h"

#include <QDateTime>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// Redacts the personal data of erased customers in the audit rows written about them before the
/// erasure (domain::AuditRedaction), inside the erasure's transaction: collect() each customer
/// BEFORE the erasure (their values are still stored), then apply() once after it, which writes
/// one 'audit.redact' row (who, when, the rows and the content hash of their new texts) and
/// replaces the texts of those rows. The chain keeps verifying (docs/schema.md "v17").
class AuditRedactor {
public:
    explicit AuditRedactor(storage::Database& db) : db_(db) {}

    /// Reads the customer's values and audit rows and computes the redacted texts.
    void collect(std::int64_t customerId);
    /// Writes the redaction record and redacts the rows collected; returns how many rows were
    /// redacted (0: nothing personal found, no record written).
    int apply(const QDateTime& at, std::int64_t userId, std::optional<std::int64_t> customerId);

private:
    storage::Database& db_;
    std::vector<std::int64_t> customers_;
    std::map<std::int64_t, storage::AuditRedactionRow> rows_;  ///< by audit id, changed only
};

}  // namespace hc::services
