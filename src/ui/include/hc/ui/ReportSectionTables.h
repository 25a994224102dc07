#pragma once

#include "hc/report/ReportTable.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace hc::ui {

/// The report screen's pieces beyond the plain tables of ReportSectionPage: the loyalty ×
/// contribution grid (its texts from the hc_report matrix table), the ABC changes table with its
/// rank-move filter (over the hc_report changes table's rows), and small QTableWidget helpers
/// (the grid, the model check page). A click on a drillable cell calls `drill(key, title)`.
class ReportSectionTables {
    Q_DECLARE_TR_FUNCTIONS(ReportSectionTables)
public:
    using Drill = std::function<void(const QString& key, const QString& title)>;
    static constexpr int kDrillKeyRole = 0x0100 + 1;  // Qt::UserRole + 1
    static constexpr int kDrillTitleRole = 0x0100 + 2;

    /// The 3 × 2 grid (A/B/C × +/−) of the matrix section's cells table ("matrixGrid"): each
    /// cell shows that table's row (cell, customers, shares, revenue, strategy), clickable.
    [[nodiscard]] static QWidget* matrixGrid(const report::ReportTable& cells, const Drill& drill);
    /// The ABC changes table ("abcChangesTable") under a filter "rank moved by more than N"
    /// ("rankMoveSpin", from `threshold`): rows whose ReportTable::rowFilterValues entry
    /// exceeds N (entries, exits and class changes always). `previousSource` / `previousPeriod`
    /// (MonthlyReport's ABC section): what the ranks are compared with, said beside the filter.
    [[nodiscard]] static QWidget* abcChanges(std::shared_ptr<const report::ReportTable> changes,
                                             int threshold, const QString& previousSource,
                                             const QString& previousPeriod, const Drill& drill);

    /// A read-only table whose clicks on drillable cells call `drill`.
    [[nodiscard]] static QTableWidget* table(const QString& objectName, const QStringList& headers,
                                             const Drill& drill, QWidget* parent);
    /// A right-aligned number; with a key, clickable (drill-down).
    [[nodiscard]] static QTableWidgetItem* number(const QString& text, const QString& key = {},
                                                  const QString& title = {});
    [[nodiscard]] static QTableWidgetItem* text(const QString& text);
    /// Fits the table's height to its rows (no inner scroll bar for short tables).
    static void fit(QTableWidget* table);
};

}  // namespace hc::ui
