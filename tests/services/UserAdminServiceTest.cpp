// UserService beyond login basics: password rules on every path, re-hash at login, the same work
// for unknown users, unlock, disable, roles — each write audited and manager-only.
#include "ServiceFixture.h"
#include "hc/services/AuditService.h"
#include "hc/services/PasswordCrypto.h"
#include "hc/storage/UserRepository.h"

#include <vector>

namespace hc::services {
namespace {

/// Counts the PBKDF2 derivations and records their iteration counts.
class CountingCrypto : public PasswordCrypto {
public:
    domain::PasswordHasher::Hashed hash(const QString& password, int iterations) override {
        hashIterations.push_back(iterations);
        return PasswordCrypto::hash(password, iterations);
    }
    bool verify(const QString& password, const QByteArray& expectedHash, const QByteArray& salt,
                int iterations) override {
        verifyIterations.push_back(iterations);
        return PasswordCrypto::verify(password, expectedHash, salt, iterations);
    }
    std::vector<int> hashIterations;
    std::vector<int> verifyIterations;
};

class UserAdminTest : public test::ServiceFixture {
protected:
    QStringList actions(std::int64_t userId) {
        QStringList out;
        const auto trail = AuditService(db()).trail(QStringLiteral("user"), userId).value();
        for (const auto& a : trail) {
            out << a.action;
        }
        return out;
    }
};

TEST_F(UserAdminTest, PasswordRulesApplyToAddChangeAndReset) {
    const auto add = [&](const char* name, const char* password) {
        return users->addUser(manager, QString::fromUtf8(name), domain::Role::Advisor,
                              QString::fromUtf8(password));
    };
    auto shortPw = add("zhangwei", "abc12345");
    ASSERT_FALSE(shortPw.ok());
    EXPECT_EQ(shortPw.error().field, QStringLiteral("password"));
    EXPECT_EQ(shortPw.error().message, QStringLiteral("密码至少需要 10 个字符"));
    auto withName = add("zhangwei", "zhangwei-2026!");
    ASSERT_FALSE(withName.ok());
    EXPECT_EQ(withName.error().message, QStringLiteral("密码不能是用户名,也不能包含用户名"));
    auto common = add("zhangwei", "Password123");
    ASSERT_FALSE(common.ok());
    EXPECT_EQ(common.error().message, QStringLiteral("这个密码太常见,容易被猜到,请换一个"));
    EXPECT_FALSE(users->findUser(QStringLiteral("zhangwei")).value().has_value())
        << "nothing stored";
    ASSERT_TRUE(add("zhangwei", "blue-lantern-42").ok());

    // A manager's reset and an own change follow the same rules, with the target's name.
    EXPECT_EQ(
        users->changePassword(manager, advisor.id, QStringLiteral("advisor-2026-pw")).error().code,
        ServiceError::Code::Invalid);
    EXPECT_EQ(
        users->changePassword(manager, advisor.id, QStringLiteral("1234567890")).error().field,
        QStringLiteral("password"));
    ASSERT_TRUE(users->changePassword(manager, advisor.id, QStringLiteral("green-kettle-77")).ok());
    EXPECT_TRUE(actions(advisor.id).contains(QStringLiteral("user.password_reset")));
    EXPECT_TRUE(users->login(QStringLiteral("advisor"), QStringLiteral("green-kettle-77")).ok());
}

TEST_F(UserAdminTest, OwnPasswordNeedsTheCurrentOne) {
    auto wrong = users->changeOwnPassword(advisor, QStringLiteral("not-my-password"),
                                          QStringLiteral("green-kettle-77"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().field, QStringLiteral("current_password"));
    auto same = users->changeOwnPassword(advisor, QStringLiteral("secret-two-2026"),
                                         QStringLiteral("secret-two-2026"));
    EXPECT_EQ(same.error().code, ServiceError::Code::Invalid);
    auto weak = users->changeOwnPassword(advisor, QStringLiteral("secret-two-2026"),
                                         QStringLiteral("qwertyuiop"));
    EXPECT_EQ(weak.error().field, QStringLiteral("password"));
    ASSERT_TRUE(users
                    ->changeOwnPassword(advisor, QStringLiteral("secret-two-2026"),
                                        QStringLiteral("green-kettle-77"))
                    .ok());
    EXPECT_FALSE(users->login(QStringLiteral("advisor"), QStringLiteral("secret-two-2026")).ok());
    EXPECT_TRUE(users->login(QStringLiteral("advisor"), QStringLiteral("green-kettle-77")).ok());
    const auto trail = AuditService(db()).trail(QStringLiteral("user"), advisor.id).value();
    bool changed = false;
    for (const auto& a : trail) {
        if (a.action == QStringLiteral("user.password_change")) {
            changed = true;
            EXPECT_EQ(a.userId, advisor.id);
            EXPECT_FALSE(a.afterJson.contains(QStringLiteral("hash")));
        }
    }
    EXPECT_TRUE(changed);
}

TEST_F(UserAdminTest, OldHashIsReplacedAtTheNextSuccessfulLogin) {
    // The fixture stored the advisor with 10 000 iterations; the shop now asks for 20 000.
    LoginPolicy stronger = fastPolicy();
    stronger.passwordIterations = 20000;
    auto crypto = std::make_shared<CountingCrypto>();
    UserService upgraded(db(), clock(), stronger, crypto);
    storage::UserRepository repo(db());
    const QByteArray oldHash = repo.find(advisor.id)->passwordHash;

    // A failed login changes nothing.
    EXPECT_FALSE(upgraded.login(QStringLiteral("advisor"), QStringLiteral("wrong-password")).ok());
    EXPECT_EQ(repo.find(advisor.id)->passwordIterations, 10000);
    EXPECT_TRUE(crypto->hashIterations.empty());

    ASSERT_TRUE(upgraded.login(QStringLiteral("advisor"), QStringLiteral("secret-two-2026")).ok());
    const auto row = *repo.find(advisor.id);
    EXPECT_EQ(row.passwordIterations, 20000);
    EXPECT_NE(row.passwordHash, oldHash);
    EXPECT_EQ(crypto->hashIterations, std::vector<int>{20000});
    EXPECT_TRUE(actions(advisor.id).contains(QStringLiteral("user.password_rehash")));

    // The new hash works, and is not re-hashed again.
    ASSERT_TRUE(upgraded.login(QStringLiteral("advisor"), QStringLiteral("secret-two-2026")).ok());
    EXPECT_EQ(crypto->hashIterations.size(), 1u);
    EXPECT_EQ(crypto->verifyIterations.back(), 20000);
    // A service with the old, lower setting still logs in and does not downgrade.
    ASSERT_TRUE(users->login(QStringLiteral("advisor"), QStringLiteral("secret-two-2026")).ok());
    EXPECT_EQ(repo.find(advisor.id)->passwordIterations, 20000);
}

TEST_F(UserAdminTest, UnknownUserCostsTheSameDerivationAsARealOne) {
    LoginPolicy policy = fastPolicy();
    policy.passwordIterations = 10000;
    auto crypto = std::make_shared<CountingCrypto>();
    UserService service(db(), clock(), policy, crypto);

    EXPECT_FALSE(service.login(QStringLiteral("advisor"), QStringLiteral("wrong-password")).ok());
    ASSERT_EQ(crypto->verifyIterations, std::vector<int>{10000});

    auto unknown = service.login(QStringLiteral("nobody"), QStringLiteral("wrong-password"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().message, QStringLiteral("用户名或密码错误"));
    // One PBKDF2 run with the policy's iterations for the unknown name too.
    EXPECT_EQ(crypto->verifyIterations, (std::vector<int>{10000, 10000}));
    EXPECT_TRUE(crypto->hashIterations.empty());

    // Disabled and locked accounts are checked after the derivation as well.
    ASSERT_TRUE(service.setActive(manager, advisor.id, false).ok());
    EXPECT_FALSE(service.login(QStringLiteral("advisor"), QStringLiteral("secret-two-2026")).ok());
    EXPECT_EQ(crypto->verifyIterations.size(), 3u);
}

TEST_F(UserAdminTest, LogoutIsAudited) {
    ASSERT_TRUE(users->logout(advisor).ok());
    const auto trail = AuditService(db()).trail(QStringLiteral("user"), advisor.id).value();
    ASSERT_FALSE(trail.empty());
    EXPECT_EQ(trail.back().action, QStringLiteral("user.logout"));
    EXPECT_EQ(trail.back().userId, advisor.id);
}

TEST_F(UserAdminTest, ManagerUnlocksALockedAccount) {
    for (int i = 0; i < 3; ++i) {
        EXPECT_FALSE(users->login(QStringLiteral("advisor"), QStringLiteral("bad-password")).ok());
    }
    auto info = users->findUser(QStringLiteral("advisor")).value();
    ASSERT_TRUE(info.has_value());
    EXPECT_TRUE(info->locked);
    EXPECT_EQ(info->failedLogins, 3);
    EXPECT_FALSE(users->login(QStringLiteral("advisor"), QStringLiteral("secret-two-2026")).ok());

    EXPECT_EQ(users->unlock(advisor, advisor.id).error().code, ServiceError::Code::Denied);
    EXPECT_EQ(users->unlock(manager, 999).error().code, ServiceError::Code::NotFound);
    ASSERT_TRUE(users->unlock(manager, advisor.id).ok());
    info = users->findUser(QStringLiteral("advisor")).value();
    EXPECT_FALSE(info->locked);
    EXPECT_EQ(info->failedLogins, 0);
    EXPECT_TRUE(actions(advisor.id).contains(QStringLiteral("user.unlock")));
    EXPECT_TRUE(users->login(QStringLiteral("advisor"), QStringLiteral("secret-two-2026")).ok());
}

TEST_F(UserAdminTest, DisabledUsersCannotLogInAndManagersStay) {
    EXPECT_EQ(users->setActive(advisor, manager.id, false).error().code,
              ServiceError::Code::Denied);
    ASSERT_TRUE(users->setActive(manager, advisor.id, false).ok());
    auto refused = users->login(QStringLiteral("advisor"), QStringLiteral("secret-two-2026"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("该账户已停用,请联系经理"));
    EXPECT_FALSE(users->findUser(QStringLiteral("advisor")).value()->active);
    EXPECT_TRUE(actions(advisor.id).contains(QStringLiteral("user.disable")));

    // Nobody disables themselves; the last active manager stays.
    EXPECT_EQ(users->setActive(manager, manager.id, false).error().message,
              QStringLiteral("不能停用自己的账户"));
    const ActingUser system;  // the CLI (id 0)
    EXPECT_EQ(users->setActive(system, manager.id, false).error().message,
              QStringLiteral("至少要保留一位启用的经理账户"));

    ASSERT_TRUE(users->setActive(manager, advisor.id, true).ok());
    EXPECT_TRUE(actions(advisor.id).contains(QStringLiteral("user.enable")));
    EXPECT_TRUE(users->login(QStringLiteral("advisor"), QStringLiteral("secret-two-2026")).ok());
}

TEST_F(UserAdminTest, RolesChangeByManagersButTheLastManagerStays) {
    EXPECT_EQ(users->setRole(advisor, advisor.id, domain::Role::Manager).error().code,
              ServiceError::Code::Denied);
    ASSERT_TRUE(users->setRole(manager, advisor.id, domain::Role::Callback).ok());
    EXPECT_EQ(users->findUser(QStringLiteral("advisor")).value()->role, domain::Role::Callback);
    EXPECT_TRUE(actions(advisor.id).contains(QStringLiteral("user.role")));
    auto login = users->login(QStringLiteral("advisor"), QStringLiteral("secret-two-2026"));
    ASSERT_TRUE(login.ok());
    EXPECT_EQ(login.value().role, domain::Role::Callback);

    EXPECT_EQ(users->setRole(manager, manager.id, domain::Role::Advisor).error().message,
              QStringLiteral("至少要保留一位启用的经理账户"));
    // With a second manager the first may step down.
    ASSERT_TRUE(users->setRole(manager, advisor.id, domain::Role::Manager).ok());
    ASSERT_TRUE(users->setRole(manager, manager.id, domain::Role::Advisor).ok());
    EXPECT_EQ(users->findUser(QStringLiteral("manager")).value()->role, domain::Role::Advisor);
}

}  // namespace
}  // namespace hc::services
