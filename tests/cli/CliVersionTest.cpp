// `huichang-cli --version` prints the project version of CMakeLists.txt (the .deb's upstream
// version, tools/package.sh), needs no database and is listed in --help.
#include "CliRunner.h"

#include <QDir>
#include <QRegularExpression>

using hc::test::CliResult;
using hc::test::readFile;
using hc::test::runCli;

namespace {

QString projectVersion() {
    const QString cmake =
        QString::fromUtf8(readFile(QStringLiteral(HC_SOURCE_DIR "/CMakeLists.txt")));
    static const QRegularExpression re(
        QStringLiteral("project\\(Huichang VERSION ([0-9]+\\.[0-9]+\\.[0-9]+)"));
    return re.match(cmake).captured(1);
}

TEST(CliVersion, PrintsTheProjectVersionWithoutOpeningADatabase) {
    const QString version = projectVersion();
    ASSERT_FALSE(version.isEmpty()) << "no project(... VERSION) in CMakeLists.txt";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString db = QDir(dir.path()).filePath(QStringLiteral("never.db"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("--version")},
          QStringList{QStringLiteral("--db"), db, QStringLiteral("--version")},
          QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                      QStringLiteral("--version")}}) {
        const CliResult r = runCli(args);
        EXPECT_EQ(r.exitCode, 0) << args.join(u' ').toStdString();
        EXPECT_EQ(QString::fromUtf8(r.out), QStringLiteral("huichang-cli %1\n").arg(version));
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(db));
}

TEST(CliVersion, IsListedInTheHelpInBothLanguages) {
    EXPECT_TRUE(runCli({QStringLiteral("--help")})
                    .errText()
                    .contains(QStringLiteral("  --version      显示版本号")));
    const CliResult en =
        runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    EXPECT_TRUE(en.errText().contains(QStringLiteral("--version"))) << en.errText().toStdString();
}

}  // namespace
