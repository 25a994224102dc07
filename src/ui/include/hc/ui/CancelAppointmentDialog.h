#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hc::ui {

/// Confirms cancelling an appointment (取消预约) and asks why: says whose appointment and when,
/// and accepts only with a reason (at most 100 characters). The caller cancels through
/// AppointmentService::cancel (audited "appointment.cancel").
class CancelAppointmentDialog : public QDialog {
    Q_OBJECT
public:
    /// `what`: the appointment as the list shows it ("Li Lei 陕A12345 今天 14:00").
    explicit CancelAppointmentDialog(const QString& what, QWidget* parent = nullptr);

    [[nodiscard]] QString reason() const;
    [[nodiscard]] QLineEdit* reasonEdit() const { return reason_; }
    [[nodiscard]] QPushButton* confirmButton() const { return confirm_; }
    [[nodiscard]] QLabel* messageLabel() const { return message_; }

private:
    QLineEdit* reason_ = nullptr;
    QPushButton* confirm_ = nullptr;
    QLabel* message_ = nullptr;
};

}  // namespace hc::ui
