#pragma once

#include <QString>

#include <initializer_list>
#include <utility>

class QComboBox;

namespace hc::ui {

/// Combo boxes whose items carry the stored key (e.g. "maintenance") as user data.
class ComboKeys {
public:
    /// Appends (text, key) items.
    static void fill(QComboBox* combo, std::initializer_list<std::pair<QString, QString>> items);
    /// Selects the item with `key`; unknown keys select the first item.
    static void select(QComboBox* combo, const QString& key);
    [[nodiscard]] static QString key(const QComboBox* combo);
};

}  // namespace hc::ui
