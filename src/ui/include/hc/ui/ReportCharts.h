#pragma once

#include "hc/services/MonthlyReport.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;
class QChartView;

namespace hc::ui {

/// The charts of the report screen (Qt Charts): composition pie, Pareto (bars per customer or rank
/// group, cumulative share line on a secondary axis with the A / B marks), churn by vehicle age
/// and by region. A click on a slice or bar calls `drill` with the drill-down key and a title.
class ReportCharts {
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
public:
    using Drill = std::function<void(const QString& key, const QString& title)>;

    [[nodiscard]] static QChartView* composition(const services::MonthlyReport& report,
                                                 const Drill& drill, QWidget* parent);
    [[nodiscard]] static QChartView* pareto(const services::MonthlyReport& report,
                                            const Drill& drill, QWidget* parent);
    [[nodiscard]] static QChartView* churnByAge(const services::MonthlyReport& report,
                                                const Drill& drill, QWidget* parent);
    [[nodiscard]] static QChartView* churnByRegion(const services::MonthlyReport& report,
                                                   const Drill& drill, QWidget* parent);
};

}  // namespace hc::ui
