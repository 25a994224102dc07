// Exit codes, messages, init, user add, demo determinism and --lang through the real binary.
#include "CliRunner.h"
#include "FastHashing.h"

#include <QRegularExpression>

using hc::test::CliResult;
using hc::test::readFile;
using hc::test::runCli;
using hc::test::writeFile;

namespace {

class CliBehaviour : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path(const char* name) const { return dir.filePath(QString::fromUtf8(name)); }
};

TEST_F(CliBehaviour, InitPrintsTheSchemaVersion) {
    const CliResult r = runCli({QStringLiteral("--db"), path("x.db"), QStringLiteral("init")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(QFile::exists(path("x.db")));
    const QString text = QString::fromUtf8(r.out);
    static const QRegularExpression version(QStringLiteral("[:：]\\s*([1-9][0-9]*)\\s*$"));
    EXPECT_TRUE(version.match(text.trimmed()).hasMatch()) << text.toStdString();
    // Running it again on an up-to-date database is fine.
    EXPECT_EQ(runCli({QStringLiteral("--db"), path("x.db"), QStringLiteral("init")}).out, r.out);
}

TEST_F(CliBehaviour, UnknownCommandOrOptionIsUsageError) {
    const CliResult r =
        runCli({QStringLiteral("--db"), path("x.db"), QStringLiteral("frobnicate")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("frobnicate")));
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(runCli({}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("classify"), QStringLiteral("--bogus")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("--db"), path("x.db"), QStringLiteral("abc"),
                      QStringLiteral("--as-of"), QStringLiteral("yesterday")})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("--db"), path("x.db"), QStringLiteral("demo")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("--db"), path("x.db"), QStringLiteral("import"),
                      QStringLiteral("visits")})
                  .exitCode,
              2);
    EXPECT_EQ(
        runCli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("init")}).exitCode,
        2);
    EXPECT_EQ(runCli({QStringLiteral("--help")}).exitCode, 0);
}

TEST_F(CliBehaviour, MissingFileIsFailure) {
    const CliResult r = runCli({QStringLiteral("--db"), path("x.db"), QStringLiteral("import"),
                                QStringLiteral("visits"), path("nope.csv")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(path("nope.csv")));
    // Analysis of a database that does not exist: failure, and no file is created.
    const CliResult a =
        runCli({QStringLiteral("--db"), path("none.db"), QStringLiteral("classify")});
    EXPECT_EQ(a.exitCode, 1);
    EXPECT_FALSE(a.errText().isEmpty());
    EXPECT_FALSE(QFile::exists(path("none.db")));
}

TEST_F(CliBehaviour, NotADatabaseIsFailureWithMessage) {
    writeFile(path("junk.db"),
              QByteArray("this is not an SQLite database, just text\n").repeated(50));
    for (const QString& cmd : {QStringLiteral("init"), QStringLiteral("classify")}) {
        const CliResult r = runCli({QStringLiteral("--db"), path("junk.db"), cmd});
        EXPECT_EQ(r.exitCode, 1) << cmd.toStdString();
        EXPECT_TRUE(r.errText().contains(path("junk.db"))) << r.errText().toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
}

TEST_F(CliBehaviour, UserAddReadsThePasswordFromStdin) {
    const QStringList add = {QStringLiteral("--db"),   path("u.db"),
                             QStringLiteral("user"),   QStringLiteral("add"),
                             QStringLiteral("wang"),   QStringLiteral("--role"),
                             QStringLiteral("manager")};
    // user add never creates a database: on a missing file it says so and writes nothing.
    const CliResult missing = runCli(add, "long-enough-secret\n");
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.errText().contains(path("u.db")));
    EXPECT_FALSE(QFile::exists(path("u.db")));
    hc::test::useFastHashing(path("u.db"));  // init, with a fast login policy
    const CliResult empty = runCli(add, "\n");
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_FALSE(empty.errText().isEmpty());
    const CliResult shortPw = runCli(add, "abc\n");
    EXPECT_EQ(shortPw.exitCode, 1);
    EXPECT_FALSE(shortPw.errText().isEmpty());
    EXPECT_NE(shortPw.err, empty.err) << "each problem has its own message";
    const CliResult ok = runCli(add, "long-enough-secret\n");
    EXPECT_EQ(ok.exitCode, 0) << ok.errText().toStdString();
    const CliResult again = runCli(add, "long-enough-secret\n");
    EXPECT_EQ(again.exitCode, 1) << "duplicate user name";
    EXPECT_EQ(
        runCli({QStringLiteral("--db"), path("u.db"), QStringLiteral("user"), QStringLiteral("add"),
                QStringLiteral("li"), QStringLiteral("--role"), QStringLiteral("boss")},
               "long-enough-secret\n")
            .exitCode,
        2);
}

TEST_F(CliBehaviour, DemoIsDeterministic) {
    const QStringList demo = {QStringLiteral("demo"),      QStringLiteral("--customers"),
                              QStringLiteral("200"),       QStringLiteral("--seed"),
                              QStringLiteral("7"),         QStringLiteral("--as-of"),
                              QStringLiteral("2026-06-30")};
    ASSERT_EQ(runCli(QStringList{QStringLiteral("--db"), path("a.db")} + demo).exitCode, 0);
    ASSERT_EQ(runCli(QStringList{QStringLiteral("--db"), path("b.db")} + demo).exitCode, 0);
    const QStringList classify = {QStringLiteral("classify"), QStringLiteral("--as-of"),
                                  QStringLiteral("2026-06-30"), QStringLiteral("--json")};
    const CliResult a = runCli(QStringList{QStringLiteral("--db"), path("a.db")} + classify);
    const CliResult b = runCli(QStringList{QStringLiteral("--db"), path("b.db")} + classify);
    ASSERT_EQ(a.exitCode, 0);
    EXPECT_EQ(a.out, b.out);
    const auto j = a.json();
    EXPECT_EQ(j["counts"]["customers"], 200);
    // Realistic mix: every class is present.
    for (const char* key : {"loyal", "swing", "lost", "invalid", "no_visit"}) {
        EXPECT_GT(j["counts"][key].get<int>(), 0) << key;
    }
    // A different seed gives different data.
    QStringList other = demo;
    other[4] = QStringLiteral("8");
    ASSERT_EQ(runCli(QStringList{QStringLiteral("--db"), path("c.db")} + other).exitCode, 0);
    EXPECT_NE(runCli(QStringList{QStringLiteral("--db"), path("c.db")} + classify).out, a.out);
    // Demo data never goes into a database that already has customers.
    EXPECT_EQ(runCli(QStringList{QStringLiteral("--db"), path("a.db")} + demo).exitCode, 1);
}

TEST_F(CliBehaviour, LanguageChangesMessages) {
    const QByteArray csv =
        "name,phone,plate,visit_date,amount\n赵一,12345,陕A11111,2016-03-01,300\n";
    writeFile(path("bad.csv"), csv);
    QByteArray reasons[2];
    int i = 0;
    for (const QString& lang : {QStringLiteral("zh"), QStringLiteral("en")}) {
        const QString rejects = path(lang == u"zh" ? "zh.csv" : "en.csv");
        ASSERT_EQ(runCli({QStringLiteral("--db"), path(lang == u"zh" ? "zh.db" : "en.db"),
                          QStringLiteral("init")})
                      .exitCode,
                  0);
        const CliResult r = runCli({QStringLiteral("--lang"), lang, QStringLiteral("--db"),
                                    path(lang == u"zh" ? "zh.db" : "en.db"),
                                    QStringLiteral("import"), QStringLiteral("visits"),
                                    path("bad.csv"), QStringLiteral("--rejects"), rejects});
        ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
        reasons[i++] = readFile(rejects);
    }
    EXPECT_NE(reasons[0], reasons[1]);
    // Every message is non-empty in both languages (English CLI texts come with the .qm file).
    for (const QString& lang : {QStringLiteral("zh"), QStringLiteral("en")}) {
        const CliResult r = runCli({QStringLiteral("--lang"), lang, QStringLiteral("nope")});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_FALSE(r.errText().trimmed().isEmpty());
    }
}

}  // namespace
