#include "hc/storage/DeclinedItemRepository.h"

#include "Query.h"
#include "SqlValues.h"

namespace hc::storage {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT i.id, i.visit_id, i.customer_id, i.vehicle_id, v.visit_date, i.what, i.amount_fen, "
    "i.urgency, i.due_date, i.due_mileage, i.status, i.closed_by_visit_id, i.closed_date, "
    "i.drop_reason, i.created_at, i.created_by, i.closed_at, i.closed_by, vh.plate "
    "FROM declined_items i JOIN visits v ON v.id = i.visit_id "
    "LEFT JOIN vehicles vh ON vh.id = i.vehicle_id WHERE v.voided_at IS NULL");
const QString kOrder = QStringLiteral(
    " ORDER BY CASE i.status WHEN 'open' THEN 0 ELSE 1 END, v.visit_date DESC, i.id");

domain::DeclinedItem fromRow(const Query& q) {
    domain::DeclinedItem i;
    i.id = q.integer(0);
    i.visitId = q.integer(1);
    i.customerId = q.integer(2);
    i.vehicleId = optIntFrom(q.value(3));
    i.visitDate = q.date(4);
    i.what = q.text(5);
    i.amountFen = q.integer(6);
    i.urgency = domain::declinedUrgencyFromKey(q.text(7)).value_or(domain::DeclinedUrgency::Soon);
    i.dueDate = q.date(8);
    if (!q.isNull(9)) {
        i.dueMileage = static_cast<int>(q.integer(9));
    }
    i.status = domain::declinedStatusFromKey(q.text(10)).value_or(domain::DeclinedStatus::Open);
    i.closedByVisitId = optIntFrom(q.value(11));
    i.closedDate = q.date(12);
    i.dropReason = q.text(13);
    i.createdAt = timestampFrom(q.value(14));
    i.createdBy = optIntFrom(q.value(15));
    i.closedAt = timestampFrom(q.value(16));
    i.closedBy = optIntFrom(q.value(17));
    i.plate = q.text(18);
    return i;
}

std::vector<domain::DeclinedItem> many(Query& q) {
    std::vector<domain::DeclinedItem> out;
    q.exec();
    while (q.next()) {
        out.push_back(fromRow(q));
    }
    return out;
}

}  // namespace

domain::DeclinedItemId DeclinedItemRepository::insert(const domain::DeclinedItem& item) {
    Query q(db_, QStringLiteral(
                     "INSERT INTO declined_items (visit_id, customer_id, vehicle_id, what, "
                     "amount_fen, urgency, due_date, due_mileage, status, created_at, created_by) "
                     "VALUES (:visit, :customer, :vehicle, :what, :amount, :urgency, :due, :km, "
                     "'open', :at, :by)"));
    q.bindInt(QStringLiteral(":visit"), item.visitId)
        .bindInt(QStringLiteral(":customer"), item.customerId)
        .bindOptInt(QStringLiteral(":vehicle"), item.vehicleId)
        .bindText(QStringLiteral(":what"), item.what)
        .bindInt(QStringLiteral(":amount"), item.amountFen)
        .bindText(QStringLiteral(":urgency"), domain::toKey(item.urgency))
        .bindDate(QStringLiteral(":due"), item.dueDate)
        .bindOptInt(QStringLiteral(":km"),
                    item.dueMileage ? std::optional<std::int64_t>(*item.dueMileage) : std::nullopt)
        .bindText(QStringLiteral(":at"), timestampOr(item.createdAt, db_))
        .bind(QStringLiteral(":by"), userIdValue(item.createdBy.value_or(0)))
        .exec();
    return q.lastInsertId();
}

std::optional<domain::DeclinedItem> DeclinedItemRepository::find(domain::DeclinedItemId id) const {
    Query q(db_, kSelect + QStringLiteral(" AND i.id = :id"));
    q.bindInt(QStringLiteral(":id"), id);
    auto rows = many(q);
    if (rows.empty()) {
        return std::nullopt;
    }
    return rows.front();
}

std::vector<domain::DeclinedItem> DeclinedItemRepository::list(
    const DeclinedItemFilter& filter) const {
    QString sql = kSelect;
    if (filter.customerId) {
        sql += QStringLiteral(" AND i.customer_id = :customer");
    }
    if (filter.vehicleId) {
        sql += QStringLiteral(" AND i.vehicle_id = :vehicle");
    }
    if (filter.visitId) {
        sql += QStringLiteral(" AND i.visit_id = :visit");
    }
    if (filter.status) {
        sql += QStringLiteral(" AND i.status = :status");
    }
    Query q(db_, sql + kOrder);
    if (filter.customerId) {
        q.bindInt(QStringLiteral(":customer"), *filter.customerId);
    }
    if (filter.vehicleId) {
        q.bindInt(QStringLiteral(":vehicle"), *filter.vehicleId);
    }
    if (filter.visitId) {
        q.bindInt(QStringLiteral(":visit"), *filter.visitId);
    }
    if (filter.status) {
        q.bindText(QStringLiteral(":status"), domain::toKey(*filter.status));
    }
    return many(q);
}

std::vector<domain::DeclinedItem> DeclinedItemRepository::forPeriod(const QDate& from,
                                                                    const QDate& to) const {
    Query q(db_, kSelect +
                     QStringLiteral(" AND v.visit_date <= :to AND (i.status = 'open' OR "
                                    "i.closed_date >= :from)") +
                     kOrder);
    q.bindDate(QStringLiteral(":to"), to).bindDate(QStringLiteral(":from"), from);
    return many(q);
}

bool DeclinedItemRepository::markDone(domain::DeclinedItemId id, domain::VisitId visitId,
                                      const QDate& visitDate, const QDateTime& at,
                                      std::int64_t userId) {
    Query q(db_, QStringLiteral("UPDATE declined_items SET status = 'done', "
                                "closed_by_visit_id = :visit, closed_date = :day, "
                                "closed_at = :at, closed_by = :by "
                                "WHERE id = :id AND status = 'open'"));
    q.bindInt(QStringLiteral(":visit"), visitId)
        .bindDate(QStringLiteral(":day"), visitDate)
        .bindText(QStringLiteral(":at"), timestampOr(at, db_))
        .bind(QStringLiteral(":by"), userIdValue(userId))
        .bindInt(QStringLiteral(":id"), id)
        .exec();
    return q.rowsAffected() > 0;
}

bool DeclinedItemRepository::markDropped(domain::DeclinedItemId id, const QString& reason,
                                         const QDate& day, const QDateTime& at,
                                         std::int64_t userId) {
    Query q(db_, QStringLiteral("UPDATE declined_items SET status = 'dropped', "
                                "drop_reason = :reason, closed_date = :day, closed_at = :at, "
                                "closed_by = :by WHERE id = :id AND status = 'open'"));
    q.bindText(QStringLiteral(":reason"), reason)
        .bindDate(QStringLiteral(":day"), day)
        .bindText(QStringLiteral(":at"), timestampOr(at, db_))
        .bind(QStringLiteral(":by"), userIdValue(userId))
        .bindInt(QStringLiteral(":id"), id)
        .exec();
    return q.rowsAffected() > 0;
}

std::vector<domain::DeclinedItemId> DeclinedItemRepository::reopenClosedBy(
    domain::VisitId visitId) {
    std::vector<domain::DeclinedItemId> ids;
    {
        Query q(db_,
                QStringLiteral(
                    "SELECT id FROM declined_items WHERE closed_by_visit_id = :v ORDER BY id"));
        q.bindInt(QStringLiteral(":v"), visitId).exec();
        while (q.next()) {
            ids.push_back(q.integer(0));
        }
    }
    Query q(db_, QStringLiteral("UPDATE declined_items SET status = 'open', "
                                "closed_by_visit_id = NULL, closed_date = NULL, closed_at = NULL, "
                                "closed_by = NULL WHERE closed_by_visit_id = :v"));
    q.bindInt(QStringLiteral(":v"), visitId).exec();
    return ids;
}

int DeclinedItemRepository::removeOfVisit(domain::VisitId visitId) {
    Query q(db_, QStringLiteral("DELETE FROM declined_items WHERE visit_id = :v"));
    q.bindInt(QStringLiteral(":v"), visitId).exec();
    return q.rowsAffected();
}

}  // namespace hc::storage
