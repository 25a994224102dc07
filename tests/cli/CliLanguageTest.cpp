// --lang en|zh through the real binary: CLI messages, usage texts and services' user-level messages
// come out in English with --lang en (the .qm is embedded in huichang-cli) and in Chinese with zh.
#include "CliRunner.h"
#include "FastHashing.h"

#include <QProcessEnvironment>
#include <QRegularExpression>

using hc::test::CliResult;
using hc::test::runCli;

namespace {

bool hasCjk(const QString& text) {
    static const QRegularExpression cjk(
        QStringLiteral("[\\x{3000}-\\x{303F}\\x{4E00}-\\x{9FFF}\\x{FF00}-\\x{FFEF}]"));
    return cjk.match(text).hasMatch();
}

bool hasLatinWords(const QString& text) {
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{3,} [A-Za-z]{2,}"));
    return words.match(text).hasMatch();
}

/// Runs huichang-cli with `args` and the terminal's locale set to American English (LANG, LC_ALL):
/// the CLI's language comes from --lang only (default zh, docs/cli.md), never from the terminal.
CliResult runInEnglishTerminal(const QStringList& args) {
    hc::test::cliTestApp();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en_US"));
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral(HC_CLI_PATH));
    p.setArguments(args);
    p.start();
    EXPECT_TRUE(p.waitForStarted(10000));
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(120000));
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

class CliLanguage : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path(const char* name) const { return dir.filePath(QString::fromUtf8(name)); }

    CliResult run(const QString& lang, QStringList args, const QByteArray& input = {}) const {
        args.prepend(path("shop.db"));
        args.prepend(QStringLiteral("--db"));
        args.prepend(lang);
        args.prepend(QStringLiteral("--lang"));
        return runCli(args, input);
    }
};

TEST_F(CliLanguage, MissingImportFileIsReportedInTheChosenLanguage) {
    const QStringList args = {QStringLiteral("import"), QStringLiteral("visits"),
                              path("missing.csv")};
    const CliResult en = run(QStringLiteral("en"), args);
    EXPECT_EQ(en.exitCode, 1);
    EXPECT_FALSE(hasCjk(en.errText())) << en.errText().toStdString();
    EXPECT_TRUE(hasLatinWords(en.errText())) << en.errText().toStdString();
    EXPECT_TRUE(en.errText().contains(QStringLiteral("missing.csv")));

    const CliResult zh = run(QStringLiteral("zh"), args);
    EXPECT_EQ(zh.exitCode, 1);
    EXPECT_TRUE(hasCjk(zh.errText())) << zh.errText().toStdString();
    EXPECT_TRUE(zh.errText().contains(QStringLiteral("missing.csv")));
}

TEST_F(CliLanguage, BadRoleAndItsUsageTextAreEnglish) {
    const QStringList args = {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                              QStringLiteral("--role"), QStringLiteral("chef")};
    const CliResult en = run(QStringLiteral("en"), args, "secret-password\n");
    EXPECT_EQ(en.exitCode, 2);
    EXPECT_TRUE(en.errText().contains(QStringLiteral("chef")));
    EXPECT_FALSE(hasCjk(en.errText())) << en.errText().toStdString();
    EXPECT_TRUE(hasLatinWords(en.errText()));

    const CliResult zh = run(QStringLiteral("zh"), args, "secret-password\n");
    EXPECT_EQ(zh.exitCode, 2);
    EXPECT_TRUE(zh.errText().contains(QStringLiteral("未知角色")));
}

TEST_F(CliLanguage, GeneralUsageIsEnglish) {
    const CliResult en = run(QStringLiteral("en"), {QStringLiteral("--help")});
    EXPECT_EQ(en.exitCode, 0);
    EXPECT_FALSE(en.errText().trimmed().isEmpty());
    EXPECT_FALSE(hasCjk(en.errText())) << en.errText().toStdString();

    const CliResult zh = run(QStringLiteral("zh"), {QStringLiteral("--help")});
    EXPECT_TRUE(hasCjk(zh.errText()));
}

/// The command list stays readable in a terminal: every summary starts in one column (at most
/// 50 columns in), a synopsis too long for that column puts its summary on the next line, and in
/// English the summaries start with a lower-case letter like the rest (acronyms excepted).
TEST_F(CliLanguage, HelpSummariesShareOneColumn) {
    for (const char* lang : {"en", "zh"}) {
        const CliResult r = run(QString::fromLatin1(lang), {QStringLiteral("--help")});
        ASSERT_EQ(r.exitCode, 0);
        const QStringList lines = r.errText().split(u'\n');
        const qsizetype from =
            lines.indexOf(QRegularExpression(QStringLiteral("^(Commands|命令).*")));
        ASSERT_GE(from, 0) << r.errText().toStdString();
        const auto width = [](QStringView text) {
            qsizetype w = 0;
            for (const QChar c : text) {
                w += c.unicode() >= 0x2E80 ? 2 : 1;
            }
            return w;
        };
        static const QRegularExpression split(QStringLiteral("^(  \\S.*?\\S)( {2,})(\\S.*)$"));
        qsizetype column = -1;
        int commands = 0;
        for (qsizetype i = from + 1; i < lines.size() && lines.at(i).startsWith(u' '); ++i) {
            const QString& line = lines.at(i);
            qsizetype at = 0;
            QString summary;
            if (line.startsWith(QStringLiteral("    "))) {  // a summary on a line of its own
                at = line.size() - line.trimmed().size();
                summary = line.trimmed();
            } else {
                const auto m = split.match(line);
                if (!m.hasMatch()) {  // a synopsis whose summary follows on the next line
                    continue;
                }
                at = width(m.captured(1)) + m.captured(2).size();
                summary = m.captured(3);
                ++commands;
            }
            if (column < 0) {
                column = at;
            }
            EXPECT_EQ(at, column) << lang << ": " << line.toStdString();
            if (QString::fromLatin1(lang) == QStringLiteral("en") && summary.size() > 1 &&
                summary.at(1).isLower()) {
                EXPECT_TRUE(summary.at(0).isLower()) << line.toStdString();
            }
        }
        EXPECT_GT(commands, 30) << lang;
        EXPECT_LE(column, 50) << lang;
    }
}

TEST_F(CliLanguage, ServicesMessagesFollowTheLanguage) {
    hc::test::useFastHashing(path("shop.db"));
    const QStringList add = {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"),
                             QStringLiteral("--role"), QStringLiteral("advisor")};
    ASSERT_EQ(run(QStringLiteral("en"), {QStringLiteral("init")}).exitCode, 0);
    const CliResult first = run(QStringLiteral("en"), add, "secret-password\n");
    ASSERT_EQ(first.exitCode, 0) << first.errText().toStdString();
    EXPECT_FALSE(hasCjk(QString::fromUtf8(first.out))) << first.out.toStdString();

    // The duplicate comes back from UserService as a user-level message.
    const CliResult en = run(QStringLiteral("en"), add, "secret-password\n");
    EXPECT_EQ(en.exitCode, 1);
    EXPECT_TRUE(en.errText().contains(QStringLiteral("alice")));
    EXPECT_FALSE(hasCjk(en.errText())) << en.errText().toStdString();
    EXPECT_TRUE(hasLatinWords(en.errText())) << en.errText().toStdString();

    const CliResult zh = run(QStringLiteral("zh"), add, "secret-password\n");
    EXPECT_EQ(zh.exitCode, 1);
    EXPECT_TRUE(zh.errText().contains(QStringLiteral("已存在"))) << zh.errText().toStdString();
}

/// A validation reason from the domain (the phone rule) follows --lang like the CLI's own text:
/// the whole message is in one language, whatever the terminal's locale.
TEST_F(CliLanguage, ValidationReasonsFollowTheLanguageNotTheTerminal) {
    ASSERT_EQ(run(QStringLiteral("en"), {QStringLiteral("init")}).exitCode, 0);
    const QStringList bad = {QStringLiteral("shop"),    QStringLiteral("set"),
                             QStringLiteral("--name"),  QStringLiteral("X"),
                             QStringLiteral("--phone"), QStringLiteral("abc")};
    const CliResult en = run(QStringLiteral("en"), bad);
    EXPECT_EQ(en.exitCode, 1);
    EXPECT_FALSE(hasCjk(en.errText())) << en.errText().toStdString();
    EXPECT_TRUE(hasLatinWords(en.errText())) << en.errText().toStdString();

    // No --lang: Chinese (the documented default), even in an English terminal.
    QStringList plain = bad;
    plain.prepend(path("shop.db"));
    plain.prepend(QStringLiteral("--db"));
    const CliResult zh = runInEnglishTerminal(plain);
    EXPECT_EQ(zh.exitCode, 1);
    EXPECT_TRUE(hasCjk(zh.errText())) << zh.errText().toStdString();
    EXPECT_FALSE(hasLatinWords(zh.errText())) << zh.errText().toStdString();
}

}  // namespace
