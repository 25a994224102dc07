#include "hc/storage/VehicleRepository.h"

#include "Query.h"
#include "SqlValues.h"

namespace hc::storage {

namespace {

const QString kColumns = QStringLiteral(
    "id, customer_id, plate, vin, engine_no, brand, model, displacement, transmission, colour, "
    "key_no, plate_date, purchase_date, first_service_date, first_service_mileage, grade, "
    "insurance_due, inspection_due, created_at, updated_at");

domain::Vehicle fromRow(const Query& q) {
    domain::Vehicle v;
    v.id = q.integer(0);
    v.customerId = q.integer(1);
    v.plate = q.text(2);
    v.vin = q.text(3);
    v.engineNo = q.text(4);
    v.brand = q.text(5);
    v.model = q.text(6);
    v.displacement = q.text(7);
    v.transmission = q.text(8);
    v.colour = q.text(9);
    v.keyNo = q.text(10);
    v.plateDate = q.date(11);
    v.purchaseDate = q.date(12);
    v.firstServiceDate = q.date(13);
    if (!q.isNull(14)) {
        v.firstServiceMileage = static_cast<int>(q.integer(14));
    }
    v.grade = q.text(15);
    v.insuranceDue = q.date(16);
    v.inspectionDue = q.date(17);
    v.createdAt = timestampFrom(q.value(18));
    v.updatedAt = timestampFrom(q.value(19));
    return v;
}

void bindFields(Query& q, const domain::Vehicle& v) {
    q.bindText(QStringLiteral(":plate"), v.plate)
        .bindText(QStringLiteral(":vin"), v.vin)
        .bindText(QStringLiteral(":engine_no"), v.engineNo)
        .bindText(QStringLiteral(":brand"), v.brand)
        .bindText(QStringLiteral(":model"), v.model)
        .bindText(QStringLiteral(":displacement"), v.displacement)
        .bindText(QStringLiteral(":transmission"), v.transmission)
        .bindText(QStringLiteral(":colour"), v.colour)
        .bindText(QStringLiteral(":key_no"), v.keyNo)
        .bindDate(QStringLiteral(":plate_date"), v.plateDate)
        .bindDate(QStringLiteral(":purchase_date"), v.purchaseDate)
        .bindDate(QStringLiteral(":first_service_date"), v.firstServiceDate)
        .bindOptInt(QStringLiteral(":first_service_mileage"),
                    v.firstServiceMileage ? std::optional<std::int64_t>(*v.firstServiceMileage)
                                          : std::nullopt)
        .bindText(QStringLiteral(":grade"), v.grade)
        .bindDate(QStringLiteral(":insurance_due"), v.insuranceDue)
        .bindDate(QStringLiteral(":inspection_due"), v.inspectionDue);
}

std::optional<domain::Vehicle> one(const Database& db, const QString& where,
                                   const QVariant& value) {
    Query q(db, QStringLiteral("SELECT %1 FROM vehicles WHERE %2 = :v").arg(kColumns, where));
    q.bind(QStringLiteral(":v"), value).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return fromRow(q);
}

void openPeriod(const Database& db, domain::VehicleId vehicle, domain::CustomerId owner,
                const QDate& from, const QString& note) {
    Query q(db, QStringLiteral("INSERT INTO vehicle_owners (vehicle_id, customer_id, from_date, "
                               "to_date, note) VALUES (:vehicle, :customer, :from, NULL, :note)"));
    q.bindInt(QStringLiteral(":vehicle"), vehicle)
        .bindInt(QStringLiteral(":customer"), owner)
        .bindDate(QStringLiteral(":from"), from)
        .bindText(QStringLiteral(":note"), note)
        .exec();
}

domain::Ownership ownershipFromRow(const Query& q) {
    domain::Ownership o;
    o.vehicleId = q.integer(0);
    o.customerId = q.integer(1);
    o.from = q.date(2);
    o.to = q.date(3);
    o.note = q.text(4);
    return o;
}

}  // namespace

domain::VehicleId VehicleRepository::insert(const domain::Vehicle& v, const QDate& ownedFrom) {
    Query q(db_, QStringLiteral(
                     "INSERT INTO vehicles (customer_id, plate, vin, engine_no, brand, model, "
                     "displacement, transmission, colour, key_no, plate_date, purchase_date, "
                     "first_service_date, first_service_mileage, grade, insurance_due, "
                     "inspection_due, created_at, updated_at) VALUES (:customer_id, :plate, :vin, "
                     ":engine_no, :brand, :model, :displacement, :transmission, :colour, "
                     ":key_no, :plate_date, :purchase_date, :first_service_date, "
                     ":first_service_mileage, :grade, :insurance_due, :inspection_due, "
                     ":created_at, :updated_at)"));
    const QString created = timestampOr(v.createdAt, db_);
    bindFields(q, v);
    q.bindInt(QStringLiteral(":customer_id"), v.customerId)
        .bind(QStringLiteral(":created_at"), created)
        .bind(QStringLiteral(":updated_at"),
              v.updatedAt.isValid() ? timestampOr(v.updatedAt, db_) : created)
        .exec();
    const domain::VehicleId id = q.lastInsertId();
    openPeriod(db_, id, v.customerId, ownedFrom.isValid() ? ownedFrom : db_.now().date(), {});
    return id;
}

bool VehicleRepository::update(const domain::Vehicle& v) {
    Query q(db_, QStringLiteral(
                     "UPDATE vehicles SET plate = :plate, vin = :vin, engine_no = :engine_no, "
                     "brand = :brand, model = :model, displacement = :displacement, "
                     "transmission = :transmission, colour = :colour, key_no = :key_no, "
                     "plate_date = :plate_date, purchase_date = :purchase_date, "
                     "first_service_date = :first_service_date, "
                     "first_service_mileage = :first_service_mileage, grade = :grade, "
                     "insurance_due = :insurance_due, inspection_due = :inspection_due, "
                     "updated_at = :updated_at WHERE id = :id"));
    bindFields(q, v);
    q.bind(QStringLiteral(":updated_at"), timestampOr(v.updatedAt, db_))
        .bindInt(QStringLiteral(":id"), v.id)
        .exec();
    return q.rowsAffected() > 0;
}

std::optional<domain::Vehicle> VehicleRepository::find(domain::VehicleId id) const {
    return one(db_, QStringLiteral("id"), QVariant::fromValue<qlonglong>(id));
}

std::optional<domain::Vehicle> VehicleRepository::byPlate(const QString& plate) const {
    return one(db_, QStringLiteral("plate"), plate);
}

std::optional<domain::Vehicle> VehicleRepository::byVin(const QString& vin) const {
    return one(db_, QStringLiteral("vin"), vin);
}

std::vector<domain::Vehicle> VehicleRepository::ofCustomer(domain::CustomerId owner) const {
    Query q(
        db_,
        QStringLiteral("SELECT %1 FROM vehicles WHERE customer_id = :c ORDER BY id").arg(kColumns));
    q.bindInt(QStringLiteral(":c"), owner).exec();
    std::vector<domain::Vehicle> out;
    while (q.next()) {
        out.push_back(fromRow(q));
    }
    return out;
}

bool VehicleRepository::transfer(domain::VehicleId id, domain::CustomerId newOwner,
                                 const QDate& date, const QString& note, const QDateTime& at) {
    Query owner(db_, QStringLiteral("UPDATE vehicles SET customer_id = :c, updated_at = :at "
                                    "WHERE id = :id"));
    owner.bindInt(QStringLiteral(":c"), newOwner)
        .bind(QStringLiteral(":at"), timestampOr(at, db_))
        .bindInt(QStringLiteral(":id"), id)
        .exec();
    if (owner.rowsAffected() == 0) {
        return false;
    }
    Query close(db_, QStringLiteral("UPDATE vehicle_owners SET to_date = :d "
                                    "WHERE vehicle_id = :id AND to_date IS NULL"));
    close.bindDate(QStringLiteral(":d"), date).bindInt(QStringLiteral(":id"), id).exec();
    openPeriod(db_, id, newOwner, date, note);
    return true;
}

std::vector<domain::Ownership> VehicleRepository::history(domain::VehicleId id) const {
    Query q(db_, QStringLiteral("SELECT vehicle_id, customer_id, from_date, to_date, note "
                                "FROM vehicle_owners WHERE vehicle_id = :id "
                                "ORDER BY from_date, to_date IS NULL, id"));
    q.bindInt(QStringLiteral(":id"), id).exec();
    std::vector<domain::Ownership> out;
    while (q.next()) {
        out.push_back(ownershipFromRow(q));
    }
    return out;
}

std::optional<domain::Ownership> VehicleRepository::currentOwnership(domain::VehicleId id) const {
    Query q(db_, QStringLiteral("SELECT vehicle_id, customer_id, from_date, to_date, note "
                                "FROM vehicle_owners WHERE vehicle_id = :id AND to_date IS NULL"));
    q.bindInt(QStringLiteral(":id"), id).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return ownershipFromRow(q);
}

std::int64_t VehicleRepository::count() const {
    Query q(db_, QStringLiteral("SELECT COUNT(*) FROM vehicles"));
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

}  // namespace hc::storage
