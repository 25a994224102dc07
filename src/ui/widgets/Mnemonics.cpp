#include "hc/ui/Mnemonics.h"

#include <QLabel>
#include <QWidget>

namespace hc::ui {

QChar Mnemonics::of(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&') {
            continue;
        }
        if (text.at(i + 1) == u'&') {
            ++i;  // "&&": a literal ampersand
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

namespace {
bool takesFocus(const QWidget* w) {
    return (w->focusPolicy() & Qt::TabFocus) != 0 && !w->isHidden() &&
           qobject_cast<const QLabel*>(w) == nullptr;
}
}  // namespace

void Mnemonics::resolveBuddies(QWidget* root) {
    for (QLabel* label : root->findChildren<QLabel*>()) {
        QWidget* buddy = label->buddy();
        if (buddy == nullptr || takesFocus(buddy)) {
            continue;
        }
        for (QWidget* child : buddy->findChildren<QWidget*>()) {
            if (takesFocus(child)) {
                label->setBuddy(child);
                break;
            }
        }
    }
}

}  // namespace hc::ui
