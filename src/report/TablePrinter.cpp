#include "hc/report/TablePrinter.h"

#include "PdfCanvas.h"

namespace hc::report {

bool TablePrinter::render(QPagedPaintDevice& device, const QString& title, const QString& subtitle,
                          const std::vector<ReportTable>& tables, const QStringList& notes) {
    PdfCanvas canvas(device, title, subtitle);
    if (!canvas.isActive()) {
        return false;
    }
    canvas.newPage();
    canvas.heading(title);
    for (const QString& note : notes) {
        canvas.paragraph(note);
    }
    for (const auto& table : tables) {
        canvas.table(table);
    }
    return true;
}

}  // namespace hc::report
