#pragma once

#include "hc/services/Result.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// One step in an entity's history: who did what when, with the record before and after (JSON).
struct AuditRecord {
    std::int64_t id = 0;
    QDateTime at;
    std::int64_t userId = 0;  ///< 0 for the system
    QString username;         ///< empty for the system
    QString action;           ///< "customer.create", "customer.invalid", "visit.create", ...
    QString entity;           ///< "customer", "vehicle", "visit", "user", "settings"
    std::optional<std::int64_t> entityId;
    QString beforeJson;
    QString afterJson;
};

/// Reads the append-only audit trail (the log itself is written by the other services).
class AuditService {
public:
    explicit AuditService(storage::Database& db);
    ~AuditService();

    /// The history of one record, oldest first. entityId nullopt: records not tied to an id
    /// (settings, failed logins of unknown users).
    [[nodiscard]] Result<std::vector<AuditRecord>> trail(
        const QString& entity, std::optional<std::int64_t> entityId) const;
    /// The newest `limit` records, newest first.
    [[nodiscard]] Result<std::vector<AuditRecord>> recent(int limit = 200) const;

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
