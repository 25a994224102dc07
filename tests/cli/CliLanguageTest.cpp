// --lang en|zh through the real binary: CLI messages, usage texts and services' user-level messages
// come out in English with --lang en (the .qm is embedded in huichang-cli) and in Chinese with zh.
#include "CliRunner.h"
#include "FastHashing.h"

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

}  // namespace
