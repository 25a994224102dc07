// Duplicate customers through the real huichang-cli binary: duplicates --json (the contract
// {"groups":[{"customer_ids","reason","score"}]}), merge --keep A --remove B --json ({"merge_id"}),
// unmerge MERGE_ID, duplicates dismiss/undismiss --ids A,B --json ({"action","pairs","changed"}),
// usage errors.
#include "CliRunner.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using hc::test::CliResult;
using hc::test::runCli;

namespace {

class DuplicatesCli : public ::testing::Test {
protected:
    void SetUp() override {
        const CliResult demo = runCli({QStringLiteral("--db"), db(), QStringLiteral("demo"),
                                       QStringLiteral("--customers"), QStringLiteral("30"),
                                       QStringLiteral("--as-of"), QStringLiteral("2026-06-30")});
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
        // Customer 2 gets customer 1's mobile as second phone: a duplicate by the mobile rule.
        {
            auto sql =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dupes"));
            sql.setDatabaseName(db());
            ASSERT_TRUE(sql.open());
            QSqlQuery q(sql);
            ASSERT_TRUE(q.exec(QStringLiteral(
                "UPDATE customers SET phone2 = (SELECT phone FROM customers WHERE id = 1) "
                "WHERE id = 2")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dupes"));
    }
    QString db() const { return dir.filePath(QStringLiteral("test.db")); }
    CliResult cli(const QStringList& args) {
        return runCli(QStringList{QStringLiteral("--db"), db()} + args);
    }
    /// The group of exactly these customers in `duplicates --json`, or null.
    nlohmann::json groupOf(const std::vector<int>& ids) {
        const CliResult r = cli({QStringLiteral("duplicates"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        const auto j = r.json();
        EXPECT_TRUE(j.contains("groups"));
        for (const auto& g : j["groups"]) {
            EXPECT_TRUE(g.contains("customer_ids") && g.contains("reason") && g.contains("score"));
            if (g["customer_ids"].get<std::vector<int>>() == ids) {
                return g;
            }
        }
        return nullptr;
    }

    QTemporaryDir dir;
};

TEST_F(DuplicatesCli, ListsMergesAndUnmergesWithTheContract) {
    const auto group = groupOf({1, 2});
    ASSERT_FALSE(group.is_null());
    EXPECT_NE(group["reason"].get<std::string>().find("same_mobile"), std::string::npos);
    EXPECT_GE(group["score"].get<int>(), 90);

    const CliResult merged =
        cli({QStringLiteral("merge"), QStringLiteral("--keep"), QStringLiteral("1"),
             QStringLiteral("--remove"), QStringLiteral("2"), QStringLiteral("--json")});
    ASSERT_EQ(merged.exitCode, 0) << merged.errText().toStdString();
    const int mergeId = merged.json()["merge_id"].get<int>();
    EXPECT_GT(mergeId, 0);
    EXPECT_TRUE(groupOf({1, 2}).is_null());
    EXPECT_EQ(cli({QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("--id"),
                   QStringLiteral("2")})
                  .exitCode,
              1);

    const CliResult undone = cli({QStringLiteral("unmerge"), QString::number(mergeId)});
    ASSERT_EQ(undone.exitCode, 0) << undone.errText().toStdString();
    EXPECT_EQ(cli({QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("--id"),
                   QStringLiteral("2")})
                  .exitCode,
              0);
    EXPECT_FALSE(groupOf({1, 2}).is_null());
    const CliResult again =
        cli({QStringLiteral("unmerge"), QString::number(mergeId), QStringLiteral("--json")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_FALSE(again.errText().isEmpty());
}

TEST_F(DuplicatesCli, BadArgumentsAreUsageErrors) {
    EXPECT_EQ(
        cli({QStringLiteral("merge"), QStringLiteral("--keep"), QStringLiteral("1")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("merge"), QStringLiteral("--keep"), QStringLiteral("x"),
                   QStringLiteral("--remove"), QStringLiteral("2")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("unmerge")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("unmerge"), QStringLiteral("abc")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("unmerge"), QStringLiteral("999")}).exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("merge"), QStringLiteral("--keep"), QStringLiteral("1"),
                   QStringLiteral("--remove"), QStringLiteral("1")})
                  .exitCode,
              1);
    const CliResult help = cli({QStringLiteral("--help")});
    EXPECT_TRUE(QString::fromUtf8(help.out).contains(QStringLiteral("merge --keep A --remove B")) ||
                help.errText().contains(QStringLiteral("merge --keep A --remove B")));
}

TEST_F(DuplicatesCli, DismissHidesThePairAndUndismissBringsItBack) {
    ASSERT_FALSE(groupOf({1, 2}).is_null());
    const CliResult dismissed =
        cli({QStringLiteral("duplicates"), QStringLiteral("dismiss"), QStringLiteral("--ids"),
             QStringLiteral("2,1"), QStringLiteral("--json")});
    ASSERT_EQ(dismissed.exitCode, 0) << dismissed.errText().toStdString();
    const auto j = dismissed.json();
    EXPECT_EQ(j["action"], "dismiss");
    EXPECT_EQ(j["pairs"], nlohmann::json::parse("[[1,2]]"));
    EXPECT_EQ(j["changed"], 1);
    EXPECT_TRUE(groupOf({1, 2}).is_null());

    // Again: nothing new; the plain text says so.
    const CliResult again = cli({QStringLiteral("duplicates"), QStringLiteral("dismiss"),
                                 QStringLiteral("--ids"), QStringLiteral("1,2")});
    ASSERT_EQ(again.exitCode, 0) << again.errText().toStdString();
    EXPECT_TRUE(QString::fromUtf8(again.out).contains(QStringLiteral("0 对是新标记的")))
        << again.out.toStdString();

    const CliResult undone =
        cli({QStringLiteral("duplicates"), QStringLiteral("undismiss"), QStringLiteral("--ids"),
             QStringLiteral("1,2"), QStringLiteral("--json")});
    ASSERT_EQ(undone.exitCode, 0) << undone.errText().toStdString();
    EXPECT_EQ(undone.json()["action"], "undismiss");
    EXPECT_EQ(undone.json()["changed"], 1);
    EXPECT_FALSE(groupOf({1, 2}).is_null());
}

TEST_F(DuplicatesCli, DismissBadArguments) {
    const auto code = [&](const QStringList& args) {
        return cli(QStringList{QStringLiteral("duplicates")} + args).exitCode;
    };
    EXPECT_EQ(code({QStringLiteral("dismiss")}), 2);
    EXPECT_EQ(code({QStringLiteral("dismiss"), QStringLiteral("--ids"), QStringLiteral("1,x")}), 2);
    EXPECT_EQ(code({QStringLiteral("forget"), QStringLiteral("--ids"), QStringLiteral("1,2")}), 2);
    EXPECT_EQ(code({QStringLiteral("--ids"), QStringLiteral("1,2")}), 2);
    EXPECT_EQ(code({QStringLiteral("dismiss"), QStringLiteral("--ids"), QStringLiteral("1")}), 1);
    EXPECT_EQ(code({QStringLiteral("dismiss"), QStringLiteral("--ids"), QStringLiteral("1,9999")}),
              1);
    EXPECT_FALSE(groupOf({1, 2}).is_null());
    const CliResult help = cli({QStringLiteral("--help")});
    EXPECT_TRUE((QString::fromUtf8(help.out) + help.errText())
                    .contains(QStringLiteral("duplicates dismiss --ids A,B")));
}

}  // namespace
