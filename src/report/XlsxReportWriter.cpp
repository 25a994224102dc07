#include "hc/report/XlsxReportWriter.h"

#include "hc/report/ReportLabels.h"
#include "hc/report/ReportTables.h"
#include "hc/services/CellGuard.h"

#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

namespace hc::report {

namespace {

struct Formats {
    lxw_format* title = nullptr;
    lxw_format* header = nullptr;
    lxw_format* decimal = nullptr;
};

/// Every text the workbook gets goes through the one formula guard.
QByteArray guarded(const QString& text) {
    return services::CellGuard::inert(text).toUtf8();
}

void writeCell(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const ReportCell& cell,
               const Formats& f) {
    switch (cell.kind) {
        case ReportCell::Kind::Empty:
            return;
        case ReportCell::Kind::Text:
            // A string cell, and made inert like every CSV cell (one guard, CellGuard).
            worksheet_write_string(ws, row, col, guarded(cell.text).constData(), nullptr);
            return;
        case ReportCell::Kind::Integer:
            worksheet_write_number(ws, row, col, static_cast<double>(cell.number), nullptr);
            return;
        case ReportCell::Kind::Percent:
        case ReportCell::Kind::Money:
        case ReportCell::Kind::Hundredths:
            worksheet_write_number(ws, row, col, static_cast<double>(cell.number) / 100.0,
                                   f.decimal);
            return;
    }
}

void writeSection(lxw_workbook* wb, const ReportSection& section, const QString& month,
                  const QString& shopName, const Formats& f) {
    const QByteArray name = section.title.left(31).toUtf8();
    lxw_worksheet* ws = workbook_add_worksheet(wb, name.constData());
    if (ws == nullptr) {
        ws = workbook_add_worksheet(wb, nullptr);
    }
    worksheet_set_column(ws, 0, 0, 22, nullptr);
    worksheet_set_column(ws, 1, 8, 14, nullptr);
    lxw_row_t row = 0;
    worksheet_write_string(
        ws, row, 0,
        guarded(shopName.isEmpty()
                    ? QStringLiteral("%1 %2").arg(section.title, month)
                    : QStringLiteral("%1 · %2 %3").arg(shopName, section.title, month))
            .constData(),
        f.title);
    ++row;
    for (const auto& note : section.notes) {
        worksheet_write_string(ws, row++, 0, guarded(note).constData(), nullptr);
    }
    ++row;
    for (const auto& table : section.tables) {
        worksheet_write_string(ws, row++, 0, guarded(table.title).constData(), f.title);
        for (qsizetype c = 0; c < table.headers.size(); ++c) {
            worksheet_write_string(ws, row, static_cast<lxw_col_t>(c),
                                   guarded(table.headers.at(c)).constData(), f.header);
        }
        ++row;
        for (const auto& cells : table.rows) {
            for (std::size_t c = 0; c < cells.size(); ++c) {
                writeCell(ws, row, static_cast<lxw_col_t>(c), cells[c], f);
            }
            ++row;
        }
        ++row;
    }
}

}  // namespace

std::optional<QString> XlsxReportWriter::write(const services::MonthlyReport& report,
                                               const QString& path) {
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;  // rows are written in order; bounded memory at 100k rows
    lxw_workbook* wb = workbook_new_opt(QFile::encodeName(partial).constData(), &options);
    if (wb == nullptr) {
        return QCoreApplication::translate("hc::report", "无法创建文件 %1").arg(path);
    }
    Formats f;
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 12);
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDDEBF7);
    format_set_border(f.header, LXW_BORDER_THIN);
    f.decimal = workbook_add_format(wb);
    format_set_num_format(f.decimal, "0.00");
    for (const auto& section : ReportTables::build(report)) {
        writeSection(wb, section, report.month.key(), report.shopName, f);
    }
    const lxw_error rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR) {
        QFile::remove(partial);
        return QCoreApplication::translate("hc::report", "无法写入文件 %1:%2")
            .arg(path, QString::fromUtf8(lxw_strerror(rc)));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return QCoreApplication::translate("hc::report", "无法写入文件 %1").arg(path);
    }
    return std::nullopt;
}

}  // namespace hc::report
