// huichang-cli user add / list / reset-password / unlock / disable / enable through the real binary
// on a real database; the stored PBKDF2 iteration setting is honoured.
#include "CliRunner.h"
#include "FastHashing.h"

using hc::test::CliResult;
using hc::test::runCli;

namespace {

class UserCli : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        // Fast hashing for the test (the shop default is 600 000): the CLI must read this setting.
        hc::test::useFastHashing(dbPath());
    }

    CliResult cli(QStringList args, const QByteArray& input = {}) {
        return runCli(QStringList{QStringLiteral("--db"), dbPath()} + args, input);
    }
    [[nodiscard]] QString dbPath() const { return dir.filePath(QStringLiteral("users.db")); }

    QVariant sql(const QString& statement) { return hc::test::sqlOnFile(dbPath(), statement); }

    nlohmann::json list() {
        const CliResult r =
            cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        return r.json();
    }

    static const nlohmann::json* byName(const nlohmann::json& users, const char* name) {
        for (const auto& u : users) {
            if (u["name"] == name) {
                return &u;
            }
        }
        return nullptr;
    }

    QTemporaryDir dir;
};

TEST_F(UserCli, AddAppliesThePasswordRulesAndTheIterationSetting) {
    const QStringList addLi = {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("li"),
                               QStringLiteral("--role"), QStringLiteral("advisor")};
    const CliResult tooShort = cli(addLi, "huichang\n");
    EXPECT_EQ(tooShort.exitCode, 1);
    EXPECT_TRUE(tooShort.errText().contains(QStringLiteral("10")))
        << tooShort.errText().toStdString();
    const CliResult common = cli(addLi, "1234567890\n");
    EXPECT_EQ(common.exitCode, 1);
    EXPECT_NE(common.err, tooShort.err);
    const CliResult ok = cli(addLi, "green-kettle-77\n");
    ASSERT_EQ(ok.exitCode, 0) << ok.errText().toStdString();
    EXPECT_EQ(
        sql(QStringLiteral("SELECT password_iterations FROM users WHERE username = 'li'")).toInt(),
        10000);

    // Without the setting the default (600 000, issue 13.7) is used.
    sql(QStringLiteral("DELETE FROM settings WHERE key = 'security'"));
    ASSERT_EQ(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wang"),
                   QStringLiteral("--role"), QStringLiteral("manager")},
                  "blue-lantern-42\n")
                  .exitCode,
              0);
    EXPECT_EQ(sql(QStringLiteral("SELECT password_iterations FROM users WHERE username = 'wang'"))
                  .toInt(),
              600000);
}

TEST_F(UserCli, ListUnlockDisableEnableAndResetPassword) {
    ASSERT_EQ(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wang"),
                   QStringLiteral("--role"), QStringLiteral("manager")},
                  "blue-lantern-42\n")
                  .exitCode,
              0);
    ASSERT_EQ(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("li"),
                   QStringLiteral("--role"), QStringLiteral("advisor")},
                  "green-kettle-77\n")
                  .exitCode,
              0);
    auto users = list();
    ASSERT_TRUE(users.is_array());
    ASSERT_EQ(users.size(), 2u);
    const auto* li = byName(users, "li");
    ASSERT_NE(li, nullptr);
    EXPECT_EQ((*li)["role"], "advisor");
    EXPECT_EQ((*li)["active"], true);
    EXPECT_EQ((*li)["locked"], false);
    EXPECT_EQ((*byName(users, "wang"))["role"], "manager");

    // Locked after failed logins (as the app would leave it): list shows it, unlock lifts it.
    sql(
        QStringLiteral("UPDATE users SET failed_logins = 5, locked_until = '2999-01-01T00:00:00' "
                       "WHERE username = 'li'"));
    EXPECT_EQ((*byName(list(), "li"))["locked"], true);
    const CliResult unlock =
        cli({QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("li")});
    ASSERT_EQ(unlock.exitCode, 0) << unlock.errText().toStdString();
    EXPECT_EQ((*byName(list(), "li"))["locked"], false);
    EXPECT_EQ(sql(QStringLiteral("SELECT failed_logins FROM users WHERE username = 'li'")).toInt(),
              0);

    // Disable, and the last manager cannot be disabled.
    ASSERT_EQ(
        cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("li")}).exitCode, 0);
    EXPECT_EQ((*byName(list(), "li"))["active"], false);
    const CliResult lastManager =
        cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("wang")});
    EXPECT_EQ(lastManager.exitCode, 1);
    EXPECT_FALSE(lastManager.errText().isEmpty());
    EXPECT_EQ((*byName(list(), "wang"))["active"], true);
    ASSERT_EQ(
        cli({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("li")}).exitCode, 0);
    EXPECT_EQ((*byName(list(), "li"))["active"], true);

    // Reset: the new password from stdin, under the same rules; audited.
    const QByteArray before =
        sql(QStringLiteral("SELECT password_hash FROM users WHERE username = 'li'")).toByteArray();
    const QStringList reset = {QStringLiteral("user"), QStringLiteral("reset-password"),
                               QStringLiteral("li")};
    EXPECT_EQ(cli(reset, "qwertyuiop\n").exitCode, 1);
    EXPECT_EQ(cli(reset, "\n").exitCode, 1);
    const CliResult done = cli(reset, "river-stone-2026\n");
    ASSERT_EQ(done.exitCode, 0) << done.errText().toStdString();
    EXPECT_NE(
        sql(QStringLiteral("SELECT password_hash FROM users WHERE username = 'li'")).toByteArray(),
        before);
    EXPECT_EQ(sql(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN "
                                 "('user.password_reset', 'user.unlock', 'user.disable', "
                                 "'user.enable')"))
                  .toInt(),
              4);

    // Unknown user, unknown subcommand, missing name.
    EXPECT_EQ(
        cli({QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("nobody")}).exitCode,
        1);
    EXPECT_EQ(
        cli({QStringLiteral("user"), QStringLiteral("frobnicate"), QStringLiteral("li")}).exitCode,
        2);
    EXPECT_EQ(cli({QStringLiteral("user"), QStringLiteral("disable")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--role"),
                   QStringLiteral("x")})
                  .exitCode,
              2);
}

TEST_F(UserCli, ListOfAMissingDatabaseFails) {
    const CliResult r =
        runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("none.db")),
                QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
}

}  // namespace
