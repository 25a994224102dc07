#include "hc/storage/MessageRepository.h"

#include "Query.h"
#include "SqlValues.h"

namespace hc::storage {

namespace {

domain::ConsentRecord consentFrom(const Query& q) {
    domain::ConsentRecord r;
    r.id = q.integer(0);
    r.customerId = q.integer(1);
    r.purpose =
        domain::messagePurposeFromKey(q.text(2)).value_or(domain::MessagePurpose::Marketing);
    r.state = domain::consentStateFromKey(q.text(3)).value_or(domain::ConsentState::Refused);
    r.source = domain::consentSourceFromKey(q.text(4)).value_or(domain::ConsentSource::Import);
    r.at = timestampFrom(q.value(5));
    r.userId = q.isNull(6) ? 0 : q.integer(6);
    r.username = q.text(7);
    r.note = q.text(8);
    return r;
}

const char* const kConsentColumns =
    "SELECT e.id, e.customer_id, e.purpose, e.state, e.source, e.at, e.user_id, u.username, "
    "e.note FROM consent_events e LEFT JOIN users u ON u.id = e.user_id ";

}  // namespace

std::optional<QString> MessageRepository::templateText(const QString& key) const {
    Query q(db_, QStringLiteral("SELECT text FROM message_templates WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return q.text(0);
}

void MessageRepository::putTemplate(const QString& key, const QString& text, const QDateTime& at,
                                    std::int64_t userId) {
    Query q(db_, QStringLiteral("INSERT INTO message_templates (key, text, updated_by, updated_at) "
                                "VALUES (:key, :text, :by, :at) ON CONFLICT (key) DO UPDATE SET "
                                "text = excluded.text, updated_by = excluded.updated_by, "
                                "updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":text"), text)
        .bind(QStringLiteral(":by"), userIdValue(userId))
        .bindText(QStringLiteral(":at"), timestampOr(at, db_))
        .exec();
}

bool MessageRepository::removeTemplate(const QString& key) {
    Query q(db_, QStringLiteral("DELETE FROM message_templates WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key).exec();
    return q.rowsAffected() > 0;
}

std::int64_t MessageRepository::insertConsent(const domain::ConsentRecord& r) {
    Query q(db_, QStringLiteral("INSERT INTO consent_events (customer_id, purpose, state, source, "
                                "at, user_id, note) VALUES (:c, :p, :s, :src, :at, :u, :note)"));
    q.bindInt(QStringLiteral(":c"), r.customerId)
        .bind(QStringLiteral(":p"), domain::toKey(r.purpose))
        .bind(QStringLiteral(":s"), domain::toKey(r.state))
        .bind(QStringLiteral(":src"), domain::toKey(r.source))
        .bindText(QStringLiteral(":at"), timestampOr(r.at, db_))
        .bind(QStringLiteral(":u"), userIdValue(r.userId))
        .bind(QStringLiteral(":note"), textValue(r.note))
        .exec();
    return q.lastInsertId();
}

std::optional<domain::ConsentRecord> MessageRepository::latestConsent(
    domain::CustomerId id, domain::MessagePurpose purpose) const {
    Query q(db_, QString::fromLatin1(kConsentColumns) +
                     QStringLiteral("WHERE e.customer_id = :c AND e.purpose = :p "
                                    "ORDER BY e.at DESC, e.id DESC LIMIT 1"));
    q.bindInt(QStringLiteral(":c"), id).bind(QStringLiteral(":p"), domain::toKey(purpose)).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return consentFrom(q);
}

std::map<domain::CustomerId, domain::ConsentState> MessageRepository::latestStates(
    domain::MessagePurpose purpose) const {
    // Ordered by (customer, at, id): the last row seen per customer is the latest.
    Query q(db_, QStringLiteral("SELECT customer_id, state FROM consent_events "
                                "WHERE purpose = :p ORDER BY customer_id, at, id"));
    q.bind(QStringLiteral(":p"), domain::toKey(purpose)).exec();
    std::map<domain::CustomerId, domain::ConsentState> out;
    while (q.next()) {
        out[q.integer(0)] =
            domain::consentStateFromKey(q.text(1)).value_or(domain::ConsentState::Refused);
    }
    return out;
}

std::vector<domain::ConsentRecord> MessageRepository::consentHistory(domain::CustomerId id) const {
    Query q(db_, QString::fromLatin1(kConsentColumns) +
                     QStringLiteral("WHERE e.customer_id = :c ORDER BY e.at DESC, e.id DESC"));
    q.bindInt(QStringLiteral(":c"), id).exec();
    std::vector<domain::ConsentRecord> out;
    while (q.next()) {
        out.push_back(consentFrom(q));
    }
    return out;
}

void MessageRepository::syncMarketingFlag(domain::CustomerId id, bool refused,
                                          const QDateTime& at) {
    Query q(db_, QStringLiteral("UPDATE customers SET marketing_opt_out = :v, updated_at = :at "
                                "WHERE id = :id AND marketing_opt_out <> :v"));
    q.bindInt(QStringLiteral(":v"), refused ? 1 : 0)
        .bindText(QStringLiteral(":at"), timestampOr(at, db_))
        .bindInt(QStringLiteral(":id"), id)
        .exec();
}

std::vector<domain::CustomerId> MessageRepository::customersWithPhone(const QString& phone) const {
    Query q(db_, QStringLiteral("SELECT id FROM customers WHERE phone = :p "
                                "UNION SELECT id FROM customers WHERE phone2 = :p ORDER BY 1"));
    q.bind(QStringLiteral(":p"), phone).exec();
    std::vector<domain::CustomerId> out;
    while (q.next()) {
        out.push_back(q.integer(0));
    }
    return out;
}

std::vector<std::pair<domain::CustomerId, std::optional<domain::VehicleId>>>
MessageRepository::appointmentsOn(const QDate& day) const {
    // The appointments booked for that day (schema 0012; a call's "will come" books one too).
    Query q(db_, QStringLiteral("SELECT customer_id, MAX(vehicle_id) FROM appointments "
                                "WHERE status = 'booked' AND appt_date = :d "
                                "GROUP BY customer_id ORDER BY customer_id"));
    q.bindDate(QStringLiteral(":d"), day).exec();
    std::vector<std::pair<domain::CustomerId, std::optional<domain::VehicleId>>> out;
    while (q.next()) {
        out.emplace_back(q.integer(0), optIntFrom(q.value(1)));
    }
    return out;
}

std::set<domain::CustomerId> MessageRepository::reachedOn(const QString& templateKey,
                                                          const QDate& day) const {
    Query q(db_,
            QStringLiteral("SELECT DISTINCT customer_id FROM message_log "
                           "WHERE sent_date = :d AND result <> 'failed' AND template_key = :k"));
    q.bindDate(QStringLiteral(":d"), day).bind(QStringLiteral(":k"), templateKey).exec();
    std::set<domain::CustomerId> out;
    while (q.next()) {
        out.insert(q.integer(0));
    }
    return out;
}

std::int64_t MessageRepository::insertLog(const domain::MessageLogEntry& e) {
    Query q(db_,
            QStringLiteral("INSERT INTO message_log (customer_id, vehicle_id, campaign_id, "
                           "template_key, purpose, phone, text, segments, channel, result, error, "
                           "sent_at, sent_date, user_id) VALUES (:c, :v, :camp, :key, :p, :phone, "
                           ":text, :seg, :ch, :r, :err, :at, :date, :u)"));
    const QDateTime at = e.at.isValid() ? e.at : db_.now();
    q.bindInt(QStringLiteral(":c"), e.customerId)
        .bindOptInt(QStringLiteral(":v"), e.vehicleId)
        .bindOptInt(QStringLiteral(":camp"), e.campaignId)
        .bind(QStringLiteral(":key"), domain::toKey(e.templateKey))
        .bind(QStringLiteral(":p"), domain::toKey(e.purpose))
        .bind(QStringLiteral(":phone"), e.phone)
        .bind(QStringLiteral(":text"), e.text)
        .bindInt(QStringLiteral(":seg"), e.segments)
        .bind(QStringLiteral(":ch"), domain::toKey(e.channel))
        .bind(QStringLiteral(":r"), domain::toKey(e.result))
        .bind(QStringLiteral(":err"),
              e.result == domain::MessageResult::Failed
                  ? QVariant(e.error.isEmpty() ? QStringLiteral("?") : e.error)
                  : QVariant())
        .bindText(QStringLiteral(":at"), timestampOr(at, db_))
        .bindDate(QStringLiteral(":date"), at.date())
        .bind(QStringLiteral(":u"), userIdValue(e.userId))
        .exec();
    return q.lastInsertId();
}

std::vector<domain::MessageLogEntry> MessageRepository::logOf(domain::CustomerId id) const {
    Query q(db_, QStringLiteral("SELECT m.id, m.customer_id, m.vehicle_id, m.campaign_id, "
                                "m.template_key, m.purpose, m.phone, m.text, m.segments, "
                                "m.channel, m.result, m.error, m.sent_at, m.user_id, u.username "
                                "FROM message_log m LEFT JOIN users u ON u.id = m.user_id "
                                "WHERE m.customer_id = :c ORDER BY m.sent_at DESC, m.id DESC"));
    q.bindInt(QStringLiteral(":c"), id).exec();
    std::vector<domain::MessageLogEntry> out;
    while (q.next()) {
        domain::MessageLogEntry& e = out.emplace_back();
        e.id = q.integer(0);
        e.customerId = q.integer(1);
        e.vehicleId = optIntFrom(q.value(2));
        e.campaignId = optIntFrom(q.value(3));
        e.templateKey = domain::messageTemplateKeyFromKey(q.text(4)).value_or(
            domain::MessageTemplateKey::PostService);
        e.purpose =
            domain::messagePurposeFromKey(q.text(5)).value_or(domain::MessagePurpose::Marketing);
        e.phone = q.text(6);
        e.text = q.text(7);
        e.segments = static_cast<int>(q.integer(8));
        e.channel =
            domain::messageChannelFromKey(q.text(9)).value_or(domain::MessageChannel::Export);
        e.result = domain::messageResultFromKey(q.text(10)).value_or(domain::MessageResult::Failed);
        e.error = q.text(11);
        e.at = timestampFrom(q.value(12));
        e.userId = q.isNull(13) ? 0 : q.integer(13);
        e.username = q.text(14);
    }
    return out;
}

}  // namespace hc::storage
