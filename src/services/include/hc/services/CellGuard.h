#pragma once

#include <QString>

namespace hc::services {

/// The one spreadsheet formula-injection guard for every CSV and XLSX file the program writes
/// (import rejects, report exports): a text cell a spreadsheet could take for a formula — it
/// starts with = + - @, a tab or a carriage return — gets a leading apostrophe, so it shows as
/// text and never runs.
class CellGuard {
public:
    /// True when a spreadsheet could read the text as a formula.
    [[nodiscard]] static bool isDangerous(const QString& text);
    /// The text made inert ("'" prefixed when dangerous, unchanged otherwise).
    [[nodiscard]] static QString inert(const QString& text);
};

}  // namespace hc::services
