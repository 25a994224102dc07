#include "hc/storage/VisitRepository.h"

#include "Query.h"
#include "SqlValues.h"

namespace hc::storage {

namespace {

const QString kColumns = QStringLiteral(
    "id, customer_id, vehicle_id, visit_date, work_order, appraisal_no, mileage, category, "
    "fault_date, fault_mileage, work_done, recommendations, labour_fen, parts_fen, other_fen, "
    "discount_fen, amount_fen, advisor, technician, source, created_at, created_by, voided_at, "
    "voided_by, void_reason");

std::optional<int> optInt(const Query& q, int column) {
    if (q.isNull(column)) {
        return std::nullopt;
    }
    return static_cast<int>(q.integer(column));
}

std::optional<std::int64_t> widen(const std::optional<int>& v) {
    return v ? std::optional<std::int64_t>(*v) : std::nullopt;
}

domain::Visit fromRow(const Query& q) {
    domain::Visit v;
    v.id = q.integer(0);
    v.customerId = q.integer(1);
    v.vehicleId = optIntFrom(q.value(2));
    v.date = q.date(3);
    v.workOrder = q.text(4);
    v.appraisalNo = q.text(5);
    v.mileage = optInt(q, 6);
    v.category = q.text(7);
    v.faultDate = q.date(8);
    v.faultMileage = optInt(q, 9);
    v.workDone = q.text(10);
    v.recommendations = q.text(11);
    v.labourFen = q.integer(12);
    v.partsFen = q.integer(13);
    v.otherFen = q.integer(14);
    v.discountFen = q.integer(15);
    v.amountFen = q.integer(16);
    v.advisor = q.text(17);
    v.technician = q.text(18);
    v.source = q.text(19);
    v.createdAt = timestampFrom(q.value(20));
    v.createdBy = optIntFrom(q.value(21));
    v.voidedAt = timestampFrom(q.value(22));
    v.voidedBy = optIntFrom(q.value(23));
    v.voidReason = q.text(24);
    return v;
}

void bindFields(Query& q, const domain::Visit& v) {
    q.bindInt(QStringLiteral(":customer_id"), v.customerId)
        .bindOptInt(QStringLiteral(":vehicle_id"), v.vehicleId)
        .bindDate(QStringLiteral(":visit_date"), v.date)
        .bindText(QStringLiteral(":work_order"), v.workOrder)
        .bindText(QStringLiteral(":appraisal_no"), v.appraisalNo)
        .bindOptInt(QStringLiteral(":mileage"), widen(v.mileage))
        .bind(QStringLiteral(":category"),
              v.category.isEmpty() ? QStringLiteral("other") : v.category)
        .bindDate(QStringLiteral(":fault_date"), v.faultDate)
        .bindOptInt(QStringLiteral(":fault_mileage"), widen(v.faultMileage))
        .bindText(QStringLiteral(":work_done"), v.workDone)
        .bindText(QStringLiteral(":recommendations"), v.recommendations)
        .bindInt(QStringLiteral(":labour_fen"), v.labourFen)
        .bindInt(QStringLiteral(":parts_fen"), v.partsFen)
        .bindInt(QStringLiteral(":other_fen"), v.otherFen)
        .bindInt(QStringLiteral(":discount_fen"), v.discountFen)
        .bindInt(QStringLiteral(":amount_fen"), v.amountFen)
        .bindText(QStringLiteral(":advisor"), v.advisor)
        .bindText(QStringLiteral(":technician"), v.technician)
        .bind(QStringLiteral(":source"), v.source.isEmpty() ? QStringLiteral("manual") : v.source);
}

std::vector<domain::Visit> list(const Database& db, const QString& where, std::int64_t id) {
    Query q(db, QStringLiteral("SELECT %1 FROM visits WHERE %2 = :id AND voided_at IS NULL "
                               "ORDER BY visit_date DESC, id DESC")
                    .arg(kColumns, where));
    q.bindInt(QStringLiteral(":id"), id).exec();
    std::vector<domain::Visit> out;
    while (q.next()) {
        out.push_back(fromRow(q));
    }
    return out;
}

}  // namespace

domain::VisitId VisitRepository::insert(const domain::Visit& v) {
    Query q(db_, QStringLiteral(
                     "INSERT INTO visits (customer_id, vehicle_id, visit_date, work_order, "
                     "appraisal_no, mileage, category, fault_date, fault_mileage, work_done, "
                     "recommendations, labour_fen, parts_fen, other_fen, discount_fen, amount_fen, "
                     "advisor, technician, source, created_at, created_by) VALUES (:customer_id, "
                     ":vehicle_id, :visit_date, :work_order, :appraisal_no, :mileage, :category, "
                     ":fault_date, :fault_mileage, :work_done, :recommendations, :labour_fen, "
                     ":parts_fen, :other_fen, :discount_fen, :amount_fen, :advisor, :technician, "
                     ":source, :created_at, :created_by)"));
    bindFields(q, v);
    q.bind(QStringLiteral(":created_at"), timestampOr(v.createdAt, db_))
        .bind(QStringLiteral(":created_by"),
              v.createdBy ? userIdValue(*v.createdBy) : QVariant(QMetaType::fromType<qlonglong>()))
        .exec();
    return q.lastInsertId();
}

bool VisitRepository::update(const domain::Visit& v) {
    Query q(db_, QStringLiteral(
                     "UPDATE visits SET customer_id = :customer_id, vehicle_id = :vehicle_id, "
                     "visit_date = :visit_date, work_order = :work_order, "
                     "appraisal_no = :appraisal_no, mileage = :mileage, category = :category, "
                     "fault_date = :fault_date, fault_mileage = :fault_mileage, "
                     "work_done = :work_done, recommendations = :recommendations, "
                     "labour_fen = :labour_fen, parts_fen = :parts_fen, other_fen = :other_fen, "
                     "discount_fen = :discount_fen, amount_fen = :amount_fen, advisor = :advisor, "
                     "technician = :technician, source = :source WHERE id = :id"));
    bindFields(q, v);
    q.bindInt(QStringLiteral(":id"), v.id).exec();
    return q.rowsAffected() > 0;
}

bool VisitRepository::markVoided(domain::VisitId id, const QDateTime& at, std::int64_t userId,
                                 const QString& reason) {
    Query q(db_, QStringLiteral("UPDATE visits SET voided_at = :at, voided_by = :by, "
                                "void_reason = :reason WHERE id = :id AND voided_at IS NULL"));
    q.bind(QStringLiteral(":at"), timestampOr(at, db_))
        .bind(QStringLiteral(":by"), userIdValue(userId))
        .bind(QStringLiteral(":reason"), reason)
        .bindInt(QStringLiteral(":id"), id)
        .exec();
    return q.rowsAffected() > 0;
}

bool VisitRepository::remove(domain::VisitId id) {
    Query q(db_, QStringLiteral("DELETE FROM visits WHERE id = :id"));
    q.bindInt(QStringLiteral(":id"), id).exec();
    return q.rowsAffected() > 0;
}

std::optional<domain::Visit> VisitRepository::find(domain::VisitId id) const {
    Query q(db_, QStringLiteral("SELECT %1 FROM visits WHERE id = :id").arg(kColumns));
    q.bindInt(QStringLiteral(":id"), id).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return fromRow(q);
}

std::vector<domain::Visit> VisitRepository::ofCustomer(domain::CustomerId customer) const {
    return list(db_, QStringLiteral("customer_id"), customer);
}

std::vector<domain::Visit> VisitRepository::ofVehicle(domain::VehicleId vehicle) const {
    return list(db_, QStringLiteral("vehicle_id"), vehicle);
}

std::optional<int> VisitRepository::lastMileage(domain::VehicleId vehicle) const {
    Query q(db_,
            QStringLiteral(
                "SELECT mileage FROM visits WHERE vehicle_id = :id "
                "AND mileage IS NOT NULL AND voided_at IS NULL ORDER BY visit_date DESC, id DESC "
                "LIMIT 1"));
    q.bindInt(QStringLiteral(":id"), vehicle).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return static_cast<int>(q.integer(0));
}

std::optional<domain::Visit> VisitRepository::byWorkOrder(const QString& workOrder) const {
    Query q(db_, QStringLiteral("SELECT %1 FROM visits WHERE work_order = :w").arg(kColumns));
    q.bind(QStringLiteral(":w"), workOrder).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return fromRow(q);
}

std::int64_t VisitRepository::count() const {
    Query q(db_, QStringLiteral("SELECT COUNT(*) FROM visits WHERE voided_at IS NULL"));
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

}  // namespace hc::storage
