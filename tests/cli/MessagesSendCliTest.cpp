// huichang-cli messages send (and export's report drill-down recipients) through the real binary
// against a local HTTP test server on 127.0.0.1 (issue 11 item 5): the day's list, a report
// drill-down (--month --drill) and a campaign; the JSON keys of docs/cli.md, consent exclusions,
// the per-customer message log, exit codes.
#include "CliRunner.h"
#include "TestHttpServer.h"

#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using hc::test::CliResult;
using hc::test::runCli;
using hc::test::TestHttpServer;
using hc::test::writeFile;

namespace {

class MessagesSendCli : public ::testing::Test {
protected:
    void SetUp() override {
        hc::test::cliTestApp();
        server_ = std::make_unique<TestHttpServer>();
        const CliResult demo = runCli({QStringLiteral("--db"), db(), QStringLiteral("demo"),
                                       QStringLiteral("--customers"), QStringLiteral("120"),
                                       QStringLiteral("--as-of"), QStringLiteral("2026-06-30")});
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
        ASSERT_EQ(cli({QStringLiteral("shop"), QStringLiteral("set"), QStringLiteral("--name"),
                       QString::fromUtf8("顺达汽修"), QStringLiteral("--phone"),
                       QStringLiteral("029-81629900")})
                      .exitCode,
                  0);
        sql_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("send"));
        sql_.setDatabaseName(db());
        ASSERT_TRUE(sql_.open());
    }
    void TearDown() override {
        sql_.close();
        sql_ = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("send"));
    }
    QString db() const { return dir.filePath(QStringLiteral("test.db")); }

    /// Runs the CLI while this thread's event loop spins, so the test server answers it.
    CliResult cli(QStringList args) {
        args.prepend(db());
        args.prepend(QStringLiteral("--db"));
        QProcess p;
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        p.start(QStringLiteral(HC_CLI_PATH), args);
        EXPECT_TRUE(p.waitForStarted(10000));
        p.closeWriteChannel();
        loop.exec();
        CliResult r;
        r.exitCode = p.state() == QProcess::NotRunning && p.exitStatus() == QProcess::NormalExit
                         ? p.exitCode()
                         : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    void useGateway() {
        const QString path = dir.filePath(QStringLiteral("gateway.json"));
        writeFile(path, QStringLiteral(R"({"sms_gateway": {"url": "%1", "bodyTemplate": )"
                                       R"("{\"phone\":\"{phone}\",\"text\":\"{text}\"}", )"
                                       R"("timeoutMs": 10000}})")
                            .arg(server_->url())
                            .toUtf8());
        const CliResult r = cli({QStringLiteral("settings"), QStringLiteral("import"), path});
        ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    }
    int count(const QString& sql) {
        QSqlQuery q(sql_);
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toInt() : -1;
    }
    std::vector<long long> ids(const QString& sql) {
        QSqlQuery q(sql_);
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        std::vector<long long> out;
        while (q.next()) {
            out.push_back(q.value(0).toLongLong());
        }
        return out;
    }
    void consent(long long customer, const char* purpose, const char* state) {
        const CliResult r =
            cli({QStringLiteral("consent"), QStringLiteral("set"), QStringLiteral("--customer-id"),
                 QString::number(customer), QStringLiteral("--purpose"),
                 QString::fromLatin1(purpose), QStringLiteral("--state"),
                 QString::fromLatin1(state), QStringLiteral("--source"), QStringLiteral("call")});
        ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    }
    static QStringList send(QStringList tail) {
        return QStringList{QStringLiteral("messages"), QStringLiteral("send"),
                           QStringLiteral("--json")} +
               tail;
    }

    QTemporaryDir dir;
    std::unique_ptr<TestHttpServer> server_;
    QSqlDatabase sql_;
};

/// Valid customers with a mobile number (the ones a batch can reach).
const char* const kReachable =
    "SELECT id FROM customers WHERE invalid_reason IS NULL AND phone GLOB '1[3-9][0-9]*' "
    "AND length(phone) = 11 ORDER BY id";

TEST_F(MessagesSendCli, SendsTheDayListADrillDownAndACampaignOnlyWithConsent) {
    const QStringList day{QStringLiteral("--template"), QStringLiteral("maintenance_due"),
                          QStringLiteral("--date"), QStringLiteral("2026-06-30")};
    // No gateway set: refused, nothing sent or logged.
    const CliResult none = cli(send(day));
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.errText().contains(QString::fromUtf8("短信网关尚未设置")))
        << none.errText().toStdString();
    EXPECT_EQ(server_->requests.size(), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM message_log")), 0);

    useGateway();
    // The day's list (service purpose): sent unless refused.
    const auto reachable = ids(QString::fromLatin1(kReachable));
    ASSERT_GE(reachable.size(), 4U);
    const CliResult r = cli(send(day));
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const auto j = r.json();
    for (const char* key :
         {"recipients", "excluded_no_consent", "excluded_invalid", "excluded_already_sent",
          "excluded_missing_fields", "segments", "sent", "failed"}) {
        ASSERT_TRUE(j[key].is_number_integer()) << key;
    }
    EXPECT_GT(j["sent"].get<int>(), 0);
    EXPECT_EQ(j["sent"], j["recipients"]);
    EXPECT_EQ(j["failed"], 0);
    EXPECT_EQ(server_->requests.size(), j["sent"].get<int>());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM message_log WHERE channel = 'gateway' "
                                   "AND result = 'sent' AND template_key = 'maintenance_due'")),
              j["sent"].get<int>());
    EXPECT_EQ(j["excluded_already_sent"], 0);
    // The same command again (issue 11): everyone already got it today, nothing goes out twice.
    const CliResult twice = cli(send(day));
    ASSERT_EQ(twice.exitCode, 0) << twice.errText().toStdString();
    EXPECT_EQ(twice.json()["recipients"], 0);
    EXPECT_EQ(twice.json()["sent"], 0);
    EXPECT_EQ(twice.json()["excluded_already_sent"], j["sent"]);
    EXPECT_EQ(server_->requests.size(), j["sent"].get<int>()) << "no second request";

    // A report drill-down (marketing): only the two who granted it; one of them then refuses.
    const QStringList drill{QStringLiteral("--template"), QStringLiteral("winback"),
                            QStringLiteral("--month"),    QStringLiteral("2026-06"),
                            QStringLiteral("--drill"),    QStringLiteral("composition.customers")};
    consent(reachable[0], "marketing", "granted");
    consent(reachable[1], "marketing", "granted");
    consent(reachable[1], "marketing", "refused");
    const int customers = count(QStringLiteral("SELECT count(*) FROM customers"));
    const int before = server_->requests.size();
    const CliResult d = cli(send(drill));
    ASSERT_EQ(d.exitCode, 0) << d.errText().toStdString();
    const auto dj = d.json();
    EXPECT_EQ(dj["sent"], 1);
    EXPECT_EQ(dj["recipients"], 1);
    EXPECT_EQ(dj["excluded_no_consent"].get<int>() + dj["excluded_invalid"].get<int>() + 1,
              customers);
    ASSERT_EQ(server_->requests.size(), before + 1);
    QSqlQuery phone(sql_);
    ASSERT_TRUE(
        phone.exec(QStringLiteral("SELECT phone FROM customers WHERE id = %1").arg(reachable[0])));
    ASSERT_TRUE(phone.next());
    EXPECT_TRUE(server_->requests.back().contains(phone.value(0).toString().toUtf8()));
    phone.finish();  // no read transaction left open (a later write would find it stale)
    EXPECT_TRUE(QString::fromUtf8(server_->requests.back()).contains(QString::fromUtf8("回T退订")));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM message_log WHERE template_key = "
                                   "'winback' AND result = 'sent' AND customer_id = %1")
                        .arg(reachable[0])),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM message_log WHERE template_key = "
                                   "'winback' AND customer_id <> %1")
                        .arg(reachable[0])),
              0)
        << "nobody without a marketing grant";
    // export takes the same recipients.
    const CliResult e = cli(
        {QStringLiteral("messages"), QStringLiteral("export"), QStringLiteral("--template"),
         QStringLiteral("winback"), QStringLiteral("--month"), QStringLiteral("2026-06"),
         QStringLiteral("--drill"), QStringLiteral("composition.customers"), QStringLiteral("-o"),
         dir.filePath(QStringLiteral("d.csv")), QStringLiteral("--json")});
    ASSERT_EQ(e.exitCode, 0) << e.errText().toStdString();
    EXPECT_EQ(e.json()["recipients"], 0) << "the one reachable customer got winback today";
    EXPECT_EQ(e.json()["excluded_already_sent"], 1);
    EXPECT_EQ(e.json()["excluded_no_consent"], dj["excluded_no_consent"]);
    // --again: a deliberate second message.
    const CliResult again =
        cli({QStringLiteral("messages"), QStringLiteral("export"), QStringLiteral("--template"),
             QStringLiteral("winback"), QStringLiteral("--month"), QStringLiteral("2026-06"),
             QStringLiteral("--drill"), QStringLiteral("composition.customers"),
             QStringLiteral("-o"), dir.filePath(QStringLiteral("d2.csv")),
             QStringLiteral("--again"), QStringLiteral("--json")});
    ASSERT_EQ(again.exitCode, 0) << again.errText().toStdString();
    EXPECT_EQ(again.json()["recipients"], 1);
    EXPECT_EQ(again.json()["excluded_already_sent"], 0);
    // maintenance_due for a drill-down has no due date: nobody gets "预计于到期保养".
    const CliResult due =
        cli(send({QStringLiteral("--template"), QStringLiteral("maintenance_due"),
                  QStringLiteral("--month"), QStringLiteral("2026-06"), QStringLiteral("--drill"),
                  QStringLiteral("composition.customers"), QStringLiteral("--again")}));
    ASSERT_EQ(due.exitCode, 0) << due.errText().toStdString();
    EXPECT_EQ(due.json()["recipients"], 0);
    EXPECT_GT(due.json()["excluded_missing_fields"].get<int>(), 0);
    EXPECT_EQ(server_->requests.size(), before + 1);

    // A campaign (made here in SQL: the CLI has no campaign command) of three customers; the
    // provider now refuses: failed is counted and logged, exit 1, the JSON printed all the same.
    QSqlQuery q(sql_);
    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT INTO campaigns (name, offer, start_date, created_at) VALUES "
                              "('Summer', '9 折', '2026-06-30', '2026-06-30T09:00:00')")))
        << q.lastError().text().toStdString();
    const long long campaign = q.lastInsertId().toLongLong();
    for (std::size_t i = 0; i < 3; ++i) {
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO campaign_invites (campaign_id, customer_id, "
                                          "invited_at) VALUES (%1, %2, '2026-06-30T09:00:00')")
                               .arg(campaign)
                               .arg(reachable[i])));
    }
    server_->status = 500;
    const CliResult c = cli(send({QStringLiteral("--template"), QStringLiteral("campaign"),
                                  QStringLiteral("--campaign"), QString::number(campaign)}));
    EXPECT_EQ(c.exitCode, 1) << "a failed message is a failure";
    const auto cj = c.json();
    EXPECT_EQ(cj["recipients"], 1);
    EXPECT_EQ(cj["sent"], 0);
    EXPECT_EQ(cj["failed"], 1);
    EXPECT_EQ(cj["segments"], 0);
    EXPECT_EQ(cj["excluded_no_consent"], 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM message_log WHERE campaign_id = %1 AND "
                                   "result = 'failed' AND customer_id = %2")
                        .arg(campaign)
                        .arg(reachable[0])),
              1);
}

TEST_F(MessagesSendCli, BadRecipientSetsAreUsageErrorsAndAnUnknownDrillKeyFails) {
    useGateway();
    const auto run = [this](QStringList tail) { return cli(send(std::move(tail))).exitCode; };
    EXPECT_EQ(run({QStringLiteral("--template"), QStringLiteral("winback"),
                   QStringLiteral("--month"), QStringLiteral("2026-06")}),
              2)
        << "--month without --drill";
    EXPECT_EQ(run({QStringLiteral("--template"), QStringLiteral("winback"),
                   QStringLiteral("--date"), QStringLiteral("2026-06-30"),
                   QStringLiteral("--drill"), QStringLiteral("composition.lost")}),
              2)
        << "two recipient sets";
    EXPECT_EQ(run({QStringLiteral("--template"), QStringLiteral("winback")}), 2);
    EXPECT_EQ(run({QStringLiteral("--template"), QStringLiteral("birthday"),
                   QStringLiteral("--date"), QStringLiteral("2026-06-30")}),
              2);
    EXPECT_EQ(run({QStringLiteral("--template"), QStringLiteral("winback"),
                   QStringLiteral("--month"), QStringLiteral("2026-13"), QStringLiteral("--drill"),
                   QStringLiteral("composition.lost")}),
              2);
    const CliResult unknown =
        cli(send({QStringLiteral("--template"), QStringLiteral("winback"),
                  QStringLiteral("--month"), QStringLiteral("2026-06"), QStringLiteral("--drill"),
                  QStringLiteral("composition.nobody")}));
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.errText().contains(QStringLiteral("composition.nobody")));
    EXPECT_EQ(server_->requests.size(), 0);
}

}  // namespace
