#include "hc/storage/ScriptRepository.h"

#include "Query.h"
#include "SqlValues.h"

namespace hc::storage {

std::optional<QString> ScriptRepository::get(const QString& key) const {
    Query q(db_, QStringLiteral("SELECT text FROM call_scripts WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return q.text(0);
}

std::map<QString, QString> ScriptRepository::all() const {
    Query q(db_, QStringLiteral("SELECT key, text FROM call_scripts ORDER BY key"));
    q.exec();
    std::map<QString, QString> out;
    while (q.next()) {
        out.emplace(q.text(0), q.text(1));
    }
    return out;
}

void ScriptRepository::put(const QString& key, const QString& text, const QDateTime& at,
                           std::int64_t userId) {
    Query q(db_, QStringLiteral("INSERT INTO call_scripts (key, text, updated_by, updated_at) "
                                "VALUES (:key, :text, :by, :at) ON CONFLICT (key) DO UPDATE SET "
                                "text = excluded.text, updated_by = excluded.updated_by, "
                                "updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":text"), text)
        .bind(QStringLiteral(":by"), userIdValue(userId))
        .bindText(QStringLiteral(":at"), timestampOr(at, db_))
        .exec();
}

bool ScriptRepository::remove(const QString& key) {
    Query q(db_, QStringLiteral("DELETE FROM call_scripts WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key).exec();
    return q.rowsAffected() > 0;
}

}  // namespace hc::storage
