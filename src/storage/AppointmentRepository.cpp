#include "hc/storage/AppointmentRepository.h"

#include "Query.h"
#include "SqlValues.h"

namespace hc::storage {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.customer_id, a.vehicle_id, a.appt_date, a.appt_time, a.purpose, a.advisor_id, "
    "coalesce(nullif(u.display_name, ''), u.username), a.call_id, a.created_at, a.created_by, "
    "a.cancelled_at, a.cancel_reason, c.name, v.plate "
    "FROM appointments a JOIN customers c ON c.id = a.customer_id "
    "LEFT JOIN vehicles v ON v.id = a.vehicle_id LEFT JOIN users u ON u.id = a.advisor_id ");

domain::Appointment fromRow(const Query& q) {
    domain::Appointment a;
    a.id = q.integer(0);
    a.customerId = q.integer(1);
    a.vehicleId = optIntFrom(q.value(2));
    a.date = q.date(3);
    if (!q.isNull(4)) {
        a.time = QTime::fromString(q.text(4), QStringLiteral("HH:mm"));
    }
    a.purpose = q.text(5);
    a.advisorId = optIntFrom(q.value(6));
    a.advisor = q.text(7);
    a.callId = optIntFrom(q.value(8));
    a.createdAt = timestampFrom(q.value(9));
    a.createdBy = optIntFrom(q.value(10));
    a.cancelledAt = timestampFrom(q.value(11));
    a.cancelReason = q.text(12);
    a.customerName = q.text(13);
    a.plate = q.text(14);
    return a;
}

}  // namespace

std::int64_t AppointmentRepository::insert(const domain::Appointment& a) {
    Query q(db_, QStringLiteral(
                     "INSERT INTO appointments (customer_id, vehicle_id, appt_date, appt_time, "
                     "purpose, advisor_id, call_id, status, created_at, created_by) VALUES "
                     "(:customer, :vehicle, :date, :time, :purpose, :advisor, :call, 'booked', "
                     ":created_at, :created_by)"));
    q.bindInt(QStringLiteral(":customer"), a.customerId)
        .bindOptInt(QStringLiteral(":vehicle"), a.vehicleId)
        .bindDate(QStringLiteral(":date"), a.date)
        .bindText(QStringLiteral(":time"),
                  a.time.isValid() ? a.time.toString(QStringLiteral("HH:mm")) : QString())
        .bind(QStringLiteral(":purpose"), a.purpose.isNull() ? QStringLiteral("") : a.purpose)
        .bindOptInt(QStringLiteral(":advisor"), a.advisorId)
        .bindOptInt(QStringLiteral(":call"), a.callId)
        .bindText(QStringLiteral(":created_at"), timestampOr(a.createdAt, db_))
        .bind(QStringLiteral(":created_by"), userIdValue(a.createdBy.value_or(0)))
        .exec();
    return q.lastInsertId();
}

std::optional<domain::Appointment> AppointmentRepository::find(domain::AppointmentId id) const {
    Query q(db_, kSelect + QStringLiteral("WHERE a.id = :id"));
    q.bindInt(QStringLiteral(":id"), id).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return fromRow(q);
}

void AppointmentRepository::cancel(domain::AppointmentId id, const QDateTime& at,
                                   std::int64_t userId, const QString& reason) {
    Query q(db_, QStringLiteral("UPDATE appointments SET status = 'cancelled', cancelled_at = :at, "
                                "cancelled_by = :by, cancel_reason = :reason WHERE id = :id"));
    q.bindText(QStringLiteral(":at"), timestampOr(at, db_))
        .bind(QStringLiteral(":by"), userIdValue(userId))
        .bindText(QStringLiteral(":reason"), reason)
        .bindInt(QStringLiteral(":id"), id)
        .exec();
}

std::vector<domain::Appointment> AppointmentRepository::between(const QDate& from,
                                                                const QDate& to) const {
    Query q(db_, kSelect + QStringLiteral("WHERE a.appt_date >= :from AND a.appt_date <= :to "
                                          "ORDER BY a.appt_date, a.appt_time IS NULL, a.appt_time, "
                                          "a.id"));
    q.bindDate(QStringLiteral(":from"), from).bindDate(QStringLiteral(":to"), to).exec();
    std::vector<domain::Appointment> out;
    while (q.next()) {
        out.push_back(fromRow(q));
    }
    return out;
}

std::vector<domain::Appointment> AppointmentRepository::ofCustomer(domain::CustomerId customer,
                                                                   const QDate& from,
                                                                   int limit) const {
    Query q(db_,
            kSelect + QStringLiteral("WHERE a.customer_id = :customer AND a.appt_date >= :from "
                                     "ORDER BY a.appt_date, a.appt_time IS NULL, a.appt_time, "
                                     "a.id LIMIT :limit"));
    q.bindInt(QStringLiteral(":customer"), customer)
        .bindDate(QStringLiteral(":from"), from)
        .bindInt(QStringLiteral(":limit"), limit)
        .exec();
    std::vector<domain::Appointment> out;
    while (q.next()) {
        out.push_back(fromRow(q));
    }
    return out;
}

std::vector<domain::Visit> AppointmentRepository::visitsBetween(const QDate& from,
                                                                const QDate& to) const {
    Query q(db_, QStringLiteral("SELECT id, customer_id, vehicle_id, visit_date FROM visits "
                                "WHERE visit_date >= :from AND visit_date <= :to AND "
                                "voided_at IS NULL ORDER BY visit_date, id"));
    q.bindDate(QStringLiteral(":from"), from).bindDate(QStringLiteral(":to"), to).exec();
    std::vector<domain::Visit> out;
    while (q.next()) {
        domain::Visit v;
        v.id = q.integer(0);
        v.customerId = q.integer(1);
        v.vehicleId = optIntFrom(q.value(2));
        v.date = q.date(3);
        out.push_back(std::move(v));
    }
    return out;
}

}  // namespace hc::storage
