#pragma once

#include "hc/domain/Visit.h"
#include "hc/ui/UiContext.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QPagedPaintDevice;
class QPrinter;
class QWidget;

namespace hc::report {
struct ReportTable;
}

namespace hc::ui {

/// Printing from the app (QPrinter + QPrintPreviewDialog): the user sees the pages first and
/// prints (or saves a PDF) from the preview. The painting itself is hc_report's (ReceiptRenderer,
/// PdfReportWriter::render, TablePrinter), the same as the CLI's PDFs.
class PrintPreview {
    Q_DECLARE_TR_FUNCTIONS(hc::ui::PrintPreview)
public:
    using Painter = std::function<bool(QPrinter&)>;

    /// Opens the preview (modal) painting with `paint`.
    static void open(QWidget* parent, const QString& title, const Painter& paint);
    /// Paints the receipt (结算单) of a visit on `device` (the preview's printer, or a PDF
    /// writer); on failure false and `error` says why.
    static bool paintReceipt(const UiContext& ctx, domain::VisitId id, QPagedPaintDevice& device,
                             QString* error);
    /// The receipt in the preview; a message box when it cannot be built (e.g. voided).
    static void receipt(const UiContext& ctx, domain::VisitId id, QWidget* parent);

    /// What a list shows (display texts of every row and column, headers included), as a table.
    [[nodiscard]] static report::ReportTable tableOf(const QAbstractItemModel& model,
                                                     const QString& title);
    /// The list in the preview (report::TablePrinter), e.g. the day's callback list as filtered.
    static void modelTable(QWidget* parent, const QString& title, const QString& subtitle,
                           const QAbstractItemModel* model);
    /// What modelTable() paints, on any paged device (the preview's printer, a PDF file).
    static bool paintModelTable(QPagedPaintDevice& device, const QString& title,
                                const QString& subtitle, const QAbstractItemModel& model);
};

}  // namespace hc::ui
