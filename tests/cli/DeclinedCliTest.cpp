// huichang-cli declined list / declined close and customer show's "declined_items" through the
// real binary: the JSON contract of docs/cli.md ("declined").
#include "CliRunner.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using hc::test::CliResult;
using hc::test::runCli;

namespace {

class DeclinedCli : public ::testing::Test {
protected:
    void SetUp() override {
        const CliResult demo =
            runCli({QStringLiteral("--db"), db(), QStringLiteral("demo"),
                    QStringLiteral("--customers"), QStringLiteral("20"), QStringLiteral("--as-of"),
                    QDate::currentDate().toString(Qt::ISODate)});
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
        // Two items declined at the first visit of a vehicle with a later visit (the app records
        // them with the visit; here straight into the file).
        {
            auto sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
            sql.setDatabaseName(db());
            ASSERT_TRUE(sql.open());
            QSqlQuery q(sql);
            ASSERT_TRUE(q.exec(QStringLiteral(
                "SELECT v.id, v.customer_id, v.vehicle_id FROM visits v WHERE v.voided_at IS NULL "
                "AND v.vehicle_id IS NOT NULL AND (SELECT COUNT(*) FROM visits w WHERE "
                "w.vehicle_id = v.vehicle_id AND w.visit_date > v.visit_date AND w.voided_at IS "
                "NULL) > 0 ORDER BY v.visit_date DESC, v.id LIMIT 1")));
            ASSERT_TRUE(q.next());
            visit = q.value(0).toLongLong();
            customer = q.value(1).toLongLong();
            vehicle = q.value(2).toLongLong();
            for (const char* row : {"('更换刹车片', 80000, 'safety', NULL, NULL)",
                                    "('更换轮胎', 120000, 'later', '2099-01-01', 999999)"}) {
                ASSERT_TRUE(q.exec(
                    QStringLiteral("INSERT INTO declined_items (visit_id, customer_id, vehicle_id, "
                                   "what, amount_fen, urgency, due_date, due_mileage, created_at) "
                                   "SELECT %1, %2, %3, w, a, u, d, k, '2026-01-01T08:00:00' FROM "
                                   "(SELECT column1 AS w, column2 AS a, column3 AS u, column4 AS "
                                   "d, column5 AS k FROM (VALUES %4))")
                        .arg(visit)
                        .arg(customer)
                        .arg(vehicle)
                        .arg(QString::fromUtf8(row))))
                    << q.lastError().text().toStdString();
            }
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    }
    CliResult run(QStringList args) {
        args.prepend(db());
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }
    QString db() const { return dir.filePath(QStringLiteral("test.db")); }
    QTemporaryDir dir;
    long long visit = 0;
    long long customer = 0;
    long long vehicle = 0;
};

TEST_F(DeclinedCli, ListCloseAndCustomerShowJsonContract) {
    const CliResult listed =
        run({QStringLiteral("declined"), QStringLiteral("list"), QStringLiteral("--customer-id"),
             QString::number(customer), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.errText().toStdString();
    const auto j = listed.json();
    ASSERT_EQ(j["items"].size(), 2u);
    EXPECT_EQ(j["open_fen"], 200000);
    const auto& first = j["items"][0];
    for (const char* key :
         {"id", "visit_id", "visit_date", "customer_id", "vehicle_id", "plate", "what",
          "amount_fen", "urgency", "due_date", "due_mileage", "due", "due_by", "status",
          "closed_by_visit_id", "closed_date", "drop_reason"}) {
        EXPECT_TRUE(first.contains(key)) << key;
    }
    EXPECT_EQ(first["visit_id"], visit);
    EXPECT_EQ(first["status"], "open");
    long long brakes = 0;
    long long tyres = 0;
    for (const auto& i : j["items"]) {
        (i["urgency"] == "safety" ? brakes : tyres) = i["id"].get<long long>();
        if (i["urgency"] == "safety") {
            EXPECT_EQ(i["due_by"], "default");
            EXPECT_EQ(i["amount_fen"], 80000);
        } else {
            EXPECT_EQ(i["due_date"], "2099-01-01");
            EXPECT_EQ(i["due_mileage"], 999999);
        }
    }
    ASSERT_TRUE(brakes > 0 && tyres > 0);

    const auto shown =
        run({QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("--id"),
             QString::number(customer), QStringLiteral("--json")});
    ASSERT_EQ(shown.exitCode, 0) << shown.errText().toStdString();
    EXPECT_EQ(shown.json()["declined_items"].size(), 2u);

    // --drop needs a reason; exactly one of --done / --drop.
    EXPECT_EQ(run({QStringLiteral("declined"), QStringLiteral("close"), QStringLiteral("--id"),
                   QString::number(tyres), QStringLiteral("--drop")})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("declined"), QStringLiteral("close"), QStringLiteral("--id"),
                   QString::number(tyres)})
                  .exitCode,
              2);
    const auto dropped =
        run({QStringLiteral("declined"), QStringLiteral("close"), QStringLiteral("--id"),
             QString::number(tyres), QStringLiteral("--drop"), QStringLiteral("--reason"),
             QStringLiteral("客户已在别处更换"), QStringLiteral("--json")});
    ASSERT_EQ(dropped.exitCode, 0) << dropped.errText().toStdString();
    EXPECT_EQ(dropped.json()["status"], "dropped");
    EXPECT_EQ(dropped.json()["drop_reason"], "客户已在别处更换");
    // Done: by the vehicle's latest later visit.
    const auto done =
        run({QStringLiteral("declined"), QStringLiteral("close"), QStringLiteral("--id"),
             QString::number(brakes), QStringLiteral("--done"), QStringLiteral("--json")});
    ASSERT_EQ(done.exitCode, 0) << done.errText().toStdString();
    EXPECT_EQ(done.json()["status"], "done");
    EXPECT_TRUE(done.json()["closed_by_visit_id"].is_number_integer());
    EXPECT_NE(done.json()["closed_by_visit_id"], visit);
    // Closed twice: a failure with a message, nothing changed.
    const auto again =
        run({QStringLiteral("declined"), QStringLiteral("close"), QStringLiteral("--id"),
             QString::number(brakes), QStringLiteral("--done")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_FALSE(again.errText().isEmpty());
    const auto open =
        run({QStringLiteral("declined"), QStringLiteral("list"), QStringLiteral("--status"),
             QStringLiteral("open"), QStringLiteral("--json")});
    ASSERT_EQ(open.exitCode, 0);
    EXPECT_TRUE(open.json()["items"].empty());
    EXPECT_EQ(run({QStringLiteral("declined"), QStringLiteral("list"), QStringLiteral("--status"),
                   QStringLiteral("closed")})
                  .exitCode,
              2);
    // The monthly report's JSON has the section (added key "declined_work").
    const auto report =
        run({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
             QDate::currentDate().toString(QStringLiteral("yyyy-MM")), QStringLiteral("--json")});
    ASSERT_EQ(report.exitCode, 0) << report.errText().toStdString();
    const auto section = report.json()["declined_work"];
    for (const char* key :
         {"declined", "declined_fen", "recovered", "recovered_fen", "dropped", "dropped_fen",
          "open", "open_fen", "recovery_rate", "recovery_rate_pct"}) {
        EXPECT_TRUE(section.contains(key)) << key;
    }
    EXPECT_EQ(section["dropped"], 1);
    EXPECT_EQ(section["dropped_fen"], 120000);
}

}  // namespace
