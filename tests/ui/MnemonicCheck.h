#pragma once

#include "hc/ui/Mnemonics.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QStringList>
#include <QTest>
#include <QWidget>

namespace hc::test {

namespace detail {
inline Qt::Key keyOf(QChar c) {
    if (c >= u'A' && c <= u'Z') {
        return static_cast<Qt::Key>(Qt::Key_A + (c.unicode() - u'A'));
    }
    if (c >= u'0' && c <= u'9') {
        return static_cast<Qt::Key>(Qt::Key_0 + (c.unicode() - u'0'));
    }
    return Qt::Key_unknown;
}

/// True when the focus is on `buddy` (or inside it, e.g. the line edit of a spin box).
inline bool focusIsOn(const QWidget* buddy) {
    const QWidget* focus = QApplication::focusWidget();
    return focus != nullptr && (focus == buddy || buddy->isAncestorOf(focus) ||
                                (buddy->focusProxy() != nullptr && focus == buddy->focusProxy()));
}
}  // namespace detail

/// Walks the visible '&' mnemonics of a form (labels, buttons, check boxes, group boxes, menu bar
/// titles) and
/// returns what is wrong, one line each (empty: all good):
/// - a letter used twice (Alt+letter would only cycle between them);
/// - a label without a buddy, or with a buddy that cannot take the focus;
/// - pressing Alt+letter on the shown, active form does not put the cursor into the label's buddy.
/// The form is shown and activated; `label` texts name the offender.
inline QStringList mnemonicProblems(QWidget* form) {
    QStringList problems;
    form->show();
    QApplication::setActiveWindow(form);
    if (!QTest::qWaitForWindowActive(form)) {
        return {QStringLiteral("form could not be activated")};
    }
    QMap<QChar, QStringList> owners;
    QList<QLabel*> labels;
    for (QWidget* w : form->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(form)) {
            continue;
        }
        QString text;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            text = label->text();
            if (!ui::Mnemonics::of(text).isNull()) {
                labels << label;
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            text = button->text();
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            text = box->title();
        }
        const QChar m = ui::Mnemonics::of(text);
        if (!m.isNull()) {
            owners[m] << text;
        }
    }
    // The menu bar's titles (文件(&F), 视图(&V), …) take Alt+letter in the whole window.
    for (QMenuBar* bar : form->findChildren<QMenuBar*>()) {
        for (QAction* action : bar->actions()) {
            const QChar m = ui::Mnemonics::of(action->text());
            if (!m.isNull() && action->isVisible()) {
                owners[m] << action->text();
            }
        }
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1) {
            problems << QStringLiteral("Alt+%1 used %2 times: %3")
                            .arg(it.key())
                            .arg(it.value().size())
                            .arg(it.value().join(QStringLiteral(", ")));
        }
    }
    for (QLabel* label : labels) {
        QWidget* buddy = label->buddy();
        if (buddy == nullptr) {
            problems << label->text() + QStringLiteral(": no buddy");
            continue;
        }
        if ((buddy->focusPolicy() & Qt::TabFocus) == 0 || !buddy->isEnabled()) {
            problems << label->text() + QStringLiteral(": buddy cannot take the focus");
            continue;
        }
        // Start somewhere else, then press the mnemonic.
        for (QWidget* other : form->findChildren<QWidget*>()) {
            if (other != buddy && !buddy->isAncestorOf(other) && other->isVisibleTo(form) &&
                other->isEnabled() && (other->focusPolicy() & Qt::TabFocus) != 0 &&
                qobject_cast<QAbstractButton*>(other) == nullptr) {
                other->setFocus();
                break;
            }
        }
        QWidget* target =
            QApplication::focusWidget() != nullptr ? QApplication::focusWidget() : form;
        QTest::keyClick(target, detail::keyOf(ui::Mnemonics::of(label->text())), Qt::AltModifier);
        if (!detail::focusIsOn(buddy)) {
            problems << label->text() + QStringLiteral(": Alt+%1 does not reach its field")
                                            .arg(ui::Mnemonics::of(label->text()));
        }
    }
    return problems;
}

}  // namespace hc::test
