// `huichang-cli visit void`, `shop set/show` and `print visit` end to end through the real binary:
// voiding takes the visit out of the ABC totals at once, the shop profile's JSON contract, the
// receipt PDF carries the shop name and the work order as extractable text, and the usage errors.
#include "CliRunner.h"

#include <QFile>
#include <QProcess>

using hc::test::CliResult;
using hc::test::runCli;
using hc::test::testData;

namespace {

class CorrectionCli : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(cli({QStringLiteral("init")}).exitCode, 0);
        const CliResult imp = cli(
            {QStringLiteral("import"), QStringLiteral("visits"), testData("seed001_visits.csv")});
        ASSERT_EQ(imp.exitCode, 0) << imp.errText().toStdString();
    }

    QTemporaryDir dir;
    QString path(const char* name) const { return dir.filePath(QString::fromUtf8(name)); }

    CliResult cli(const QStringList& args) {
        return runCli(QStringList{QStringLiteral("--db"), path("test.db")} + args);
    }
    long long abcTotal() {
        const CliResult r = cli({QStringLiteral("abc"), QStringLiteral("--as-of"),
                                 QStringLiteral("2016-12-31"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        return r.exitCode == 0 ? r.json()["total_fen"].get<long long>() : -1;
    }
};

TEST_F(CorrectionCli, VoidTakesTheVisitOutOfTheAbcTotalAtOnce) {
    ASSERT_EQ(abcTotal(), 985000);
    const CliResult r =
        cli({QStringLiteral("visit"), QStringLiteral("void"), QStringLiteral("--work-order"),
             QStringLiteral("gd1001"), QStringLiteral("--reason"), QStringLiteral("重复录入")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(QStringLiteral("GD1001")));
    EXPECT_EQ(abcTotal(), 985000 - 60000);

    // Again: refused, nothing changes.
    const CliResult again =
        cli({QStringLiteral("visit"), QStringLiteral("void"), QStringLiteral("--work-order"),
             QStringLiteral("GD1001"), QStringLiteral("--reason"), QStringLiteral("再次")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.errText().contains(QStringLiteral("已作废")));
    EXPECT_EQ(abcTotal(), 985000 - 60000);
    // A voided visit has no receipt.
    const CliResult print =
        cli({QStringLiteral("print"), QStringLiteral("visit"), QStringLiteral("--work-order"),
             QStringLiteral("GD1001"), QStringLiteral("-o"), path("void.pdf")});
    EXPECT_EQ(print.exitCode, 1);
    EXPECT_FALSE(QFile::exists(path("void.pdf")));
}

TEST_F(CorrectionCli, VoidUsageErrors) {
    const auto run = [&](const QStringList& extra) {
        return cli(QStringList{QStringLiteral("visit"), QStringLiteral("void")} + extra);
    };
    EXPECT_EQ(run({QStringLiteral("--work-order"), QStringLiteral("GD1001")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("--reason"), QStringLiteral("x")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("--work-order"), QStringLiteral("GD1001"),
                   QStringLiteral("--reason"), QStringLiteral("   ")})
                  .exitCode,
              2);
    const CliResult unknown = run({QStringLiteral("--work-order"), QStringLiteral("NOPE"),
                                   QStringLiteral("--reason"), QStringLiteral("x")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.errText().contains(QStringLiteral("NOPE")));
    EXPECT_EQ(cli({QStringLiteral("visit"), QStringLiteral("delete")}).exitCode, 2);
    EXPECT_EQ(abcTotal(), 985000);
}

TEST_F(CorrectionCli, ShopSetAndShowJson) {
    CliResult show =
        cli({QStringLiteral("shop"), QStringLiteral("show"), QStringLiteral("--json")});
    ASSERT_EQ(show.exitCode, 0) << show.errText().toStdString();
    EXPECT_EQ(show.json()["name"], "");

    const CliResult set =
        cli({QStringLiteral("shop"), QStringLiteral("set"), QStringLiteral("--name"),
             QStringLiteral("顺达汽修"), QStringLiteral("--phone"), QStringLiteral("029 8162 9900"),
             QStringLiteral("--address"), QStringLiteral("西安市雁塔区科技路 1 号")});
    ASSERT_EQ(set.exitCode, 0) << set.errText().toStdString();
    show = cli({QStringLiteral("shop"), QStringLiteral("show"), QStringLiteral("--json")});
    ASSERT_EQ(show.exitCode, 0);
    const auto j = show.json();
    EXPECT_EQ(j["name"], "顺达汽修");
    EXPECT_EQ(j["phone"], "029-81629900");
    EXPECT_EQ(j["address"], "西安市雁塔区科技路 1 号");
    EXPECT_TRUE(j.contains("hours"));

    // Only the name changes; a bad phone is refused and keeps what is stored.
    ASSERT_EQ(cli({QStringLiteral("shop"), QStringLiteral("set"), QStringLiteral("--name"),
                   QStringLiteral("顺达汽车服务")})
                  .exitCode,
              0);
    const CliResult bad =
        cli({QStringLiteral("shop"), QStringLiteral("set"), QStringLiteral("--name"),
             QStringLiteral("X"), QStringLiteral("--phone"), QStringLiteral("12")});
    EXPECT_EQ(bad.exitCode, 1);
    const auto after =
        cli({QStringLiteral("shop"), QStringLiteral("show"), QStringLiteral("--json")}).json();
    EXPECT_EQ(after["name"], "顺达汽车服务");
    EXPECT_EQ(after["phone"], "029-81629900");
    EXPECT_EQ(cli({QStringLiteral("shop"), QStringLiteral("set")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("shop"), QStringLiteral("set"), QStringLiteral("--name"),
                   QStringLiteral("  ")})
                  .exitCode,
              1);
}

TEST_F(CorrectionCli, PrintVisitWritesAReceiptWithShopNameAndWorkOrder) {
    ASSERT_EQ(cli({QStringLiteral("shop"), QStringLiteral("set"), QStringLiteral("--name"),
                   QStringLiteral("顺达汽修厂"), QStringLiteral("--phone"),
                   QStringLiteral("02981629900")})
                  .exitCode,
              0);
    const QString pdf = path("GD1004.pdf");
    const CliResult r =
        cli({QStringLiteral("print"), QStringLiteral("visit"), QStringLiteral("--work-order"),
             QStringLiteral("GD1004"), QStringLiteral("-o"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    ASSERT_TRUE(QFile::exists(pdf));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("顺达汽修厂"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("GD1004"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("刘春江"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("陕A12345"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("600.00"))) << text.toStdString();
    // Next service with the stored (default) rule: 5 000 km after the 2016-10-22 maintenance at
    // 39 200 km, reached at this car's own 1 200 km a month (24 800 km on 2016-01-15) before the
    // six months are up.
    EXPECT_TRUE(text.contains(QStringLiteral("2017-01-28"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("44,200"))) << text.toStdString();

    const CliResult missing = cli({QStringLiteral("print"), QStringLiteral("visit"),
                                   QStringLiteral("--work-order"), QStringLiteral("GD1004")});
    EXPECT_EQ(missing.exitCode, 2);
    const CliResult unknown =
        cli({QStringLiteral("print"), QStringLiteral("visit"), QStringLiteral("--work-order"),
             QStringLiteral("NOPE"), QStringLiteral("-o"), path("x.pdf")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_FALSE(QFile::exists(path("x.pdf")));
}

}  // namespace
