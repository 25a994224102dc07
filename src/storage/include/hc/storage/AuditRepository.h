#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::storage {

class Database;

/// One row of the append-only audit log.
struct AuditEntry {
    std::int64_t id = 0;
    QDateTime at;
    std::optional<std::int64_t> userId;  ///< nullopt for the system (user id 0)
    QString username;                    ///< of userId, empty for the system
    QString action;                      ///< e.g. "customer.create"
    QString entity;                      ///< e.g. "customer"
    std::optional<std::int64_t> entityId;
    QString beforeJson;  ///< empty when none
    QString afterJson;   ///< empty when none
};

/// The audit_log table: append and read only (triggers reject UPDATE and DELETE).
class AuditRepository {
public:
    explicit AuditRepository(Database& db) : db_(db) {}

    /// Appends one record; userId 0 is stored as NULL (system), entityId nullopt as NULL, empty
    /// JSON texts as NULL. Returns the new id.
    std::int64_t append(const QDateTime& at, std::int64_t userId, const QString& action,
                        const QString& entity, std::optional<std::int64_t> entityId,
                        const QString& beforeJson, const QString& afterJson);
    /// The trail of one entity, oldest first.
    [[nodiscard]] std::vector<AuditEntry> list(const QString& entity,
                                               std::optional<std::int64_t> entityId) const;
    /// The newest `limit` records, newest first.
    [[nodiscard]] std::vector<AuditEntry> recent(int limit) const;

private:
    Database& db_;
};

}  // namespace hc::storage
