#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "hc/storage/AuditRepository.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::storage {

class Database;

/// The rows of one table that concern a customer (PrivacyRepository::collect).
struct PrivacyTableRows {
    QString table;
    QStringList columns;
    std::vector<QVariantList> rows;  ///< values in column order (NULL = invalid QVariant)
};

/// What one erasure changed: rows touched per table (names as in the schema), in list order.
struct PrivacyErasureCounts {
    std::vector<std::pair<QString, int>> tables;
    [[nodiscard]] int of(const QString& table) const;
};

/// SQL of PIPL requests (docs/security.md "PIPL requests"): everything held about one customer,
/// the erasure of their personal data (domain::CustomerAnonymisation says which), and the
/// customers without contact since a date.
///
/// THE LISTS: exportTables() (what an export reads) and the erasure steps in the .cpp (which
/// personal columns are removed or replaced). A migration that adds a table holding a customer's
/// data adds it to both; PrivacyRepositoryTest fails for a table with a customer_id column that the
/// export does not read.
class PrivacyRepository {
public:
    explicit PrivacyRepository(Database& db) : db_(db) {}

    /// The tables an export reads, in export order.
    [[nodiscard]] static QStringList exportTables();

    /// True when the customer exists.
    [[nodiscard]] bool exists(std::int64_t customerId) const;
    /// When the customer was erased, nullopt when not (or unknown).
    [[nodiscard]] std::optional<QString> erasedAt(std::int64_t customerId) const;

    /// Every row held about the customer: the customer row, vehicles they own or owned, owner
    /// history, visits, calls and their satisfaction answers, complaints and their events,
    /// campaign invitations, saved ABC ranks, and the audit records of the customer, their
    /// vehicles, visits, complaints and calls. One entry per exportTables() name (rows may be
    /// empty).
    [[nodiscard]] std::vector<PrivacyTableRows> collect(std::int64_t customerId) const;

    /// Removes or replaces the personal data of the customers `customerIds` (inside the caller's
    /// transaction; one pass over each table for all of them): the name becomes `namePrefix`
    /// followed by the id, `redacted` replaces the required free texts; `at` is stored in
    /// customers.erased_at. Also drops their and their vehicles' search index rows. Switches the
    /// connection to PRAGMA secure_delete (freed space is zeroed from then on). Counts are rows
    /// changed per table over all customers.
    PrivacyErasureCounts erase(const std::vector<std::int64_t>& customerIds,
                               const QString& namePrefix, const QString& redacted,
                               const QDateTime& at);
    /// The customer's own identifying values as stored now (name, phones, ID number, address,
    /// plates and VINs of the vehicles they own): what AuditRedaction looks for in free texts.
    /// Read before erase().
    [[nodiscard]] QStringList personalValues(std::int64_t customerId) const;
    /// The audit rows about the customer not redacted yet — the customer's own, the vehicles they
    /// own now, their visits, complaints and calls — with their JSON texts, id order. Redaction
    /// records ('audit.redact') are not included.
    [[nodiscard]] std::vector<AuditRedactionRow> auditRows(std::int64_t customerId) const;
    /// Merges the FTS5 search tables so that the terms of erased rows leave their segments too
    /// (once after one or many erase() calls, in the same transaction).
    void purgeSearchIndex();

    /// Customers not erased yet whose last contact — latest valid visit, call or complaint
    /// received; the day the record was created only when there is none — is before `cutoff`, in
    /// id order.
    [[nodiscard]] std::vector<std::int64_t> inactiveSince(const QDate& cutoff) const;

private:
    Database& db_;
};

}  // namespace hc::storage
