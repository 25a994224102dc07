#pragma once

#include "hc/services/MonthlyReport.h"

#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace hc::report {

/// The printed monthly report: an A4 PDF (QPdfWriter, 150 dpi) with a header (title, month) and a
/// footer (page number) on every page; one or more pages per section, in report order: composition
/// (pie + tables), ABC (Pareto chart with the 80 % / 95 % marks, grade table, changes, the top
/// customers), the loyalty × contribution grid, RFM (bars + table), churn (bars by region and by
/// vehicle age, tables by region, model, age and reasons), win-back, satisfaction, complaints.
/// The Chinese font (ReportFonts) is embedded by Qt. Needs a QGuiApplication (offscreen is fine).
class PdfReportWriter {
public:
    /// Writes the file; returns an error message (Chinese) on failure.
    [[nodiscard]] static std::optional<QString> write(const services::MonthlyReport& report,
                                                      const QString& path);
    /// Paints the report on any paged device — the PDF writer above, or a QPrinter from the print
    /// preview. Only the section `sectionId` ("composition", "abc", … as in ReportTables) when
    /// given. The page header names the shop (report.shopName) when set. False when the device
    /// cannot be painted on.
    static bool render(const services::MonthlyReport& report, QPagedPaintDevice& device,
                       const QString& sectionId = {});
};

}  // namespace hc::report
