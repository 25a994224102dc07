#include "PdfCanvas.h"

#include "hc/report/ReportFonts.h"
#include "hc/report/ReportLabels.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

namespace hc::report {

PdfCanvas::PdfCanvas(QPagedPaintDevice& writer, QString title, QString month)
    : writer_(writer),
      title_(std::move(title)),
      month_(std::move(month)),
      family_(ReportFonts::family()) {
    if (auto* pdf = dynamic_cast<QPdfWriter*>(&writer_)) {
        pdf->setPageSize(QPageSize(QPageSize::A4));
        pdf->setPageOrientation(QPageLayout::Portrait);
        pdf->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        pdf->setResolution(150);
    }
    painter_.begin(&writer_);
    const int w = writer_.width();
    const int h = writer_.height();
    left_ = mm(15);
    right_ = w - mm(15);
    top_ = mm(22);
    bottom_ = h - mm(18);
    y_ = top_;
}

PdfCanvas::~PdfCanvas() {
    if (painter_.isActive()) {
        painter_.end();
    }
}

int PdfCanvas::mm(double millimetres) const {
    return static_cast<int>(millimetres * writer_.logicalDpiY() / 25.4 + 0.5);
}

QFont PdfCanvas::font(double points, bool bold) const {
    QFont f(family_);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Without shaping the glyphs are the font's cmap glyphs, which the PDF's ToUnicode map covers:
    // shaped Latin runs ("GD1004", "陕A12345", VINs) used digit glyphs that had no ToUnicode entry,
    // so pdftotext, copy and search lost their digits. Chinese and Latin text need no shaping.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void PdfCanvas::decorate() {
    ++page_;
    painter_.save();
    painter_.setPen(QColor(0x33, 0x33, 0x33));
    painter_.setFont(font(8));
    const int headerY = mm(12);
    painter_.drawText(QRect(left_, headerY - mm(5), width(), mm(6)),
                      Qt::AlignLeft | Qt::AlignVCenter, title_);
    painter_.drawText(QRect(left_, headerY - mm(5), width(), mm(6)),
                      Qt::AlignRight | Qt::AlignVCenter, month_);
    painter_.drawLine(left_, headerY + mm(2), right_, headerY + mm(2));
    const int footerY = writer_.height() - mm(12);
    painter_.drawLine(left_, footerY - mm(2), right_, footerY - mm(2));
    painter_.drawText(QRect(left_, footerY, width(), mm(6)), Qt::AlignHCenter | Qt::AlignVCenter,
                      QCoreApplication::translate("hc::report", "第 %1 页").arg(page_));
    painter_.drawText(QRect(left_, footerY, width(), mm(6)), Qt::AlignRight | Qt::AlignVCenter,
                      month_);
    painter_.restore();
    y_ = top_;
}

void PdfCanvas::newPage() {
    if (page_ > 0) {
        writer_.newPage();
    }
    decorate();
}

void PdfCanvas::ensureSpace(int height) {
    if (page_ == 0 || y_ + height > bottom_) {
        newPage();
    }
}

void PdfCanvas::heading(const QString& text) {
    painter_.setFont(font(15, true));
    const int h = QFontMetrics(painter_.font(), &writer_).height();
    ensureSpace(h * 3);
    painter_.setPen(QColor(0x1F, 0x4E, 0x79));
    painter_.drawText(QRect(left_, y_, width(), h), Qt::AlignLeft | Qt::AlignVCenter, text);
    y_ += h + mm(3);
    painter_.setPen(Qt::black);
}

void PdfCanvas::subheading(const QString& text) {
    painter_.setFont(font(10.5, true));
    const int h = QFontMetrics(painter_.font(), &writer_).height();
    ensureSpace(h * 3);
    painter_.setPen(Qt::black);
    painter_.drawText(QRect(left_, y_, width(), h), Qt::AlignLeft | Qt::AlignVCenter, text);
    y_ += h + mm(1.5);
}

void PdfCanvas::paragraph(const QString& text) {
    painter_.setFont(font(9));
    const QFontMetrics fm(painter_.font(), &writer_);
    const QRect bound = fm.boundingRect(QRect(0, 0, width(), 100000), Qt::TextWordWrap, text);
    ensureSpace(bound.height());
    painter_.setPen(Qt::black);
    painter_.drawText(QRect(left_, y_, width(), bound.height()), Qt::TextWordWrap, text);
    y_ += bound.height() + mm(1);
}

QRect PdfCanvas::block(int height) {
    ensureSpace(height);
    const QRect r(left_, y_, width(), height);
    y_ += height;
    return r;
}

void PdfCanvas::tableHeader(const ReportTable& table, const QList<int>& widths, int rowHeight) {
    painter_.setFont(font(8, true));
    int x = left_;
    for (qsizetype c = 0; c < table.headers.size(); ++c) {
        const QRect cell(x, y_, widths.at(c), rowHeight);
        painter_.fillRect(cell, QColor(0xDD, 0xEB, 0xF7));
        painter_.setPen(QColor(0x99, 0x99, 0x99));
        painter_.drawRect(cell);
        painter_.setPen(Qt::black);
        painter_.drawText(
            cell.adjusted(mm(1), 0, -mm(1), 0), Qt::AlignCenter,
            QFontMetrics(painter_.font(), &writer_)
                .elidedText(table.headers.at(c), Qt::ElideRight, cell.width() - mm(2)));
        x += widths.at(c);
    }
    y_ += rowHeight;
}

void PdfCanvas::table(const ReportTable& table) {
    const auto columns = static_cast<int>(table.headers.size());
    if (columns == 0) {
        return;
    }
    // The first column and text-heavy last columns get more room.
    QList<int> weights(columns, 10);
    weights[0] = 16;
    if (table.headers.last() == QCoreApplication::translate("hc::report", "策略")) {
        weights[columns - 1] = 40;
    }
    if (table.headers.contains(QCoreApplication::translate("hc::report", "客户名称"))) {
        weights[static_cast<qsizetype>(
            table.headers.indexOf(QCoreApplication::translate("hc::report", "客户名称")))] = 18;
    }
    int total = 0;
    for (const int w : weights) {
        total += w;
    }
    QList<int> widths;
    for (const int w : weights) {
        widths << width() * w / total;
    }
    const QFont bodyFont = font(8);
    const int rowHeight = QFontMetrics(bodyFont, &writer_).height() + mm(2);
    subheading(table.title);
    ensureSpace(rowHeight * 3);
    tableHeader(table, widths, rowHeight);
    const std::size_t limit =
        table.pdfRowLimit > 0
            ? std::min<std::size_t>(table.rows.size(), static_cast<std::size_t>(table.pdfRowLimit))
            : table.rows.size();
    if (table.rows.empty()) {
        painter_.setFont(bodyFont);
        painter_.drawText(QRect(left_, y_, width(), rowHeight), Qt::AlignCenter,
                          QCoreApplication::translate("hc::report", "(无数据)"));
        y_ += rowHeight;
    }
    for (std::size_t r = 0; r < limit; ++r) {
        if (y_ + rowHeight > bottom_) {
            newPage();
            subheading(table.title + QCoreApplication::translate("hc::report", "(续)"));
            tableHeader(table, widths, rowHeight);
        }
        painter_.setFont(bodyFont);
        const QFontMetrics fm(bodyFont, &writer_);
        int x = left_;
        const auto& row = table.rows[r];
        for (int c = 0; c < columns; ++c) {
            const QRect cell(x, y_, widths.at(c), rowHeight);
            painter_.setPen(QColor(0xBB, 0xBB, 0xBB));
            painter_.drawRect(cell);
            painter_.setPen(Qt::black);
            if (static_cast<std::size_t>(c) < row.size()) {
                const auto& value = row[static_cast<std::size_t>(c)];
                const Qt::Alignment align =
                    (value.isNumber() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
                painter_.drawText(
                    cell.adjusted(mm(1), 0, -mm(1), 0), align,
                    fm.elidedText(value.display(), Qt::ElideRight, cell.width() - mm(2)));
            }
            x += widths.at(c);
        }
        y_ += rowHeight;
    }
    const std::size_t omitted = table.rows.size() - limit + table.omittedRows;
    if (omitted > 0) {
        paragraph(QCoreApplication::translate("hc::report", "……另有 %1 行见 XLSX/CSV 导出。")
                      .arg(omitted));
    }
    y_ += mm(3);
}

}  // namespace hc::report
