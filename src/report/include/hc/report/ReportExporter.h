#pragma once

#include "hc/services/MonthlyReport.h"
#include "hc/services/ReportFormat.h"
#include "hc/services/Result.h"

#include <QString>

#include <functional>

namespace hc::report {

/// Writes a report in one of the formats (JSON, PDF, XLSX, CSV) to a file: the writer that
/// MonthlyReportService::exportReport calls (see exportWriter).
class ReportExporter {
public:
    [[nodiscard]] static services::VoidResult write(const services::MonthlyReport& report,
                                                    services::ReportFormat format,
                                                    const QString& path);
    /// A MonthlyReportService::Writer for `format` and `path`.
    [[nodiscard]] static std::function<services::VoidResult(const services::MonthlyReport&)> writer(
        services::ReportFormat format, const QString& path);
};

}  // namespace hc::report
