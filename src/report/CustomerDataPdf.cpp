#include "hc/report/CustomerDataPdf.h"

#include "PdfFile.h"
#include "hc/report/ReportTable.h"
#include "hc/report/TablePrinter.h"

#include <QCoreApplication>
#include <QPdfWriter>

namespace hc::report {

bool CustomerDataPdf::render(const services::CustomerDataExport& data, QPagedPaintDevice& device) {
    const QString field = QCoreApplication::translate("hc::report", "字段");
    const QString value = QCoreApplication::translate("hc::report", "值");
    std::vector<ReportTable> tables;
    QStringList notes;
    for (const auto& t : data.tables) {
        if (t.rows.empty()) {
            notes << QCoreApplication::translate("hc::report", "%1:无记录").arg(t.table);
            continue;
        }
        int n = 0;
        for (const auto& row : t.rows) {
            ReportTable table;
            table.title = QStringLiteral("%1 (%2/%3)").arg(t.table).arg(++n).arg(t.rows.size());
            table.headers = {field, value};
            for (int i = 0; i < t.columns.size() && i < row.size(); ++i) {
                const QVariant& v = row.at(i);
                if (!v.isValid() || v.isNull() || v.toString().isEmpty()) {
                    continue;
                }
                table.rows.push_back(
                    {ReportCell::of(t.columns.at(i)), ReportCell::of(v.toString())});
            }
            tables.push_back(std::move(table));
        }
    }
    const QString title =
        QCoreApplication::translate("hc::report", "客户 %1 的个人信息").arg(data.customerId);
    QString subtitle = QCoreApplication::translate("hc::report", "导出时间 %1")
                           .arg(data.exportedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (data.erasedAt) {
        subtitle += QCoreApplication::translate("hc::report", ",个人信息已于 %1 删除")
                        .arg(data.erasedAt->left(10));
    }
    return TablePrinter::render(device, title, subtitle, tables, notes);
}

std::optional<QString> CustomerDataPdf::write(const services::CustomerDataExport& data,
                                              const QString& path) {
    return writePdfFile(
        path, QCoreApplication::translate("hc::report", "客户 %1 的个人信息").arg(data.customerId),
        [&](QPdfWriter& writer) { return render(data, writer); });
}

}  // namespace hc::report
