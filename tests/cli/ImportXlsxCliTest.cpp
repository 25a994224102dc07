// `import visits|customers FILE.(csv|xlsx) [--sheet] [--mapping] [--rejects] [--dry-run]` through
// the real huichang-cli (issue 14 items 3 and 4): JSON keys, sheets, mapping profiles, messages.
#include "CliRunner.h"
#include "FastHashing.h"

using hc::test::CliResult;
using hc::test::readFile;
using hc::test::runCli;
using hc::test::sqlOnFile;
using hc::test::writeFile;

namespace {

QString xlsxData(const char* name) {
    return QStringLiteral(HC_TEST_DATA_DIR "/xlsx/") + QString::fromUtf8(name);
}

class ImportXlsxCli : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(runCli({QStringLiteral("--db"), db(), QStringLiteral("init")}).exitCode, 0);
    }
    QTemporaryDir dir;
    QString path(const char* name) const { return dir.filePath(QString::fromUtf8(name)); }
    QString db() const { return path("test.db"); }
    CliResult import(const QStringList& args) {
        return runCli(QStringList{QStringLiteral("--db"), db(), QStringLiteral("import")} + args);
    }
    int count(const char* table) {
        return sqlOnFile(db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .toInt();
    }
};

TEST_F(ImportXlsxCli, VisitsFromXlsxWithTheCsvImportKeys) {
    const CliResult r = import({QStringLiteral("visits"), xlsxData("visits.xlsx")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const auto j = r.json();
    EXPECT_EQ(j["rows"], 8);
    EXPECT_EQ(j["imported"], 8);
    EXPECT_EQ(j["rejected"], 0);
    EXPECT_EQ(j["customers_created"], 4);
    EXPECT_EQ(j["vehicles_created"], 4);
    EXPECT_EQ(j["duplicates_skipped"], 0);
    EXPECT_EQ(j["sheet"], "进厂记录");
    // The same rows as CSV afterwards: all duplicates.
    const auto again = import({QStringLiteral("visits"), xlsxData("visits.csv")}).json();
    EXPECT_EQ(again["duplicates_skipped"], 8);
    EXPECT_EQ(again["imported"], 0);
    EXPECT_FALSE(again.contains("sheet"));
}

TEST_F(ImportXlsxCli, CustomersFromASheetWithAMappingProfileAndADryRun) {
    const QStringList base = {QStringLiteral("customers"), xlsxData("customers.xlsx"),
                              QStringLiteral("--sheet"), QStringLiteral("客户名单")};
    // Without the mapping the name column is not found.
    const CliResult unmapped = import(base);
    EXPECT_EQ(unmapped.exitCode, 1);
    EXPECT_TRUE(unmapped.errText().contains(u"客户姓名/name")) << unmapped.errText().toStdString();

    writeFile(path("profile.json"), QStringLiteral(R"({"车主大名": "name"})").toUtf8());
    const QStringList mapped =
        base + QStringList{QStringLiteral("--mapping"), path("profile.json")};
    const CliResult dry = import(mapped + QStringList{QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.exitCode, 0) << dry.errText().toStdString();
    EXPECT_EQ(dry.json()["dry_run"], true);
    EXPECT_EQ(dry.json()["customers_created"], 4);
    EXPECT_EQ(count("customers"), 0);

    const CliResult r = import(mapped);
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const auto j = r.json();
    EXPECT_EQ(j["rows"], 4);
    EXPECT_EQ(j["imported"], 4);
    EXPECT_EQ(j["customers_created"], 4);
    EXPECT_EQ(j["customers_matched"], 0);
    EXPECT_EQ(j["vehicles_created"], 4);
    EXPECT_EQ(j["duplicates_skipped"], 0);
    EXPECT_EQ(count("customers"), 4);

    // Then the work orders: the customers are found by phone and plate.
    const auto visits = import({QStringLiteral("visits"), xlsxData("visits.xlsx")}).json();
    EXPECT_EQ(visits["imported"], 8);
    // 刘春江 is found by phone and plate; 张丽, 马玉 and 李强 were not in the list.
    EXPECT_EQ(visits["customers_created"], 3);
    EXPECT_EQ(visits["vehicles_created"], 3);
    EXPECT_EQ(count("customers"), 7);
}

TEST_F(ImportXlsxCli, RejectsFileNamesTheSheetRowAndColumn) {
    const QString bad = path("bad.csv");
    writeFile(bad, QStringLiteral("姓名,手机\n甲,12345\n乙,13800001111\n").toUtf8());
    const CliResult r = import(
        {QStringLiteral("customers"), bad, QStringLiteral("--rejects"), path("rejects.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_EQ(r.json()["rejected"], 1);
    const QString rejects = QString::fromUtf8(readFile(path("rejects.csv")).mid(3));
    EXPECT_TRUE(rejects.contains(QStringLiteral("\r\n2,手机,"))) << rejects.toStdString();
}

TEST_F(ImportXlsxCli, BadFilesSheetsAndProfilesAreClearErrors) {
    const CliResult damaged = import({QStringLiteral("visits"), xlsxData("damaged.xlsx")});
    EXPECT_EQ(damaged.exitCode, 1);
    EXPECT_TRUE(damaged.errText().contains(u".xlsx")) << damaged.errText().toStdString();

    const CliResult sheet = import({QStringLiteral("customers"), xlsxData("customers.xlsx"),
                                    QStringLiteral("--sheet"), QStringLiteral("没有")});
    EXPECT_EQ(sheet.exitCode, 1);
    EXPECT_TRUE(sheet.errText().contains(u"客户名单")) << sheet.errText().toStdString();

    const CliResult csvSheet = import({QStringLiteral("visits"), xlsxData("visits.csv"),
                                       QStringLiteral("--sheet"), QStringLiteral("x")});
    EXPECT_EQ(csvSheet.exitCode, 2);

    writeFile(path("bad.json"), QByteArray(R"({"车主大名": "owner"})"));
    const CliResult profile = import({QStringLiteral("customers"), xlsxData("customers.csv"),
                                      QStringLiteral("--mapping"), path("bad.json")});
    EXPECT_EQ(profile.exitCode, 1);
    EXPECT_TRUE(profile.errText().contains(u"owner")) << profile.errText().toStdString();

    const CliResult kind = import({QStringLiteral("orders"), xlsxData("visits.csv")});
    EXPECT_EQ(kind.exitCode, 2);
    EXPECT_EQ(count("customers"), 0);
}

}  // namespace
