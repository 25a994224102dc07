#include "hc/report/CsvReportWriter.h"

#include "hc/report/ReportLabels.h"
#include "hc/report/ReportTables.h"
#include "hc/services/CellGuard.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace hc::report {

QString CsvReportWriter::field(const QString& text, bool isText) {
    QString t = isText ? services::CellGuard::inert(text) : text;
    if (t.contains(u',') || t.contains(u'"') || t.contains(u'\n') || t.contains(u'\r')) {
        t.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        t = u'"' + t + u'"';
    }
    return t;
}

QByteArray CsvReportWriter::toCsv(const services::MonthlyReport& report) {
    QString out;
    auto line = [&out](const QStringList& fields) {
        out += fields.join(u',');
        out += QStringLiteral("\r\n");
    };
    // The first line names the shop when its profile has a name (issue 9 item 4).
    const QString heading =
        report.shopName.isEmpty()
            ? QCoreApplication::translate("hc::report", "回厂月报")
            : QCoreApplication::translate("hc::report", "%1 · 月度经营报表").arg(report.shopName);
    line({field(heading), field(report.month.key()), field(report.asOf.toString(Qt::ISODate))});
    out += QStringLiteral("\r\n");
    for (const auto& section : ReportTables::build(report)) {
        line({field(QStringLiteral("[%1]").arg(section.id)), field(section.title)});
        for (const auto& note : section.notes) {
            line({field(note)});
        }
        for (const auto& table : section.tables) {
            line({field(table.title)});
            QStringList header;
            for (const auto& h : table.headers) {
                header << field(h);
            }
            line(header);
            for (const auto& row : table.rows) {
                QStringList cells;
                for (const auto& cell : row) {
                    cells << field(cell.display(), !cell.isNumber());
                }
                line(cells);
            }
            out += QStringLiteral("\r\n");
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

std::optional<QString> CsvReportWriter::write(const services::MonthlyReport& report,
                                              const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return QCoreApplication::translate("hc::report", "无法写入文件 %1:%2")
            .arg(path, file.errorString());
    }
    file.write(toCsv(report));
    if (!file.commit()) {
        return QCoreApplication::translate("hc::report", "无法写入文件 %1:%2")
            .arg(path, file.errorString());
    }
    return std::nullopt;
}

}  // namespace hc::report
