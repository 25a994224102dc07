#include "ReportCharts.h"

#include "PdfCanvas.h"
#include "hc/domain/Percent.h"
#include "hc/report/ReportLabels.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainterPath>

#include <algorithm>
#include <array>

namespace hc::report {

namespace {

const std::array<QColor, 8> kPalette = {QColor(0x2E, 0x75, 0xB6), QColor(0xF4, 0xB1, 0x83),
                                        QColor(0xC0, 0x39, 0x2B), QColor(0x9E, 0x9E, 0x9E),
                                        QColor(0xD9, 0xD9, 0xD9), QColor(0x70, 0xAD, 0x47),
                                        QColor(0xFF, 0xC0, 0x00), QColor(0x7F, 0x60, 0x84)};

}  // namespace

void ReportCharts::compositionPie(PdfCanvas& canvas, const QRect& rect,
                                  const services::MonthlyReport& report) {
    QPainter& p = canvas.painter();
    const auto& rows = report.composition.report;
    const QStringList keys = {QStringLiteral("loyal"), QStringLiteral("swing"),
                              QStringLiteral("lost"), QStringLiteral("invalid"),
                              QStringLiteral("no_visit")};
    int total = 0;
    for (const auto& key : keys) {
        const auto* row = rows.row(key);
        total += row ? row->count : 0;
    }
    const int side = std::min(rect.height(), rect.width() / 2) - canvas.mm(4);
    const QRect pie(rect.left() + canvas.mm(4), rect.top() + canvas.mm(2), side, side);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    int angle = 90 * 16;
    p.setFont(canvas.font(9));
    const int lineH = QFontMetrics(p.font(), p.device()).height() + canvas.mm(1.5);
    int ly = rect.top() + canvas.mm(6);
    const int lx = pie.right() + canvas.mm(10);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const auto* row = rows.row(keys.at(i));
        const int count = row ? row->count : 0;
        const QColor colour = kPalette.at(static_cast<std::size_t>(i));
        p.setBrush(colour);
        p.setPen(QPen(Qt::white, 2));
        if (total > 0 && count > 0) {
            const int span = static_cast<int>(-static_cast<long long>(count) * 360 * 16 / total);
            p.drawPie(pie, angle, span);
            angle += span;
        }
        p.setPen(Qt::NoPen);
        p.drawRect(QRect(lx, ly + lineH / 4, lineH / 2, lineH / 2));
        p.setPen(Qt::black);
        p.drawText(QRect(lx + lineH, ly, rect.right() - lx - lineH, lineH),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1  %2  (%3%)")
                       .arg(ReportLabels::compositionRow(keys.at(i)))
                       .arg(count)
                       .arg(domain::formatPercent(row ? row->shareBp : 0)));
        ly += lineH;
    }
    if (total == 0) {
        p.setPen(Qt::gray);
        p.drawEllipse(pie);
        p.drawText(pie, Qt::AlignCenter, QCoreApplication::translate("hc::report", "(无数据)"));
    }
    p.restore();
}

void ReportCharts::pareto(PdfCanvas& canvas, const QRect& rect,
                          const services::MonthlyReport& report) {
    QPainter& p = canvas.painter();
    const auto& s = report.abc.summary;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(canvas.font(7.5));
    const QFontMetrics fm(p.font(), p.device());
    const QRect plot = rect.adjusted(canvas.mm(14), canvas.mm(6), -canvas.mm(14), -canvas.mm(9));
    p.setPen(QPen(Qt::black, 1));
    p.drawRect(plot);
    p.drawText(QRect(rect.left(), rect.top(), rect.width(), canvas.mm(5)), Qt::AlignHCenter,
               QCoreApplication::translate("hc::report", "帕累托图:柱 = 实收金额,线 = 累计占比"));
    // Right axis 0–100 %, ticks every 20 %.
    for (int pct = 0; pct <= 100; pct += 20) {
        const int y = plot.bottom() - plot.height() * pct / 100;
        p.setPen(QColor(0xE0, 0xE0, 0xE0));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(Qt::black);
        p.drawText(
            QRect(plot.right() + canvas.mm(1), y - fm.height() / 2, canvas.mm(13), fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1%").arg(pct));
    }
    const auto n = static_cast<int>(s.pareto.size());
    if (n == 0) {
        p.drawText(plot, Qt::AlignCenter, QCoreApplication::translate("hc::report", "(无数据)"));
        p.restore();
        return;
    }
    domain::Fen maxAmount = 1;
    for (const auto& pt : s.pareto) {
        maxAmount = std::max(maxAmount, pt.amountFen);
    }
    p.drawText(QRect(rect.left(), plot.top() - fm.height() / 2, canvas.mm(13), fm.height()),
               Qt::AlignRight | Qt::AlignVCenter,
               QString::number(static_cast<double>(maxAmount) / 100.0, 'f', 0));
    const double step = static_cast<double>(plot.width()) / n;
    QPainterPath line;
    for (int i = 0; i < n; ++i) {
        const auto& pt = s.pareto[static_cast<std::size_t>(i)];
        const int h =
            static_cast<int>(static_cast<double>(pt.amountFen) / maxAmount * plot.height() * 0.95);
        const QRectF bar(plot.left() + i * step + step * 0.15, plot.bottom() - h, step * 0.7, h);
        p.fillRect(bar, kPalette.at(0));
        const QPointF point(plot.left() + (i + 0.5) * step,
                            plot.bottom() - plot.height() * pt.cumulativeBp / 10000.0);
        i == 0 ? line.moveTo(point) : line.lineTo(point);
        if (n <= 20) {
            p.setPen(Qt::black);
            p.drawText(
                QRectF(plot.left() + i * step, plot.bottom() + canvas.mm(1), step, fm.height()),
                Qt::AlignHCenter,
                !s.perCustomer ? domain::formatPercent(pt.customerShareBp) + u'%'
                : pt.firstRank == pt.customers
                    ? QString::number(pt.customers)
                    : QStringLiteral("%1-%2").arg(pt.firstRank).arg(pt.customers));
        }
    }
    p.setPen(QPen(kPalette.at(2), canvas.mm(0.6)));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    for (const int mark : {s.aMarkBp, s.bMarkBp}) {
        const int y = plot.bottom() - static_cast<int>(plot.height() * mark / 10000.0);
        p.setPen(QPen(kPalette.at(6), canvas.mm(0.4), Qt::DashLine));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(Qt::black);
        p.drawText(QRect(plot.right() - canvas.mm(31), y - fm.height(), canvas.mm(30), fm.height()),
                   Qt::AlignRight | Qt::AlignBottom,
                   QStringLiteral("%1%").arg(domain::formatPercent(mark)));
    }
    p.drawText(QRect(plot.left(), plot.bottom() + canvas.mm(4), plot.width(), fm.height()),
               Qt::AlignHCenter,
               s.perCustomer
                   ? QCoreApplication::translate("hc::report", "客户名次")
                   : QCoreApplication::translate("hc::report", "累计客户占比(按名次十等分)"));
    p.restore();
}

void ReportCharts::matrixGrid(PdfCanvas& canvas, const QRect& rect,
                              const services::MonthlyReport& report) {
    QPainter& p = canvas.painter();
    const auto& m = report.matrix.summary;
    p.save();
    const int headW = canvas.mm(22);
    const int headH = canvas.mm(8);
    const int cellW = (rect.width() - headW) / 2;
    const int cellH = (rect.height() - headH) / 3;
    p.setFont(canvas.font(9, true));
    p.drawText(QRect(rect.left() + headW, rect.top(), cellW, headH), Qt::AlignCenter,
               QCoreApplication::translate("hc::report", "忠诚度高(+)"));
    p.drawText(QRect(rect.left() + headW + cellW, rect.top(), cellW, headH), Qt::AlignCenter,
               QCoreApplication::translate("hc::report", "忠诚度低(−)"));
    for (int g = 0; g < 3; ++g) {
        const auto grade = static_cast<domain::AbcGrade>(g);
        p.setFont(canvas.font(9, true));
        p.setPen(Qt::black);
        p.drawText(QRect(rect.left(), rect.top() + headH + g * cellH, headW, cellH),
                   Qt::AlignCenter | Qt::TextWordWrap, ReportLabels::grade(grade));
        for (int plus = 0; plus < 2; ++plus) {
            const auto& c = m.cells.at(static_cast<std::size_t>(g * 2 + plus));
            const QRect cell(rect.left() + headW + plus * cellW, rect.top() + headH + g * cellH,
                             cellW, cellH);
            p.fillRect(cell, plus == 0 ? QColor(0xE2, 0xEF, 0xDA) : QColor(0xFC, 0xE4, 0xD6));
            p.setPen(QColor(0x80, 0x80, 0x80));
            p.drawRect(cell);
            p.setPen(Qt::black);
            const QRect inner =
                cell.adjusted(canvas.mm(2), canvas.mm(1.5), -canvas.mm(2), -canvas.mm(1.5));
            p.setFont(canvas.font(9, true));
            const int lineH = QFontMetrics(p.font(), p.device()).height();
            p.drawText(QRect(inner.left(), inner.top(), inner.width(), lineH), Qt::AlignLeft,
                       QCoreApplication::translate("hc::report", "%1  %2 人(%3%)  %4 元(%5%)")
                           .arg(domain::toKey(c.cell))
                           .arg(c.customers)
                           .arg(domain::formatPercent(c.customerShareBp),
                                domain::formatHundredths(c.revenueFen),
                                domain::formatPercent(c.revenueShareBp)));
            p.setFont(canvas.font(7.5));
            p.drawText(inner.adjusted(0, lineH + canvas.mm(1), 0, 0),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, c.strategy);
        }
    }
    p.restore();
}

void ReportCharts::bars(PdfCanvas& canvas, const QRect& rect, const QString& title,
                        const QStringList& labels, const std::vector<long long>& values,
                        const QStringList& valueTexts) {
    QPainter& p = canvas.painter();
    p.save();
    p.setFont(canvas.font(9, true));
    const int titleH = QFontMetrics(p.font(), p.device()).height() + canvas.mm(1);
    p.drawText(QRect(rect.left(), rect.top(), rect.width(), titleH), Qt::AlignLeft, title);
    p.setFont(canvas.font(8));
    const auto n = static_cast<int>(labels.size());
    if (n == 0) {
        p.drawText(rect.adjusted(0, titleH, 0, 0), Qt::AlignCenter,
                   QCoreApplication::translate("hc::report", "(无数据)"));
        p.restore();
        return;
    }
    long long maxValue = 1;
    for (const long long v : values) {
        maxValue = std::max(maxValue, v);
    }
    const int labelW = canvas.mm(28);
    const int valueW = canvas.mm(30);
    const int barH = std::min(canvas.mm(7), (rect.height() - titleH) / n);
    const int plotW = rect.width() - labelW - valueW;
    for (int i = 0; i < n; ++i) {
        const int y = rect.top() + titleH + i * barH;
        const QFontMetrics fm(p.font(), p.device());
        p.setPen(Qt::black);
        p.drawText(QRect(rect.left(), y, labelW - canvas.mm(2), barH),
                   Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(labels.at(i), Qt::ElideRight, labelW - canvas.mm(2)));
        const int w = static_cast<int>(static_cast<double>(values[static_cast<std::size_t>(i)]) /
                                       static_cast<double>(maxValue) * plotW);
        p.fillRect(QRect(rect.left() + labelW, y + barH / 6, w, barH * 2 / 3),
                   kPalette.at(static_cast<std::size_t>(i) % 3 == 0 ? 0 : 5));
        p.drawText(QRect(rect.left() + labelW + w + canvas.mm(1), y, valueW, barH),
                   Qt::AlignLeft | Qt::AlignVCenter, valueTexts.value(i));
    }
    p.restore();
}

}  // namespace hc::report
