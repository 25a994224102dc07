#include "hc/report/ReportExporter.h"

#include "hc/report/CsvReportWriter.h"
#include "hc/report/PdfReportWriter.h"
#include "hc/report/ReportJson.h"
#include "hc/report/ReportLabels.h"
#include "hc/report/XlsxReportWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace hc::report {

namespace {

std::optional<QString> writeJson(const services::MonthlyReport& report, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return QCoreApplication::translate("hc::report", "无法写入文件 %1:%2")
            .arg(path, file.errorString());
    }
    file.write(ReportJson::toJson(report));
    if (!file.commit()) {
        return QCoreApplication::translate("hc::report", "无法写入文件 %1:%2")
            .arg(path, file.errorString());
    }
    return std::nullopt;
}

}  // namespace

services::VoidResult ReportExporter::write(const services::MonthlyReport& report,
                                           services::ReportFormat format, const QString& path) {
    std::optional<QString> error;
    switch (format) {
        case services::ReportFormat::Json:
            error = writeJson(report, path);
            break;
        case services::ReportFormat::Pdf:
            error = PdfReportWriter::write(report, path);
            break;
        case services::ReportFormat::Xlsx:
            error = XlsxReportWriter::write(report, path);
            break;
        case services::ReportFormat::Csv:
            error = CsvReportWriter::write(report, path);
            break;
    }
    if (error) {
        return services::ServiceError{services::ServiceError::Code::Failed, *error,
                                      QStringLiteral("file"), *error};
    }
    return services::Done{};
}

std::function<services::VoidResult(const services::MonthlyReport&)> ReportExporter::writer(
    services::ReportFormat format, const QString& path) {
    return [format, path](const services::MonthlyReport& report) {
        return write(report, format, path);
    };
}

}  // namespace hc::report
