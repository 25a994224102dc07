#pragma once

#include "hc/services/MonthlyReport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace hc::ui {

/// The pages of the report screen, one per section: tables with right-aligned numbers (and the
/// charts of ReportCharts). Every cell that counts customers carries its drill-down key; a click
/// calls `drill(key, title)`.
class ReportSectionTables {
    Q_DECLARE_TR_FUNCTIONS(ReportSectionTables)
public:
    using Drill = std::function<void(const QString& key, const QString& title)>;
    static constexpr int kDrillKeyRole = 0x0100 + 1;  // Qt::UserRole + 1
    static constexpr int kDrillTitleRole = 0x0100 + 2;

    [[nodiscard]] static QWidget* composition(const services::MonthlyReport& r, const Drill& drill);
    [[nodiscard]] static QWidget* abc(const services::MonthlyReport& r, const Drill& drill);
    [[nodiscard]] static QWidget* matrix(const services::MonthlyReport& r, const Drill& drill);
    [[nodiscard]] static QWidget* rfm(const services::MonthlyReport& r, const Drill& drill);
    [[nodiscard]] static QWidget* churn(const services::MonthlyReport& r, const Drill& drill);
    [[nodiscard]] static QWidget* winback(const services::MonthlyReport& r, const Drill& drill);
    [[nodiscard]] static QWidget* satisfaction(const services::MonthlyReport& r,
                                               const Drill& drill);
    [[nodiscard]] static QWidget* complaints(const services::MonthlyReport& r, const Drill& drill);

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
