#pragma once

#include "hc/services/MonthlyReport.h"

#include <QRect>
#include <QString>
#include <QStringList>

#include <vector>

namespace hc::report {

class PdfCanvas;

/// The charts of the printed report, drawn with QPainter into a rectangle of the canvas
/// (hc_report-private).
class ReportCharts {
public:
    /// Composition pie: loyal / swing / lost / invalid / no visit, with a legend.
    static void compositionPie(PdfCanvas& canvas, const QRect& rect,
                               const services::MonthlyReport& report);
    /// Pareto: bars = revenue per point, line = cumulative share, dashed 80 % / 95 % marks.
    static void pareto(PdfCanvas& canvas, const QRect& rect, const services::MonthlyReport& report);
    /// The 3 × 2 loyalty × contribution grid with count, revenue, share and strategy per cell.
    static void matrixGrid(PdfCanvas& canvas, const QRect& rect,
                           const services::MonthlyReport& report);
    /// Horizontal bars with a label and a value text per bar.
    static void bars(PdfCanvas& canvas, const QRect& rect, const QString& title,
                     const QStringList& labels, const std::vector<long long>& values,
                     const QStringList& valueTexts);
};

}  // namespace hc::report
