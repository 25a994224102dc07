#include "hc/storage/CallRepository.h"

#include "Query.h"
#include "SqlValues.h"

namespace hc::storage {

namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.customer_id, c.vehicle_id, c.visit_id, c.complaint_id, c.campaign_id, c.kind, "
    "c.due_date, c.called_at, c.caller_id, u.username, c.outcome, c.appointment_date, "
    "c.churn_reason, c.note, c.attempt");
const QString kFrom = QStringLiteral("FROM calls c LEFT JOIN users u ON u.id = c.caller_id");

domain::CallRecord fromRow(const Query& q) {
    domain::CallRecord c;
    c.id = q.integer(0);
    c.customerId = q.integer(1);
    c.vehicleId = optIntFrom(q.value(2));
    c.visitId = optIntFrom(q.value(3));
    c.complaintId = optIntFrom(q.value(4));
    c.campaignId = optIntFrom(q.value(5));
    c.kind = domain::followUpKindFromKey(q.text(6)).value_or(domain::FollowUpKind::PostService);
    c.due = q.date(7);
    c.calledAt = timestampFrom(q.value(8));
    c.callerId = optIntFrom(q.value(9));
    c.callerName = q.text(10);
    c.outcome = domain::callOutcomeFromKey(q.text(11)).value_or(domain::CallOutcome::Reached);
    c.appointment = q.date(12);
    if (!q.isNull(13)) {
        c.churnReason = domain::churnReasonFromKey(q.text(13));
    }
    c.note = q.text(14);
    c.attempt = static_cast<int>(q.integer(15));
    return c;
}

std::vector<domain::CallRecord> many(Query& q) {
    std::vector<domain::CallRecord> out;
    q.exec();
    while (q.next()) {
        out.push_back(fromRow(q));
    }
    return out;
}

}  // namespace

std::int64_t CallRepository::insert(const domain::CallRecord& c) {
    Query q(db_, QStringLiteral(
                     "INSERT INTO calls (customer_id, vehicle_id, visit_id, complaint_id, "
                     "campaign_id, kind, due_date, called_at, call_date, caller_id, outcome, "
                     "appointment_date, churn_reason, note, attempt) VALUES (:customer, :vehicle, "
                     ":visit, :complaint, :campaign, :kind, :due, :called_at, :call_date, :caller, "
                     ":outcome, :appointment, :reason, :note, :attempt)"));
    const QString calledAt = timestampOr(c.calledAt, db_);
    q.bindInt(QStringLiteral(":customer"), c.customerId)
        .bindOptInt(QStringLiteral(":vehicle"), c.vehicleId)
        .bindOptInt(QStringLiteral(":visit"), c.visitId)
        .bindOptInt(QStringLiteral(":complaint"), c.complaintId)
        .bindOptInt(QStringLiteral(":campaign"), c.campaignId)
        .bindText(QStringLiteral(":kind"), domain::toKey(c.kind))
        .bindDate(QStringLiteral(":due"), c.due)
        .bindText(QStringLiteral(":called_at"), calledAt)
        .bindText(QStringLiteral(":call_date"), calledAt.left(10))
        .bind(QStringLiteral(":caller"), userIdValue(c.callerId.value_or(0)))
        .bindText(QStringLiteral(":outcome"), domain::toKey(c.outcome))
        .bindDate(QStringLiteral(":appointment"), c.appointment)
        .bindText(QStringLiteral(":reason"),
                  c.churnReason ? domain::toKey(*c.churnReason) : QString())
        .bindText(QStringLiteral(":note"), c.note)
        .bindInt(QStringLiteral(":attempt"), c.attempt)
        .exec();
    return q.lastInsertId();
}

std::optional<domain::CallRecord> CallRepository::find(std::int64_t id) const {
    Query q(db_, QStringLiteral("SELECT %1 %2 WHERE c.id = :id").arg(kColumns, kFrom));
    q.bindInt(QStringLiteral(":id"), id);
    auto rows = many(q);
    if (rows.empty()) {
        return std::nullopt;
    }
    return rows.front();
}

std::vector<domain::CallRecord> CallRepository::ofCustomer(domain::CustomerId customer) const {
    Query q(db_, QStringLiteral("SELECT %1 %2 WHERE c.customer_id = :c "
                                "ORDER BY c.call_date DESC, c.called_at DESC, c.id DESC")
                     .arg(kColumns, kFrom));
    q.bindInt(QStringLiteral(":c"), customer);
    return many(q);
}

std::vector<domain::CallRecord> CallRepository::ofCampaign(std::int64_t campaignId) const {
    Query q(db_, QStringLiteral("SELECT %1 %2 WHERE c.campaign_id = :c ORDER BY c.call_date, c.id")
                     .arg(kColumns, kFrom));
    q.bindInt(QStringLiteral(":c"), campaignId);
    return many(q);
}

std::vector<domain::FollowUpCall> CallRepository::history(const QDate& from,
                                                          const QDate& to) const {
    Query q(db_, QStringLiteral(
                     "SELECT c.customer_id, c.call_date, c.kind, c.outcome, c.appointment_date, "
                     "c.vehicle_id, c.complaint_id, c.churn_reason, u.username %1 "
                     "WHERE c.call_date >= :from AND c.call_date <= :to ORDER BY c.call_date, c.id")
                     .arg(kFrom));
    q.bindText(QStringLiteral(":from"),
               from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"))
        .bindDate(QStringLiteral(":to"), to)
        .exec();
    std::vector<domain::FollowUpCall> out;
    while (q.next()) {
        domain::FollowUpCall c;
        c.customerId = q.integer(0);
        c.date = q.date(1);
        c.kind = domain::followUpKindFromKey(q.text(2)).value_or(domain::FollowUpKind::PostService);
        c.outcome = domain::callOutcomeFromKey(q.text(3)).value_or(domain::CallOutcome::Reached);
        c.appointment = q.date(4);
        c.vehicleId = optIntFrom(q.value(5));
        c.complaintId = optIntFrom(q.value(6));
        if (!q.isNull(7)) {
            c.churnReason = domain::churnReasonFromKey(q.text(7));
        }
        c.caller = q.text(8);
        out.push_back(std::move(c));
    }
    return out;
}

std::int64_t CallRepository::count() const {
    Query q(db_, QStringLiteral("SELECT COUNT(*) FROM calls"));
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

}  // namespace hc::storage
