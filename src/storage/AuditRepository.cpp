#include "hc/storage/AuditRepository.h"

#include "Query.h"
#include "SqlValues.h"

namespace hc::storage {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.at, a.user_id, u.username, a.action, a.entity, a.entity_id, a.before_json, "
    "a.after_json FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ");

AuditEntry fromRow(const Query& q) {
    AuditEntry e;
    e.id = q.integer(0);
    e.at = timestampFrom(q.value(1));
    e.userId = optIntFrom(q.value(2));
    e.username = q.text(3);
    e.action = q.text(4);
    e.entity = q.text(5);
    e.entityId = optIntFrom(q.value(6));
    e.beforeJson = q.text(7);
    e.afterJson = q.text(8);
    return e;
}

}  // namespace

std::int64_t AuditRepository::append(const QDateTime& at, std::int64_t userId,
                                     const QString& action, const QString& entity,
                                     std::optional<std::int64_t> entityId,
                                     const QString& beforeJson, const QString& afterJson) {
    Query q(db_, QStringLiteral(
                     "INSERT INTO audit_log (at, user_id, action, entity, entity_id, before_json, "
                     "after_json) VALUES (:at, :user, :action, :entity, :entity_id, :before, "
                     ":after)"));
    q.bind(QStringLiteral(":at"), timestampOrNow(at))
        .bind(QStringLiteral(":user"), userIdValue(userId))
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":entity"), entity)
        .bindOptInt(QStringLiteral(":entity_id"), entityId)
        .bindText(QStringLiteral(":before"), beforeJson)
        .bindText(QStringLiteral(":after"), afterJson)
        .exec();
    return q.lastInsertId();
}

std::vector<AuditEntry> AuditRepository::list(const QString& entity,
                                              std::optional<std::int64_t> entityId) const {
    const QString where = entityId ? QStringLiteral("WHERE a.entity = :e AND a.entity_id = :id ")
                                   : QStringLiteral("WHERE a.entity = :e AND a.entity_id IS NULL ");
    Query q(db_, kSelect + where + QStringLiteral("ORDER BY a.id"));
    q.bind(QStringLiteral(":e"), entity);
    if (entityId) {
        q.bindInt(QStringLiteral(":id"), *entityId);
    }
    q.exec();
    std::vector<AuditEntry> out;
    while (q.next()) {
        out.push_back(fromRow(q));
    }
    return out;
}

std::vector<AuditEntry> AuditRepository::recent(int limit) const {
    Query q(db_, kSelect + QStringLiteral("ORDER BY a.id DESC LIMIT :n"));
    q.bindInt(QStringLiteral(":n"), limit).exec();
    std::vector<AuditEntry> out;
    while (q.next()) {
        out.push_back(fromRow(q));
    }
    return out;
}

}  // namespace hc::storage
