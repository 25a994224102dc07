#pragma once

#include "hc/services/MonthlyReport.h"

#include <QString>

#include <optional>

namespace hc::report {

/// The monthly report as an XLSX workbook (libxlsxwriter): one sheet per section, named by its
/// Chinese title. Counts, money (yuan) and percentages are numeric cells (percentages and money
/// with a 0.00 number format); text is always written as a string cell, so a name like "=1+1" is
/// stored as text and never evaluated as a formula.
class XlsxReportWriter {
public:
    /// Writes the file; returns an error message (Chinese) on failure.
    [[nodiscard]] static std::optional<QString> write(const services::MonthlyReport& report,
                                                      const QString& path);
};

}  // namespace hc::report
