// The stored customer-base model through the real binary: `clv fit --as-of D --save`,
// `clv refit [--if-stale]`, the "customer_base" key of `customer show --json` (null without a fit)
// and of `report monthly` JSON (docs/cli.md, docs/customer-base.md).
#include "CliRunner.h"

using hc::test::CliResult;
using hc::test::runCli;

namespace {

class ClvModelCli : public ::testing::Test {
protected:
    void SetUp() override {
        const CliResult demo =
            runCli({QStringLiteral("--db"), db(), QStringLiteral("demo"),
                    QStringLiteral("--customers"), QStringLiteral("400"), QStringLiteral("--seed"),
                    QStringLiteral("5"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30")});
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    }
    QString db() const { return dir.filePath(QStringLiteral("test.db")); }
    CliResult run(const QStringList& args) {
        return runCli(QStringList{QStringLiteral("--db"), db()} + args);
    }
    nlohmann::json show() {
        const CliResult r =
            run({QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("--id"),
                 QStringLiteral("3"), QStringLiteral("--as-of"), QStringLiteral("2026-07-02"),
                 QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        return r.json();
    }

    QTemporaryDir dir;
};

TEST_F(ClvModelCli, SaveRefitAndTheCustomerShowKey) {
    EXPECT_TRUE(show()["customer_base"].is_null());

    // --save needs the archive.
    const CliResult fileSave =
        run({QStringLiteral("clv"), QStringLiteral("fit"), QStringLiteral("--events"),
             dir.filePath(QStringLiteral("none.csv")), QStringLiteral("--save")});
    EXPECT_EQ(fileSave.exitCode, 2);

    const CliResult saved =
        run({QStringLiteral("clv"), QStringLiteral("fit"), QStringLiteral("--as-of"),
             QStringLiteral("2026-07-01"), QStringLiteral("--calibration-end"),
             QStringLiteral("2026-06-30"), QStringLiteral("--save"), QStringLiteral("--json")});
    ASSERT_EQ(saved.exitCode, 0) << saved.errText().toStdString();
    const auto fit = saved.json();
    EXPECT_EQ(fit["calibration_end"], "2026-06-30");
    EXPECT_TRUE(fit["bgnbd"]["r"].is_number());
    EXPECT_TRUE(fit["spend"]["p"].is_number());
    EXPECT_EQ(fit["settings"]["minRepeatCustomers"], 200);
    // The same numbers as the unsaved fit (the existing contract).
    const CliResult plain =
        run({QStringLiteral("clv"), QStringLiteral("fit"), QStringLiteral("--as-of"),
             QStringLiteral("2026-06-30"), QStringLiteral("--json")});
    ASSERT_EQ(plain.exitCode, 0);
    EXPECT_EQ(plain.json()["bgnbd"]["r"], fit["bgnbd"]["r"]);
    EXPECT_EQ(plain.json()["repeat_customers"], fit["repeat_customers"]);

    const auto card = show()["customer_base"];
    ASSERT_TRUE(card.is_object());
    EXPECT_GE(card["p_return"].get<double>(), 0.0);
    EXPECT_LE(card["p_return"].get<double>(), 1.0);
    EXPECT_TRUE(card["expected_visits"].is_number());
    EXPECT_TRUE(card["expected_value"].is_number());
    EXPECT_EQ(card["fit_date"], "2026-07-01");
    EXPECT_FALSE(card["sentence"].get<std::string>().empty());

    // Refit: not due again this month with --if-stale; a new month refits up to yesterday.
    const CliResult same =
        run({QStringLiteral("clv"), QStringLiteral("refit"), QStringLiteral("--as-of"),
             QStringLiteral("2026-07-20"), QStringLiteral("--if-stale"), QStringLiteral("--json")});
    ASSERT_EQ(same.exitCode, 0) << same.errText().toStdString();
    EXPECT_FALSE(same.json()["refitted"].get<bool>());
    EXPECT_EQ(same.json()["fit"]["id"], fit["id"]);
    const CliResult next =
        run({QStringLiteral("clv"), QStringLiteral("refit"), QStringLiteral("--as-of"),
             QStringLiteral("2026-08-01"), QStringLiteral("--if-stale"), QStringLiteral("--json")});
    ASSERT_EQ(next.exitCode, 0);
    EXPECT_TRUE(next.json()["refitted"].get<bool>());
    EXPECT_EQ(next.json()["fit"]["calibration_end"], "2026-07-31");

    // The monthly report carries the section as an added key.
    const QString out = dir.filePath(QStringLiteral("r.json"));
    const CliResult report =
        run({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
             QStringLiteral("2026-06"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("-o"), out});
    ASSERT_EQ(report.exitCode, 0) << report.errText().toStdString();
    const auto j = nlohmann::json::parse(hc::test::readFile(out).toStdString());
    const auto& cb = j["customer_base"];
    EXPECT_TRUE(cb["fitted"].get<bool>());
    int sum = 0;
    for (const auto& n : cb["p_return_bands"]) {
        sum += n.get<int>();
    }
    EXPECT_EQ(sum, cb["customers"].get<int>());
    EXPECT_EQ(cb["next_to"], "2026-07-31");
    EXPECT_TRUE(cb["forecast"]["actual_visits"].is_number_integer());
}

}  // namespace
