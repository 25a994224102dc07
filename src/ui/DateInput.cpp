#include "hc/ui/DateInput.h"

#include <QDate>
#include <QDateEdit>
#include <QKeyEvent>

#include <algorithm>

namespace hc::ui {

DateInput::DateInput(QDateEdit* edit) : QObject(edit), edit_(edit) {
    edit_->installEventFilter(this);
}

DateInput* DateInput::setup(QDateEdit* edit) {
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    return new DateInput(edit);
}

bool DateInput::eventFilter(QObject* watched, QEvent* event) {
    if (watched == edit_ && event->type() == QEvent::FocusIn) {
        lastDigitSection_ = QDateTimeEdit::NoSection;
    }
    if (watched == edit_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool digit = key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9 &&
                           (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        // The field shows its "no date" text (not a date being typed that is still below the
        // minimum, e.g. the "1" of day 16).
        const bool showsNoDate = !edit_->specialValueText().isEmpty() &&
                                 edit_->date() == edit_->minimumDate() &&
                                 edit_->text() == edit_->specialValueText();
        const bool separator = key->key() == Qt::Key_Minus || key->key() == Qt::Key_Slash ||
                               key->key() == Qt::Key_Period;
        if (separator && lastDigitSection_ != QDateTimeEdit::NoSection &&
            edit_->currentSection() != lastDigitSection_) {
            // The section was complete and Qt already moved on: the typed "-" must not skip the
            // next one ("2026-12-16" would land 16 in no section and keep day 12).
            lastDigitSection_ = QDateTimeEdit::NoSection;
            return true;
        }
        if (separator) {
            lastDigitSection_ = QDateTimeEdit::NoSection;
        }
        if (digit && showsNoDate) {
            // Start from a real date so the typed digits have sections to fill.
            const QDate start = std::clamp(QDate::currentDate().addDays(1),
                                           edit_->minimumDate().addDays(1), edit_->maximumDate());
            edit_->setDate(start);
            edit_->setCurrentSection(QDateTimeEdit::YearSection);
            edit_->setSelectedSection(QDateTimeEdit::YearSection);
        }
        if (digit) {
            lastDigitSection_ = edit_->currentSection();
        }
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace hc::ui
