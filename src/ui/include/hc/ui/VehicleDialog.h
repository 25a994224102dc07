#pragma once

#include "hc/domain/Vehicle.h"
#include "hc/ui/UiContext.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hc::ui {

/// New / edit vehicle of a customer. Plate and VIN are validated as the user types; a plate or VIN
/// already on file is flagged with a link to the owner's record; service errors stay in the dialog.
class VehicleDialog : public QDialog {
    Q_OBJECT
public:
    /// New vehicle for `owner`.
    VehicleDialog(UiContext& ctx, domain::CustomerId owner, QWidget* parent = nullptr);
    /// Edit `vehicle`.
    VehicleDialog(UiContext& ctx, const domain::Vehicle& vehicle, QWidget* parent = nullptr);

    [[nodiscard]] domain::VehicleId vehicleId() const { return vehicle_.id; }
    [[nodiscard]] QLineEdit* plateEdit() const { return plate_; }
    [[nodiscard]] QLineEdit* vinEdit() const { return vin_; }
    [[nodiscard]] QLabel* plateMessage() const { return plateMsg_; }
    [[nodiscard]] QLabel* vinMessage() const { return vinMsg_; }
    [[nodiscard]] QLabel* duplicateLabel() const { return duplicates_; }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void openCustomer(qint64 id);

private:
    void build();
    void load(const domain::Vehicle& v);
    void validatePlate();
    void validateVin();
    void validateDate(QLineEdit* edit, QLabel* message);
    void validateMileage();
    void checkDuplicates();
    bool validateAll();
    void showServiceError(const QString& field, const QString& message);
    [[nodiscard]] domain::Vehicle collect() const;

    UiContext& ctx_;
    domain::Vehicle vehicle_;
    QLineEdit* plate_ = nullptr;
    QLabel* plateMsg_ = nullptr;
    QLineEdit* vin_ = nullptr;
    QLabel* vinMsg_ = nullptr;
    QLineEdit* engineNo_ = nullptr;
    QLineEdit* brand_ = nullptr;
    QLineEdit* model_ = nullptr;
    QLineEdit* displacement_ = nullptr;
    QComboBox* transmission_ = nullptr;
    QLineEdit* colour_ = nullptr;
    QLineEdit* keyNo_ = nullptr;
    QComboBox* grade_ = nullptr;
    QLineEdit* plateDate_ = nullptr;
    QLabel* plateDateMsg_ = nullptr;
    QLineEdit* purchaseDate_ = nullptr;
    QLabel* purchaseDateMsg_ = nullptr;
    QLineEdit* firstServiceDate_ = nullptr;
    QLabel* firstServiceDateMsg_ = nullptr;
    QLineEdit* firstServiceMileage_ = nullptr;
    QLabel* firstServiceMileageMsg_ = nullptr;
    QLineEdit* insuranceDue_ = nullptr;
    QLabel* insuranceDueMsg_ = nullptr;
    QLineEdit* inspectionDue_ = nullptr;
    QLabel* inspectionDueMsg_ = nullptr;
    QLabel* duplicates_ = nullptr;
    QLabel* formMsg_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace hc::ui
