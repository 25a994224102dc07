#pragma once

#include "hc/domain/Customer.h"
#include "hc/ui/UiContext.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace hc::ui {

/// Books an appointment (预约到店) for one customer at reception: vehicle (the customer's own, or
/// none), date (typed yyyy-MM-dd or picked with F4 / Alt+↓), time slot (half-hour slots, typeable
/// HH:MM), purpose and advisor; calls AppointmentService::book. A refusal keeps the dialog open
/// with what was entered and the message under the field it concerns.
class BookAppointmentDialog : public QDialog {
    Q_OBJECT
public:
    BookAppointmentDialog(UiContext& ctx, domain::CustomerId customer, QWidget* parent = nullptr);

    [[nodiscard]] QComboBox* vehicleCombo() const { return vehicle_; }
    [[nodiscard]] QDateEdit* dateEdit() const { return date_; }
    [[nodiscard]] QComboBox* timeCombo() const { return time_; }
    [[nodiscard]] QComboBox* purposeCombo() const { return purpose_; }
    [[nodiscard]] QComboBox* advisorCombo() const { return advisor_; }
    [[nodiscard]] QLabel* formMessage() const { return formMsg_; }
    /// The appointment saved (after accept()).
    [[nodiscard]] std::optional<std::int64_t> bookedId() const { return booked_; }

public Q_SLOTS:
    void save();

private:
    UiContext& ctx_;
    domain::CustomerId customer_ = 0;
    QComboBox* vehicle_ = nullptr;
    QDateEdit* date_ = nullptr;
    QLabel* dateMsg_ = nullptr;
    QComboBox* time_ = nullptr;
    QLabel* timeMsg_ = nullptr;
    QComboBox* purpose_ = nullptr;
    QComboBox* advisor_ = nullptr;
    QLabel* formMsg_ = nullptr;
    std::optional<std::int64_t> booked_;
};

}  // namespace hc::ui
