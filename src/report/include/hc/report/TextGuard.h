#pragma once

#include <QString>

namespace hc::report {

/// Spreadsheet formula injection guard shared by the CSV and XLSX writers.
class TextGuard {
public:
    /// True when a spreadsheet could read the text as a formula: it starts with = + - @, a tab
    /// or a carriage return.
    [[nodiscard]] static bool isDangerous(const QString& text) {
        if (text.isEmpty()) {
            return false;
        }
        const QChar c = text.front();
        return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
    }
};

}  // namespace hc::report
