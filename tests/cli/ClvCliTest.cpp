// huichang-cli clv fit / predict / holdout through the real binary: the CDNOW reproduction with
// named columns, the JSON contracts, the archive path (--as-of) and clear errors.
#include "CliRunner.h"

using hc::test::CliResult;
using hc::test::runCli;
using hc::test::writeFile;

namespace {

const QString kCdnow = QStringLiteral(HC_SOURCE_DIR "/../shared/data/cdnow/cdnow_elog.csv");

QStringList cdnowArgs(const char* sub) {
    return {QStringLiteral("clv"),
            QString::fromLatin1(sub),
            QStringLiteral("--events"),
            kCdnow,
            QStringLiteral("--customer-column"),
            QStringLiteral("sampleid"),
            QStringLiteral("--date-column"),
            QStringLiteral("date"),
            QStringLiteral("--amount-column"),
            QStringLiteral("sales"),
            QStringLiteral("--calibration-end"),
            QStringLiteral("1997-09-30"),
            QStringLiteral("--json")};
}

class ClvCli : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path(const char* name) const { return dir.filePath(QString::fromUtf8(name)); }
};

}  // namespace

TEST_F(ClvCli, FitReproducesThePublishedCdnowEstimates) {
    ASSERT_TRUE(QFile::exists(kCdnow)) << "CDNOW sample missing: " << kCdnow.toStdString();
    const CliResult r = runCli(cdnowArgs("fit"));
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const auto j = r.json();
    EXPECT_EQ(j["customers"], 2357);
    EXPECT_EQ(j["repeat_customers"], 946);
    const auto& g = j["bgnbd"];
    // ±5e-4 relative to BTYD's estimates (0.2425982, 4.4136842, 0.7929899, 2.4261667); the
    // likelihood is flat there: our optimum (b = 2.42591) has a log-likelihood 1e-7 higher.
    EXPECT_NEAR(g["r"].get<double>(), 0.2425982, 5e-4 * 0.2425982);
    EXPECT_NEAR(g["alpha"].get<double>(), 4.4136842, 5e-4 * 4.4136842);
    EXPECT_NEAR(g["a"].get<double>(), 0.7929899, 5e-4 * 0.7929899);
    EXPECT_NEAR(g["b"].get<double>(), 2.4261667, 5e-4 * 2.4261667);
    EXPECT_NEAR(g["log_likelihood"].get<double>(), -9582.43, 0.01);
    const auto& s = j["spend"];
    EXPECT_NEAR(s["p"].get<double>(), 6.25, 0.01);
    EXPECT_NEAR(s["q"].get<double>(), 3.74, 0.01);
    EXPECT_NEAR(s["gamma"].get<double>(), 15.44, 0.01);
}

TEST_F(ClvCli, PredictContractAndCustomerOne) {
    QStringList args = cdnowArgs("predict");
    args << QStringLiteral("--horizon-weeks") << QStringLiteral("39");
    const CliResult r = runCli(args);
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const auto j = r.json();
    ASSERT_EQ(j["customers"].size(), 2357u);
    const auto& one = j["customers"][0];
    EXPECT_EQ(one["id"], 1);
    EXPECT_EQ(one["x"], 2);
    EXPECT_NEAR(one["t_x"].get<double>(), 30.43, 0.005);
    EXPECT_NEAR(one["T"].get<double>(), 38.86, 0.005);
    EXPECT_NEAR(one["expected_visits"].get<double>(), 1.226, 0.001);
    const double pAlive = one["p_alive"].get<double>();
    const double pReturn = one["p_return"].get<double>();
    EXPECT_GT(pAlive, 0.0);
    EXPECT_LE(pAlive, 1.0);
    EXPECT_GT(pReturn, 0.0);
    EXPECT_LE(pReturn, pAlive);
    EXPECT_GT(one["expected_value"].get<double>(), 0.0);  // default margin 100 %: revenue
    double total = 0;
    for (const auto& c : j["customers"]) {
        total += c["expected_visits"].get<double>();
    }
    EXPECT_NEAR(j["expected_total"].get<double>(), total, 1e-6);
}

TEST_F(ClvCli, HoldoutContractOnCdnow) {
    QStringList args = cdnowArgs("holdout");
    args << QStringLiteral("--holdout-end") << QStringLiteral("1998-06-30");
    const CliResult r = runCli(args);
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const auto j = r.json();
    EXPECT_EQ(j["actual_total"], 1882);
    EXPECT_NEAR(j["expected_total"].get<double>(), 1653.4, 0.5);
    ASSERT_EQ(j["by_frequency"].size(), 8u);
    EXPECT_EQ(j["by_frequency"][0]["x"], 0);
    EXPECT_EQ(j["by_frequency"][6]["x"], 6);
    EXPECT_EQ(j["by_frequency"][7]["x"], "7+");
    int customers = 0;
    for (const auto& row : j["by_frequency"]) {
        customers += row["customers"].get<int>();
        EXPECT_TRUE(row.contains("actual_mean"));
        EXPECT_TRUE(row.contains("expected_mean"));
    }
    EXPECT_EQ(customers, 2357);
    EXPECT_EQ(j["by_frequency"][0]["customers"], 2357 - 946);
    EXPECT_GT(j["auc_model"].get<double>(), 0.7);
    EXPECT_GT(j["auc_recency"].get<double>(), 0.7);
}

TEST_F(ClvCli, ArchiveVisitsAsOf) {
    const CliResult demo = runCli({QStringLiteral("--db"), path("t.db"), QStringLiteral("demo"),
                                   QStringLiteral("--customers"), QStringLiteral("1500"),
                                   QStringLiteral("--as-of"), QStringLiteral("2026-06-30")});
    ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    const CliResult r = runCli({QStringLiteral("--db"), path("t.db"), QStringLiteral("clv"),
                                QStringLiteral("predict"), QStringLiteral("--as-of"),
                                QStringLiteral("2026-06-30"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const auto j = r.json();
    ASSERT_GT(j["customers"].size(), 500u);
    EXPECT_EQ(j["horizon_weeks"], 52.0);  // the stored/default setting
    for (const auto& c : j["customers"]) {
        ASSERT_TRUE(c["expected_visits"].is_number());
        ASSERT_TRUE(c["p_alive"].is_number());
        ASSERT_TRUE(c["expected_value"].is_number());  // yuan
    }
    const CliResult fit =
        runCli({QStringLiteral("--db"), path("t.db"), QStringLiteral("clv"), QStringLiteral("fit"),
                QStringLiteral("--as-of"), QStringLiteral("2026-06-30"), QStringLiteral("--json")});
    ASSERT_EQ(fit.exitCode, 0);
    EXPECT_EQ(fit.json()["customers"].get<std::size_t>(), j["customers"].size());
    EXPECT_GE(fit.json()["repeat_customers"].get<int>(), 200);
}

TEST_F(ClvCli, NotEnoughDataAndBadInputAreClearErrors) {
    // Everyone visited once: no repeat customers.
    QByteArray once = "customer,date,amount\n";
    for (int i = 1; i <= 300; ++i) {
        once += QByteArray::number(i) + ",2025-03-01,100\n";
    }
    writeFile(path("once.csv"), once);
    const QStringList lang = {QStringLiteral("--lang"), QStringLiteral("en")};
    CliResult r =
        runCli(QStringList{QStringLiteral("clv"), QStringLiteral("fit"), QStringLiteral("--events"),
                           path("once.csv"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.errText().contains(QStringLiteral("数据不足"))) << r.errText().toStdString();
    EXPECT_FALSE(r.errText().contains(QStringLiteral("nan"), Qt::CaseInsensitive));

    // A bad date names the line.
    writeFile(path("bad.csv"), "customer,date\n1,2025-03-01\n1,2025-13-40\n");
    r = runCli({QStringLiteral("clv"), QStringLiteral("fit"), QStringLiteral("--events"),
                path("bad.csv")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("3"))) << r.errText().toStdString();
    EXPECT_TRUE(r.errText().contains(QStringLiteral("2025-13-40")));

    // A named amount column that is not there.
    r = runCli({QStringLiteral("clv"), QStringLiteral("fit"), QStringLiteral("--events"),
                path("bad.csv"), QStringLiteral("--amount-column"), QStringLiteral("sales")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("sales")));

    // Missing file; both sources; no source; unknown subcommand; holdout without dates.
    r = runCli({QStringLiteral("clv"), QStringLiteral("fit"), QStringLiteral("--events"),
                path("missing.csv")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("clv"), QStringLiteral("fit"), QStringLiteral("--events"),
                      path("once.csv"), QStringLiteral("--as-of"), QStringLiteral("2025-01-01")})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("clv"), QStringLiteral("fit")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("clv"), QStringLiteral("score"), QStringLiteral("--events"),
                      path("once.csv")})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("clv"), QStringLiteral("holdout"), QStringLiteral("--events"),
                      path("once.csv")})
                  .exitCode,
              2);
    EXPECT_EQ(runCli(QStringList{QStringLiteral("clv"), QStringLiteral("predict"),
                                 QStringLiteral("--events"), kCdnow,
                                 QStringLiteral("--customer-column"), QStringLiteral("sampleid"),
                                 QStringLiteral("--horizon-weeks"), QStringLiteral("-3")} +
                     lang)
                  .exitCode,
              2);
}
