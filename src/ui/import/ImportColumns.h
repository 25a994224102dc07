#pragma once

#include <QString>

namespace hc::ui {

/// The import wizard's file columns → fields: the field a column feeds by its header, and the
/// names of a customer list's fields (in the wizard's translation context).
class ImportColumns {
public:
    static constexpr int kIgnored = -1;

    /// The field a file column feeds by its header's synonyms (VisitRowMapper's list, or
    /// CustomerRowMapper's for a customer list), or kIgnored.
    [[nodiscard]] static int autoField(const QString& header, bool customerList);
    /// The name of CustomerRowMapper's column `c`, translated.
    [[nodiscard]] static QString customerLabel(int c);
};

}  // namespace hc::ui
