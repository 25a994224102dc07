#pragma once

#include <QByteArray>
#include <QString>

namespace hc::report {

/// Repairs the text layer of a PDF written by QPdfWriter with a CJK font (hc_report-private).
///
/// Qt writes each embedded font's ToUnicode CMap by mapping every glyph back to the LOWEST code
/// point that uses it. CJK fonts share glyphs between the Kangxi radicals / CJK radicals
/// supplement (U+2E80–U+2FDF) and the unified ideographs, so 户 厂 月 人 一 … came out of
/// pdftotext, copy-paste and viewer search as ⼾ ⼚ ⽉ ⼈ ⼀. This rewrites those destinations to
/// the unified ideograph with the same glyph in `family`. Each replacement keeps the byte length
/// (4 hex digits), so object offsets and the xref table stay valid.
class PdfToUnicodeFix {
public:
    /// Returns the repaired PDF bytes (unchanged when nothing needed fixing).
    [[nodiscard]] static QByteArray apply(const QByteArray& pdf, const QString& family);
};

}  // namespace hc::report
