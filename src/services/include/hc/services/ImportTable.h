#pragma once

#include "hc/services/CsvReader.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace hc::services {

/// A file's table as read for an import, whatever the format (CSV in any encoding, one .xlsx
/// sheet): the header row and the data records after it. Records reuse CsvRecord: `line` is the
/// row number in the file or sheet (the header's row is the first non-empty one), `fields` the
/// cell texts (dates already as ISO YYYY-MM-DD, numbers as written, text cells verbatim), `raw`
/// the row joined as a CSV record (for the rejects file).
struct ImportTable {
    QStringList header;
    std::vector<CsvRecord> records;
    int headerLine = 1;  ///< row of the header in the file or sheet
    QString format;      ///< "csv" or "xlsx"
    QString encoding;    ///< CSV: "UTF-8", "UTF-8 BOM", "GB18030"; xlsx: empty
    QString sheet;       ///< xlsx: the sheet read; CSV: empty
};

}  // namespace hc::services
