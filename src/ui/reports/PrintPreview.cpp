#include "hc/ui/PrintPreview.h"

#include "hc/report/ReceiptRenderer.h"
#include "hc/report/ReportTable.h"
#include "hc/report/TablePrinter.h"
#include "hc/services/ReceiptService.h"

#include <QAbstractItemModel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QWidget>

namespace hc::ui {

void PrintPreview::open(QWidget* parent, const QString& title, const Painter& paint) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&paint](QPrinter* p) { (void)paint(*p); });
    dialog.resize(900, 1000);
    dialog.exec();
}

bool PrintPreview::paintReceipt(const UiContext& ctx, domain::VisitId id, QPagedPaintDevice& device,
                                QString* error) {
    if (ctx.receipts == nullptr) {
        return false;
    }
    const auto receipt = ctx.receipts->receipt(id);
    if (!receipt) {
        if (error != nullptr) {
            *error = receipt.error().message;
        }
        return false;
    }
    return report::ReceiptRenderer::render(receipt.value(), device);
}

void PrintPreview::receipt(const UiContext& ctx, domain::VisitId id, QWidget* parent) {
    if (ctx.receipts == nullptr) {
        return;
    }
    const auto built = ctx.receipts->receipt(id);
    if (!built) {
        QMessageBox::warning(parent, tr("打印结算单"), built.error().message);
        return;
    }
    const services::VisitReceipt receipt = built.value();
    open(parent, tr("结算单 %1").arg(receipt.visit.workOrder), [receipt](QPrinter& printer) {
        return report::ReceiptRenderer::render(receipt, printer);
    });
}

report::ReportTable PrintPreview::tableOf(const QAbstractItemModel& model, const QString& title) {
    report::ReportTable table;
    table.title = title;
    for (int c = 0; c < model.columnCount(); ++c) {
        table.headers << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        std::vector<report::ReportCell> row;
        for (int c = 0; c < model.columnCount(); ++c) {
            row.push_back(
                report::ReportCell::of(model.data(model.index(r, c), Qt::DisplayRole).toString()));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

void PrintPreview::modelTable(QWidget* parent, const QString& title, const QString& subtitle,
                              const QAbstractItemModel* model) {
    if (model == nullptr) {
        return;
    }
    open(parent, title,
         [=](QPrinter& printer) { return paintModelTable(printer, title, subtitle, *model); });
}

bool PrintPreview::paintModelTable(QPagedPaintDevice& device, const QString& title,
                                   const QString& subtitle, const QAbstractItemModel& model) {
    const report::ReportTable table =
        tableOf(model, tr("%1(共 %2 条)").arg(subtitle).arg(model.rowCount()));
    return report::TablePrinter::render(device, title, subtitle, {table});
}

}  // namespace hc::ui
