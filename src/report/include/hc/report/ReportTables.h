#pragma once

#include "hc/report/ReportTable.h"
#include "hc/services/MonthlyReport.h"

#include <vector>

namespace hc::report {

/// The sections of the monthly report as tables, in report order (composition, abc, matrix, rfm,
/// churn, winback, satisfaction, complaints): the one layout shared by the PDF, XLSX and CSV
/// writers (and usable by the GUI).
class ReportTables {
public:
    /// `forPrint`: long tables (ABC list, changes) keep only their pdfRowLimit first rows and
    /// count the rest in omittedRows (the PDF prints no more; saves building 100k rows).
    /// The customer-base section alone (the report screen's tab; also part of build()).
    [[nodiscard]] static ReportSection customerBase(const services::MonthlyReport& report);
    [[nodiscard]] static std::vector<ReportSection> build(const services::MonthlyReport& report,
                                                          bool forPrint = false);
};

}  // namespace hc::report
