#pragma once

#include "hc/domain/Customer.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"
#include "hc/ui/UiContext.h"

#include <QDialog>

#include <memory>

namespace Ui {
class WalkInDialog;
}

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hc::ui {

/// New walk-in (新客进厂): the customer, the vehicle and the first visit of someone seen for the
/// first time, in one form (ui/WalkInDialog.ui), saved as one use case (WalkInService). Fees and
/// mileage are checked before anything is sent; a service error marks the field, keeps everything
/// typed and leaves the dialog open. The customer, vehicle and visit dialogs stay for edits.
class WalkInDialog : public QDialog {
    Q_OBJECT
public:
    explicit WalkInDialog(UiContext& ctx, QWidget* parent = nullptr);
    ~WalkInDialog() override;

    /// The new customer after a successful save (0 before).
    [[nodiscard]] domain::CustomerId customerId() const { return customerId_; }
    [[nodiscard]] domain::VehicleId vehicleId() const { return vehicleId_; }
    [[nodiscard]] domain::VisitId visitId() const { return visitId_; }

    [[nodiscard]] QLineEdit* nameEdit() const;
    [[nodiscard]] QLineEdit* phoneEdit() const;
    [[nodiscard]] QLineEdit* plateEdit() const;
    [[nodiscard]] QLineEdit* vinEdit() const;
    [[nodiscard]] QLineEdit* brandEdit() const;
    [[nodiscard]] QLineEdit* modelEdit() const;
    [[nodiscard]] QDateEdit* dateEdit() const;
    [[nodiscard]] QLineEdit* mileageEdit() const;
    [[nodiscard]] QComboBox* categoryCombo() const;
    [[nodiscard]] QLineEdit* workOrderEdit() const;
    [[nodiscard]] QLineEdit* labourEdit() const;
    [[nodiscard]] QLineEdit* partsEdit() const;
    [[nodiscard]] QPlainTextEdit* workDoneEdit() const;
    [[nodiscard]] QLabel* formMessage() const;

public Q_SLOTS:
    void save();

private:
    /// Marks `field` with `message`, puts the cursor there.
    void showError(QWidget* field, const QString& message);
    void clearErrors();
    [[nodiscard]] QWidget* fieldFor(const QString& serviceField) const;

    std::unique_ptr<Ui::WalkInDialog> ui_;
    UiContext& ctx_;
    QDialogButtonBox* buttons_ = nullptr;
    domain::CustomerId customerId_ = 0;
    domain::VehicleId vehicleId_ = 0;
    domain::VisitId visitId_ = 0;
};

}  // namespace hc::ui
