// huichang-cli appointments / appointment book / appointment cancel through the real binary: the
// JSON contract of docs/cli.md ("appointments").
#include "CliRunner.h"

#include <QDate>

#include <set>

using hc::test::CliResult;
using hc::test::runCli;

namespace {

class AppointmentsCli : public ::testing::Test {
protected:
    void SetUp() override {
        const CliResult demo =
            runCli({QStringLiteral("--db"), db(), QStringLiteral("demo"),
                    QStringLiteral("--customers"), QStringLiteral("20"), QStringLiteral("--as-of"),
                    QDate::currentDate().toString(Qt::ISODate)});
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    }
    CliResult run(QStringList args) {
        args.prepend(db());
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }
    QString db() const { return dir.filePath(QStringLiteral("test.db")); }
    QTemporaryDir dir;
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
};

TEST_F(AppointmentsCli, BookListCancelJsonContract) {
    const CliResult booked =
        run({QStringLiteral("appointment"), QStringLiteral("book"), QStringLiteral("--customer-id"),
             QStringLiteral("3"), QStringLiteral("--date"), tomorrow, QStringLiteral("--time"),
             QStringLiteral("10:30"), QStringLiteral("--purpose"), QStringLiteral("常规保养"),
             QStringLiteral("--json")});
    ASSERT_EQ(booked.exitCode, 0) << booked.errText().toStdString();
    const auto b = booked.json();
    ASSERT_TRUE(b["id"].is_number_integer());
    EXPECT_EQ(b["status"], "booked");
    const auto id = b["id"].get<long long>();
    // One without a time, listed after the timed one.
    ASSERT_EQ(
        run({QStringLiteral("appointment"), QStringLiteral("book"), QStringLiteral("--customer-id"),
             QStringLiteral("4"), QStringLiteral("--date"), tomorrow})
            .exitCode,
        0);

    const CliResult listed = run({QStringLiteral("appointments"), QStringLiteral("--date"),
                                  tomorrow, QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.errText().toStdString();
    const auto j = listed.json();
    EXPECT_EQ(j["date"], tomorrow.toStdString());
    ASSERT_EQ(j["items"].size(), 2u);
    const auto& first = j["items"][0];
    for (const char* key : {"customer_id", "vehicle_id", "time", "purpose", "status"}) {
        EXPECT_TRUE(first.contains(key)) << key;
    }
    EXPECT_EQ(first["customer_id"], 3);
    EXPECT_TRUE(first["vehicle_id"].is_null());
    EXPECT_EQ(first["time"], "10:30");
    EXPECT_EQ(first["purpose"], "常规保养");
    EXPECT_EQ(first["status"], "booked");
    EXPECT_EQ(first["id"], id);
    EXPECT_TRUE(first["name"].is_string());
    EXPECT_EQ(j["items"][1]["customer_id"], 4);
    EXPECT_TRUE(j["items"][1]["time"].is_null());

    const CliResult cancelled =
        run({QStringLiteral("appointment"), QStringLiteral("cancel"), QStringLiteral("--id"),
             QString::number(id), QStringLiteral("--reason"), QStringLiteral("改期"),
             QStringLiteral("--json")});
    ASSERT_EQ(cancelled.exitCode, 0) << cancelled.errText().toStdString();
    EXPECT_EQ(cancelled.json()["status"], "cancelled");
    const auto after = run({QStringLiteral("appointments"), QStringLiteral("--date"), tomorrow,
                            QStringLiteral("--json")})
                           .json();
    EXPECT_EQ(after["items"][0]["status"], "cancelled");
    // Twice: refused.
    EXPECT_EQ(run({QStringLiteral("appointment"), QStringLiteral("cancel"), QStringLiteral("--id"),
                   QString::number(id)})
                  .exitCode,
              1);
}

TEST_F(AppointmentsCli, EmptyDayAndBadInput) {
    const CliResult empty = run({QStringLiteral("appointments"), QStringLiteral("--date"),
                                 QStringLiteral("2026-01-01"), QStringLiteral("--json")});
    ASSERT_EQ(empty.exitCode, 0);
    EXPECT_EQ(empty.json(), nlohmann::json::parse(R"({"date": "2026-01-01", "items": []})"));

    struct Row {
        QStringList args;
        int exit;
    };
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    for (const Row& r :
         {Row{{QStringLiteral("appointments"), QStringLiteral("--date"), QStringLiteral("06/16")},
              2},
          Row{{QStringLiteral("appointment"), QStringLiteral("book"), QStringLiteral("--date"),
               tomorrow},
              2},  // no --customer-id
          Row{{QStringLiteral("appointment"), QStringLiteral("book"),
               QStringLiteral("--customer-id"), QStringLiteral("3"), QStringLiteral("--date"),
               tomorrow, QStringLiteral("--time"), QStringLiteral("25:00")},
              2},
          Row{{QStringLiteral("appointment"), QStringLiteral("book"),
               QStringLiteral("--customer-id"), QStringLiteral("3"), QStringLiteral("--date"),
               yesterday},
              1},
          Row{{QStringLiteral("appointment"), QStringLiteral("book"),
               QStringLiteral("--customer-id"), QStringLiteral("99999"), QStringLiteral("--date"),
               tomorrow},
              1},
          Row{{QStringLiteral("appointment"), QStringLiteral("cancel"), QStringLiteral("--id"),
               QStringLiteral("abc")},
              2},
          Row{{QStringLiteral("appointment"), QStringLiteral("move")}, 2}}) {
        const CliResult res = run(r.args);
        EXPECT_EQ(res.exitCode, r.exit) << r.args.join(u' ').toStdString();
        EXPECT_FALSE(res.err.isEmpty()) << r.args.join(u' ').toStdString();
    }
    EXPECT_EQ(run({QStringLiteral("appointments"), QStringLiteral("--date"), tomorrow,
                   QStringLiteral("--json")})
                  .json()["items"]
                  .size(),
              0u);
}

}  // namespace
