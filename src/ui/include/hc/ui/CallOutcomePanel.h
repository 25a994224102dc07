#pragma once

#include "hc/domain/CallOutcome.h"
#include "hc/domain/ChurnReason.h"
#include "hc/services/CallInput.h"

#include <QDate>
#include <QTime>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hc::ui {

/// The outcome bar of the callback screen: six outcome buttons (keys 1–6), churn reason, the
/// appointment (will come: date, time slot, purpose, advisor), the new owner's name and phone
/// (vehicle sold), a note, "资料已核实" (second check) and Save (Ctrl+Enter). Field errors are
/// shown inline.
class CallOutcomePanel : public QWidget {
    Q_OBJECT
public:
    /// `today`: the caller's day (the callback screen's clock); reset() takes it again per call.
    explicit CallOutcomePanel(const QDate& today, QWidget* parent = nullptr);

    /// Clears everything for the next call; `today` is the earliest appointment date.
    void reset(const QDate& today);
    void setOutcome(domain::CallOutcome outcome);
    [[nodiscard]] std::optional<domain::CallOutcome> outcome() const;
    [[nodiscard]] std::optional<domain::ChurnReason> churnReason() const;
    void setChurnReason(std::optional<domain::ChurnReason> reason);
    /// Null while no date is chosen.
    [[nodiscard]] QDate appointment() const;
    void setAppointment(const QDate& date);
    /// The appointment's time slot: null = no time agreed; nullopt = typed text that is no time.
    [[nodiscard]] std::optional<QTime> appointmentTime() const;
    void setAppointmentTime(const QTime& time);
    /// Empty = the service uses the kind of call (e.g. 保养提醒).
    [[nodiscard]] QString appointmentPurpose() const;
    [[nodiscard]] std::optional<qint64> appointmentAdvisor() const;
    /// The advisors who may receive the car (id, name); "（不指定）" comes first.
    void setAdvisors(const std::vector<std::pair<qint64, QString>>& advisors);
    [[nodiscard]] QString note() const;
    [[nodiscard]] bool dataConfirmed() const;
    [[nodiscard]] std::optional<services::NewOwnerContact> newOwner() const;

    /// Shows a message at the field the service named ("appointment", "phone", …) or generally.
    void showError(const QString& field, const QString& message);
    void clearErrors();

    [[nodiscard]] QAbstractButton* outcomeButton(domain::CallOutcome outcome) const;
    [[nodiscard]] QComboBox* churnReasonCombo() const { return reason_; }
    [[nodiscard]] QDateEdit* appointmentEdit() const { return appointment_; }
    [[nodiscard]] QLabel* appointmentMessage() const { return appointmentMessage_; }
    [[nodiscard]] QComboBox* appointmentTimeCombo() const { return time_; }
    [[nodiscard]] QLabel* appointmentTimeMessage() const { return timeMessage_; }
    [[nodiscard]] QComboBox* appointmentPurposeCombo() const { return purpose_; }
    [[nodiscard]] QComboBox* appointmentAdvisorCombo() const { return advisor_; }
    [[nodiscard]] QLineEdit* newOwnerNameEdit() const { return ownerName_; }
    [[nodiscard]] QLineEdit* newOwnerPhoneEdit() const { return ownerPhone_; }
    [[nodiscard]] QLineEdit* noteEdit() const { return note_; }
    [[nodiscard]] QCheckBox* verifiedCheck() const { return verified_; }
    [[nodiscard]] QPushButton* saveButton() const { return save_; }
    [[nodiscard]] QLabel* messageLabel() const { return message_; }

Q_SIGNALS:
    void outcomeChanged();
    void churnReasonChanged();
    void saveRequested();

private:
    void updateFields();

    QFormLayout* form_ = nullptr;
    QButtonGroup* outcomes_ = nullptr;
    QWidget* ownerField_ = nullptr;
    QComboBox* reason_ = nullptr;
    QWidget* appointmentRow_ = nullptr;
    QDateEdit* appointment_ = nullptr;
    QLabel* appointmentMessage_ = nullptr;
    QWidget* timeRow_ = nullptr;
    QComboBox* time_ = nullptr;
    QLabel* timeMessage_ = nullptr;
    QComboBox* purpose_ = nullptr;
    QWidget* advisorRow_ = nullptr;
    QComboBox* advisor_ = nullptr;
    QLabel* advisorMessage_ = nullptr;
    QWidget* ownerRow_ = nullptr;
    QLineEdit* ownerName_ = nullptr;
    QLineEdit* ownerPhone_ = nullptr;
    QLabel* ownerMessage_ = nullptr;
    QLineEdit* note_ = nullptr;
    QCheckBox* verified_ = nullptr;
    QPushButton* save_ = nullptr;
    QLabel* message_ = nullptr;
    QDate none_;
};

}  // namespace hc::ui
