#include "hc/ui/ReportCharts.h"

#include "hc/ui/ReportText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>

namespace hc::ui {
namespace {

QChartView* viewOf(QChart* chart, const QString& objectName, QWidget* parent) {
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(280);
    return view;
}

double yuan(domain::Fen fen) {
    return static_cast<double>(fen) / 100.0;  // chart geometry only; texts use formatYuan
}

double percentValue(int bp) {
    return static_cast<double>(bp) / 100.0;  // chart geometry only; texts use formatPercent
}

}  // namespace

QChartView* ReportCharts::composition(const services::MonthlyReport& report, const Drill& drill,
                                      QWidget* parent) {
    auto* series = new QPieSeries;
    series->setObjectName(QStringLiteral("compositionPie"));
    const auto& rep = report.composition.report;
    for (const char* key : {"loyal", "swing", "lost", "invalid", "no_visit"}) {
        const QString k = QString::fromLatin1(key);
        const auto* row = rep.row(k);
        if (row == nullptr) {
            continue;
        }
        const QString label = ReportText::compositionRow(k);
        auto* slice = series->append(
            tr("%1 %2 (%3)").arg(label).arg(row->count).arg(ReportText::percent(row->shareBp)),
            row->count);
        slice->setProperty("drillKey", QStringLiteral("composition.") + k);
        slice->setLabelVisible(row->count > 0);
        QObject::connect(slice, &QPieSlice::clicked, slice, [drill, k, label] {
            if (drill) {
                drill(QStringLiteral("composition.") + k, label);
            }
        });
    }
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("客户构成(截至 %1)").arg(report.asOf.toString(Qt::ISODate)));
    chart->legend()->setVisible(false);
    // Qt Charts hides a label that would stick out of the plot area: a small slice at twelve
    // o'clock (the loyal customers) then shows its arm without text. The pie is sized to the
    // plot area so that a label above (or below) it still fits: radius + arm + text height.
    constexpr qreal armFactor = 0.1;
    for (QPieSlice* slice : series->slices()) {
        slice->setLabelArmLengthFactor(armFactor);
    }
    QObject::connect(chart, &QChart::plotAreaChanged, series, [series](const QRectF& area) {
        if (series->count() == 0 || area.isEmpty()) {
            return;
        }
        const qreal text = QFontMetricsF(series->slices().front()->labelFont()).height();
        const qreal half = std::min(area.width(), area.height()) / 2;
        const qreal radius = (area.height() / 2 - text - 8) / (1 + armFactor);  // 5 px arm gap
        series->setPieSize(std::clamp(radius / half, 0.2, 0.7));
    });
    return viewOf(chart, QStringLiteral("compositionChart"), parent);
}

QChartView* ReportCharts::pareto(const services::MonthlyReport& report, const Drill& drill,
                                 QWidget* parent) {
    const auto& summary = report.abc.summary;
    auto* bars = new QBarSet(tr("金额(元)"));
    QStringList categories;
    auto* line = new QLineSeries;
    line->setObjectName(QStringLiteral("paretoCumulative"));
    line->setName(tr("累计占比 %"));
    int i = 0;
    for (const auto& p : summary.pareto) {
        *bars << yuan(p.amountFen);
        if (summary.perCustomer) {
            const domain::AbcRow* row =
                p.firstRank - 1 < static_cast<int>(report.abc.result.rows.size())
                    ? &report.abc.result.rows.at(static_cast<std::size_t>(p.firstRank - 1))
                    : nullptr;
            const QString name = row != nullptr ? report.nameOf(row->customerId) : QString();
            categories << (name.isEmpty() ? QString::number(p.firstRank) : name);
        } else {
            categories << tr("%1–%2名").arg(p.firstRank).arg(p.customers);
        }
        line->append(i, percentValue(p.cumulativeBp));
        ++i;
    }
    auto* barSeries = new QBarSeries;
    barSeries->setObjectName(QStringLiteral("paretoBars"));
    barSeries->append(bars);
    QObject::connect(
        barSeries, &QBarSeries::clicked, barSeries, [drill, categories](int index, QBarSet*) {
            if (drill && index >= 0 && index < categories.size()) {
                drill(QStringLiteral("abc.pareto.") + QString::number(index), categories.at(index));
            }
        });

    auto* chart = new QChart;
    chart->setTitle(tr("帕累托图:%1 位客户,总额 %2")
                        .arg(summary.customers)
                        .arg(ReportText::money(summary.totalFen)));
    chart->addSeries(barSeries);
    chart->addSeries(line);
    auto marks =
        std::vector<std::pair<QString, int>>{{QStringLiteral("paretoMarkA"), summary.aMarkBp},
                                             {QStringLiteral("paretoMarkB"), summary.bMarkBp}};
    std::vector<QLineSeries*> markSeries;
    const double last = std::max(0, i - 1);
    for (const auto& [name, bp] : marks) {
        auto* mark = new QLineSeries;
        mark->setObjectName(name);
        mark->setName(ReportText::percent(bp));
        mark->append(0, percentValue(bp));
        mark->append(last, percentValue(bp));
        QPen pen(name == QLatin1String("paretoMarkA") ? QColor(0xd9, 0x53, 0x4f)
                                                      : QColor(0xf0, 0xad, 0x4e));
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        mark->setPen(pen);
        chart->addSeries(mark);
        markSeries.push_back(mark);
    }

    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsAngle(categories.size() > 6 ? -45 : 0);
    chart->addAxis(axisX, Qt::AlignBottom);
    barSeries->attachAxis(axisX);
    line->attachAxis(axisX);
    auto* axisMoney = new QValueAxis;
    axisMoney->setTitleText(tr("元"));
    axisMoney->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisMoney, Qt::AlignLeft);
    barSeries->attachAxis(axisMoney);
    auto* axisPct = new QValueAxis;
    axisPct->setObjectName(QStringLiteral("paretoPercentAxis"));
    axisPct->setRange(0, 100);
    axisPct->setTickCount(6);
    axisPct->setLabelFormat(QStringLiteral("%.0f%%"));
    chart->addAxis(axisPct, Qt::AlignRight);
    line->attachAxis(axisPct);
    for (auto* mark : markSeries) {
        mark->attachAxis(axisX);
        mark->attachAxis(axisPct);
    }
    QPen linePen(QColor(0x1f, 0x77, 0xb4));
    linePen.setWidth(3);
    line->setPen(linePen);
    line->setPointsVisible(true);
    auto* view = viewOf(chart, QStringLiteral("paretoChart"), parent);
    view->setMinimumHeight(340);
    return view;
}

QChartView* ReportCharts::churnByAge(const services::MonthlyReport& report, const Drill& drill,
                                     QWidget* parent) {
    const auto& churn = report.churn.analysis;
    auto* set = new QBarSet(tr("流失车辆"));
    QStringList categories;
    QStringList keys;
    for (const auto& row : churn.byVehicleAge) {
        *set << row.lost;
        // The bucket alone: the share is in the table below the chart (with the percent the
        // axis elided the label to "3年以上 94…" at 1366 px).
        categories << ReportText::ageBucket(row.bucket);
        keys << QStringLiteral("churn.age.") + domain::toKey(row.bucket);
    }
    auto* series = new QBarSeries;
    series->setObjectName(QStringLiteral("churnAgeBars"));
    series->append(set);
    series->setLabelsVisible(true);
    QObject::connect(series, &QBarSeries::clicked, series,
                     [drill, keys, categories](int index, QBarSet*) {
                         if (drill && index >= 0 && index < keys.size()) {
                             drill(keys.at(index), categories.at(index));
                         }
                     });
    auto* chart = new QChart;
    chart->setTitle(tr("流失车辆按车龄"));
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setVisible(false);
    return viewOf(chart, QStringLiteral("churnAgeChart"), parent);
}

QChartView* ReportCharts::churnByRegion(const services::MonthlyReport& report, const Drill& drill,
                                        QWidget* parent) {
    const auto& churn = report.churn.analysis;
    auto* set = new QBarSet(tr("流失车辆"));
    QStringList categories;
    QStringList keys;
    // Horizontal bars: the category axis sits on the left, so region names are shown whole.
    for (auto it = churn.byRegion.rbegin(); it != churn.byRegion.rend(); ++it) {
        *set << it->lost;
        categories << ReportText::orEmpty(it->region);
        keys << QStringLiteral("churn.region.") + it->region;
    }
    auto* series = new QHorizontalBarSeries;
    series->setObjectName(QStringLiteral("churnRegionBars"));
    series->append(set);
    series->setLabelsVisible(true);
    QObject::connect(series, &QHorizontalBarSeries::clicked, series,
                     [drill, keys, categories](int index, QBarSet*) {
                         if (drill && index >= 0 && index < keys.size()) {
                             drill(keys.at(index), categories.at(index));
                         }
                     });
    auto* chart = new QChart;
    chart->setTitle(tr("流失车辆按地区"));
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(false);
    auto* view = viewOf(chart, QStringLiteral("churnRegionChart"), parent);
    // A line per region: with less height than a label Qt Charts elides the names ("…").
    const int perRegion = view->fontMetrics().height() + 10;
    view->setMinimumHeight(
        std::max(view->minimumHeight(), 160 + perRegion * static_cast<int>(categories.size())));
    return view;
}

}  // namespace hc::ui
