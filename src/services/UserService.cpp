#include "hc/services/UserService.h"

#include "UseCase.h"
#include "hc/domain/PasswordPolicy.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/services/PasswordCrypto.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/TransactionGuard.h"
#include "hc/storage/UserRepository.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

#include <algorithm>

namespace hc::services {

namespace {

const QString kEntity = QStringLiteral("user");

/// Audit snapshot of a user: never the hash or the salt.
QString userJson(const storage::UserRecord& u) {
    nlohmann::json j{
        {"id", u.id},
        {"username", u.username.toStdString()},
        {"display_name", u.displayName.toStdString()},
        {"role", u.role.toStdString()},
        {"active", u.active},
        {"failed_logins", u.failedLogins},
        {"password_iterations", u.passwordIterations},
        {"locked_until",
         u.lockedUntil.isValid()
             ? nlohmann::json(
                   u.lockedUntil.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toStdString())
             : nlohmann::json(nullptr)}};
    return QString::fromStdString(j.dump());
}

QString attemptJson(const QString& username) {
    return QString::fromStdString(nlohmann::json{{"username", username.toStdString()}}.dump());
}

ServiceError wrongCredentials() {
    return denied(QCoreApplication::translate("hc::services", "用户名或密码错误"));
}

ServiceError lockedUntil(const QDateTime& until) {
    return denied(QCoreApplication::translate("hc::services", "账户已锁定,请在 %1 后重试")
                      .arg(until.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

ServiceError managersOnly() {
    return denied(QCoreApplication::translate("hc::services", "只有经理可以管理用户"));
}

ServiceError noSuchUser() {
    return notFound(QCoreApplication::translate("hc::services", "用户不存在"));
}

ServiceError lastManager() {
    return denied(QCoreApplication::translate("hc::services", "至少要保留一位启用的经理账户"));
}

/// The user-level message of a broken password rule (nullopt when the password is fine).
std::optional<ServiceError> passwordProblem(const QString& password, const QString& username) {
    using P = domain::PasswordPolicy::Problem;
    switch (domain::PasswordPolicy::check(password, username)) {
        case P::None:
            return std::nullopt;
        case P::TooShort:
            return invalidInput(
                QStringLiteral("password"),
                QCoreApplication::translate("hc::services", "密码至少需要 %1 个字符")
                    .arg(domain::PasswordPolicy::kMinimumLength));
        case P::ContainsUsername:
            return invalidInput(
                QStringLiteral("password"),
                QCoreApplication::translate("hc::services", "密码不能是用户名,也不能包含用户名"));
        case P::Common:
            return invalidInput(
                QStringLiteral("password"),
                QCoreApplication::translate("hc::services", "这个密码太常见,容易被猜到,请换一个"));
    }
    return std::nullopt;
}

bool isActiveManager(const storage::UserRecord& u) {
    return u.active && u.role == domain::roleKey(domain::Role::Manager);
}

}  // namespace

struct UserService::Private {
    storage::Database& db;
    Clock clock;
    LoginPolicy policy;
    std::shared_ptr<PasswordCrypto> crypto;
    storage::UserRepository users{db};
    storage::AuditRepository audit{db};

    [[nodiscard]] int iterations() const {
        return std::max(policy.passwordIterations, domain::PasswordHasher::kMinimumIterations);
    }

    /// Whether another active manager than `userId` remains.
    [[nodiscard]] bool otherActiveManager(std::int64_t userId) const {
        const auto all = users.all();
        return std::any_of(all.begin(), all.end(), [userId](const storage::UserRecord& u) {
            return u.id != userId && isActiveManager(u);
        });
    }

    /// Stores a new password (already checked and hashed) and lifts a lock; audits `action`.
    VoidResult storePassword(const ActingUser& actor, std::int64_t userId,
                             const QByteArray& expectedHash,
                             const domain::PasswordHasher::Hashed& hashed, const QString& action) {
        storage::TransactionGuard tx(db);
        const auto before = users.find(userId);
        if (!before) {
            return noSuchUser();
        }
        if (!expectedHash.isEmpty() && before->passwordHash != expectedHash) {
            // Changed meanwhile by someone else: the current password checked is no longer valid.
            return wrongCredentials();
        }
        users.setPassword(userId, hashed.hash, hashed.salt, hashed.iterations);
        users.setLoginState(userId, 0, QDateTime());
        audit.append(clock(), actor.id, action, kEntity, userId, userJson(*before),
                     userJson(*users.find(userId)));
        tx.commit();
        return Done{};
    }
};

UserService::UserService(storage::Database& db, Clock clock, LoginPolicy policy,
                         std::shared_ptr<PasswordCrypto> crypto)
    : d_(std::make_unique<Private>(
          Private{db, std::move(clock), policy,
                  crypto ? std::move(crypto) : std::make_shared<PasswordCrypto>()})) {}

UserService::~UserService() = default;

const LoginPolicy& UserService::policy() const {
    return d_->policy;
}

Result<std::int64_t> UserService::addUser(const ActingUser& actor, const QString& username,
                                          domain::Role role, const QString& password,
                                          const QString& displayName) {
    return runUseCase<Result<std::int64_t>>([&]() -> Result<std::int64_t> {
        if (actor.role != domain::Role::Manager) {
            return denied(QCoreApplication::translate("hc::services", "只有经理可以添加用户"));
        }
        storage::UserRecord u;
        u.username = domain::TextNormalizer::text(username);
        if (u.username.isEmpty() || u.username.contains(QLatin1Char(' '))) {
            return invalidInput(
                QStringLiteral("username"),
                QCoreApplication::translate("hc::services", "请填写用户名(不能包含空格)"));
        }
        if (auto err = passwordProblem(password, u.username)) {
            return *err;
        }
        if (d_->users.findByUsername(u.username)) {  // before the slow hash; checked again below
            return duplicateValue(
                QStringLiteral("username"),
                QCoreApplication::translate("hc::services", "用户名 %1 已存在").arg(u.username));
        }
        u.displayName = domain::TextNormalizer::text(displayName);
        u.role = domain::roleKey(role);
        const auto hashed = d_->crypto->hash(password, d_->iterations());
        u.passwordHash = hashed.hash;
        u.passwordSalt = hashed.salt;
        u.passwordIterations = hashed.iterations;
        u.createdAt = d_->clock();
        storage::TransactionGuard tx(d_->db);
        if (d_->users.findByUsername(u.username)) {
            return duplicateValue(
                QStringLiteral("username"),
                QCoreApplication::translate("hc::services", "用户名 %1 已存在").arg(u.username));
        }
        u.id = d_->users.insert(u);
        d_->audit.append(d_->clock(), actor.id, QStringLiteral("user.create"), kEntity, u.id, {},
                         userJson(u));
        tx.commit();
        return u.id;
    });
}

Result<ActingUser> UserService::login(const QString& username, const QString& password) {
    return runUseCase<Result<ActingUser>>([&]() -> Result<ActingUser> {
        const QString name = domain::TextNormalizer::text(username);
        const QDateTime now = d_->clock();
        // Hash outside the write transaction (it takes a while) on the record read first. An
        // unknown name costs one derivation as well (a dummy hash with the policy's iterations),
        // so the time taken does not tell whether the name exists.
        const auto found = d_->users.findByUsername(name);
        bool passwordOk = false;
        if (found) {
            passwordOk = d_->crypto->verify(password, found->passwordHash, found->passwordSalt,
                                            found->passwordIterations);
        } else {
            static const QByteArray dummyHash(domain::PasswordHasher::kHashBytes, '\0');
            static const QByteArray dummySalt(domain::PasswordHasher::kSaltBytes, '\x5a');
            (void)d_->crypto->verify(password, dummyHash, dummySalt, d_->iterations());
        }
        // A successful login with an old, cheaper hash: re-hash with today's iterations.
        std::optional<domain::PasswordHasher::Hashed> rehashed;
        if (passwordOk && found->active && found->passwordIterations < d_->iterations()) {
            rehashed = d_->crypto->hash(password, d_->iterations());
        }

        storage::TransactionGuard tx(d_->db);
        const auto u = found ? d_->users.find(found->id) : std::nullopt;
        if (!u) {
            d_->audit.append(now, 0, QStringLiteral("user.login_failed"), kEntity, std::nullopt, {},
                             attemptJson(name));
            tx.commit();
            return wrongCredentials();
        }
        if (!u->active) {
            d_->audit.append(now, u->id, QStringLiteral("user.login_inactive"), kEntity, u->id, {},
                             attemptJson(name));
            tx.commit();
            return denied(QCoreApplication::translate("hc::services", "该账户已停用,请联系经理"));
        }
        if (u->lockedUntil.isValid() && u->lockedUntil > now) {
            d_->audit.append(now, u->id, QStringLiteral("user.login_locked"), kEntity, u->id, {},
                             attemptJson(name));
            tx.commit();
            return lockedUntil(u->lockedUntil);
        }
        if (!passwordOk) {
            storage::UserRecord after = *u;
            after.failedLogins = u->failedLogins + 1;
            after.lockedUntil = QDateTime();
            const bool lock =
                d_->policy.maxFailures > 0 && after.failedLogins >= d_->policy.maxFailures;
            if (lock) {
                after.lockedUntil = now.addSecs(qint64(d_->policy.lockMinutes) * 60);
            }
            d_->users.setLoginState(u->id, after.failedLogins, after.lockedUntil);
            d_->audit.append(now, u->id, QStringLiteral("user.login_failed"), kEntity, u->id,
                             userJson(*u), userJson(after));
            if (lock) {
                d_->audit.append(now, u->id, QStringLiteral("user.locked"), kEntity, u->id,
                                 userJson(*u), userJson(after));
            }
            tx.commit();
            return lock ? lockedUntil(after.lockedUntil) : wrongCredentials();
        }
        storage::UserRecord after = *u;
        after.failedLogins = 0;
        after.lockedUntil = QDateTime();
        d_->users.setLoginState(u->id, 0, QDateTime());
        d_->audit.append(now, u->id, QStringLiteral("user.login"), kEntity, u->id, userJson(*u),
                         userJson(after));
        // Only when the hash is still the one verified (not changed in between).
        if (rehashed && u->passwordHash == found->passwordHash) {
            d_->users.setPassword(u->id, rehashed->hash, rehashed->salt, rehashed->iterations);
            storage::UserRecord upgraded = after;
            upgraded.passwordIterations = rehashed->iterations;
            d_->audit.append(now, u->id, QStringLiteral("user.password_rehash"), kEntity, u->id,
                             userJson(after), userJson(upgraded));
        }
        tx.commit();
        ActingUser acting;
        acting.id = u->id;
        acting.username = u->username;
        acting.role = domain::roleFromKey(u->role).value_or(domain::Role::Advisor);
        return acting;
    });
}

VoidResult UserService::logout(const ActingUser& actor) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        storage::TransactionGuard tx(d_->db);
        d_->audit.append(d_->clock(), actor.id, QStringLiteral("user.logout"), kEntity, actor.id,
                         {}, attemptJson(actor.username));
        tx.commit();
        return Done{};
    });
}

VoidResult UserService::changePassword(const ActingUser& actor, std::int64_t userId,
                                       const QString& newPassword) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        if (actor.role != domain::Role::Manager && actor.id != userId) {
            return denied(QCoreApplication::translate("hc::services", "只能修改自己的密码"));
        }
        const auto target = d_->users.find(userId);
        if (!target) {
            return noSuchUser();
        }
        if (auto err = passwordProblem(newPassword, target->username)) {
            return *err;
        }
        const auto hashed = d_->crypto->hash(newPassword, d_->iterations());
        return d_->storePassword(actor, userId, {}, hashed,
                                 actor.id == userId ? QStringLiteral("user.password_change")
                                                    : QStringLiteral("user.password_reset"));
    });
}

VoidResult UserService::changeOwnPassword(const ActingUser& actor, const QString& currentPassword,
                                          const QString& newPassword) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        const auto self = d_->users.find(actor.id);
        if (!self) {
            return noSuchUser();
        }
        if (!d_->crypto->verify(currentPassword, self->passwordHash, self->passwordSalt,
                                self->passwordIterations)) {
            return invalidInput(QStringLiteral("current_password"),
                                QCoreApplication::translate("hc::services", "当前密码不正确"));
        }
        if (newPassword == currentPassword) {
            return invalidInput(
                QStringLiteral("password"),
                QCoreApplication::translate("hc::services", "新密码不能与当前密码相同"));
        }
        if (auto err = passwordProblem(newPassword, self->username)) {
            return *err;
        }
        const auto hashed = d_->crypto->hash(newPassword, d_->iterations());
        return d_->storePassword(actor, actor.id, self->passwordHash, hashed,
                                 QStringLiteral("user.password_change"));
    });
}

VoidResult UserService::setRole(const ActingUser& actor, std::int64_t userId, domain::Role role) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        if (actor.role != domain::Role::Manager) {
            return managersOnly();
        }
        storage::TransactionGuard tx(d_->db);
        const auto before = d_->users.find(userId);
        if (!before) {
            return noSuchUser();
        }
        if (before->role == domain::roleKey(role)) {
            return Done{};
        }
        if (isActiveManager(*before) && !d_->otherActiveManager(userId)) {
            return lastManager();
        }
        d_->users.setRole(userId, domain::roleKey(role));
        d_->audit.append(d_->clock(), actor.id, QStringLiteral("user.role"), kEntity, userId,
                         userJson(*before), userJson(*d_->users.find(userId)));
        tx.commit();
        return Done{};
    });
}

VoidResult UserService::unlock(const ActingUser& actor, std::int64_t userId) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        if (actor.role != domain::Role::Manager) {
            return managersOnly();
        }
        storage::TransactionGuard tx(d_->db);
        const auto before = d_->users.find(userId);
        if (!before) {
            return noSuchUser();
        }
        d_->users.setLoginState(userId, 0, QDateTime());
        d_->audit.append(d_->clock(), actor.id, QStringLiteral("user.unlock"), kEntity, userId,
                         userJson(*before), userJson(*d_->users.find(userId)));
        tx.commit();
        return Done{};
    });
}

VoidResult UserService::setActive(const ActingUser& actor, std::int64_t userId, bool active) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        if (actor.role != domain::Role::Manager) {
            return managersOnly();
        }
        if (!active && actor.id == userId) {
            return denied(QCoreApplication::translate("hc::services", "不能停用自己的账户"));
        }
        storage::TransactionGuard tx(d_->db);
        const auto before = d_->users.find(userId);
        if (!before) {
            return noSuchUser();
        }
        if (before->active == active) {
            return Done{};
        }
        if (!active && isActiveManager(*before) && !d_->otherActiveManager(userId)) {
            return lastManager();
        }
        d_->users.setActive(userId, active);
        d_->audit.append(d_->clock(), actor.id,
                         active ? QStringLiteral("user.enable") : QStringLiteral("user.disable"),
                         kEntity, userId, userJson(*before), userJson(*d_->users.find(userId)));
        tx.commit();
        return Done{};
    });
}

Result<std::vector<UserInfo>> UserService::users() const {
    return runRead<std::vector<UserInfo>>("users", [&] {
        std::vector<UserInfo> out;
        const QDateTime now = d_->clock();
        for (const auto& u : d_->users.all()) {
            UserInfo info;
            info.id = u.id;
            info.username = u.username;
            info.displayName = u.displayName;
            info.role = domain::roleFromKey(u.role).value_or(domain::Role::Advisor);
            info.active = u.active;
            info.lockedUntil = u.lockedUntil;
            info.failedLogins = u.failedLogins;
            info.locked = u.lockedUntil.isValid() && u.lockedUntil > now;
            out.push_back(info);
        }
        return out;
    });
}

Result<std::optional<UserInfo>> UserService::findUser(const QString& username) const {
    auto all = users();
    if (!all) {
        return all.error();
    }
    const QString name = domain::TextNormalizer::text(username);
    for (auto& u : all.value()) {
        if (u.username == name) {
            return std::optional<UserInfo>(u);
        }
    }
    return std::optional<UserInfo>();
}

}  // namespace hc::services
