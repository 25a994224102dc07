#pragma once

#include "hc/report/ReportTable.h"

#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QString>

namespace hc::report {

/// Page flow on a paged device (hc_report-private): pages with a header (title, month) and a
/// footer (page number), a cursor `y` that moves down, text and tables that break onto new pages.
/// On a QPdfWriter the pages are A4 at 150 dpi; on a printer (QPrinter, print preview) the
/// printer's page layout and resolution are kept. Coordinates are device pixels.
class PdfCanvas {
public:
    PdfCanvas(QPagedPaintDevice& writer, QString title, QString month);
    ~PdfCanvas();
    PdfCanvas(const PdfCanvas&) = delete;
    PdfCanvas& operator=(const PdfCanvas&) = delete;

    [[nodiscard]] bool isActive() const { return painter_.isActive(); }
    QPainter& painter() { return painter_; }
    [[nodiscard]] QFont font(double points, bool bold = false) const;
    [[nodiscard]] int left() const { return left_; }
    [[nodiscard]] int width() const { return right_ - left_; }
    [[nodiscard]] int y() const { return y_; }
    void setY(int y) { y_ = y; }
    /// Pixels for a length in millimetres.
    [[nodiscard]] int mm(double millimetres) const;

    /// Starts a new page (the first call uses the writer's first page).
    void newPage();
    /// Starts a new page unless `height` more pixels fit below the cursor.
    void ensureSpace(int height);
    void heading(const QString& text);
    void subheading(const QString& text);
    /// A paragraph, wrapped to the content width.
    void paragraph(const QString& text);
    /// A table; long tables continue on the next page with the header repeated. Prints at most
    /// table.pdfRowLimit rows when set, with a line saying how many were left out.
    void table(const ReportTable& table);
    /// Reserves `height` pixels for a drawing and returns its rectangle (new page if needed).
    QRect block(int height);
    void gap(int pixels) { y_ += pixels; }

private:
    void decorate();
    void tableHeader(const ReportTable& table, const QList<int>& widths, int rowHeight);

    QPagedPaintDevice& writer_;
    QPainter painter_;
    QString title_;
    QString month_;
    QString family_;
    int page_ = 0;
    int left_ = 0;
    int right_ = 0;
    int top_ = 0;
    int bottom_ = 0;
    int y_ = 0;
};

}  // namespace hc::report
