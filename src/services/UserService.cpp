#include "hc/services/UserService.h"

#include "UseCase.h"
#include "hc/domain/PasswordHasher.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/TransactionGuard.h"
#include "hc/storage/UserRepository.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace hc::services {

namespace {

const QString kEntity = QStringLiteral("user");
constexpr int kMinPasswordLength = 6;

/// Audit snapshot of a user: never the hash or the salt.
QString userJson(const storage::UserRecord& u) {
    nlohmann::json j{
        {"id", u.id},
        {"username", u.username.toStdString()},
        {"display_name", u.displayName.toStdString()},
        {"role", u.role.toStdString()},
        {"active", u.active},
        {"failed_logins", u.failedLogins},
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

}  // namespace

struct UserService::Private {
    storage::Database& db;
    Clock clock;
    LoginPolicy policy;
    storage::UserRepository users{db};
    storage::AuditRepository audit{db};

    std::optional<ServiceError> checkPassword(const QString& password) const {
        if (password.size() < kMinPasswordLength) {
            return invalidInput(
                QStringLiteral("password"),
                QCoreApplication::translate("hc::services", "密码至少需要 %1 个字符")
                    .arg(kMinPasswordLength));
        }
        return std::nullopt;
    }
};

UserService::UserService(storage::Database& db, Clock clock, LoginPolicy policy)
    : d_(std::make_unique<Private>(Private{db, std::move(clock), policy})) {}

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
        if (auto err = d_->checkPassword(password)) {
            return *err;
        }
        u.displayName = domain::TextNormalizer::text(displayName);
        u.role = domain::roleKey(role);
        const auto hashed = domain::PasswordHasher::hash(password, d_->policy.passwordIterations);
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
        // Hash outside the write transaction (it takes a while) on the record read first.
        const auto found = d_->users.findByUsername(name);
        const bool passwordOk =
            found && domain::PasswordHasher::verify(password, found->passwordHash,
                                                    found->passwordSalt, found->passwordIterations);

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
        tx.commit();
        ActingUser acting;
        acting.id = u->id;
        acting.username = u->username;
        acting.role = domain::roleFromKey(u->role).value_or(domain::Role::Advisor);
        return acting;
    });
}

VoidResult UserService::changePassword(const ActingUser& actor, std::int64_t userId,
                                       const QString& newPassword) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        if (actor.role != domain::Role::Manager && actor.id != userId) {
            return denied(QCoreApplication::translate("hc::services", "只能修改自己的密码"));
        }
        if (auto err = d_->checkPassword(newPassword)) {
            return *err;
        }
        const auto hashed =
            domain::PasswordHasher::hash(newPassword, d_->policy.passwordIterations);
        storage::TransactionGuard tx(d_->db);
        const auto before = d_->users.find(userId);
        if (!before) {
            return notFound(QCoreApplication::translate("hc::services", "用户不存在"));
        }
        d_->users.setPassword(userId, hashed.hash, hashed.salt, hashed.iterations);
        d_->users.setLoginState(userId, 0, QDateTime());  // a new password lifts a lock
        d_->audit.append(d_->clock(), actor.id, QStringLiteral("user.password_change"), kEntity,
                         userId, userJson(*before), userJson(*d_->users.find(userId)));
        tx.commit();
        return Done{};
    });
}

std::vector<UserInfo> UserService::users() const {
    std::vector<UserInfo> out;
    try {
        for (const auto& u : d_->users.all()) {
            UserInfo info;
            info.id = u.id;
            info.username = u.username;
            info.displayName = u.displayName;
            info.role = domain::roleFromKey(u.role).value_or(domain::Role::Advisor);
            info.active = u.active;
            info.lockedUntil = u.lockedUntil;
            out.push_back(info);
        }
    } catch (const storage::StorageError&) {
        out.clear();
    }
    return out;
}

}  // namespace hc::services
