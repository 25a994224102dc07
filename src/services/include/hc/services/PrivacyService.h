#pragma once

#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// One table of a customer data export: its rows about the customer, values as stored.
struct CustomerDataTable {
    QString table;
    QStringList columns;
    std::vector<QVariantList> rows;
};

/// Everything held about one customer (PIPL access request, docs/security.md "PIPL requests").
struct CustomerDataExport {
    std::int64_t customerId = 0;
    QString customerName;
    QDateTime exportedAt;
    std::optional<QString> erasedAt;
    std::vector<CustomerDataTable> tables;  ///< every table of the export list, rows may be empty

    /// The export as JSON: {"customer_id", "exported_at", "erased_at", "tables": {"customers":
    /// [{column: value}], "vehicles": [...], ...}} (integers as numbers, NULL as null).
    [[nodiscard]] QString toJson() const;
    /// Total rows over all tables.
    [[nodiscard]] int rowCount() const;
};

/// What an erasure changed: rows per table, and the backup taken before it.
struct CustomerErasure {
    std::int64_t customerId = 0;
    std::vector<std::pair<QString, int>> tables;
    QString backupFile;
};

/// The bulk anonymisation of customers without contact (a dry run or done).
struct InactiveAnonymisation {
    int years = 0;
    QDate cutoff;  ///< last contact before this date
    std::vector<std::int64_t> customerIds;
    bool done = false;  ///< false for a dry run
    QString backupFile;
};

/// PIPL requests (个人信息保护法): export everything held about one customer, erase one customer,
/// anonymise every customer without contact for N years (the "privacy" setting). Manager only
/// (Denied "只有经理可以处理个人信息请求"). The rule of what is removed or replaced is
/// domain::CustomerAnonymisation; the column lists are in storage::PrivacyRepository.
/// Audit records name the customer by id and count rows only — never the removed data.
class PrivacyService {
public:
    PrivacyService(storage::Database& db, Clock clock);
    ~PrivacyService();
    PrivacyService(const PrivacyService&) = delete;
    PrivacyService& operator=(const PrivacyService&) = delete;

    /// A service on a connection of its own to the same database file (same clock): for an
    /// erasure on a background thread, whose verified backup of a large archive takes seconds
    /// (create, use and destroy it on that thread). nullptr when the file cannot be opened again
    /// (logged).
    [[nodiscard]] std::unique_ptr<PrivacyService> openSibling() const;

    /// Writes the export of customer `id` to `target` with `write` (JSON: writeJsonFile; PDF: the
    /// report::CustomerDataPdf writer). The audit record "customer.export" ({"format","file",
    /// "rows"}) is written first in the same transaction; when the record cannot be committed the
    /// file is deleted again. NotFound for an unknown customer.
    using Writer = std::function<VoidResult(const CustomerDataExport&)>;
    Result<CustomerDataExport> exportCustomer(const ActingUser& user, std::int64_t id,
                                              const QString& format, const QString& target,
                                              const Writer& write);
    /// The JSON writer for exportCustomer(): UTF-8, written under a temporary name then renamed.
    [[nodiscard]] static VoidResult writeJsonFile(const CustomerDataExport& data,
                                                  const QString& path);

    /// Erases customer `id`: a verified backup first (reason "erase"; the erasure stops when it
    /// fails), then in one transaction the personal data removed or replaced and the audit record
    /// "customer.erase" ({"tables": {table: rows}}). Visits, amounts and dates stay. Invalid (field
    /// "customer") when the customer was erased already; NotFound when unknown.
    Result<CustomerErasure> erase(const ActingUser& user, std::int64_t id);

    /// Customers with no contact for the stored "privacy" years (or `years` when given) up to
    /// `asOf`, not erased yet: a dry run, nothing changed, not audited.
    [[nodiscard]] Result<InactiveAnonymisation> inactive(const ActingUser& user, const QDate& asOf,
                                                         std::optional<int> years = {}) const;
    /// Anonymises them all: one backup (reason "anonymise"), then one transaction with the erasure
    /// of each and the audit record "privacy.anonymise" ({"years","cutoff","customers": N,
    /// "ids": [...]}). Invalid (field "years") for years outside 1–30.
    Result<InactiveAnonymisation> anonymiseInactive(const ActingUser& user, const QDate& asOf,
                                                    std::optional<int> years = {});

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
