#pragma once

#include <QString>

#include <functional>
#include <optional>

class QPdfWriter;

namespace hc::report {

/// Writes a PDF the one safe way every PDF of the program is written: needs a QGuiApplication and
/// a CJK font; paints into `path`.part, makes its text extractable (PdfToUnicodeFix), then renames
/// it over `path`, so a failed write never leaves half a file. `paint` returns false on failure.
/// Returns the user-level message on failure, nullopt on success.
std::optional<QString> writePdfFile(const QString& path, const QString& title,
                                    const std::function<bool(QPdfWriter&)>& paint);

}  // namespace hc::report
