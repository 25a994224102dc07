#include "hc/storage/ComplaintRepository.h"

#include "Query.h"
#include "SqlValues.h"

namespace hc::storage {

namespace {

const QString kColumns = QStringLiteral(
    "id, customer_id, vehicle_id, visit_id, channel, severity, description, responsible_user, "
    "responsible_person, received_at, contacted_at, answered_at, senior_answered_at, resolved_at, "
    "followed_up_at, resolution, status, created_by, created_at, updated_at");

domain::Complaint fromRow(const Query& q) {
    domain::Complaint c;
    c.id = q.integer(0);
    c.customerId = q.integer(1);
    c.vehicleId = optIntFrom(q.value(2));
    c.visitId = optIntFrom(q.value(3));
    c.channel = q.text(4);
    c.severity =
        domain::complaintSeverityFromKey(q.text(5)).value_or(domain::ComplaintSeverity::Normal);
    c.description = q.text(6);
    c.responsibleUser = optIntFrom(q.value(7));
    c.responsiblePerson = q.text(8);
    c.received = timestampFrom(q.value(9));
    c.contacted = timestampFrom(q.value(10));
    c.answered = timestampFrom(q.value(11));
    c.seniorAnswered = timestampFrom(q.value(12));
    c.resolved = timestampFrom(q.value(13));
    c.followedUp = timestampFrom(q.value(14));
    c.resolution = q.text(15);
    c.status = q.text(16);
    c.createdBy = optIntFrom(q.value(17));
    c.createdAt = timestampFrom(q.value(18));
    c.updatedAt = timestampFrom(q.value(19));
    return c;
}

std::vector<domain::Complaint> many(Query& q) {
    std::vector<domain::Complaint> out;
    q.exec();
    while (q.next()) {
        out.push_back(fromRow(q));
    }
    return out;
}

void bindFields(Query& q, const domain::Complaint& c) {
    q.bindOptInt(QStringLiteral(":vehicle"), c.vehicleId)
        .bindOptInt(QStringLiteral(":visit"), c.visitId)
        .bindText(QStringLiteral(":channel"), c.channel)
        .bindText(QStringLiteral(":severity"), domain::toKey(c.severity))
        .bindText(QStringLiteral(":description"), c.description)
        .bindOptInt(QStringLiteral(":responsible_user"), c.responsibleUser)
        .bindText(QStringLiteral(":responsible_person"), c.responsiblePerson)
        .bind(QStringLiteral(":received"), timestampValue(c.received))
        .bind(QStringLiteral(":contacted"), timestampValue(c.contacted))
        .bind(QStringLiteral(":answered"), timestampValue(c.answered))
        .bind(QStringLiteral(":senior"), timestampValue(c.seniorAnswered))
        .bind(QStringLiteral(":resolved"), timestampValue(c.resolved))
        .bind(QStringLiteral(":followed_up"), timestampValue(c.followedUp))
        .bindText(QStringLiteral(":resolution"), c.resolution)
        .bindText(QStringLiteral(":status"), c.status);
}

}  // namespace

std::int64_t ComplaintRepository::insert(const domain::Complaint& c) {
    Query q(db_,
            QStringLiteral(
                "INSERT INTO complaints (customer_id, vehicle_id, visit_id, channel, severity, "
                "description, responsible_user, responsible_person, received_at, contacted_at, "
                "answered_at, senior_answered_at, resolved_at, followed_up_at, resolution, status, "
                "created_by, created_at, updated_at) VALUES (:customer, :vehicle, :visit, "
                ":channel, :severity, :description, :responsible_user, :responsible_person, "
                ":received, :contacted, :answered, :senior, :resolved, :followed_up, :resolution, "
                ":status, :created_by, :created_at, :created_at)"));
    q.bindInt(QStringLiteral(":customer"), c.customerId);
    bindFields(q, c);
    q.bind(QStringLiteral(":created_by"), userIdValue(c.createdBy.value_or(0)))
        .bindText(QStringLiteral(":created_at"), timestampOr(c.createdAt, db_))
        .exec();
    return q.lastInsertId();
}

bool ComplaintRepository::update(const domain::Complaint& c, const QDateTime& at) {
    Query q(db_, QStringLiteral(
                     "UPDATE complaints SET vehicle_id = :vehicle, visit_id = :visit, channel = "
                     ":channel, severity = :severity, description = :description, "
                     "responsible_user = :responsible_user, responsible_person = "
                     ":responsible_person, received_at = :received, contacted_at = :contacted, "
                     "answered_at = :answered, senior_answered_at = :senior, resolved_at = "
                     ":resolved, followed_up_at = :followed_up, resolution = :resolution, status "
                     "= :status, updated_at = :at WHERE id = :id"));
    bindFields(q, c);
    q.bindText(QStringLiteral(":at"), timestampOr(at, db_))
        .bindInt(QStringLiteral(":id"), c.id)
        .exec();
    return q.rowsAffected() > 0;
}

std::optional<domain::Complaint> ComplaintRepository::find(std::int64_t id) const {
    Query q(db_, QStringLiteral("SELECT %1 FROM complaints WHERE id = :id").arg(kColumns));
    q.bindInt(QStringLiteral(":id"), id);
    auto rows = many(q);
    if (rows.empty()) {
        return std::nullopt;
    }
    return rows.front();
}

std::vector<domain::Complaint> ComplaintRepository::open() const {
    Query q(db_, QStringLiteral("SELECT %1 FROM complaints WHERE followed_up_at IS NULL "
                                "ORDER BY received_at, id")
                     .arg(kColumns));
    return many(q);
}

std::vector<domain::Complaint> ComplaintRepository::receivedBetween(const QDate& from,
                                                                    const QDate& to) const {
    // received_at is 'YYYY-MM-DDTHH:MM:SS': the day's range is [from, to + 1 day).
    Query q(db_, QStringLiteral("SELECT %1 FROM complaints WHERE received_at >= :from AND "
                                "received_at < :to ORDER BY received_at, id")
                     .arg(kColumns));
    q.bindDate(QStringLiteral(":from"), from).bindDate(QStringLiteral(":to"), to.addDays(1));
    return many(q);
}

std::vector<domain::Complaint> ComplaintRepository::ofCustomer(domain::CustomerId customer) const {
    Query q(db_, QStringLiteral("SELECT %1 FROM complaints WHERE customer_id = :c "
                                "ORDER BY received_at DESC, id DESC")
                     .arg(kColumns));
    q.bindInt(QStringLiteral(":c"), customer);
    return many(q);
}

std::int64_t ComplaintRepository::addEvent(const domain::ComplaintEvent& e) {
    Query q(db_, QStringLiteral("INSERT INTO complaint_events (complaint_id, at, user_id, "
                                "from_status, to_status, note) VALUES (:complaint, :at, :user, "
                                ":from, :to, :note)"));
    q.bindInt(QStringLiteral(":complaint"), e.complaintId)
        .bindText(QStringLiteral(":at"), timestampOr(e.at, db_))
        .bind(QStringLiteral(":user"), userIdValue(e.userId.value_or(0)))
        .bindText(QStringLiteral(":from"), e.fromStatus)
        .bindText(QStringLiteral(":to"), e.toStatus)
        .bindText(QStringLiteral(":note"), e.note)
        .exec();
    return q.lastInsertId();
}

std::vector<domain::ComplaintEvent> ComplaintRepository::events(std::int64_t complaintId) const {
    Query q(db_, QStringLiteral("SELECT id, complaint_id, at, user_id, from_status, to_status, "
                                "note FROM complaint_events WHERE complaint_id = :c "
                                "ORDER BY at, id"));
    q.bindInt(QStringLiteral(":c"), complaintId).exec();
    std::vector<domain::ComplaintEvent> out;
    while (q.next()) {
        domain::ComplaintEvent e;
        e.id = q.integer(0);
        e.complaintId = q.integer(1);
        e.at = timestampFrom(q.value(2));
        e.userId = optIntFrom(q.value(3));
        e.fromStatus = q.text(4);
        e.toStatus = q.text(5);
        e.note = q.text(6);
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace hc::storage
