// PIPL requests through the real huichang-cli binary: customer export (JSON, PDF), customer erase
// (confirmation, contract, nothing personal left), privacy anonymise (dry run, --yes).
#include "CliRunner.h"

using hc::test::CliResult;
using hc::test::runCli;

namespace {

const QString kDay = QStringLiteral("2026-06-30");

class PrivacyCli : public ::testing::Test {
protected:
    void SetUp() override {
        const CliResult demo = runCli({QStringLiteral("--db"), db(), QStringLiteral("demo"),
                                       QStringLiteral("--customers"), QStringLiteral("60"),
                                       QStringLiteral("--as-of"), kDay});
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    }
    QString db() const { return dir.filePath(QStringLiteral("test.db")); }
    CliResult cli(const QStringList& args) {
        return runCli(QStringList{QStringLiteral("--db"), db()} + args);
    }
    nlohmann::json show(int id) {
        const CliResult r =
            cli({QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("--id"),
                 QString::number(id), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        return r.json();
    }

    QTemporaryDir dir;
};

TEST_F(PrivacyCli, ExportWritesJsonAndPdfWithTheContract) {
    const QString json = dir.filePath(QStringLiteral("c1.json"));
    const CliResult r =
        cli({QStringLiteral("customer"), QStringLiteral("export"), QStringLiteral("--id"),
             QStringLiteral("1"), QStringLiteral("-o"), json, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const auto out = r.json();
    EXPECT_EQ(out["id"], 1);
    EXPECT_EQ(out["format"], "json");
    EXPECT_EQ(out["file"], json.toStdString());
    EXPECT_GT(out["rows"].get<int>(), 1);
    const auto file = nlohmann::json::parse(hc::test::readFile(json).toStdString());
    EXPECT_EQ(file["customer_id"], 1);
    ASSERT_EQ(file["tables"]["customers"].size(), 1U);
    EXPECT_EQ(file["tables"]["customers"][0]["name"], show(1)["name"]);
    EXPECT_TRUE(file["tables"].contains("visits"));
    EXPECT_TRUE(file["tables"].contains("audit_log"));

    const QString pdf = dir.filePath(QStringLiteral("c1.pdf"));
    const CliResult p =
        cli({QStringLiteral("customer"), QStringLiteral("export"), QStringLiteral("--id"),
             QStringLiteral("1"), QStringLiteral("-o"), pdf});
    ASSERT_EQ(p.exitCode, 0) << p.errText().toStdString();
    EXPECT_TRUE(hc::test::readFile(pdf).startsWith("%PDF"));

    const CliResult bad =
        cli({QStringLiteral("customer"), QStringLiteral("export"), QStringLiteral("--id"),
             QStringLiteral("1"), QStringLiteral("-o"), dir.filePath(QStringLiteral("c1.txt"))});
    EXPECT_EQ(bad.exitCode, 2);
    const CliResult missing =
        cli({QStringLiteral("customer"), QStringLiteral("export"), QStringLiteral("--id"),
             QStringLiteral("9999"), QStringLiteral("-o"), json});
    EXPECT_EQ(missing.exitCode, 1);
}

TEST_F(PrivacyCli, EraseNeedsYesThenRemovesThePersonalData) {
    const auto before = show(2);
    const std::string name = before["name"];
    const std::string plate = before["vehicles"].empty() ? "" : before["vehicles"][0]["plate"];
    const CliResult refused = cli({QStringLiteral("customer"), QStringLiteral("erase"),
                                   QStringLiteral("--id"), QStringLiteral("2")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("--yes")));
    EXPECT_EQ(show(2)["name"], name);

    const CliResult r =
        cli({QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("--id"),
             QStringLiteral("2"), QStringLiteral("--yes"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const auto out = r.json();
    EXPECT_EQ(out["id"], 2);
    EXPECT_EQ(out["erased"], true);
    EXPECT_EQ(out["tables"]["customers"], 1);
    EXPECT_TRUE(QFile::exists(QString::fromStdString(out["backup"].get<std::string>())));
    const auto after = show(2);
    EXPECT_EQ(after["name"], "已删除客户 #2");
    EXPECT_EQ(after["visits"], before["visits"]);
    EXPECT_EQ(after["window_amount_fen"], before["window_amount_fen"]);
    for (const auto& v : after["vehicles"]) {
        EXPECT_NE(v["plate"], plate);
    }
    const CliResult again =
        cli({QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("--id"),
             QStringLiteral("2"), QStringLiteral("--yes")});
    EXPECT_EQ(again.exitCode, 1);
}

TEST_F(PrivacyCli, AnonymiseDryRunCountsAndYesErases) {
    const QStringList base{QStringLiteral("privacy"), QStringLiteral("anonymise"),
                           QStringLiteral("--years"), QStringLiteral("1"),
                           QStringLiteral("--as-of"), kDay,
                           QStringLiteral("--json")};
    const CliResult dry = cli(base + QStringList{QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.exitCode, 0) << dry.errText().toStdString();
    const auto plan = dry.json();
    EXPECT_EQ(plan["years"], 1);
    EXPECT_EQ(plan["cutoff"], "2025-06-30");
    EXPECT_EQ(plan["dry_run"], true);
    EXPECT_TRUE(plan["backup"].is_null());
    const int count = plan["customers"];
    EXPECT_EQ(plan["ids"].size(), static_cast<std::size_t>(count));

    const CliResult refused = cli(base);
    EXPECT_EQ(refused.exitCode, 2);

    const CliResult done = cli(base + QStringList{QStringLiteral("--yes")});
    ASSERT_EQ(done.exitCode, 0) << done.errText().toStdString();
    EXPECT_EQ(done.json()["customers"], count);
    EXPECT_EQ(done.json()["dry_run"], false);
    if (count > 0) {
        const int first = done.json()["ids"][0];
        EXPECT_EQ(show(first)["name"], "已删除客户 #" + std::to_string(first));
    }
    // Nobody left to anonymise.
    EXPECT_EQ(cli(base + QStringList{QStringLiteral("--dry-run")}).json()["customers"], 0);

    const CliResult badYears =
        cli({QStringLiteral("privacy"), QStringLiteral("anonymise"), QStringLiteral("--years"),
             QStringLiteral("0"), QStringLiteral("--dry-run")});
    EXPECT_EQ(badYears.exitCode, 1);
}

}  // namespace
