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
    /// The customer-base section alone (also part of build()).
    [[nodiscard]] static ReportSection customerBase(const services::MonthlyReport& report);
    /// `forPrint`: long tables (ABC list, changes) keep only their pdfRowLimit first rows and
    /// count the rest in omittedRows (the PDF prints no more; saves building 100k rows).
    [[nodiscard]] static std::vector<ReportSection> build(const services::MonthlyReport& report,
                                                          bool forPrint = false);
    /// What the report screen shows: the sections of build() without the ABC customer list (all
    /// other tables the same); of a report still being built (MonthlyReport::complete false)
    /// only its first section, composition.
    [[nodiscard]] static std::vector<ReportSection> forScreen(
        const services::MonthlyReport& report);
};

}  // namespace hc::report
