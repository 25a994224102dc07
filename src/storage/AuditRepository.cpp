#include "hc/storage/AuditRepository.h"

#include "Query.h"
#include "SqlValues.h"
#include "hc/storage/TransactionGuard.h"

#include <QCryptographicHash>

#include <sqlite3.h>

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
    return appendAt(timestampOr(at, db_), userId, action, entity, entityId, beforeJson, afterJson);
}

std::int64_t AuditRepository::appendAt(const QString& atText, std::int64_t userId,
                                       const QString& action, const QString& entity,
                                       std::optional<std::int64_t> entityId,
                                       const QString& beforeJson, const QString& afterJson) {
    // The previous row and the new one must be read and written under one write lock.
    std::optional<TransactionGuard> tx;
    if (sqlite3_get_autocommit(db_.handle()) != 0) {
        tx.emplace(db_);
    }
    std::int64_t lastId = 0;
    QString lastHash;
    {
        Query last(db_, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        last.exec();
        if (last.next()) {
            lastId = last.integer(0);
            lastHash = last.text(1);
        }
    }
    const std::int64_t id = lastId + 1;
    const auto optText = [](const QString& t) {
        return t.isEmpty() ? std::nullopt : std::optional<QString>(t);
    };
    const QString hash =
        rowHash(lastHash, id, atText, userId == 0 ? std::nullopt : std::optional(userId), action,
                entity, entityId, optText(beforeJson), optText(afterJson));
    Query q(db_, QStringLiteral(
                     "INSERT INTO audit_log (id, at, user_id, action, entity, entity_id, "
                     "before_json, after_json, hash) VALUES (:id, :at, :user, :action, :entity, "
                     ":entity_id, :before, :after, :hash)"));
    q.bindInt(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":at"), atText)
        .bind(QStringLiteral(":user"), userIdValue(userId))
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":entity"), entity)
        .bindOptInt(QStringLiteral(":entity_id"), entityId)
        .bindText(QStringLiteral(":before"), beforeJson)
        .bindText(QStringLiteral(":after"), afterJson)
        .bindText(QStringLiteral(":hash"), hash)
        .exec();
    if (tx) {
        tx->commit();
    }
    return id;
}

QString AuditRepository::rowHash(const QString& previousHash, std::int64_t id, const QString& at,
                                 std::optional<std::int64_t> userId, const QString& action,
                                 const QString& entity, std::optional<std::int64_t> entityId,
                                 const std::optional<QString>& beforeJson,
                                 const std::optional<QString>& afterJson) {
    // Each field: 'N' for NULL or 'T' and its text; fields separated by U+001E.
    QString payload = QStringLiteral("huichang-audit-v1");
    const auto add = [&payload](const std::optional<QString>& field) {
        payload += QChar(0x1E);
        payload += field ? QStringLiteral("T") + *field : QStringLiteral("N");
    };
    const auto num = [](std::optional<std::int64_t> n) {
        return n ? std::optional<QString>(QString::number(*n)) : std::nullopt;
    };
    add(previousHash.isEmpty() ? std::nullopt : std::optional<QString>(previousHash));
    add(QString::number(id));
    add(at);
    add(num(userId));
    add(action);
    add(entity);
    add(num(entityId));
    add(beforeJson);
    add(afterJson);
    return QString::fromLatin1(
        QCryptographicHash::hash(payload.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {

struct ChainRow {
    std::int64_t id = 0;
    QString storedHash;
    QString expectedHash;
};

/// Reads every row (id order) and calls `visit` with its stored and recomputed hash; stops when
/// `visit` returns false. The recomputation chains on the STORED hash of the previous row.
template <typename F>
void walkChain(const Database& db, F&& visit) {
    Query q(db, QStringLiteral("SELECT id, at, user_id, action, entity, entity_id, before_json, "
                               "after_json, hash FROM audit_log ORDER BY id"));
    q.exec();
    QString previous;
    const auto optText = [&q](int c) {
        return q.isNull(c) ? std::nullopt : std::optional<QString>(q.text(c));
    };
    const auto optInt = [&q](int c) {
        return q.isNull(c) ? std::nullopt : std::optional<std::int64_t>(q.integer(c));
    };
    while (q.next()) {
        ChainRow row;
        row.id = q.integer(0);
        row.storedHash = q.text(8);
        row.expectedHash =
            AuditRepository::rowHash(previous, row.id, q.text(1), optInt(2), q.text(3), q.text(4),
                                     optInt(5), optText(6), optText(7));
        if (!visit(row)) {
            return;
        }
        previous = row.storedHash;
    }
}

}  // namespace

std::optional<std::pair<std::int64_t, QString>> AuditRepository::head() const {
    Query q(db_, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    q.exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return std::pair<std::int64_t, QString>(q.integer(0), q.text(1));
}

AuditChainCheck AuditRepository::verifyChain(
    const std::optional<std::pair<std::int64_t, QString>>& expect) const {
    AuditChainCheck check;
    bool expectSeen = false;
    walkChain(db_, [&](const ChainRow& row) {
        ++check.rows;
        check.lastId = row.id;
        check.lastHash = row.storedHash;
        if (expect && row.id == expect->first) {
            expectSeen = true;
            if (row.storedHash.compare(expect->second, Qt::CaseInsensitive) != 0 && check.ok) {
                check.ok = false;
                check.firstBadId = row.id;
                check.problem =
                    QStringLiteral("row %1 no longer has the expected hash").arg(row.id);
            }
        }
        if (check.ok && row.storedHash != row.expectedHash) {
            check.ok = false;
            check.firstBadId = row.id;
            check.problem = row.storedHash.isEmpty()
                                ? QStringLiteral("row %1 has no hash").arg(row.id)
                                : QStringLiteral("row %1 does not match its hash").arg(row.id);
        }
        return true;  // count every row
    });
    if (check.ok && expect && !expectSeen) {
        check.ok = false;
        check.firstBadId = expect->first;
        check.problem = QStringLiteral("row %1 is missing").arg(expect->first);
    }
    return check;
}

std::int64_t AuditRepository::sealUnchained() {
    std::vector<std::pair<std::int64_t, QString>> updates;
    QString previous;
    {
        Query q(db_, QStringLiteral("SELECT id, at, user_id, action, entity, entity_id, "
                                    "before_json, after_json, hash FROM audit_log ORDER BY id"));
        q.exec();
        const auto optText = [&q](int c) {
            return q.isNull(c) ? std::nullopt : std::optional<QString>(q.text(c));
        };
        const auto optInt = [&q](int c) {
            return q.isNull(c) ? std::nullopt : std::optional<std::int64_t>(q.integer(c));
        };
        while (q.next()) {
            QString hash = q.text(8);
            if (hash.isEmpty()) {
                hash = rowHash(previous, q.integer(0), q.text(1), optInt(2), q.text(3), q.text(4),
                               optInt(5), optText(6), optText(7));
                updates.emplace_back(q.integer(0), hash);
            }
            previous = hash;
        }
    }
    Query u(db_,
            QStringLiteral("UPDATE audit_log SET hash = :hash WHERE id = :id AND hash IS NULL"));
    for (const auto& [id, hash] : updates) {
        u.bindText(QStringLiteral(":hash"), hash).bindInt(QStringLiteral(":id"), id).exec();
    }
    return static_cast<std::int64_t>(updates.size());
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
