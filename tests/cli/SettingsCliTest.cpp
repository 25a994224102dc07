// huichang-cli settings export / import through the real binary (docs/cli.md "settings").
#include "CliRunner.h"

#include <QTemporaryDir>

using hc::test::CliResult;
using hc::test::readFile;
using hc::test::runCli;
using hc::test::writeFile;

namespace {

class SettingsCli : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(runCli({QStringLiteral("--db"), db(), QStringLiteral("init")}).exitCode, 0);
    }
    QString db() const { return dir.filePath(QStringLiteral("test.db")); }
    QString file(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    nlohmann::json exported() {
        const CliResult r = runCli(
            {QStringLiteral("--db"), db(), QStringLiteral("settings"), QStringLiteral("export")});
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        return r.json();
    }
    QTemporaryDir dir;
};

TEST_F(SettingsCli, ExportToFileImportAndExportAgain) {
    const CliResult r = runCli({QStringLiteral("--db"), db(), QStringLiteral("settings"),
                                QStringLiteral("export"), QStringLiteral("-o"), file("s.json")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    auto j = nlohmann::json::parse(readFile(file("s.json")).toStdString());
    EXPECT_EQ(j["followups"]["maintenance"]["interval"]["count"], 6);
    EXPECT_EQ(j["analysis"]["lifecycle"]["lost"]["count"], 12);
    EXPECT_TRUE(j.contains("security"));

    // A clinic (seed 004): 45 / 90 / 180 days, maintenance every 3 months.
    j["analysis"]["lifecycle"]["loyal"] = {{"count", 45}, {"unit", "days"}};
    j["analysis"]["lifecycle"]["notLostUntil"] = {{"count", 90}, {"unit", "days"}};
    j["analysis"]["lifecycle"]["lost"] = {{"count", 180}, {"unit", "days"}};
    j["followups"]["maintenance"]["interval"]["count"] = 3;
    // The declined-work days and the customer-base model settings travel too (added keys).
    ASSERT_EQ(j["followups"]["declined"]["laterDays"], 90);
    ASSERT_EQ(j["customer_base"]["minRepeatCustomers"], 200);
    j["followups"]["declined"]["laterDays"] = 120;
    j["customer_base"] = {{"marginBp", 4000}, {"minRepeatCustomers", 50}, {"horizonWeeks", 26}};
    writeFile(file("clinic.json"), QByteArray::fromStdString(j.dump(2)));
    const CliResult imported = runCli({QStringLiteral("--db"), db(), QStringLiteral("settings"),
                                       QStringLiteral("import"), file("clinic.json")});
    ASSERT_EQ(imported.exitCode, 0) << imported.errText().toStdString();
    EXPECT_EQ(exported(), j);
}

TEST_F(SettingsCli, InvalidImportExitsNonZeroAndChangesNothing) {
    const auto before = exported();
    auto bad = before;
    bad["followups"]["maxNoAnswerAttempts"] = 0;
    bad["analysis"]["abc"]["aThresholdBp"] = 7000;  // valid on its own: still not stored
    writeFile(file("bad.json"), QByteArray::fromStdString(bad.dump()));
    CliResult r = runCli({QStringLiteral("--db"), db(), QStringLiteral("settings"),
                          QStringLiteral("import"), file("bad.json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("followups.maxNoAnswerAttempts")))
        << r.errText().toStdString();
    EXPECT_EQ(exported(), before);

    writeFile(file("garbage.json"), QByteArrayLiteral("not json"));
    r = runCli({QStringLiteral("--db"), db(), QStringLiteral("settings"), QStringLiteral("import"),
                file("garbage.json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(r.errText().isEmpty());
    EXPECT_EQ(exported(), before);

    r = runCli({QStringLiteral("--db"), db(), QStringLiteral("settings"), QStringLiteral("import"),
                file("missing.json")});
    EXPECT_EQ(r.exitCode, 1);

    r = runCli(
        {QStringLiteral("--db"), db(), QStringLiteral("settings"), QStringLiteral("import")});
    EXPECT_EQ(r.exitCode, 2);  // usage: the file is missing
    r = runCli({QStringLiteral("--db"), db(), QStringLiteral("settings"), QStringLiteral("reset")});
    EXPECT_EQ(r.exitCode, 2);
}

}  // namespace
