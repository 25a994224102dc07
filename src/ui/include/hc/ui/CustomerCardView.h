#pragma once

#include "hc/domain/Customer.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"
#include "hc/services/CustomerCard.h"
#include "hc/services/Result.h"
#include "hc/ui/UiContext.h"

#include <QWidget>

#include <optional>
#include <vector>

class QFrame;
class QLabel;
class QPushButton;
class QTableWidget;

namespace hc::ui {

class CustomerAppointmentsLabel;
class CustomerOutlookLabel;

class CustomerMessagesPanel;

class CardLoader;
class CustomerPrivacyActions;
class CustomerBadgePanel;
class VisitHistoryActions;

/// The customer card (客户档案): name, phones and ID number (masked per role, revealed by an
/// explicit, audited action), badges with strategies, open recommendations from earlier visits,
/// verification state, vehicles with their next maintenance and the full visit history. Opens the
/// customer, vehicle, visit, invalid and transfer dialogs and refreshes itself after each.
class CustomerCardView : public QWidget {
    Q_OBJECT
public:
    explicit CustomerCardView(UiContext& ctx, QWidget* parent = nullptr);

    [[nodiscard]] domain::CustomerId customerId() const { return customer_ ? customer_->id : 0; }

    // Parts of the card, for tests and for the main window's keyboard shortcuts.
    [[nodiscard]] QLabel* nameLabel() const { return name_; }
    /// The line of the customer's upcoming appointments (hidden when none).
    [[nodiscard]] CustomerAppointmentsLabel* appointmentsLabel() const { return appointments_; }
    [[nodiscard]] QLabel* phoneLabel() const { return phone_; }
    [[nodiscard]] QLabel* idNumberLabel() const { return idNumber_; }
    [[nodiscard]] QPushButton* revealPhoneButton() const { return revealPhone_; }
    [[nodiscard]] QPushButton* revealIdNumberButton() const { return revealId_; }
    [[nodiscard]] CustomerBadgePanel* badges() const { return badges_; }
    [[nodiscard]] QFrame* recommendationsPanel() const { return recommendations_; }
    [[nodiscard]] QLabel* recommendationsLabel() const { return recommendationsText_; }
    [[nodiscard]] QFrame* invalidBanner() const { return invalidBanner_; }
    [[nodiscard]] QLabel* verificationLabel() const { return verification_; }
    [[nodiscard]] QPushButton* verifyButton() const { return verify_; }
    [[nodiscard]] QTableWidget* vehiclesTable() const { return vehicles_; }
    [[nodiscard]] QTableWidget* visitsTable() const { return visits_; }
    [[nodiscard]] VisitHistoryActions* visitActions() const { return visitActions_; }
    [[nodiscard]] QLabel* statusLabel() const { return status_; }
    [[nodiscard]] CustomerOutlookLabel* outlookLabel() const { return outlook_; }
    /// The manager's PIPL actions (export, erase).
    [[nodiscard]] CustomerPrivacyActions* privacyActions() const { return privacy_; }
    /// True while a card read runs in the background (UiContext::loadCardsInBackground).
    [[nodiscard]] bool isLoading() const { return loading_; }

public Q_SLOTS:
    /// Loads and shows the customer; an unknown id shows an empty card with a note.
    void showCustomer(qint64 id);
    /// Reloads the current customer (after a change elsewhere).
    void refresh();
    /// Shows no customer (the reception closed the card).
    void clear();

    void editCustomer();
    void addVehicle();
    void editVehicle();
    void registerVisit();
    void transferVehicle();
    void markInvalid();
    void undoInvalid();
    void verifyCustomer();
    /// Shows the full phone / ID number after an audited reveal.
    void revealPhone();
    void revealIdNumber();

Q_SIGNALS:
    /// The shown customer changed (other one shown, or its data edited).
    void customerChanged(qint64 id);
    /// The user asked to open another customer (duplicate link, new owner after a transfer).
    void openCustomer(qint64 id);

private:
    void build();
    /// The card of `id` as of today: CustomerCardService when available (one read), else the
    /// archive services.
    [[nodiscard]] services::Result<services::CustomerCard> loadCard(qint64 id) const;
    QWidget* buildHeader();
    void clearCard(const QString& note);
    /// Shows a card read (or the note of its failure); `other`: another customer than before.
    void applyCard(qint64 id, services::Result<services::CustomerCard> loaded, bool other);
    void fillHeader();
    void fillBadges();
    void fillRecommendations();
    void fillVehicles();
    void fillVisits();
    void updateActions();
    void showStatus(const QString& text, bool error);
    /// Audited reveal of a personal field ("phone", "id_number"); sets `revealed` on success.
    void reveal(const QString& field, bool& revealed);
    void changed();
    [[nodiscard]] std::optional<domain::VehicleId> selectedVehicle() const;
    [[nodiscard]] QString userName(std::optional<domain::UserId> id) const;
    [[nodiscard]] QString phoneText(bool full) const;

    UiContext& ctx_;
    std::optional<domain::Customer> customer_;
    /// Everything shown, from one read (CustomerCardService::card).
    services::CustomerCard card_;
    CardLoader* loader_ = nullptr;  ///< background reads; null: read on the GUI thread
    int ticket_ = 0;                ///< the latest request; older answers are dropped
    bool loading_ = false;
    bool phoneRevealed_ = false;
    bool idRevealed_ = false;

    CustomerMessagesPanel* messagesPanel_ = nullptr;     ///< null without ConsentService
    CustomerAppointmentsLabel* appointments_ = nullptr;  ///< upcoming appointments
    QFrame* recommendations_ = nullptr;
    QLabel* recommendationsText_ = nullptr;
    QFrame* invalidBanner_ = nullptr;
    QLabel* invalidText_ = nullptr;
    QLabel* status_ = nullptr;
    CustomerOutlookLabel* outlook_ = nullptr;  ///< customer-base model sentence
    QLabel* name_ = nullptr;
    QLabel* details_ = nullptr;
    QLabel* phone_ = nullptr;
    QLabel* idNumber_ = nullptr;
    QPushButton* revealPhone_ = nullptr;
    QPushButton* revealId_ = nullptr;
    QLabel* verification_ = nullptr;
    QPushButton* verify_ = nullptr;
    CustomerBadgePanel* badges_ = nullptr;
    QPushButton* edit_ = nullptr;
    QPushButton* addVehicle_ = nullptr;
    QPushButton* newVisit_ = nullptr;
    QPushButton* markInvalid_ = nullptr;
    CustomerPrivacyActions* privacy_ = nullptr;
    QPushButton* editVehicle_ = nullptr;
    QPushButton* transfer_ = nullptr;
    QTableWidget* vehicles_ = nullptr;
    QTableWidget* visits_ = nullptr;
    VisitHistoryActions* visitActions_ = nullptr;
};

}  // namespace hc::ui
