#pragma once

#include <QDialog>

#include <cstdint>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hc::ui {

/// The typed confirmation of a PIPL erasure (删除个人信息): says what is removed and what stays,
/// and enables the erase button only when the customer's number is typed exactly.
class EraseCustomerDialog : public QDialog {
    Q_OBJECT
public:
    EraseCustomerDialog(std::int64_t customerId, const QString& customerName,
                        QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* confirmEdit() const { return confirm_; }
    [[nodiscard]] QPushButton* eraseButton() const { return erase_; }
    [[nodiscard]] QLabel* explanation() const { return text_; }

private:
    std::int64_t id_ = 0;
    QLabel* text_ = nullptr;
    QLineEdit* confirm_ = nullptr;
    QPushButton* erase_ = nullptr;
};

}  // namespace hc::ui
