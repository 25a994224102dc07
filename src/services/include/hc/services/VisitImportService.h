#pragma once

#include "hc/domain/ValidationResult.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/ImportSummary.h"
#include "hc/services/Result.h"

#include <QByteArray>

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

    Result<ImportSummary> importVisits(const ActingUser& user, const QByteArray& fileBytes);

    /// The rejects as a CSV file for Excel: UTF-8 with BOM, header line,column,reason,original
    /// row.
    [[nodiscard]] static QByteArray rejectsCsv(const ImportSummary& summary);

private:
    storage::Database& db_;
    Clock clock_;
    domain::MessageLanguage language_;
};

}  // namespace hc::services
