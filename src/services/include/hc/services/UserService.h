#pragma once

#include "hc/domain/PasswordHasher.h"
#include "hc/domain/Role.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

class PasswordCrypto;

struct UserInfo {
    std::int64_t id = 0;
    QString username;
    QString displayName;
    domain::Role role = domain::Role::Advisor;
    bool active = true;
    QDateTime lockedUntil;
    int failedLogins = 0;
    /// lockedUntil lies after the service clock's "now".
    bool locked = false;
};

/// Login policy (settings key "security"): a failed login is delayed; after `maxFailures`
/// failures in a row the account is locked for `lockMinutes`.
struct LoginPolicy {
    int maxFailures = 5;
    int lockMinutes = 15;
    int failureDelayMs = 1000;
    /// PBKDF2 iterations for new password hashes; older hashes with fewer iterations are re-hashed
    /// at the next successful login. Tests lower it; the schema enforces ≥ 10000.
    int passwordIterations = domain::PasswordHasher::kDefaultIterations;
    friend bool operator==(const LoginPolicy&, const LoginPolicy&) = default;
};

/// Users and authentication. Passwords are stored as PBKDF2-HMAC-SHA256 hashes with a random salt
/// and an iteration count per user; new passwords must pass domain::PasswordPolicy. Every write is
/// audited (entity "user"); managing other users is for managers only (Denied otherwise).
class UserService {
public:
    UserService(storage::Database& db, Clock clock, LoginPolicy policy = {},
                std::shared_ptr<PasswordCrypto> crypto = {});
    ~UserService();

    Result<std::int64_t> addUser(const ActingUser& actor, const QString& username,
                                 domain::Role role, const QString& password,
                                 const QString& displayName = {});
    /// Checks the password; counts failures, locks the account per the policy, audits the attempt.
    /// An unknown user name is checked against a dummy hash with the policy's iterations, so it
    /// takes as long as a real one. A hash with fewer iterations than the policy is replaced after
    /// a successful login ("user.password_rehash"). The caller applies the delay
    /// (policy().failureDelayMs) after a failure.
    Result<ActingUser> login(const QString& username, const QString& password);
    /// Records the end of a session ("user.logout"); the UI shows the login again.
    VoidResult logout(const ActingUser& actor);
    /// A manager sets anyone's password ("user.password_reset"); others only their own
    /// ("user.password_change"). A new password lifts a lock.
    VoidResult changePassword(const ActingUser& actor, std::int64_t userId,
                              const QString& newPassword);
    /// Anyone changes their own password after confirming the current one.
    VoidResult changeOwnPassword(const ActingUser& actor, const QString& currentPassword,
                                 const QString& newPassword);
    /// Manager only. The last active manager keeps the manager role.
    VoidResult setRole(const ActingUser& actor, std::int64_t userId, domain::Role role);
    /// Manager only: clears the failure counter and the lock ("user.unlock").
    VoidResult unlock(const ActingUser& actor, std::int64_t userId);
    /// Manager only ("user.disable" / "user.enable"). Nobody disables themselves or the last
    /// active manager. A disabled user cannot log in; their records stay.
    VoidResult setActive(const ActingUser& actor, std::int64_t userId, bool active);

    [[nodiscard]] Result<std::vector<UserInfo>> users() const;
    [[nodiscard]] Result<std::optional<UserInfo>> findUser(const QString& username) const;
    [[nodiscard]] const LoginPolicy& policy() const;

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
