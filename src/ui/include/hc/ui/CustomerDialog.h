#pragma once

#include "hc/domain/Customer.h"
#include "hc/ui/UiContext.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hc::ui {

/// New / edit customer (客户档案). Validates as the user types (red field + message under it,
/// warnings in amber), warns when the phone or ID number is already on file with a link to that
/// record, and on a service error stays open with everything typed, showing the reason at the
/// field.
class CustomerDialog : public QDialog {
    Q_OBJECT
public:
    /// New customer.
    explicit CustomerDialog(UiContext& ctx, QWidget* parent = nullptr);
    /// Edit `customer`.
    CustomerDialog(UiContext& ctx, const domain::Customer& customer, QWidget* parent = nullptr);

    /// The id of the saved customer (0 until saved).
    [[nodiscard]] domain::CustomerId customerId() const { return customer_.id; }

    // Fields, for tests and for the caller to pre-fill.
    [[nodiscard]] QLineEdit* nameEdit() const { return name_; }
    [[nodiscard]] QLineEdit* phoneEdit() const { return phone_; }
    [[nodiscard]] QLineEdit* idNumberEdit() const { return idNumber_; }
    [[nodiscard]] QLabel* phoneMessage() const { return phoneMsg_; }
    [[nodiscard]] QLabel* idNumberMessage() const { return idNumberMsg_; }
    [[nodiscard]] QLabel* duplicateLabel() const { return duplicates_; }
    [[nodiscard]] QLabel* formMessage() const { return formMsg_; }

public Q_SLOTS:
    /// Validates and saves; closes on success, stays open on any error.
    void save();

Q_SIGNALS:
    /// The user followed the link to a record already holding the phone / ID number.
    void openCustomer(qint64 id);

private:
    void build();
    void load(const domain::Customer& c);
    bool validateAll();
    void validateName();
    void validatePhone();
    void validatePhone2();
    void validateIdNumber();
    void validateBirthday();
    void checkDuplicates();
    void showServiceError(const QString& field, const QString& message);
    [[nodiscard]] domain::Customer collect() const;

    UiContext& ctx_;
    domain::Customer customer_;
    QLineEdit* name_ = nullptr;
    QLabel* nameMsg_ = nullptr;
    QComboBox* kind_ = nullptr;
    QLineEdit* phone_ = nullptr;
    QLabel* phoneMsg_ = nullptr;
    QLineEdit* phone2_ = nullptr;
    QLabel* phone2Msg_ = nullptr;
    QLineEdit* idNumber_ = nullptr;
    QLabel* idNumberMsg_ = nullptr;
    QComboBox* gender_ = nullptr;
    QLineEdit* birthday_ = nullptr;
    QLabel* birthdayMsg_ = nullptr;
    QLineEdit* address_ = nullptr;
    QLineEdit* postalCode_ = nullptr;
    QLineEdit* region_ = nullptr;
    QLineEdit* source_ = nullptr;
    QComboBox* attribute_ = nullptr;
    QComboBox* behaviour_ = nullptr;
    QComboBox* decisionStyle_ = nullptr;
    QPlainTextEdit* note_ = nullptr;
    QLabel* duplicates_ = nullptr;
    QLabel* formMsg_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace hc::ui
