#pragma once

#include <QString>

namespace hc::report {

/// The Chinese font of the printed report (needs a QGuiApplication).
class ReportFonts {
public:
    /// "Noto Sans CJK SC" (or another installed CJK family); when none is installed, loads
    /// /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc (or $HC_REPORT_FONT) through
    /// QFontDatabase::addApplicationFont. Empty when no CJK font can be found.
    [[nodiscard]] static QString family();
};

}  // namespace hc::report
