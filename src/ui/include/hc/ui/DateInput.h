#pragma once

#include <QDateTimeEdit>
#include <QObject>

class QCalendarWidget;
class QDateEdit;
class QLineEdit;

namespace hc::ui {

/// Makes date fields typeable the way reception types dates: ISO yyyy-MM-dd, with a calendar
/// (F4 or Alt+↓) for those who prefer to pick.
/// - setup(QDateEdit*): display format, calendar popup, and typing that works even while the
///   field shows its "no date" text (specialValueText at the minimum date), which Qt alone
///   refuses: the first digit starts a date and the digits typed fill year, month and day
///   ("2026-12-10" or "20261210"; a "-" typed after Qt already moved on does not skip a section).
/// - addCalendar(QLineEdit*): for optional dates typed as text (checked by DateParser as you
///   type), a calendar button at the right, F4 or Alt+↓ pick a date and write it as yyyy-MM-dd.
/// The helper is owned by the field.
class DateInput : public QObject {
    Q_OBJECT
public:
    static DateInput* setup(QDateEdit* edit);
    /// The same for a date and time field, e.g. "yyyy-MM-dd HH:mm" (" " and ":" separate too).
    static DateInput* setup(QDateTimeEdit* edit, const QString& displayFormat);
    static DateInput* addCalendar(QLineEdit* edit);

    /// Opens the calendar of a text date field (the one addCalendar installed).
    void openCalendar();
    /// The calendar popup of a text date field while it is open (for tests), else nullptr.
    [[nodiscard]] QCalendarWidget* calendar() const { return calendar_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    DateInput(QDateTimeEdit* dateEdit, QLineEdit* lineEdit);
    bool dateEditKey(QKeyEvent* key);

    QDateTimeEdit* dateEdit_ = nullptr;
    QLineEdit* lineEdit_ = nullptr;
    QCalendarWidget* calendar_ = nullptr;
    /// The section the last digit was typed into (NoSection: none since focus or a separator).
    QDateTimeEdit::Section lastDigitSection_ = QDateTimeEdit::NoSection;
};

}  // namespace hc::ui
