#pragma once

#include "hc/services/ImportTable.h"
#include "hc/services/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hc::services {

/// Reads an import file into an ImportTable: .xlsx (by its zip signature, whatever the name) or
/// CSV (UTF-8 / GB18030, see CsvReader). Errors are user-level messages (Invalid), e.g. a
/// damaged .xlsx, an unknown sheet, an encoding problem naming its line and byte.
class ImportFileReader {
public:
    /// True when the bytes are an .xlsx (zip) file.
    [[nodiscard]] static bool isXlsx(const QByteArray& bytes);
    /// The sheet names of an .xlsx in workbook order; empty for CSV.
    [[nodiscard]] static Result<QStringList> sheets(const QByteArray& bytes);
    /// The table of a CSV file, or of one .xlsx sheet (empty `sheet` = the first sheet).
    [[nodiscard]] static Result<ImportTable> read(const QByteArray& bytes,
                                                  const QString& sheet = {});
};

}  // namespace hc::services
