#pragma once

#include "hc/ui/UiContext.h"

#include <QLabel>

namespace hc::ui {

/// The customer card's line of upcoming appointments (预约): each appointment from today on with
/// its day, time, purpose, advisor and status (待到店, ✓ 已到店, 已取消), from
/// AppointmentService::upcomingOf. Hidden when the customer has none.
class CustomerAppointmentsLabel : public QLabel {
    Q_OBJECT
public:
    explicit CustomerAppointmentsLabel(UiContext& ctx, QWidget* parent = nullptr);

    /// Reads the customer's appointments (0: none, hides the line).
    void setCustomer(qint64 customerId);
    /// Reads them again (after a booking or a cancellation).
    void refresh();

private:
    UiContext& ctx_;
    qint64 customer_ = 0;
};

}  // namespace hc::ui
