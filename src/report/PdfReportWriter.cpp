#include "hc/report/PdfReportWriter.h"

#include "PdfCanvas.h"
#include "PdfFile.h"
#include "ReportCharts.h"
#include "hc/domain/Percent.h"
#include "hc/report/ReportFonts.h"
#include "hc/report/ReportLabels.h"
#include "hc/report/ReportTables.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>

namespace hc::report {

namespace {

void sectionTables(PdfCanvas& canvas, const ReportSection& section) {
    for (const auto& note : section.notes) {
        canvas.paragraph(note);
    }
    for (const auto& table : section.tables) {
        canvas.table(table);
    }
}

void churnCharts(PdfCanvas& canvas, const services::MonthlyReport& report) {
    const auto& a = report.churn.analysis;
    QStringList labels;
    QStringList texts;
    std::vector<long long> values;
    for (const auto& row : a.byRegion) {
        if (labels.size() == 10) {
            break;
        }
        labels << ReportLabels::orEmpty(row.region);
        values.push_back(row.lost);
        texts << QStringLiteral("%1 (%2%)").arg(row.lost).arg(domain::formatPercent(row.shareBp));
    }
    const int height =
        canvas.mm(8) + canvas.mm(7) * static_cast<int>(std::max<qsizetype>(1, labels.size()));
    ReportCharts::bars(canvas, canvas.block(height),
                       QCoreApplication::translate("hc::report", "流失车辆按区域"), labels, values,
                       texts);
    canvas.gap(canvas.mm(3));
    labels.clear();
    texts.clear();
    values.clear();
    for (const auto& row : a.byVehicleAge) {
        labels << ReportLabels::ageBucket(row.bucket);
        values.push_back(row.lost);
        // "累计占比" through the report's own label (the text followed the language nowhere).
        const QString cumulative = QCoreApplication::translate("hc::report", "累计占比%")
                                       .remove(QLatin1Char('%'))
                                       .trimmed();
        texts << QStringLiteral("%1 (%2%, %3 %4%)")
                     .arg(row.lost)
                     .arg(domain::formatPercent(row.shareBp), cumulative,
                          domain::formatPercent(row.cumulativeBp));
    }
    ReportCharts::bars(canvas, canvas.block(canvas.mm(8) + canvas.mm(7) * 4),
                       QCoreApplication::translate("hc::report", "流失车辆按车龄"), labels, values,
                       texts);
    canvas.gap(canvas.mm(4));
}

void rfmChart(PdfCanvas& canvas, const services::MonthlyReport& report) {
    const auto& f = report.rfm.rfm;
    QStringList labels;
    QStringList texts;
    std::vector<long long> values;
    for (int i = 0; i < domain::kRfmSegmentCount; ++i) {
        const auto seg = static_cast<domain::RfmSegment>(i);
        labels << ReportLabels::rfmSegment(seg);
        values.push_back(f.count(seg));
        texts << QStringLiteral("%1 (%2%)")
                     .arg(f.count(seg))
                     .arg(domain::formatPercent(domain::percentBp(f.count(seg), f.population)));
    }
    ReportCharts::bars(canvas, canvas.block(canvas.mm(8) + canvas.mm(7) * 8),
                       QCoreApplication::translate("hc::report", "八类客户人数"), labels, values,
                       texts);
    canvas.gap(canvas.mm(4));
}

}  // namespace

bool PdfReportWriter::render(const services::MonthlyReport& report, QPagedPaintDevice& device,
                             const QString& sectionId) {
    PdfCanvas canvas(
        device,
        report.shopName.isEmpty()
            ? QCoreApplication::translate("hc::report", "回厂 · 月度经营报表")
            : QCoreApplication::translate("hc::report", "%1 · 月度经营报表").arg(report.shopName),
        QCoreApplication::translate("hc::report", "%1 月(截至 %2)")
            .arg(report.month.key(), report.asOf.toString(Qt::ISODate)));
    if (!canvas.isActive()) {
        return false;
    }
    const auto sections = ReportTables::build(report, true);
    for (const auto& section : sections) {
        if (!sectionId.isEmpty() && section.id != sectionId) {
            continue;
        }
        canvas.newPage();
        canvas.heading(section.title);
        if (section.id == u"composition") {
            ReportCharts::compositionPie(canvas, canvas.block(canvas.mm(60)), report);
            canvas.gap(canvas.mm(4));
        } else if (section.id == u"abc") {
            ReportCharts::pareto(canvas, canvas.block(canvas.mm(85)), report);
            canvas.gap(canvas.mm(4));
        } else if (section.id == u"matrix") {
            ReportCharts::matrixGrid(canvas, canvas.block(canvas.mm(110)), report);
            canvas.gap(canvas.mm(6));
        } else if (section.id == u"rfm") {
            rfmChart(canvas, report);
        } else if (section.id == u"churn") {
            churnCharts(canvas, report);
        }
        sectionTables(canvas, section);
    }
    if (sectionId.isEmpty() && report.auditHeadId > 0) {
        // The chain head: a printed copy can later prove the audit log unchanged.
        canvas.gap(canvas.mm(6));
        canvas.paragraph(
            QCoreApplication::translate(
                "hc::report", "操作日志链头:#%1 %2\n核对:huichang-cli audit verify --expect %1:%2")
                .arg(report.auditHeadId)
                .arg(report.auditHeadHash));
    }
    return true;
}

std::optional<QString> PdfReportWriter::write(const services::MonthlyReport& report,
                                              const QString& path) {
    return writePdfFile(
        path,
        QCoreApplication::translate("hc::report", "回厂月度经营报表 %1").arg(report.month.key()),
        [&](QPdfWriter& writer) { return render(report, writer); });
}

}  // namespace hc::report
