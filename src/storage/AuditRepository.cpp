#include "hc/storage/AuditRepository.h"

#include "Query.h"
#include "SqlValues.h"
#include "hc/storage/TransactionGuard.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

#include <sqlite3.h>

namespace hc::storage {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.at, a.user_id, u.username, a.action, a.entity, a.entity_id, a.before_json, "
    "a.after_json, a.redacted_by FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ");

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
    e.redacted = !q.isNull(9);
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
    const QString content = contentHash(optText(beforeJson), optText(afterJson));
    const QString hash =
        chainHash(lastHash, id, atText, userId == 0 ? std::nullopt : std::optional(userId), action,
                  entity, entityId, content, {});
    Query q(db_,
            QStringLiteral("INSERT INTO audit_log (id, at, user_id, action, entity, entity_id, "
                           "before_json, after_json, hash, content_hash) VALUES (:id, :at, :user, "
                           ":action, :entity, :entity_id, :before, :after, :hash, :content)"));
    q.bindInt(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":at"), atText)
        .bind(QStringLiteral(":user"), userIdValue(userId))
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":entity"), entity)
        .bindOptInt(QStringLiteral(":entity_id"), entityId)
        .bindText(QStringLiteral(":before"), beforeJson)
        .bindText(QStringLiteral(":after"), afterJson)
        .bindText(QStringLiteral(":hash"), hash)
        .bindText(QStringLiteral(":content"), content)
        .exec();
    if (tx) {
        tx->commit();
    }
    return id;
}

namespace {

/// "<tag>" then each field as 'N' for NULL or 'T' and its text, separated by U+001E; SHA-256 hex.
QString hashFields(const QString& tag, std::initializer_list<std::optional<QString>> fields) {
    QString payload = tag;
    for (const auto& field : fields) {
        payload += QChar(0x1E);
        payload += field ? QStringLiteral("T") + *field : QStringLiteral("N");
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(payload.toUtf8(), QCryptographicHash::Sha256).toHex());
}

std::optional<QString> numText(std::optional<std::int64_t> n) {
    return n ? std::optional<QString>(QString::number(*n)) : std::nullopt;
}

std::optional<QString> nonEmpty(const QString& t) {
    return t.isEmpty() ? std::nullopt : std::optional<QString>(t);
}

}  // namespace

QString AuditRepository::rowHash(const QString& previousHash, std::int64_t id, const QString& at,
                                 std::optional<std::int64_t> userId, const QString& action,
                                 const QString& entity, std::optional<std::int64_t> entityId,
                                 const std::optional<QString>& beforeJson,
                                 const std::optional<QString>& afterJson) {
    return hashFields(QStringLiteral("huichang-audit-v1"),
                      {nonEmpty(previousHash), QString::number(id), at, numText(userId), action,
                       entity, numText(entityId), beforeJson, afterJson});
}

QString AuditRepository::contentHash(const std::optional<QString>& beforeJson,
                                     const std::optional<QString>& afterJson) {
    return hashFields(QStringLiteral("huichang-audit-content-v2"), {beforeJson, afterJson});
}

QString AuditRepository::contentHashOf(const QString& beforeJson, const QString& afterJson) {
    return contentHash(nonEmpty(beforeJson), nonEmpty(afterJson));
}

QString AuditRepository::chainHash(const QString& previousHash, std::int64_t id, const QString& at,
                                   std::optional<std::int64_t> userId, const QString& action,
                                   const QString& entity, std::optional<std::int64_t> entityId,
                                   const QString& contentHash, const QString& legacyHash) {
    return hashFields(QStringLiteral("huichang-audit-v2"),
                      {nonEmpty(previousHash), QString::number(id), at, numText(userId), action,
                       entity, numText(entityId), nonEmpty(contentHash), nonEmpty(legacyHash)});
}

namespace {

/// One audit row as stored, for the chain walks.
struct StoredRow {
    std::int64_t id = 0;
    QString at;
    std::optional<std::int64_t> userId;
    QString action;
    QString entity;
    std::optional<std::int64_t> entityId;
    std::optional<QString> beforeJson;
    std::optional<QString> afterJson;
    QString hash;
    QString contentHash;
    QString legacyHash;
    std::optional<std::int64_t> redactedBy;
};

/// Calls `visit` with every row in id order; stops when it returns false.
template <typename F>
void walkRows(const Database& db, bool v17, F&& visit) {
    // Before v17 (a backup taken before the upgrade verifies the old chain): the stored hash is
    // the v7 hash, read as the legacy one.
    Query q(db, v17 ? QStringLiteral("SELECT id, at, user_id, action, entity, entity_id, "
                                     "before_json, after_json, hash, content_hash, legacy_hash, "
                                     "redacted_by FROM audit_log ORDER BY id")
                    : QStringLiteral("SELECT id, at, user_id, action, entity, entity_id, "
                                     "before_json, after_json, hash, NULL, hash, NULL "
                                     "FROM audit_log ORDER BY id"));
    q.exec();
    const auto optText = [&q](int c) {
        return q.isNull(c) ? std::nullopt : std::optional<QString>(q.text(c));
    };
    const auto optInt = [&q](int c) {
        return q.isNull(c) ? std::nullopt : std::optional<std::int64_t>(q.integer(c));
    };
    while (q.next()) {
        StoredRow r;
        r.id = q.integer(0);
        r.at = q.text(1);
        r.userId = optInt(2);
        r.action = q.text(3);
        r.entity = q.text(4);
        r.entityId = optInt(5);
        r.beforeJson = optText(6);
        r.afterJson = optText(7);
        r.hash = q.text(8);
        r.contentHash = q.text(9);
        r.legacyHash = q.text(10);
        r.redactedBy = optInt(11);
        if (!visit(r)) {
            return;
        }
    }
}

const QString kRedactAction = QStringLiteral("audit.redact");

/// True when the v17 columns exist (false while an older file is checked before its upgrade).
bool hasContentHash(const Database& db) {
    Query q(db, QStringLiteral("SELECT 1 FROM pragma_table_info('audit_log') "
                               "WHERE name = 'content_hash'"));
    q.exec();
    return q.next();
}

/// What the 'audit.redact' rows say: redacted row id → (redaction row id, content hash of the
/// redacted texts). A row listed twice keeps every claim.
std::multimap<std::int64_t, std::pair<std::int64_t, QString>> redactionClaims(const Database& db) {
    std::multimap<std::int64_t, std::pair<std::int64_t, QString>> out;
    Query q(db, QStringLiteral("SELECT id, after_json FROM audit_log WHERE action = :a"));
    q.bind(QStringLiteral(":a"), kRedactAction).exec();
    while (q.next()) {
        const auto doc = QJsonDocument::fromJson(q.text(1).toUtf8());
        for (const auto& v : doc.object().value(QStringLiteral("rows")).toArray()) {
            const QJsonObject o = v.toObject();
            out.emplace(
                static_cast<std::int64_t>(o.value(QStringLiteral("id")).toDouble()),
                std::pair(q.integer(0), o.value(QStringLiteral("content_hash")).toString()));
        }
    }
    return out;
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
    const bool v17 = hasContentHash(db_);
    const auto claims = v17 ? redactionClaims(db_)
                            : std::multimap<std::int64_t, std::pair<std::int64_t, QString>>{};
    QString previous;        // the stored hash of the row before
    QString previousLegacy;  // its v7 hash (rows written before v17)
    const auto fail = [&check](std::int64_t id, const QString& problem) {
        if (check.ok) {
            check.ok = false;
            check.firstBadId = id;
            check.problem = problem.arg(id);
        }
    };
    walkRows(db_, v17, [&](const StoredRow& r) {
        ++check.rows;
        check.lastId = r.id;
        check.lastHash = r.hash;
        if (expect && r.id == expect->first) {
            expectSeen = true;
            if (r.hash.compare(expect->second, Qt::CaseInsensitive) != 0 &&
                r.legacyHash.compare(expect->second, Qt::CaseInsensitive) != 0) {
                fail(r.id, QStringLiteral("row %1 no longer has the expected hash"));
            }
        }
        const QString content = contentHash(r.beforeJson, r.afterJson);
        if (!v17) {
            if (r.hash.isEmpty()) {
                fail(r.id, QStringLiteral("row %1 has no hash"));
            }
        } else if (r.hash.isEmpty() || r.contentHash.isEmpty()) {
            fail(r.id, QStringLiteral("row %1 has no hash"));
        } else if (r.hash != chainHash(previous, r.id, r.at, r.userId, r.action, r.entity,
                                       r.entityId, r.contentHash, r.legacyHash)) {
            fail(r.id, QStringLiteral("row %1 does not match its hash"));
        } else if (!r.redactedBy && content != r.contentHash) {
            fail(r.id, QStringLiteral("row %1 does not match its content hash"));
        } else if (r.redactedBy) {
            bool claimed = false;
            const auto [from, to] = claims.equal_range(r.id);
            for (auto it = from; it != to; ++it) {
                claimed = claimed || (it->second.first == *r.redactedBy &&
                                      it->second.first > r.id && it->second.second == content);
            }
            if (!claimed) {
                fail(r.id,
                     QStringLiteral("row %1 is redacted without a matching redaction record"));
            }
        }
        // Rows written before v17 also still hold to their v7 chain while unredacted.
        if (!r.legacyHash.isEmpty() && !r.redactedBy &&
            r.legacyHash != rowHash(previousLegacy, r.id, r.at, r.userId, r.action, r.entity,
                                    r.entityId, r.beforeJson, r.afterJson)) {
            fail(r.id, QStringLiteral("row %1 does not match its hash from before v17"));
        }
        previous = r.hash;
        previousLegacy = r.legacyHash;
        return true;  // count every row
    });
    if (check.ok && expect && !expectSeen) {
        fail(expect->first, QStringLiteral("row %1 is missing"));
    }
    return check;
}

std::int64_t AuditRepository::sealUnchained() {
    // Runs at v7, before the v17 columns exist: reads only the v7 columns.
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

std::int64_t AuditRepository::upgradeChain() {
    struct Update {
        std::int64_t id;
        QString content;
        QString legacy;
        QString hash;
    };
    std::vector<Update> updates;
    QString previous;
    walkRows(db_, true, [&](const StoredRow& r) {
        if (r.contentHash.isEmpty()) {
            Update u{r.id, contentHash(r.beforeJson, r.afterJson), r.hash, {}};
            u.hash = chainHash(previous, r.id, r.at, r.userId, r.action, r.entity, r.entityId,
                               u.content, u.legacy);
            previous = u.hash;
            updates.push_back(std::move(u));
        } else {
            previous = r.hash;
        }
        return true;
    });
    Query q(db_, QStringLiteral("UPDATE audit_log SET content_hash = :content, legacy_hash = "
                                ":legacy, hash = :hash "
                                "WHERE id = :id AND content_hash IS NULL"));
    for (const auto& u : updates) {
        q.bindText(QStringLiteral(":content"), u.content)
            .bindText(QStringLiteral(":legacy"), u.legacy)
            .bindText(QStringLiteral(":hash"), u.hash)
            .bindInt(QStringLiteral(":id"), u.id)
            .exec();
    }
    return static_cast<std::int64_t>(updates.size());
}

void AuditRepository::redact(const std::vector<AuditRedactionRow>& rows, std::int64_t redactionId) {
    Query q(db_, QStringLiteral("UPDATE audit_log SET before_json = :before, after_json = :after, "
                                "redacted_by = :by WHERE id = :id AND redacted_by IS NULL"));
    for (const auto& r : rows) {
        q.bindText(QStringLiteral(":before"), r.beforeJson)
            .bindText(QStringLiteral(":after"), r.afterJson)
            .bindInt(QStringLiteral(":by"), redactionId)
            .bindInt(QStringLiteral(":id"), r.id)
            .exec();
    }
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
