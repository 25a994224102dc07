// Issue 9 item 9, the guard: every message box call site in src/ui and src/app must be opened by an
// English test (tests/ui/EnglishMessages*Test.cpp, declared with HC_OPENS_BOXES next to the test).
// A new QMessageBox without such a test fails here, naming the file, line and key to declare.
#include "EnglishBoxes.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace hc::test {
namespace {

struct Site {
    QString key;    // "File.cpp:Class::function#n"
    QString where;  // "src/ui/.../File.cpp:123"
};

/// The message box call sites of the sources under `folder` (relative to the source tree): static
/// QMessageBox functions, QMessageBox objects and QMessageBox allocations. The key names the file,
/// the function the call is in (the last definition starting at column 0) and its rank among the
/// boxes of that function.
std::vector<Site> sitesIn(const QString& folder,
                          const QString& root = QStringLiteral(HC_SOURCE_DIR)) {
    static const QRegularExpression call(QStringLiteral(
        "QMessageBox::(warning|information|question|critical|about|aboutQt)\\s*\\(|"
        "\\bQMessageBox\\s+\\w+\\s*[({;]|new\\s+QMessageBox\\b|make_(unique|shared)<QMessageBox>"));
    static const QRegularExpression function(QStringLiteral("([A-Za-z_~][\\w:~]*)\\s*\\("));
    std::vector<Site> out;
    QDirIterator it(root + QLatin1Char('/') + folder,
                    {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) {
        files << it.next();
    }
    files.sort();
    for (const QString& path : files) {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly | QIODevice::Text)) << path.toStdString();
        const QString file = path.section(QLatin1Char('/'), -1);
        const QString relative = path.mid(root.size() + 1);
        QTextStream in(&f);
        QString current = QStringLiteral("?");
        std::map<QString, int> rank;
        int lineNo = 0;
        while (!in.atEnd()) {
            const QString line = in.readLine();
            ++lineNo;
            if (line.trimmed().startsWith(QLatin1String("//"))) {
                continue;
            }
            const QChar first = line.isEmpty() ? QChar(u' ') : line.front();
            if (!first.isSpace() && first != u'}' && first != u'#' && first != u'/' &&
                line.contains(u'(')) {
                if (const auto m = function.match(line); m.hasMatch()) {
                    current = m.captured(1);
                }
            }
            auto calls = call.globalMatch(line);
            while (calls.hasNext()) {
                calls.next();
                const int n = ++rank[current];
                out.push_back({QStringLiteral("%1:%2#%3").arg(file, current).arg(n),
                               QStringLiteral("%1:%2").arg(relative).arg(lineNo)});
            }
        }
    }
    return out;
}

std::set<std::string> registeredTests() {
    std::set<std::string> names;
    const auto* unit = ::testing::UnitTest::GetInstance();
    for (int s = 0; s < unit->total_test_suite_count(); ++s) {
        const auto* suite = unit->GetTestSuite(s);
        for (int t = 0; t < suite->total_test_count(); ++t) {
            names.insert(std::string(suite->name()) + "." + suite->GetTestInfo(t)->name());
        }
    }
    return names;
}

TEST(EnglishMessageSites, TheScanFindsEveryKindOfCallSite) {
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("src/ui/x")));
    QFile f(dir.filePath(QStringLiteral("src/ui/x/Sample.cpp")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Text));
    f.write(R"(namespace hc::ui {
Sample::Sample(QWidget* parent) : QDialog(parent) {
    connect(b, &QPushButton::clicked, this, [this] {
        QMessageBox::warning(this, tr("a"), tr("b"));
    });
}

bool Sample::ask(const QString& text,
                 int n) {
    // QMessageBox::question(this, tr("commented out"), text);
    if (QMessageBox::question(this, tr("c"), text) != QMessageBox::Yes) {
        return false;
    }
    QMessageBox box(QMessageBox::Critical, tr("d"), text, QMessageBox::Ok, this);
    box.exec();
    auto* later = new QMessageBox(this);
    QMessageBox::information(
        this, tr("e"), text);
    return true;
}

void notice(QWidget* parent) {
    QMessageBox quiet;
    QMessageBox::about(parent, tr("f"), tr("g"));
}
}  // namespace hc::ui
)");
    f.close();
    QStringList keys;
    for (const auto& s : sitesIn(QStringLiteral("src/ui"), dir.path())) {
        keys << s.key + QLatin1Char('@') + s.where.section(QLatin1Char(':'), -1);
    }
    EXPECT_EQ(
        keys.join(QLatin1Char(' ')).toStdString(),
        "Sample.cpp:Sample::Sample#1@4 Sample.cpp:Sample::ask#1@11 Sample.cpp:Sample::ask#2@14 "
        "Sample.cpp:Sample::ask#3@16 Sample.cpp:Sample::ask#4@17 Sample.cpp:notice#1@23 "
        "Sample.cpp:notice#2@24");

    // And in the real sources, boxes of each kind.
    std::set<QString> real;
    for (const auto& s : sitesIn(QStringLiteral("src/ui"))) {
        real.insert(s.key);
    }
    EXPECT_TRUE(real.count(QStringLiteral("ReportView.cpp:ReportView::saveAbcRun#3")));
    EXPECT_TRUE(real.count(QStringLiteral("StartupMessages.cpp:StartupMessages::offerRestore#2")));
    EXPECT_TRUE(real.count(QStringLiteral("MainWindow.cpp:MainWindow::MainWindow#1")));
}

TEST(EnglishMessageSites, TheChineseCheckSparesOnlyTheData) {
    EXPECT_EQ(chineseIn({QStringLiteral("Saved: Li Wei 陕A12345")}), "");
    EXPECT_EQ(chineseIn({QStringLiteral("Customer 刘春江 saved")}, {QStringLiteral("刘春江")}), "");
    EXPECT_NE(chineseIn({QStringLiteral("保存 ABC 排名")}), "");
    EXPECT_NE(chineseIn({QStringLiteral("Saved\u3002")}), "") << "CJK full stop";
    EXPECT_NE(chineseIn({QStringLiteral("Name\uFF1A Li Wei")}), "") << "full-width colon";
    EXPECT_NE(chineseIn({QStringLiteral("陕A12345 已保存")}), "") << "a plate spares only itself";
}

TEST(EnglishMessageSites, EveryMessageBoxIsOpenedByAnEnglishTest) {
    std::vector<Site> sites = sitesIn(QStringLiteral("src/ui"));
    for (auto& s : sitesIn(QStringLiteral("src/app"))) {
        sites.push_back(s);
    }
    ASSERT_FALSE(sites.empty()) << "no source under " << HC_SOURCE_DIR;

    std::map<std::string, std::string> declared;  // key → test
    for (const auto& [test, keys] : BoxSites::byTest()) {
        for (const auto& k : keys) {
            declared[k] = test;
        }
    }
    const std::set<std::string> tests = registeredTests();
    std::set<std::string> found;
    for (const auto& s : sites) {
        const std::string key = s.key.toStdString();
        found.insert(key);
        EXPECT_TRUE(declared.count(key))
            << "the message box at " << s.where.toStdString() << " (" << key
            << ") is opened by no English test: open it in tests/ui/EnglishMessages*Test.cpp and "
               "declare it with HC_OPENS_BOXES";
    }
    for (const auto& [key, test] : declared) {
        EXPECT_TRUE(found.count(key))
            << test << " declares " << key << ", which is no message box call site (any more)";
        EXPECT_TRUE(tests.count(test)) << key << " is declared for " << test << ", no such test";
    }
}

}  // namespace
}  // namespace hc::test
