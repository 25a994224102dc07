// huichang-cli consent / messages export / optout import through the real binary: the JSON
// contracts of docs/cli.md ("Messages and consent").
#include "CliRunner.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using hc::test::CliResult;
using hc::test::readFile;
using hc::test::runCli;
using hc::test::writeFile;

namespace {

class MessagesCli : public ::testing::Test {
protected:
    void SetUp() override {
        const CliResult demo = runCli({QStringLiteral("--db"), db(), QStringLiteral("demo"),
                                       QStringLiteral("--customers"), QStringLiteral("200"),
                                       QStringLiteral("--as-of"), QStringLiteral("2026-06-30")});
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    }
    QString db() const { return dir.filePath(QStringLiteral("test.db")); }
    CliResult cli(QStringList args) {
        args.prepend(db());
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }
    /// Customer ids due on the day (the whole list, --all) of one kind.
    std::vector<long long> listed(const char* kind) {
        const CliResult r =
            cli({QStringLiteral("followups"), QStringLiteral("--date"),
                 QStringLiteral("2026-06-30"), QStringLiteral("--all"), QStringLiteral("--json")});
        std::vector<long long> out;
        const auto j = r.json();
        for (const auto& item : j["items"]) {
            if (item["kind"] == kind) {
                out.push_back(item["customer_id"].get<long long>());
            }
        }
        return out;
    }
    QTemporaryDir dir;
};

TEST_F(MessagesCli, ExportCountsRecipientsAndExclusionsAndNeedsASignature) {
    const QString csv = dir.filePath(QStringLiteral("sms.csv"));
    const QStringList exportArgs{QStringLiteral("messages"),   QStringLiteral("export"),
                                 QStringLiteral("--template"), QStringLiteral("maintenance_due"),
                                 QStringLiteral("--date"),     QStringLiteral("2026-06-30"),
                                 QStringLiteral("-o"),         csv,
                                 QStringLiteral("--json")};
    // Without a shop name there is no signature: refused, nothing written.
    const CliResult unsigned_ = cli(exportArgs);
    EXPECT_EQ(unsigned_.exitCode, 1);
    EXPECT_FALSE(QFile::exists(csv));
    ASSERT_EQ(cli({QStringLiteral("shop"), QStringLiteral("set"), QStringLiteral("--name"),
                   QString::fromUtf8("顺达汽修"), QStringLiteral("--phone"),
                   QStringLiteral("029-81629900")})
                  .exitCode,
              0);

    const auto due = listed("maintenance");
    ASSERT_GE(due.size(), 2u);
    // One customer refuses service messages by phone.
    const CliResult refuse =
        cli({QStringLiteral("consent"), QStringLiteral("set"), QStringLiteral("--customer-id"),
             QString::number(due.front()), QStringLiteral("--purpose"), QStringLiteral("service"),
             QStringLiteral("--state"), QStringLiteral("refused"), QStringLiteral("--source"),
             QStringLiteral("call")});
    ASSERT_EQ(refuse.exitCode, 0) << refuse.errText().toStdString();
    // The source as staff write it in Chinese; it is recorded as the same source.
    const CliResult written =
        cli({QStringLiteral("consent"), QStringLiteral("set"), QStringLiteral("--customer-id"),
             QString::number(due.back()), QStringLiteral("--purpose"), QStringLiteral("service"),
             QStringLiteral("--state"), QStringLiteral("granted"), QStringLiteral("--source"),
             QStringLiteral("前台登记表"), QStringLiteral("--json")});
    ASSERT_EQ(written.exitCode, 0) << written.errText().toStdString();
    EXPECT_EQ(written.json()["source"], "reception_form");

    const CliResult r = cli(exportArgs);
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const auto j = r.json();
    for (const char* key : {"recipients", "excluded_no_consent", "excluded_invalid",
                            "excluded_already_sent", "excluded_missing_fields", "segments"}) {
        ASSERT_TRUE(j[key].is_number_integer()) << key;
    }
    EXPECT_EQ(j["excluded_no_consent"], 1);
    EXPECT_GT(j["recipients"].get<int>(), 0);
    EXPECT_EQ(j["recipients"].get<int>() + j["excluded_no_consent"].get<int>() +
                  j["excluded_invalid"].get<int>() + j["excluded_missing_fields"].get<int>(),
              static_cast<int>(due.size()));
    EXPECT_GE(j["segments"].get<int>(), j["recipients"].get<int>());
    const QString text = QString::fromUtf8(readFile(csv));
    EXPECT_TRUE(text.startsWith(QStringLiteral("phone,text\r\n")));
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), j["recipients"].get<int>() + 1);
    EXPECT_TRUE(text.contains(QString::fromUtf8("【顺达汽修】")));
    EXPECT_FALSE(text.contains(QString::fromUtf8("回T退订")));  // service purpose

    // Marketing without any grant: nobody.
    const CliResult winback = cli(
        {QStringLiteral("messages"), QStringLiteral("export"), QStringLiteral("--template"),
         QStringLiteral("winback"), QStringLiteral("--date"), QStringLiteral("2026-06-30"),
         QStringLiteral("-o"), dir.filePath(QStringLiteral("w.csv")), QStringLiteral("--json")});
    ASSERT_EQ(winback.exitCode, 0) << winback.errText().toStdString();
    EXPECT_EQ(winback.json()["recipients"], 0);
    EXPECT_EQ(winback.json()["excluded_no_consent"].get<int>() +
                  winback.json()["excluded_invalid"].get<int>(),
              static_cast<int>(listed("winback").size()));
}

TEST_F(MessagesCli, OptOutImportJsonAndBadArguments) {
    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("msgs"));
    sql.setDatabaseName(db());
    ASSERT_TRUE(sql.open());
    QSqlQuery q(sql);
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT phone FROM customers WHERE phone GLOB '1*' "
                              "ORDER BY id LIMIT 2")));
    QByteArray file = "phone\n";
    while (q.next()) {
        file += q.value(0).toString().toUtf8() + "\n";
    }
    file += "10000000000\n";
    q.finish();
    sql.close();
    const QString path = dir.filePath(QStringLiteral("optout.csv"));
    writeFile(path, file);
    const CliResult r =
        cli({QStringLiteral("optout"), QStringLiteral("import"), path, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_EQ(r.json()["rows"], 4);
    EXPECT_EQ(r.json()["matched"], 2);
    EXPECT_GE(r.json()["recorded"].get<int>(), 2);
    const CliResult again =
        cli({QStringLiteral("optout"), QStringLiteral("import"), path, QStringLiteral("--json")});
    EXPECT_EQ(again.json()["recorded"], 0);

    EXPECT_EQ(cli({QStringLiteral("consent"), QStringLiteral("set"),
                   QStringLiteral("--customer-id"), QStringLiteral("1"),
                   QStringLiteral("--purpose"), QStringLiteral("ads"), QStringLiteral("--state"),
                   QStringLiteral("refused"), QStringLiteral("--source"), QStringLiteral("call")})
                  .exitCode,
              2);
    EXPECT_EQ(
        cli({QStringLiteral("consent"), QStringLiteral("set"), QStringLiteral("--customer-id"),
             QStringLiteral("999999"), QStringLiteral("--purpose"), QStringLiteral("marketing"),
             QStringLiteral("--state"), QStringLiteral("granted"), QStringLiteral("--source"),
             QStringLiteral("reception form")})
            .exitCode,
        1);
    EXPECT_EQ(
        cli({QStringLiteral("messages"), QStringLiteral("export"), QStringLiteral("--template"),
             QStringLiteral("holiday"), QStringLiteral("--date"), QStringLiteral("2026-06-30"),
             QStringLiteral("--campaign"), QStringLiteral("1"), QStringLiteral("-o"),
             dir.filePath(QStringLiteral("x.csv"))})
            .exitCode,
        2);
    EXPECT_EQ(
        cli({QStringLiteral("messages"), QStringLiteral("export"), QStringLiteral("--template"),
             QStringLiteral("birthday"), QStringLiteral("--date"), QStringLiteral("2026-06-30"),
             QStringLiteral("-o"), dir.filePath(QStringLiteral("x.csv"))})
            .exitCode,
        2);
}

}  // namespace
