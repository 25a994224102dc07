#pragma once

#include "hc/services/ImportTable.h"
#include "hc/services/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hc::services {

/// Reads .xlsx workbooks (Office Open XML spreadsheets) for the importers, streaming: ZipArchive
/// (zlib) for the zip container, QXmlStreamReader for the parts, never a DOM (200 000 rows stay fast).
///
/// Cell texts as ImportTable wants them:
/// - shared strings (rich text runs joined, phonetic runs left out), inline strings and formula
///   string results verbatim (a phone stored as text keeps its leading zero; _xHHHH_ escapes
///   decoded);
/// - numbers as Excel shows them in General format (15 significant digits, integers without
///   decimals or exponent);
/// - numbers with a date format (built-in ids 14–17, 22, the Chinese ids 27–31, 36, 50–54, 57,
///   58, and custom formats with y / m / d outside quotes) as ISO YYYY-MM-DD in the workbook's
///   date system (1900 with its phantom 1900-02-29 = serial 60, or 1904); date-time formats keep
///   the date only; time-only formats (18–21, 45–47, ...) give HH:MM:SS;
/// - booleans as TRUE / FALSE, errors as written (#N/A);
/// - a merged range's value (its top-left cell) is copied into the range's empty cells in rows
///   that hold data (a row with nothing but merged values is not created);
/// - the first row with a non-empty cell is the header; empty rows are skipped.
/// A damaged or unsupported file gives a ServiceError (Invalid) that says so.
class XlsxReader {
public:
    /// Sheet names in workbook order.
    [[nodiscard]] static Result<QStringList> sheets(const QByteArray& bytes);
    /// One sheet (empty name = the first) as an ImportTable.
    [[nodiscard]] static Result<ImportTable> read(const QByteArray& bytes, const QString& sheet);

    enum class FormatKind { Number, Date, Time };
    /// What a number format shows: a built-in id (formatCode empty) or a custom format code.
    [[nodiscard]] static FormatKind formatKind(int numFmtId, const QString& formatCode);
    /// An Excel serial day number as YYYY-MM-DD; empty when it is no date (negative, beyond
    /// 9999). Serial 60 of the 1900 system is the phantom "1900-02-29".
    [[nodiscard]] static QString serialToIsoDate(double serial, bool date1904);
    /// A stored number as Excel's General format shows it.
    [[nodiscard]] static QString formatNumber(const QString& stored);
};

}  // namespace hc::services
