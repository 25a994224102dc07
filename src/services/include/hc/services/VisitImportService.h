#pragma once

#include "hc/domain/ValidationResult.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/ImportOptions.h"
#include "hc/services/ImportSummary.h"
#include "hc/services/ImportTable.h"
#include "hc/services/Result.h"

#include <QByteArray>

#include <memory>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// Imports visits (one row per work order) from a CSV file as shops export it from Excel; see
/// VisitRowMapper for the columns and CsvReader for encodings.
///
/// Customers are matched by normalised phone (else by the owner of the matched vehicle), vehicles
/// by plate, then VIN; missing ones are created. A row is a duplicate (skipped, counted) when its
/// work order is already stored or when a visit of the same vehicle (plate; "tel:"+phone without
/// plate) on the same date with the same amount is. Bad rows are listed, good rows all imported,
/// in ONE transaction: on a storage failure nothing is imported and the error says so.
class VisitImportService {
public:
    VisitImportService(storage::Database& db, Clock clock,
                       domain::MessageLanguage language = domain::MessageLanguage::Zh);
    ~VisitImportService();
    VisitImportService(const VisitImportService&) = delete;
    VisitImportService& operator=(const VisitImportService&) = delete;

    /// The same service on a second connection of its own (storage::Database::openSibling), for
    /// an import on a background thread (the import wizard): open, use and destroy it on that
    /// thread. Null when the connection cannot be opened.
    [[nodiscard]] std::unique_ptr<VisitImportService> openSibling() const;

    /// A file's bytes (CSV, or the first sheet of an .xlsx): ImportFileReader::read, then the
    /// table import below with default options.
    Result<ImportSummary> importVisits(const ActingUser& user, const QByteArray& fileBytes);
    /// A table read by ImportFileReader, with a mapping, dry run and progress (ImportOptions).
    /// A dry run validates, matches and counts everything in a transaction that is rolled back
    /// (no backup, nothing written); a cancel keeps nothing (ServiceError Failed, field
    /// "cancelled"). Rejects name the column by its header in the file.
    Result<ImportSummary> importVisits(const ActingUser& user, const ImportTable& table,
                                       const ImportOptions& options);

    /// The rejects as a CSV file for Excel: UTF-8 with BOM, header line,column,reason,original
    /// row.
    [[nodiscard]] static QByteArray rejectsCsv(const ImportSummary& summary);

private:
    storage::Database& db_;
    Clock clock_;
    domain::MessageLanguage language_;
    std::unique_ptr<storage::Database> owned_;  ///< openSibling's own connection
};

}  // namespace hc::services
