#pragma once

#include "hc/domain/FollowUpSettings.h"
#include "hc/domain/Money.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"
#include "hc/ui/UiContext.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hc::ui {

class DeclinedWorkEditor;

/// Visit / work-order entry (维修登记) at reception. Fees are parsed as the user types and the
/// amount received (实收) is computed live in fen; the next service date and mileage are proposed
/// from the vehicle's history by domain::nextMaintenance() with the STORED follow-up settings
/// (the same function and settings as the follow-up list and the card). A service error keeps the
/// dialog open with everything typed and shows the reason at the field.
class VisitDialog : public QDialog {
    Q_OBJECT
public:
    VisitDialog(UiContext& ctx, domain::CustomerId customer,
                std::optional<domain::VehicleId> vehicle = std::nullopt, QWidget* parent = nullptr);

    /// Switches the dialog to correcting a saved visit (修改进厂记录): fills every field from
    /// `visit`; Save then calls VisitService::updateVisit (who may: see VisitService::voidVisit).
    void loadVisit(const domain::Visit& visit);

    [[nodiscard]] domain::VisitId visitId() const { return visitId_; }
    /// Amount received as currently computed; nullopt while a fee is invalid.
    [[nodiscard]] std::optional<domain::Fen> amountFen() const;

    [[nodiscard]] QComboBox* vehicleCombo() const { return vehicle_; }
    [[nodiscard]] QDateEdit* dateEdit() const { return date_; }
    [[nodiscard]] QLineEdit* mileageEdit() const { return mileage_; }
    [[nodiscard]] QLabel* mileageMessage() const { return mileageMsg_; }
    [[nodiscard]] QComboBox* categoryCombo() const { return category_; }
    [[nodiscard]] QLineEdit* workOrderEdit() const { return workOrder_; }
    [[nodiscard]] QLabel* workOrderMessage() const { return workOrderMsg_; }
    [[nodiscard]] QLineEdit* labourEdit() const { return labour_; }
    [[nodiscard]] QLineEdit* partsEdit() const { return parts_; }
    [[nodiscard]] QLineEdit* otherEdit() const { return other_; }
    [[nodiscard]] QLineEdit* discountEdit() const { return discount_; }
    [[nodiscard]] QLabel* amountLabel() const { return amount_; }
    [[nodiscard]] QLineEdit* advisorEdit() const { return advisor_; }
    [[nodiscard]] QLineEdit* technicianEdit() const { return technician_; }
    [[nodiscard]] QPlainTextEdit* workDoneEdit() const { return workDone_; }
    [[nodiscard]] QPlainTextEdit* recommendationsEdit() const { return recommendations_; }
    [[nodiscard]] QLabel* proposalLabel() const { return proposal_; }
    [[nodiscard]] QLabel* formMessage() const { return formMsg_; }
    /// The declined-work rows and the open items to tick (new visits only; hidden when
    /// correcting a saved visit).
    [[nodiscard]] DeclinedWorkEditor* declinedEditor() const { return declined_; }

public Q_SLOTS:
    void save();

private:
    struct MoneyField {
        QLineEdit* edit = nullptr;
        QLabel* message = nullptr;
    };

    void build();
    void loadVehicleHistory();
    /// The stored follow-up settings (none when unreadable: no proposal).
    void readFollowUps();
    void validateMileage();
    void updateAmount();
    void updateProposal();
    bool validateAll();
    void showServiceError(const QString& field, const QString& message);
    [[nodiscard]] std::optional<domain::VehicleId> selectedVehicle() const;
    [[nodiscard]] std::optional<domain::Fen> parseFee(const MoneyField& field, bool show) const;
    [[nodiscard]] domain::Visit collect() const;
    [[nodiscard]] QString advisorName() const;

    UiContext& ctx_;
    domain::CustomerId customerId_ = 0;
    domain::VisitId visitId_ = 0;
    std::optional<domain::Visit> editing_;  ///< the saved visit being corrected
    std::vector<domain::Vehicle> vehicles_;
    std::vector<domain::Visit> history_;  ///< visits of the selected vehicle
    /// The stored follow-up settings (maintenance interval, km, default km/day), read once when
    /// the dialog opens; nullopt without a settings service or when unreadable (no proposal then).
    std::optional<domain::FollowUpSettings> followUps_;
    QString followUpsError_;  ///< why followUps_ could not be read (shown as the proposal)

    QComboBox* vehicle_ = nullptr;
    QDateEdit* date_ = nullptr;
    QLineEdit* mileage_ = nullptr;
    QLabel* mileageMsg_ = nullptr;
    QComboBox* category_ = nullptr;
    QLineEdit* workOrder_ = nullptr;
    QLabel* workOrderMsg_ = nullptr;
    QLineEdit* appraisalNo_ = nullptr;
    QLineEdit* labour_ = nullptr;
    QLineEdit* parts_ = nullptr;
    QLineEdit* other_ = nullptr;
    QLineEdit* discount_ = nullptr;
    MoneyField labourField_;
    MoneyField partsField_;
    MoneyField otherField_;
    MoneyField discountField_;
    QLabel* amount_ = nullptr;
    QLabel* amountMsg_ = nullptr;
    QLineEdit* advisor_ = nullptr;
    QLineEdit* technician_ = nullptr;
    QPlainTextEdit* workDone_ = nullptr;
    QPlainTextEdit* recommendations_ = nullptr;
    QLabel* proposal_ = nullptr;
    QLabel* formMsg_ = nullptr;
    DeclinedWorkEditor* declined_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace hc::ui
