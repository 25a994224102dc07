// `huichang-cli --help` lists every command of the dispatch table (src/cli/CommandTable.cpp),
// read from the source so the help cannot drift from what the program dispatches.
#include "CliRunner.h"

#include <QRegularExpression>
#include <QSet>

using hc::test::CliResult;
using hc::test::readFile;
using hc::test::runCli;

namespace {

struct TableEntry {
    QString name;
    bool dispatched = false;
};

std::vector<TableEntry> commandTable() {
    const QString source =
        QString::fromUtf8(readFile(QStringLiteral(HC_SOURCE_DIR "/src/cli/CommandTable.cpp")));
    static const QRegularExpression entry(
        QStringLiteral("\\{\"([a-z][a-z-]*)\",\\s*(nullptr|run[A-Za-z]+),"));
    std::vector<TableEntry> out;
    for (auto it = entry.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        out.push_back({m.captured(1), m.captured(2) != QLatin1String("nullptr")});
    }
    return out;
}

bool listed(const QString& help, const QString& name) {
    const QRegularExpression line(
        QStringLiteral("^  %1( |\\||$)").arg(QRegularExpression::escape(name)),
        QRegularExpression::MultilineOption);
    return line.match(help).hasMatch();
}

TEST(CliHelp, EveryCommandOfTheDispatchTableIsListed) {
    const auto table = commandTable();
    ASSERT_GE(table.size(), 11u) << "the command table was not found in CommandTable.cpp";
    const CliResult help = runCli({QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0);
    const QString text = help.errText();
    for (const auto& entry : table) {
        EXPECT_TRUE(listed(text, entry.name)) << entry.name.toStdString() << " missing in\n"
                                              << text.toStdString();
    }
    // The dispatch itself goes through the table only: main.cpp names no runner.
    const QString mainSource =
        QString::fromUtf8(readFile(QStringLiteral(HC_SOURCE_DIR "/src/cli/main.cpp")));
    EXPECT_TRUE(mainSource.contains(QStringLiteral("findCommand(")));
    static const QRegularExpression runner(QStringLiteral("\\brun[A-Z][A-Za-z]+\\b"));
    EXPECT_FALSE(runner.match(mainSource).hasMatch()) << "a command dispatched outside the table";
}

TEST(CliHelp, ListsTheCommandsOfThisRound) {
    const QString text = runCli({QStringLiteral("--help")}).errText();
    for (const char* name : {"init",
                             "user add",
                             "user list",
                             "user reset-password",
                             "user unlock",
                             "user disable",
                             "demo",
                             "import",
                             "classify",
                             "abc",
                             "matrix",
                             "rfm",
                             "followups",
                             "complaints",
                             "report",
                             "customer show",
                             "settings export",
                             "visit void",
                             "shop",
                             "print visit",
                             "backup",
                             "restore",
                             "audit verify",
                             "clv"}) {
        EXPECT_TRUE(listed(text, QString::fromUtf8(name))) << name << " missing in\n"
                                                           << text.toStdString();
    }
}

// Issue 9 item 4: every option docs/cli.md gives `shop set` is in the help, --hours included.
TEST(CliHelp, ShopSetListsItsOptions) {
    const QString text = runCli({QStringLiteral("--help")}).errText();
    const QRegularExpression shopSet(QStringLiteral("^\\s*shop set .*$"),
                                     QRegularExpression::MultilineOption);
    const QString line = shopSet.match(text).captured(0);
    ASSERT_FALSE(line.isEmpty()) << text.toStdString();
    for (const char* option : {"--name", "--phone", "--address", "--hours"}) {
        EXPECT_TRUE(line.contains(QString::fromUtf8(option)))
            << option << " in " << line.toStdString();
    }
}

TEST(CliHelp, EveryDispatchedCommandAnswersHelp) {
    for (const auto& entry : commandTable()) {
        if (!entry.dispatched) {
            continue;
        }
        const CliResult r = runCli({entry.name, QStringLiteral("--help")});
        EXPECT_EQ(r.exitCode, 0) << entry.name.toStdString();
        EXPECT_FALSE(r.errText().trimmed().isEmpty()) << entry.name.toStdString();
    }
    // A table entry is dispatched: `user` without arguments is a usage error, not "unknown".
    const CliResult user = runCli({QStringLiteral("user")});
    EXPECT_EQ(user.exitCode, 2);
    EXPECT_FALSE(user.errText().contains(QStringLiteral("未知命令")));
}

}  // namespace
