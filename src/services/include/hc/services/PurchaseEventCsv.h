#pragma once

#include "hc/domain/PurchaseEvent.h"
#include "hc/services/Result.h"

#include <QString>

#include <vector>

namespace hc::services {

/// Reads visits (purchase events) for the customer-base model from a CSV file with a header row:
/// a customer column (integer id), a date column (YYYY-MM-DD or YYYYMMDD) and an optional amount
/// column (a number ≥ 0). Column names default to "customer", "date", "amount"; the CDNOW sample
/// is read with "sampleid", "date", "sales". Encoding as CsvReader::decode.
class PurchaseEventCsv {
public:
    struct Columns {
        QString customer = QStringLiteral("customer");
        QString date = QStringLiteral("date");
        QString amount = QStringLiteral("amount");
        /// When false a missing amount column is an error; when true amounts are 0 without it.
        bool amountOptional = true;
    };

    /// The events of the file. Invalid (field "events") with the file name, line number and
    /// value when the file cannot be read, a column is missing, or a row has a bad id, date or
    /// amount; nothing is returned then.
    [[nodiscard]] static Result<std::vector<domain::PurchaseEvent>> read(const QString& path,
                                                                         const Columns& columns);
};

}  // namespace hc::services
