#pragma once

#include "hc/services/MonthlyReport.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hc::report {

/// The monthly report as CSV: UTF-8 with a BOM (Excel opens it in Chinese), one block per section
/// (title line, notes, then per table: its title, the header row, the rows, a blank line). Numbers
/// are plain ("24.67", "2430.00"); text starting with = + - @ (or a tab / carriage return) gets a
/// leading apostrophe so spreadsheets never evaluate it.
class CsvReportWriter {
public:
    [[nodiscard]] static QByteArray toCsv(const services::MonthlyReport& report);
    /// Writes the file; returns an error message (Chinese) on failure.
    [[nodiscard]] static std::optional<QString> write(const services::MonthlyReport& report,
                                                      const QString& path);
    /// One CSV field: the injection guard for text, then quoting when needed.
    [[nodiscard]] static QString field(const QString& text, bool isText = true);
};

}  // namespace hc::report
