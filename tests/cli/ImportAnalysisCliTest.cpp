// End to end through the real huichang-cli binary: import → classify → abc / matrix / rfm, the
// seed-001 golden ABC table, encodings, rejects and re-import.
#include "CliRunner.h"
#include "FastHashing.h"

#include <QStringEncoder>

using hc::test::CliResult;
using hc::test::readFile;
using hc::test::runCli;
using hc::test::testData;
using hc::test::writeFile;

namespace {

class ImportAnalysisCli : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path(const char* name) const { return dir.filePath(QString::fromUtf8(name)); }
    QString db() const { return path("test.db"); }

    CliResult importFile(const QString& db, const QString& csv, const QStringList& extra = {}) {
        if (!QFile::exists(db)) {  // import never creates a database: init first
            EXPECT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        }
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("import"),
                                  QStringLiteral("visits"), csv} +
                      extra);
    }
};

TEST_F(ImportAnalysisCli, Seed001GoldenAbcTable) {
    const CliResult imp = importFile(db(), testData("seed001_visits.csv"));
    ASSERT_EQ(imp.exitCode, 0) << imp.errText().toStdString();
    const auto summary = imp.json();
    EXPECT_EQ(summary["rows"], 30);
    EXPECT_EQ(summary["imported"], 30);
    EXPECT_EQ(summary["rejected"], 0);
    EXPECT_EQ(summary["customers_created"], 9);
    EXPECT_EQ(summary["vehicles_created"], 9);
    EXPECT_EQ(summary["duplicates_skipped"], 0);

    const CliResult abc =
        runCli({QStringLiteral("--db"), db(), QStringLiteral("abc"), QStringLiteral("--as-of"),
                QStringLiteral("2016-12-31"), QStringLiteral("--json")});
    ASSERT_EQ(abc.exitCode, 0) << abc.errText().toStdString();
    const auto j = abc.json();
    EXPECT_EQ(j["from"], "2016-01-01");
    EXPECT_EQ(j["to"], "2016-12-31");
    EXPECT_EQ(j["total_fen"], 985000);
    const std::vector<std::string> names = {"刘春江", "牛理财", "孙凤武", "张丽",  "马玉",
                                            "李强",   "张昆",   "王顺",   "李向阳"};
    const std::vector<std::string> pct = {"24.67", "43.35", "55.53", "64.67", "73.71",
                                          "82.03", "90.05", "95.13", "100.00"};
    const std::vector<long long> amounts = {243000, 184000, 120000, 90000, 89000,
                                            82000,  79000,  50000,  48000};
    const std::string grades = "AAAAABBCC";
    ASSERT_EQ(j["customers"].size(), 9U);
    for (std::size_t i = 0; i < 9; ++i) {
        const auto& c = j["customers"][i];
        EXPECT_EQ(c["rank"], i + 1);
        EXPECT_EQ(c["name"], names[i]);
        EXPECT_EQ(c["amount_fen"], amounts[i]);
        EXPECT_EQ(c["grade"], std::string(1, grades[i]));
        // The raw token has exactly two decimals (not 24.670000000000002, not 100.0).
        EXPECT_TRUE(abc.out.contains(QByteArray("\"cumulative_pct\": ") +
                                     QByteArray::fromStdString(pct[i]) + ','))
            << pct[i];
    }
}

TEST_F(ImportAnalysisCli, FullPhonesOnlyWithRevealWhichIsAudited) {
    ASSERT_EQ(importFile(db(), testData("seed001_visits.csv")).exitCode, 0);
    const QStringList classify = {QStringLiteral("--db"),       db(),
                                  QStringLiteral("classify"),   QStringLiteral("--as-of"),
                                  QStringLiteral("2016-12-31"), QStringLiteral("--json")};
    const auto reveals = [this] {
        return hc::test::sqlOnFile(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log "
                                                        "WHERE action = 'customer.reveal_list'"))
            .toInt();
    };
    const CliResult masked = runCli(classify);
    ASSERT_EQ(masked.exitCode, 0) << masked.errText().toStdString();
    EXPECT_FALSE(masked.out.contains("13891234501"));
    EXPECT_EQ(reveals(), 0);
    const CliResult full = runCli(classify + QStringList{QStringLiteral("--reveal")});
    ASSERT_EQ(full.exitCode, 0) << full.errText().toStdString();
    EXPECT_EQ(full.json()["customers"][0]["phone"], "13891234501");
    EXPECT_EQ(reveals(), 1);
    EXPECT_EQ(hc::test::sqlOnFile(
                  db(), QStringLiteral("SELECT json_extract(after_json, '$.customers') FROM "
                                       "audit_log WHERE action = 'customer.reveal_list'"))
                  .toInt(),
              9);
}

TEST_F(ImportAnalysisCli, ImportThenClassifyMatrixRfm) {
    ASSERT_EQ(importFile(db(), testData("seed001_visits.csv")).exitCode, 0);
    const CliResult cls =
        runCli({QStringLiteral("--db"), db(), QStringLiteral("classify"), QStringLiteral("--as-of"),
                QStringLiteral("2016-12-31"), QStringLiteral("--json")});
    ASSERT_EQ(cls.exitCode, 0) << cls.errText().toStdString();
    const auto j = cls.json();
    EXPECT_EQ(j["as_of"], "2016-12-31");
    EXPECT_EQ(j["counts"]["customers"], 9);
    EXPECT_EQ(j["counts"]["valid"], 9);
    EXPECT_EQ(j["counts"]["invalid"], 0);
    EXPECT_EQ(j["counts"]["no_visit"], 0);
    EXPECT_EQ(j["counts"]["loyal"], 9);
    EXPECT_EQ(j["counts"]["swing"], 0);
    EXPECT_EQ(j["counts"]["lost"], 0);
    EXPECT_EQ(j["counts"]["new"], 0);
    for (const char* key :
         {"active", "not_lost", "quasi_lost", "lost", "trending_lost", "completely_lost"}) {
        EXPECT_TRUE(j["stages"].contains(key)) << key;
    }
    EXPECT_EQ(j["stages"]["active"], 9);
    ASSERT_EQ(j["customers"].size(), 9U);
    const auto& first = j["customers"][0];
    EXPECT_EQ(first["name"], "刘春江");
    EXPECT_EQ(first["phone"], "138****4501");  // masked unless --reveal
    EXPECT_EQ(first["class"], "loyal");
    EXPECT_EQ(first["stage"], "active");
    EXPECT_EQ(first["new"], false);
    EXPECT_EQ(first["last_visit"], "2016-10-22");

    // Two years later everybody is lost (last visit 2016, D − 24 months = 2017-01-31 … ).
    const auto later =
        runCli({QStringLiteral("--db"), db(), QStringLiteral("classify"), QStringLiteral("--as-of"),
                QStringLiteral("2018-06-30"), QStringLiteral("--json")})
            .json();
    EXPECT_EQ(later["counts"]["lost"], 9);
    EXPECT_EQ(later["customers"][0]["stage"], "lost");

    const CliResult matrix =
        runCli({QStringLiteral("--db"), db(), QStringLiteral("matrix"), QStringLiteral("--as-of"),
                QStringLiteral("2016-12-31"), QStringLiteral("--json")});
    ASSERT_EQ(matrix.exitCode, 0);
    const auto m = matrix.json();
    int total = 0;
    for (const char* key : {"A+", "A-", "B+", "B-", "C+", "C-"}) {
        ASSERT_TRUE(m["cells"].contains(key)) << key;
        total += m["cells"][key].get<int>();
    }
    EXPECT_EQ(total, 9);
    EXPECT_EQ(m["cells"]["A+"], 5);  // every A customer came at least twice in the year
    EXPECT_EQ(m["cells"]["B+"], 2);
    EXPECT_EQ(m["cells"]["C+"], 2);

    const CliResult rfm =
        runCli({QStringLiteral("--db"), db(), QStringLiteral("rfm"), QStringLiteral("--as-of"),
                QStringLiteral("2016-12-31"), QStringLiteral("--json")});
    ASSERT_EQ(rfm.exitCode, 0);
    const auto r = rfm.json();
    int segments = 0;
    for (const char* key :
         {"important_value", "important_develop", "important_keep", "important_retain",
          "general_value", "general_develop", "general_keep", "general_retain"}) {
        ASSERT_TRUE(r["segments"].contains(key)) << key;
        segments += r["segments"][key].get<int>();
    }
    EXPECT_EQ(segments, 9);
}

TEST_F(ImportAnalysisCli, GbkAndUtf8BomImportTheSame) {
    const QByteArray utf8 = readFile(testData("seed001_visits.csv"));
    ASSERT_FALSE(utf8.isEmpty());
    QStringEncoder gbk("GB18030");
    ASSERT_TRUE(gbk.isValid());
    const QByteArray gbkBytes = gbk.encode(QString::fromUtf8(utf8));
    ASSERT_NE(gbkBytes, utf8);
    writeFile(path("gbk.csv"), gbkBytes);
    writeFile(path("bom.csv"), QByteArray("\xEF\xBB\xBF") + utf8);

    const CliResult a = importFile(path("a.db"), path("gbk.csv"));
    const CliResult b = importFile(path("b.db"), path("bom.csv"));
    ASSERT_EQ(a.exitCode, 0) << a.errText().toStdString();
    ASSERT_EQ(b.exitCode, 0) << b.errText().toStdString();
    EXPECT_EQ(a.json(), b.json());
    EXPECT_EQ(a.json()["imported"], 30);

    const QStringList classify = {QStringLiteral("classify"), QStringLiteral("--as-of"),
                                  QStringLiteral("2016-12-31"), QStringLiteral("--json")};
    const CliResult ca = runCli(QStringList{QStringLiteral("--db"), path("a.db")} + classify);
    const CliResult cb = runCli(QStringList{QStringLiteral("--db"), path("b.db")} + classify);
    ASSERT_EQ(ca.exitCode, 0);
    EXPECT_EQ(ca.out, cb.out);
    EXPECT_TRUE(ca.out.contains("刘春江"));
}

TEST_F(ImportAnalysisCli, BadRowsAreListedAndGoodRowsImported) {
    const QByteArray csv =
        "name,phone,plate,visit_date,amount,category,work_order\n"
        "赵一,13800000001,陕A11111,2016-03-01,300,maintenance,W1\n"  // line 2 good
        "钱二,13800000002,陕A22222,2016-13-45,300,maintenance,W2\n"  // line 3 bad date
        "孙三,13800000003,陕A33333,2016-03-03,-50,repair,W3\n"       // line 4 negative
        "李四,,,2016-03-04,100,other,W4\n"                           // line 5 no plate, phone
        "周五,12345,陕A55555,2016-03-05,100,other,W5\n"              // line 6 bad phone
        "\"吴六, 先生\",13800000006,陕A66666,2016/3/6,\"1,200.50\",保养,W6\n"  // line 7 good
        "郑七,13800000007,陕A77777,2016年3月7日,88,维修,W7\n";                 // line 8 good
    writeFile(path("bad.csv"), csv);
    const CliResult r =
        importFile(db(), path("bad.csv"), {QStringLiteral("--rejects"), path("rejects.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const auto j = r.json();
    EXPECT_EQ(j["rows"], 7);
    EXPECT_EQ(j["imported"], 3);
    EXPECT_EQ(j["rejected"], 4);
    EXPECT_EQ(j["customers_created"], 3);

    const QByteArray rejects = readFile(path("rejects.csv"));
    ASSERT_TRUE(rejects.startsWith("\xEF\xBB\xBF")) << "UTF-8 BOM for Excel";
    const QStringList lines =
        QString::fromUtf8(rejects.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5) << rejects.toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("line,column,reason,original row"));
    auto expectReject = [&](int index, const QString& prefix, const QString& original) {
        const QString& l = lines.at(index);
        EXPECT_TRUE(l.startsWith(prefix)) << l.toStdString();
        // The original row has commas, so it is the last, quoted field.
        EXPECT_TRUE(l.endsWith(original + u'"')) << l.toStdString();
        EXPECT_GT(l.size(), prefix.size() + original.size() + 3) << "a reason is given";
    };
    expectReject(1, QStringLiteral("3,visit_date,"), QStringLiteral("W2"));
    expectReject(2, QStringLiteral("4,amount,"), QStringLiteral("W3"));
    expectReject(3, QStringLiteral("5,plate,"), QStringLiteral("W4"));
    expectReject(4, QStringLiteral("6,phone,"), QStringLiteral("W5"));

    // The quoted name with a comma and the amount 1,200.50 arrived intact.
    const auto abc =
        runCli({QStringLiteral("--db"), db(), QStringLiteral("abc"), QStringLiteral("--as-of"),
                QStringLiteral("2016-12-31"), QStringLiteral("--json")})
            .json();
    ASSERT_EQ(abc["customers"].size(), 3U);
    EXPECT_EQ(abc["customers"][0]["name"], "吴六, 先生");
    EXPECT_EQ(abc["customers"][0]["amount_fen"], 120050);
    EXPECT_EQ(abc["total_fen"], 120050 + 30000 + 8800);
}

TEST_F(ImportAnalysisCli, ReimportChangesNothing) {
    ASSERT_EQ(importFile(db(), testData("seed001_visits.csv")).exitCode, 0);
    const auto before =
        runCli({QStringLiteral("--db"), db(), QStringLiteral("abc"), QStringLiteral("--as-of"),
                QStringLiteral("2016-12-31"), QStringLiteral("--json")});
    const CliResult again = importFile(db(), testData("seed001_visits.csv"));
    ASSERT_EQ(again.exitCode, 0);
    const auto j = again.json();
    EXPECT_EQ(j["imported"], 0);
    EXPECT_EQ(j["duplicates_skipped"], j["rows"]);
    EXPECT_EQ(j["customers_created"], 0);
    EXPECT_EQ(j["vehicles_created"], 0);
    const auto after =
        runCli({QStringLiteral("--db"), db(), QStringLiteral("abc"), QStringLiteral("--as-of"),
                QStringLiteral("2016-12-31"), QStringLiteral("--json")});
    EXPECT_EQ(before.out, after.out);

    // Without work orders, plate + date + amount identifies the visit.
    const QByteArray noWo = "车牌号,进厂日期,实收金额,客户姓名\n陕A12345,2016-01-15,600,刘春江\n";
    writeFile(path("nowo.csv"), noWo);
    const auto dup = importFile(db(), path("nowo.csv")).json();
    EXPECT_EQ(dup["duplicates_skipped"], 1);
    EXPECT_EQ(dup["imported"], 0);
}

}  // namespace
