#pragma once

#include "hc/services/VisitReceipt.h"

#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace hc::report {

/// The visit receipt (结算单): ONE rendering of a services::VisitReceipt, used by the app's print
/// preview (a QPrinter) and by `huichang-cli print visit` (a PDF). Shop header (name, address,
/// phone, hours), customer and vehicle, work done, fees and the amount received, the next service
/// date and mileage, recommendations, a signature line. Needs a QGuiApplication and a CJK font
/// (ReportFonts).
class ReceiptRenderer {
public:
    /// Paints the receipt on the device (one page); false when it cannot be painted on.
    static bool render(const services::VisitReceipt& receipt, QPagedPaintDevice& device);
    /// Writes an A4 PDF (text searchable, see PdfToUnicodeFix); an error message on failure.
    [[nodiscard]] static std::optional<QString> writePdf(const services::VisitReceipt& receipt,
                                                         const QString& path);
};

}  // namespace hc::report
