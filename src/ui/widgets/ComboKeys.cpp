#include "hc/ui/ComboKeys.h"

#include <QComboBox>

namespace hc::ui {

void ComboKeys::fill(QComboBox* combo, std::initializer_list<std::pair<QString, QString>> items) {
    for (const auto& [text, key] : items) {
        combo->addItem(text, key);
    }
}

void ComboKeys::select(QComboBox* combo, const QString& key) {
    const int index = combo->findData(key);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString ComboKeys::key(const QComboBox* combo) {
    return combo->currentData().toString();
}

}  // namespace hc::ui
