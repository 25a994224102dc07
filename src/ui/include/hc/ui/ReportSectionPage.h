#pragma once

#include "hc/report/ReportTable.h"
#include "hc/services/MonthlyReport.h"
#include "hc/ui/ReportSectionTables.h"

#include <memory>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace hc::ui {

/// A report screen page drawn from an hc_report section — the same tables (titles, headers,
/// cell texts, drill-down keys) and notes as the PDF, XLSX and CSV exports — with the section's
/// charts beside or above their own tables: the composition pie beside the class table, the
/// Pareto chart under the ABC grades, the churn charts each above its table (regions and vehicle
/// ages side by side), the matrix grid above the matrix table, the ABC changes under their
/// rank-move filter. Every table is a QTableView over a ReportTableModel.
class ReportSectionPage {
public:
    using Drill = ReportSectionTables::Drill;

    /// `sections` owns `section` (the views keep it alive); `report` feeds the charts.
    [[nodiscard]] static QWidget* build(
        const std::shared_ptr<const std::vector<report::ReportSection>>& sections,
        const report::ReportSection& section, const services::MonthlyReport& report,
        const Drill& drill);
    /// The view of one table of `section` ("<section><Table>Table", e.g. "churnRegionTable").
    [[nodiscard]] static QString objectName(const QString& sectionId, const QString& tableId);
    /// A read-only view over `model` (a ReportTableModel or a proxy of one): a click on a cell
    /// with a drill-down key calls `drill`; short tables show every row, long ones scroll.
    [[nodiscard]] static QTableView* view(QAbstractItemModel* model, const QString& objectName,
                                          bool textLast, const Drill& drill);
};

}  // namespace hc::ui
