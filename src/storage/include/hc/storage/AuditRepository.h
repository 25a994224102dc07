#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <utility>
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

/// The result of walking the audit chain (AuditRepository::verifyChain).
struct AuditChainCheck {
    bool ok = true;
    std::int64_t rows = 0;                   ///< rows checked
    std::optional<std::int64_t> firstBadId;  ///< the first row whose hash does not hold
    QString problem;                         ///< in words, for the log (English)
    std::int64_t lastId = 0;                 ///< the newest row and its hash: an anchor to keep
    QString lastHash;
};

/// The audit_log table: append and read only (triggers reject UPDATE and DELETE). Each row is
/// chained to the previous one: hash = SHA-256 over the previous row's hash and the row's own
/// content (rowHash()), so an edited, deleted or back-dated row breaks the chain from that row on.
class AuditRepository {
public:
    explicit AuditRepository(Database& db) : db_(db) {}

    /// Appends one record; userId 0 is stored as NULL (system), entityId nullopt as NULL, empty
    /// JSON texts as NULL. Computes the row's chain hash. Returns the new id.
    std::int64_t append(const QDateTime& at, std::int64_t userId, const QString& action,
                        const QString& entity, std::optional<std::int64_t> entityId,
                        const QString& beforeJson, const QString& afterJson);
    /// As append(), with the stored timestamp text given ('YYYY-MM-DDTHH:MM:SS').
    std::int64_t appendAt(const QString& atText, std::int64_t userId, const QString& action,
                          const QString& entity, std::optional<std::int64_t> entityId,
                          const QString& beforeJson, const QString& afterJson);

    /// The newest row's id and chain hash (the head a printed report carries), or nullopt for an
    /// empty log.
    [[nodiscard]] std::optional<std::pair<std::int64_t, QString>> head() const;
    /// Walks every row in id order and recomputes its hash. `expect` (id, hash), e.g. an anchor
    /// noted earlier: that row must still exist with that hash (catches a removed tail).
    [[nodiscard]] AuditChainCheck verifyChain(
        const std::optional<std::pair<std::int64_t, QString>>& expect = std::nullopt) const;
    /// Gives rows without a hash (written before schema v7) their chain hash, in id order; run
    /// once by the v7 migration. Returns the number of rows sealed.
    std::int64_t sealUnchained();

    /// The chain hash (64 lower-case hex digits) of one row. Text fields: NULL is nullopt.
    [[nodiscard]] static QString rowHash(const QString& previousHash, std::int64_t id,
                                         const QString& at, std::optional<std::int64_t> userId,
                                         const QString& action, const QString& entity,
                                         std::optional<std::int64_t> entityId,
                                         const std::optional<QString>& beforeJson,
                                         const std::optional<QString>& afterJson);
    /// The trail of one entity, oldest first.
    [[nodiscard]] std::vector<AuditEntry> list(const QString& entity,
                                               std::optional<std::int64_t> entityId) const;
    /// The newest `limit` records, newest first.
    [[nodiscard]] std::vector<AuditEntry> recent(int limit) const;

private:
    Database& db_;
};

}  // namespace hc::storage
