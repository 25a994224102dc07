#pragma once

#include <QDateTimeEdit>
#include <QObject>

class QDateEdit;

namespace hc::ui {

/// Makes a date field typeable the way reception types dates: ISO yyyy-MM-dd, a calendar popup
/// (F4 or Alt+↓) for those who prefer to pick, and typing that works even while the field shows
/// its "no date" text (specialValueText at the minimum date), which Qt alone refuses: the first
/// digit starts a date and the digits typed fill year, month and day ("2026-12-10" or
/// "20261210"). Owned by the date edit.
class DateInput : public QObject {
    Q_OBJECT
public:
    /// Sets up `edit` (display format, calendar popup, typing); returns the installed helper.
    static DateInput* setup(QDateEdit* edit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit DateInput(QDateEdit* edit);
    QDateEdit* edit_;
    /// The section the last digit was typed into (NoSection: none since focus or a separator).
    QDateTimeEdit::Section lastDigitSection_ = QDateTimeEdit::NoSection;
};

}  // namespace hc::ui
