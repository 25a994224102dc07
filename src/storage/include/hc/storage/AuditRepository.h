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
    QString beforeJson;     ///< empty when none
    QString afterJson;      ///< empty when none
    bool redacted = false;  ///< the JSON texts were replaced after a PIPL erasure (v17)
};

/// One row to redact (AuditRepository::redact): its new JSON texts (empty = NULL).
struct AuditRedactionRow {
    std::int64_t id = 0;
    QString beforeJson;
    QString afterJson;
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

/// The audit_log table: append and read only (triggers reject UPDATE and DELETE, except the one
/// redaction of a row's JSON texts). Each row is chained to the previous one (schema v17):
/// content_hash = SHA-256 over the row's JSON texts (contentHash()), hash = SHA-256 over the
/// previous row's hash, content_hash and the row's fixed fields (chainHash()). An edited, deleted
/// or back-dated row breaks the chain from that row on; a redacted row keeps its content_hash, so
/// the chain still verifies, and its new content is held to the hash recorded in the
/// 'audit.redact' row that redacted it (docs/schema.md "v17").
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
    /// Gives rows without a hash (written before schema v7) their v7 chain hash (rowHash()), in
    /// id order; run once by the v7 migration. Returns the number of rows sealed.
    std::int64_t sealUnchained();
    /// The v17 upgrade (run once by the migration, after 0017's script): every row without a
    /// content hash gets it; its v7 hash moves to legacy_hash and it is chained anew with
    /// chainHash(). Returns the number of rows upgraded.
    std::int64_t upgradeChain();

    /// Replaces the JSON texts of `rows` (their personal data removed by the caller) and marks
    /// them redacted by the row `redactionId`, which must be a later 'audit.redact' row whose
    /// after_json lists {"id", "content_hash"} of each with contentHash() of the NEW texts.
    /// Rows already redacted are left alone (the trigger allows one redaction). Inside the
    /// caller's transaction.
    void redact(const std::vector<AuditRedactionRow>& rows, std::int64_t redactionId);

    /// SHA-256 (64 lower-case hex digits) of a row's content: its JSON texts (NULL = nullopt).
    [[nodiscard]] static QString contentHash(const std::optional<QString>& beforeJson,
                                             const std::optional<QString>& afterJson);
    /// contentHash() with empty texts taken as NULL, as append() stores them.
    [[nodiscard]] static QString contentHashOf(const QString& beforeJson, const QString& afterJson);
    /// The v17 chain hash of one row: previous row's hash, the row's content hash and its fixed
    /// fields. `legacyHash`: the v7 hash of a row written before v17, else empty.
    [[nodiscard]] static QString chainHash(const QString& previousHash, std::int64_t id,
                                           const QString& at, std::optional<std::int64_t> userId,
                                           const QString& action, const QString& entity,
                                           std::optional<std::int64_t> entityId,
                                           const QString& contentHash, const QString& legacyHash);
    /// The v7 chain hash (64 lower-case hex digits) of one row, over its content itself. Kept for
    /// rows written before v17 (legacy_hash). Text fields: NULL is nullopt.
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
