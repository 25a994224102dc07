#include "RecordJson.h"

#include <nlohmann/json.hpp>

namespace hc::services {

namespace {

using nlohmann::json;

json text(const QString& s) {
    return s.isEmpty() ? json(nullptr) : json(s.toStdString());
}

json date(const QDate& d) {
    return d.isValid() ? json(d.toString(Qt::ISODate).toStdString()) : json(nullptr);
}

json stamp(const QDateTime& t) {
    return t.isValid() ? json(t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toStdString())
                       : json(nullptr);
}

template <typename T>
json opt(const std::optional<T>& v) {
    return v ? json(*v) : json(nullptr);
}

QString dump(const json& j) {
    return QString::fromStdString(j.dump());
}

}  // namespace

QString customerJson(const domain::Customer& c) {
    return dump(json{
        {"id", c.id},
        {"name", text(c.name)},
        {"kind", text(c.kind)},
        {"phone", text(c.phone)},
        {"phone2", text(c.phone2)},
        {"id_number", text(c.idNumber)},
        {"address", text(c.address)},
        {"postal_code", text(c.postalCode)},
        {"birthday", date(c.birthday)},
        {"gender", text(c.gender)},
        {"region", text(c.region)},
        {"source", text(c.source)},
        {"attribute", text(c.attribute)},
        {"behaviour", text(c.behaviour)},
        {"decision_style", text(c.decisionStyle)},
        {"marketing_opt_out", c.marketingOptOut},
        {"invalid_reason",
         c.invalidReason ? text(domain::invalidReasonKey(*c.invalidReason)) : json(nullptr)},
        {"invalid_note", text(c.invalidNote)},
        {"invalid_since", date(c.invalidSince)},
        {"invalid_by", opt(c.invalidBy)},
        {"verified_at", stamp(c.verifiedAt)},
        {"verified_by", opt(c.verifiedBy)},
        {"note", text(c.note)},
    });
}

QString vehicleJson(const domain::Vehicle& v) {
    return dump(json{
        {"id", v.id},
        {"customer_id", v.customerId},
        {"plate", text(v.plate)},
        {"vin", text(v.vin)},
        {"engine_no", text(v.engineNo)},
        {"brand", text(v.brand)},
        {"model", text(v.model)},
        {"displacement", text(v.displacement)},
        {"transmission", text(v.transmission)},
        {"colour", text(v.colour)},
        {"key_no", text(v.keyNo)},
        {"plate_date", date(v.plateDate)},
        {"purchase_date", date(v.purchaseDate)},
        {"first_service_date", date(v.firstServiceDate)},
        {"first_service_mileage", opt(v.firstServiceMileage)},
        {"grade", text(v.grade)},
        {"insurance_due", date(v.insuranceDue)},
        {"inspection_due", date(v.inspectionDue)},
    });
}

QString visitJson(const domain::Visit& v) {
    return dump(json{
        {"id", v.id},
        {"customer_id", v.customerId},
        {"vehicle_id", opt(v.vehicleId)},
        {"visit_date", date(v.date)},
        {"work_order", text(v.workOrder)},
        {"appraisal_no", text(v.appraisalNo)},
        {"mileage", opt(v.mileage)},
        {"category", text(v.category)},
        {"fault_date", date(v.faultDate)},
        {"fault_mileage", opt(v.faultMileage)},
        {"work_done", text(v.workDone)},
        {"recommendations", text(v.recommendations)},
        {"labour_fen", v.labourFen},
        {"parts_fen", v.partsFen},
        {"other_fen", v.otherFen},
        {"discount_fen", v.discountFen},
        {"amount_fen", v.amountFen},
        {"advisor", text(v.advisor)},
        {"technician", text(v.technician)},
        {"source", text(v.source)},
        {"voided_at", stamp(v.voidedAt)},
        {"voided_by", opt(v.voidedBy)},
        {"void_reason", text(v.voidReason)},
    });
}

QString declinedItemJson(const domain::DeclinedItem& i) {
    return dump(json{
        {"id", i.id},
        {"visit_id", i.visitId},
        {"customer_id", i.customerId},
        {"vehicle_id", opt(i.vehicleId)},
        {"what", text(i.what)},
        {"amount_fen", i.amountFen},
        {"urgency", text(domain::toKey(i.urgency))},
        {"due_date", date(i.dueDate)},
        {"due_mileage", opt(i.dueMileage)},
        {"status", text(domain::toKey(i.status))},
        {"closed_by_visit_id", opt(i.closedByVisitId)},
        {"closed_date", date(i.closedDate)},
        {"drop_reason", text(i.dropReason)},
    });
}

}  // namespace hc::services
