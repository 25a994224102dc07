#include "hc/ui/CustomerAppointmentsLabel.h"

#include "hc/services/AppointmentService.h"

#include <QStringList>

namespace hc::ui {

CustomerAppointmentsLabel::CustomerAppointmentsLabel(UiContext& ctx, QWidget* parent)
    : QLabel(parent), ctx_(ctx) {
    setObjectName(QStringLiteral("cardAppointments"));
    setWordWrap(true);
    setStyleSheet(
        QStringLiteral("QLabel#cardAppointments { background: #e8f0fe; border: 1px solid "
                       "#aecbfa; border-radius: 6px; padding: 4px 8px; }"));
    setVisible(false);
}

void CustomerAppointmentsLabel::setCustomer(qint64 customerId) {
    customer_ = customerId;
    refresh();
}

void CustomerAppointmentsLabel::refresh() {
    if (customer_ <= 0 || ctx_.appointments == nullptr) {
        clear();
        setVisible(false);
        return;
    }
    const auto entries = ctx_.appointments->upcomingOf(customer_);
    if (!entries) {
        setText(entries.error().message);
        setVisible(true);
        return;
    }
    if (entries.value().empty()) {
        clear();
        setVisible(false);
        return;
    }
    const QDate today = ctx_.appointments->today();
    QStringList parts;
    for (const auto& e : entries.value()) {
        const auto& a = e.appointment;
        QString status;
        switch (e.status) {
            case domain::AppointmentStatus::Arrived:
                status = tr("✓ 已到店");
                break;
            case domain::AppointmentStatus::Booked:
                status = tr("待到店");
                break;
            case domain::AppointmentStatus::NoShow:
                status = tr("爽约");
                break;
            case domain::AppointmentStatus::Cancelled:
                status = tr("已取消");
                break;
        }
        QStringList fields;
        fields << (a.date == today ? tr("今天") : a.date.toString(Qt::ISODate));
        if (a.time.isValid()) {
            fields << a.time.toString(QStringLiteral("HH:mm"));
        }
        if (!a.plate.isEmpty()) {
            fields << a.plate;
        }
        if (!a.purpose.isEmpty()) {
            fields << a.purpose;
        }
        if (!a.advisor.isEmpty()) {
            fields << a.advisor;
        }
        parts << tr("%1（%2）").arg(fields.join(QLatin1Char(' ')), status);
    }
    setText(tr("预约：%1").arg(parts.join(tr("；"))));
    setVisible(true);
}

}  // namespace hc::ui
