#pragma once

#include "hc/domain/ValidationResult.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/ImportOptions.h"
#include "hc/services/ImportSummary.h"
#include "hc/services/ImportTable.h"
#include "hc/services/Result.h"

#include <memory>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// Imports a customer list without visits (CustomerRowMapper for the columns), so a shop can load
/// its archive first and its work orders after, with the matching of VisitImportService:
/// a row's customer is the stored (or earlier imported) customer with its phone or second phone,
/// else the owner of its first known plate / VIN, else a new customer (the name is then
/// required). Its vehicles are matched by plate, then VIN; unknown ones are added to the
/// customer, owned from the purchase date (else today). Matched customers and vehicles are left
/// as they are. A row that adds nothing (customer and every vehicle known) counts as a duplicate.
/// Counts: imported + rejected + duplicatesSkipped = rows; customersCreated, customersMatched,
/// vehiclesCreated. One transaction, a backup first; dry run, progress and cancel as in
/// ImportOptions.
class CustomerImportService {
public:
    CustomerImportService(storage::Database& db, Clock clock,
                          domain::MessageLanguage language = domain::MessageLanguage::Zh);
    ~CustomerImportService();
    CustomerImportService(const CustomerImportService&) = delete;
    CustomerImportService& operator=(const CustomerImportService&) = delete;

    /// The same service on a second connection of its own (storage::Database::openSibling), for
    /// an import on a background thread (the import wizard): open, use and destroy it on that
    /// thread. Null when the connection cannot be opened.
    [[nodiscard]] std::unique_ptr<CustomerImportService> openSibling() const;

    Result<ImportSummary> importCustomers(const ActingUser& user, const ImportTable& table,
                                          const ImportOptions& options);

private:
    storage::Database& db_;
    Clock clock_;
    domain::MessageLanguage language_;
    std::unique_ptr<storage::Database> owned_;  ///< openSibling's own connection
};

}  // namespace hc::services
