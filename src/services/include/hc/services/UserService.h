#pragma once

#include "hc/domain/Role.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

struct UserInfo {
    std::int64_t id = 0;
    QString username;
    QString displayName;
    domain::Role role = domain::Role::Advisor;
    bool active = true;
    QDateTime lockedUntil;
};

/// Login policy (settings key "security"): a failed login is delayed; after `maxFailures`
/// failures in a row the account is locked for `lockMinutes`.
struct LoginPolicy {
    int maxFailures = 5;
    int lockMinutes = 15;
    int failureDelayMs = 1000;
    /// PBKDF2 iterations for new password hashes (tests lower it; the schema enforces ≥ 10000).
    int passwordIterations = 120000;
    friend bool operator==(const LoginPolicy&, const LoginPolicy&) = default;
};

/// Users and authentication. Passwords are stored as PBKDF2-HMAC-SHA256 hashes with a random salt
/// and an iteration count per user.
class UserService {
public:
    UserService(storage::Database& db, Clock clock, LoginPolicy policy = {});
    ~UserService();

    Result<std::int64_t> addUser(const ActingUser& actor, const QString& username,
                                 domain::Role role, const QString& password,
                                 const QString& displayName = {});
    /// Checks the password; counts failures, locks the account per the policy, audits the attempt.
    /// The caller applies the delay (policy().failureDelayMs) after a failure.
    Result<ActingUser> login(const QString& username, const QString& password);
    VoidResult changePassword(const ActingUser& actor, std::int64_t userId,
                              const QString& newPassword);
    [[nodiscard]] std::vector<UserInfo> users() const;
    [[nodiscard]] const LoginPolicy& policy() const;

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
