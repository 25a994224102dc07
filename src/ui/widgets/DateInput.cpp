#include "hc/ui/DateInput.h"

#include "hc/domain/DateParser.h"

#include <QAction>
#include <QCalendarWidget>
#include <QDate>
#include <QDateEdit>
#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyle>

#include <algorithm>

namespace hc::ui {

DateInput::DateInput(QDateTimeEdit* dateEdit, QLineEdit* lineEdit)
    : QObject(dateEdit != nullptr ? static_cast<QObject*>(dateEdit) : lineEdit),
      dateEdit_(dateEdit),
      lineEdit_(lineEdit) {
    setObjectName(QStringLiteral("hcDateInput"));
    (dateEdit_ != nullptr ? static_cast<QWidget*>(dateEdit_) : lineEdit_)->installEventFilter(this);
}

DateInput* DateInput::setup(QDateEdit* edit) {
    return setup(edit, QStringLiteral("yyyy-MM-dd"));
}

DateInput* DateInput::setup(QDateTimeEdit* edit, const QString& displayFormat) {
    edit->setDisplayFormat(displayFormat);
    edit->setCalendarPopup(true);
    edit->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    return new DateInput(edit, nullptr);
}

DateInput* DateInput::addCalendar(QLineEdit* edit) {
    auto* input = new DateInput(nullptr, edit);
    QIcon icon = QIcon::fromTheme(QStringLiteral("x-office-calendar"));
    if (icon.isNull()) {
        icon = edit->style()->standardIcon(QStyle::SP_ArrowDown);
    }
    QAction* pick = edit->addAction(icon, QLineEdit::TrailingPosition);
    pick->setToolTip(tr("选择日期 (F4)"));
    connect(pick, &QAction::triggered, input, &DateInput::openCalendar);
    return input;
}

void DateInput::openCalendar() {
    if (lineEdit_ == nullptr) {
        return;
    }
    if (calendar_ == nullptr) {
        calendar_ = new QCalendarWidget(lineEdit_);
        calendar_->setWindowFlag(Qt::Popup);
        calendar_->setGridVisible(true);
        const auto chosen = [this](const QDate& date) {
            lineEdit_->setText(date.toString(Qt::ISODate));
            lineEdit_->setFocus(Qt::PopupFocusReason);
            calendar_->close();
        };
        connect(calendar_, &QCalendarWidget::activated, this, chosen);
        connect(calendar_, &QCalendarWidget::clicked, this, chosen);
    }
    const auto typed = domain::DateParser::toDate(lineEdit_->text());
    calendar_->setSelectedDate(typed.value_or(QDate::currentDate()));
    calendar_->move(lineEdit_->mapToGlobal(QPoint(0, lineEdit_->height())));
    calendar_->show();
    calendar_->setFocus(Qt::PopupFocusReason);
}

bool DateInput::dateEditKey(QKeyEvent* key) {
    const bool digit = key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9 &&
                       (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    const bool separator = key->key() == Qt::Key_Minus || key->key() == Qt::Key_Slash ||
                           key->key() == Qt::Key_Period || key->key() == Qt::Key_Space ||
                           key->key() == Qt::Key_Colon;
    if (separator && lastDigitSection_ != QDateTimeEdit::NoSection &&
        dateEdit_->currentSection() != lastDigitSection_) {
        // The section was complete and Qt already moved on: the typed "-" must not skip the
        // next one ("2026-12-16" would land 16 in no section and keep day 12).
        lastDigitSection_ = QDateTimeEdit::NoSection;
        return true;
    }
    if (separator) {
        lastDigitSection_ = QDateTimeEdit::NoSection;
    }
    // The field shows its "no date" text (not a date being typed that is still below the
    // minimum, e.g. the "1" of day 16).
    const bool showsNoDate = !dateEdit_->specialValueText().isEmpty() &&
                             dateEdit_->date() == dateEdit_->minimumDate() &&
                             dateEdit_->text() == dateEdit_->specialValueText();
    if (digit && showsNoDate) {
        // Start from a real date so the typed digits have sections to fill.
        const QDate start =
            std::clamp(QDate::currentDate().addDays(1), dateEdit_->minimumDate().addDays(1),
                       dateEdit_->maximumDate());
        dateEdit_->setDate(start);
        dateEdit_->setCurrentSection(QDateTimeEdit::YearSection);
        dateEdit_->setSelectedSection(QDateTimeEdit::YearSection);
    }
    if (digit) {
        lastDigitSection_ = dateEdit_->currentSection();
    }
    return false;
}

bool DateInput::eventFilter(QObject* watched, QEvent* event) {
    if (dateEdit_ != nullptr && watched == dateEdit_) {
        if (event->type() == QEvent::FocusIn) {
            lastDigitSection_ = QDateTimeEdit::NoSection;
        } else if (event->type() == QEvent::KeyPress &&
                   dateEditKey(static_cast<QKeyEvent*>(event))) {
            return true;
        }
    }
    if (lineEdit_ != nullptr && watched == lineEdit_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_F4 && key->modifiers() == Qt::NoModifier) ||
            (key->key() == Qt::Key_Down && key->modifiers() == Qt::AltModifier)) {
            openCalendar();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace hc::ui
