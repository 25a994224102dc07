#include "ServiceFixture.h"
#include "hc/services/AuditService.h"
#include "hc/services/SettingsService.h"
#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"
#include "hc/storage/TransactionGuard.h"
#include "hc/storage/UserRepository.h"

namespace hc::services {
namespace {

class UserServiceTest : public test::ServiceFixture {};

TEST_F(UserServiceTest, LoginSucceedsAndIsAudited) {
    auto r = users->login(QStringLiteral("advisor"), QStringLiteral("secret-two-2026"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().id, advisor.id);
    EXPECT_EQ(r.value().role, domain::Role::Advisor);
    auto log = AuditService(db()).trail(QStringLiteral("user"), advisor.id).value();
    EXPECT_EQ(log.back().action, QStringLiteral("user.login"));
    EXPECT_FALSE(log.back().afterJson.contains(QStringLiteral("hash")));
}

TEST_F(UserServiceTest, UnknownUserAndWrongPasswordGiveTheSameMessage) {
    auto unknown = users->login(QStringLiteral("nobody"), QStringLiteral("whatever"));
    auto wrong = users->login(QStringLiteral("advisor"), QStringLiteral("wrong!"));
    ASSERT_FALSE(unknown.ok());
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(unknown.error().code, ServiceError::Code::Denied);
    EXPECT_EQ(unknown.error().message, QStringLiteral("用户名或密码错误"));
    EXPECT_EQ(wrong.error().message, unknown.error().message);
    auto anonymous = AuditService(db()).trail(QStringLiteral("user"), std::nullopt).value();
    ASSERT_EQ(anonymous.size(), 1u);
    EXPECT_EQ(anonymous[0].action, QStringLiteral("user.login_failed"));
    EXPECT_EQ(storage::UserRepository(db()).find(advisor.id)->failedLogins, 1);
}

TEST_F(UserServiceTest, LocksAfterMaxFailuresAndResetsOnSuccess) {
    // Two failures, then a success resets the counter.
    EXPECT_FALSE(users->login(QStringLiteral("advisor"), QStringLiteral("bad-1")).ok());
    EXPECT_FALSE(users->login(QStringLiteral("advisor"), QStringLiteral("bad-2")).ok());
    EXPECT_TRUE(users->login(QStringLiteral("advisor"), QStringLiteral("secret-two-2026")).ok());
    EXPECT_EQ(storage::UserRepository(db()).find(advisor.id)->failedLogins, 0);

    // Three in a row lock the account for 15 minutes; even the right password is refused.
    EXPECT_FALSE(users->login(QStringLiteral("advisor"), QStringLiteral("bad-1")).ok());
    EXPECT_FALSE(users->login(QStringLiteral("advisor"), QStringLiteral("bad-2")).ok());
    auto third = users->login(QStringLiteral("advisor"), QStringLiteral("bad-3"));
    ASSERT_FALSE(third.ok());
    EXPECT_TRUE(third.error().message.startsWith(QStringLiteral("账户已锁定")));
    EXPECT_TRUE(third.error().message.contains(QStringLiteral("2026-06-15 09:45")));
    auto locked = users->login(QStringLiteral("advisor"), QStringLiteral("secret-two-2026"));
    ASSERT_FALSE(locked.ok());
    EXPECT_TRUE(locked.error().message.startsWith(QStringLiteral("账户已锁定")));

    now = now.addSecs(16 * 60);
    auto after = users->login(QStringLiteral("advisor"), QStringLiteral("secret-two-2026"));
    ASSERT_TRUE(after.ok());
    const auto row = storage::UserRepository(db()).find(advisor.id);
    EXPECT_EQ(row->failedLogins, 0);
    EXPECT_FALSE(row->lockedUntil.isValid());

    QStringList actions;
    const auto trail = AuditService(db()).trail(QStringLiteral("user"), advisor.id).value();
    for (const auto& a : trail) {
        actions << a.action;
    }
    EXPECT_TRUE(actions.contains(QStringLiteral("user.locked")));
    EXPECT_TRUE(actions.contains(QStringLiteral("user.login_locked")));
}

TEST_F(UserServiceTest, SamePasswordHashesDifferently) {
    auto a = users->addUser(manager, QStringLiteral("a"), domain::Role::Callback,
                            QStringLiteral("same-password-2026"));
    auto b = users->addUser(manager, QStringLiteral("b"), domain::Role::Callback,
                            QStringLiteral("same-password-2026"));
    ASSERT_TRUE(a.ok() && b.ok());
    storage::UserRepository repo(db());
    const auto ra = *repo.find(a.value());
    const auto rb = *repo.find(b.value());
    EXPECT_NE(ra.passwordHash, rb.passwordHash);
    EXPECT_NE(ra.passwordSalt, rb.passwordSalt);
    EXPECT_EQ(ra.passwordIterations, 10000);
}

TEST_F(UserServiceTest, OnlyManagersAddUsersAndUsernamesAreUnique) {
    EXPECT_EQ(users
                  ->addUser(advisor, QStringLiteral("x"), domain::Role::Advisor,
                            QStringLiteral("secret-nine-2026"))
                  .error()
                  .code,
              ServiceError::Code::Denied);
    auto dup = users->addUser(manager, QStringLiteral("advisor"), domain::Role::Advisor,
                              QStringLiteral("secret-nine-2026"));
    EXPECT_EQ(dup.error().code, ServiceError::Code::Duplicate);
    EXPECT_EQ(dup.error().field, QStringLiteral("username"));
    EXPECT_EQ(
        users->addUser(manager, QStringLiteral("y"), domain::Role::Advisor, QStringLiteral("123"))
            .error()
            .field,
        QStringLiteral("password"));
    EXPECT_EQ(users->users().value().size(), 2u);
}

TEST_F(UserServiceTest, ChangePassword) {
    EXPECT_EQ(users->changePassword(advisor, manager.id, QStringLiteral("hijack1")).error().code,
              ServiceError::Code::Denied);
    ASSERT_TRUE(users->changePassword(advisor, advisor.id, QStringLiteral("new-secret")).ok());
    EXPECT_FALSE(users->login(QStringLiteral("advisor"), QStringLiteral("secret-two-2026")).ok());
    EXPECT_TRUE(users->login(QStringLiteral("advisor"), QStringLiteral("new-secret")).ok());
}

TEST_F(UserServiceTest, BusyDatabaseGivesTheBusyMessage) {
    storage::Database::Options o;
    o.busyTimeoutMs = 50;
    auto other = storage::Database::open(temp.path(), o);
    UserService blocked(*other, clock(), fastPolicy());
    storage::TransactionGuard hold(db());
    auto r = blocked.addUser(manager, QStringLiteral("z"), domain::Role::Advisor,
                             QStringLiteral("secret-nine-2026"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ServiceError::Code::Busy);
    EXPECT_EQ(r.error().message, QStringLiteral("数据库正被其他程序占用,请稍后重试"));
}

class SettingsServiceTest : public test::ServiceFixture {};

TEST_F(SettingsServiceTest, DefaultsSaveByManagerOnlyAndAudit) {
    SettingsService settings(db(), clock());
    EXPECT_EQ(settings.analysis().value(), domain::AnalysisSettings{});
    domain::AnalysisSettings s;
    s.lifecycle.loyal = domain::Span::days(45);
    s.lifecycle.lost = domain::Span::days(180);
    EXPECT_EQ(settings.saveAnalysis(advisor, s).error().code, ServiceError::Code::Denied);
    ASSERT_TRUE(settings.saveAnalysis(manager, s).ok());
    EXPECT_EQ(settings.analysis().value(), s);

    domain::AnalysisSettings bad;
    bad.abc.aThresholdBp = 9600;
    EXPECT_EQ(settings.saveAnalysis(manager, bad).error().code, ServiceError::Code::Invalid);

    LoginPolicy p;
    p.maxFailures = 7;
    ASSERT_TRUE(settings.saveLoginPolicy(manager, p).ok());
    EXPECT_EQ(settings.loginPolicy().value(), p);

    auto log = AuditService(db()).trail(QStringLiteral("settings"), std::nullopt).value();
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].action, QStringLiteral("settings.analysis"));
    EXPECT_EQ(log[0].userId, manager.id);
    EXPECT_EQ(log[1].action, QStringLiteral("settings.security"));
}

}  // namespace
}  // namespace hc::services
