#pragma once

#include <QString>

#include <vector>

namespace hc::services {

/// One problem of a row that was not imported.
struct ImportReject {
    int line = 0;      ///< physical line of the file where the row starts (the header is line 1)
    QString column;    ///< the column's header as written in the file; empty for the whole row
    QString reason;    ///< what is wrong, in the user's language
    QString original;  ///< the row as written in the file
};

/// Outcome of an import: counts (the JSON summary of `huichang-cli import`) and the rejected
/// rows. A row with several problems has several ImportReject entries but counts once.
struct ImportSummary {
    int rows = 0;  ///< data rows read (header excluded)
    int imported = 0;
    int rejected = 0;
    int customersCreated = 0;
    int vehiclesCreated = 0;
    int duplicatesSkipped = 0;
    int customersMatched = 0;  ///< customer import: rows whose customer was already known
    QString encoding;          ///< "UTF-8", "UTF-8 BOM", "GB18030"
    std::vector<ImportReject> rejects;
};

}  // namespace hc::services
