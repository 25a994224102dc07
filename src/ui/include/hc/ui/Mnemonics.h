#pragma once

#include <QChar>
#include <QString>

class QWidget;

namespace hc::ui {

/// Keyboard mnemonics (Alt+letter) of form labels.
class Mnemonics {
public:
    /// The mnemonic of a text, upper-case ("车辆(&V)" → 'V'); a null QChar when none ("&&" is a
    /// literal ampersand).
    [[nodiscard]] static QChar of(const QString& text);

    /// Makes every label under `root` move the focus to its own field: QFormLayout sets a label's
    /// buddy to the row's widget, which for a field wrapped with its message (FieldFeedback::wrap)
    /// is a container that cannot take the focus, so Alt+letter did nothing. Such buddies are
    /// replaced by the first widget inside that takes the focus. Call at the end of a form's build.
    static void resolveBuddies(QWidget* root);
};

}  // namespace hc::ui
