#pragma once

#include <QString>

#include <optional>

namespace hc::services {

/// Export formats of the monthly report. Keys "json", "pdf", "xlsx", "csv".
enum class ReportFormat { Json, Pdf, Xlsx, Csv };

[[nodiscard]] inline QString toKey(ReportFormat format) {
    switch (format) {
        case ReportFormat::Json:
            return QStringLiteral("json");
        case ReportFormat::Pdf:
            return QStringLiteral("pdf");
        case ReportFormat::Xlsx:
            return QStringLiteral("xlsx");
        case ReportFormat::Csv:
            return QStringLiteral("csv");
    }
    return {};
}

[[nodiscard]] inline std::optional<ReportFormat> reportFormatFromKey(const QString& key) {
    for (const auto f :
         {ReportFormat::Json, ReportFormat::Pdf, ReportFormat::Xlsx, ReportFormat::Csv}) {
        if (toKey(f) == key) {
            return f;
        }
    }
    return std::nullopt;
}

}  // namespace hc::services
