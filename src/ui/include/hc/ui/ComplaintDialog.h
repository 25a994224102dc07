#pragma once

#include "hc/ui/ResponsibleCombo.h"

#include "hc/domain/Customer.h"
#include "hc/services/Clock.h"

#include <QDialog>

#include <cstdint>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace hc::ui {

struct UiContext;

/// A new complaint (客户投诉) on one form: the customer (passed in, or found by search as you
/// type), vehicle, visit, channel, severity (normal / major), description, the responsible person
/// and when it was received. The 2123 clock starts at the time received.
class ComplaintDialog : public QDialog {
    Q_OBJECT
public:
    /// `customerId` 0: the user searches for the customer.
    explicit ComplaintDialog(UiContext& context, domain::CustomerId customerId = 0,
                             services::Clock clock = services::systemClock(),
                             QWidget* parent = nullptr);

    /// Chooses the customer (fills the vehicle and visit lists).
    void setCustomer(domain::CustomerId id);
    [[nodiscard]] domain::CustomerId customerId() const { return customerId_; }
    /// The stored complaint after Save (0 before).
    [[nodiscard]] std::int64_t complaintId() const { return complaintId_; }

    [[nodiscard]] QLineEdit* customerSearch() const { return search_; }
    [[nodiscard]] QComboBox* customerResults() const { return results_; }
    [[nodiscard]] QComboBox* vehicleCombo() const { return vehicle_; }
    [[nodiscard]] QComboBox* visitCombo() const { return visit_; }
    [[nodiscard]] QComboBox* channelCombo() const { return channel_; }
    [[nodiscard]] QComboBox* severityCombo() const { return severity_; }
    [[nodiscard]] QPlainTextEdit* descriptionEdit() const { return description_; }
    [[nodiscard]] ResponsibleCombo* responsibleCombo() const { return responsible_; }
    [[nodiscard]] QDateTimeEdit* receivedEdit() const { return received_; }
    [[nodiscard]] QLabel* customerMessage() const { return customerMsg_; }
    [[nodiscard]] QLabel* descriptionMessage() const { return descriptionMsg_; }

public Q_SLOTS:
    /// Validates and stores; accepts the dialog when stored, else shows the problem at the field.
    bool save();

private:
    void build();
    void runSearch();

    UiContext& ctx_;
    services::Clock clock_;
    domain::CustomerId customerId_ = 0;
    std::int64_t complaintId_ = 0;
    QLineEdit* search_ = nullptr;
    QComboBox* results_ = nullptr;
    QLabel* customerName_ = nullptr;
    QLabel* customerMsg_ = nullptr;
    QComboBox* vehicle_ = nullptr;
    QComboBox* visit_ = nullptr;
    QComboBox* channel_ = nullptr;
    QComboBox* severity_ = nullptr;
    QPlainTextEdit* description_ = nullptr;
    QLabel* descriptionMsg_ = nullptr;
    ResponsibleCombo* responsible_ = nullptr;
    QDateTimeEdit* received_ = nullptr;
    QTimer* searchTimer_ = nullptr;
};

}  // namespace hc::ui
