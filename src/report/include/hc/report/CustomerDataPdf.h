#pragma once

#include "hc/services/PrivacyService.h"

#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace hc::report {

/// The printed PIPL export of one customer (services::CustomerDataExport): a title with the
/// customer's number and the export time, then every table of the export with, per row, its
/// columns that hold a value (字段 / 值), on the page layout of TablePrinter. A table without rows
/// is listed as "无记录". Needs a QGuiApplication and a CJK font (ReportFonts).
class CustomerDataPdf {
public:
    static bool render(const services::CustomerDataExport& data, QPagedPaintDevice& device);
    /// Writes an A4 PDF (text searchable); an error message on failure.
    [[nodiscard]] static std::optional<QString> write(const services::CustomerDataExport& data,
                                                      const QString& path);
};

}  // namespace hc::report
