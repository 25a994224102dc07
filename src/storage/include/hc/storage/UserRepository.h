#pragma once

#include "hc/storage/UserRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::storage {

class Database;

/// The users table. Prepared statements only; throws StorageError (a duplicate username is a
/// Constraint error).
class UserRepository {
public:
    explicit UserRepository(Database& db) : db_(db) {}

    std::int64_t insert(const UserRecord& u);
    [[nodiscard]] std::optional<UserRecord> find(std::int64_t id) const;
    [[nodiscard]] std::optional<UserRecord> findByUsername(const QString& username) const;
    /// All users by username.
    [[nodiscard]] std::vector<UserRecord> all() const;
    /// Stores the failure counter and the lock (invalid → not locked).
    bool setLoginState(std::int64_t id, int failedLogins, const QDateTime& lockedUntil);
    bool setPassword(std::int64_t id, const QByteArray& hash, const QByteArray& salt,
                     int iterations);
    bool setActive(std::int64_t id, bool active);
    bool setRole(std::int64_t id, const QString& role);
    [[nodiscard]] std::int64_t count() const;

private:
    Database& db_;
};

}  // namespace hc::storage
