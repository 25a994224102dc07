// hc_report's ReportTables (issue 10 item 8): the one table layout of the PDF, XLSX and CSV
// exports, built from a real monthly report (a 300-customer demo, June 2026). Every count that
// names its customers (drill key) matches the customers behind that key; the ABC table is the
// ranking; the print form keeps its row limit and says how many rows it left out; in English no
// title, header or note carries Chinese.
#include "hc/domain/AbcComparison.h"
#include "hc/report/CsvReportWriter.h"
#include "hc/report/ReportTables.h"
#include "hc/services/DemoService.h"
#include "hc/services/MonthlyReportService.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

#include <memory>
#include <set>

namespace {

using hc::report::ReportCell;
using hc::report::ReportSection;
using hc::report::ReportTables;

class ReportTablesTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        static int argc = 1;
        static char name[] = "hc_report_tests";
        static char* argv[] = {name, nullptr};
        if (QCoreApplication::instance() == nullptr) {
            app_ = new QCoreApplication(argc, argv);
        }
        dir_ = new QTemporaryDir;
        db_ = hc::storage::Database::open(dir_->filePath(QStringLiteral("report.db"))).release();
        const hc::services::Clock clock = [] { return QDateTime(QDate(2026, 7, 5), QTime(9, 0)); };
        hc::services::DemoService demo(*db_, clock);
        hc::services::DemoOptions options;
        options.customers = 300;
        options.seed = 3;
        options.asOf = QDate(2026, 6, 30);
        const auto made = demo.generate(hc::services::ActingUser{}, options);
        ASSERT_TRUE(made) << made.error().message.toStdString();
        const auto built = hc::services::MonthlyReportService(*db_, clock)
                               .build(hc::services::ReportMonth{2026, 6});
        ASSERT_TRUE(built) << built.error().message.toStdString();
        report_ = new hc::services::MonthlyReport(built.value());
    }
    static void TearDownTestSuite() {
        delete report_;
        delete db_;
        delete dir_;
    }

    static const hc::services::MonthlyReport& report() { return *report_; }

    static inline QCoreApplication* app_ = nullptr;
    static inline QTemporaryDir* dir_ = nullptr;
    static inline hc::storage::Database* db_ = nullptr;
    static inline hc::services::MonthlyReport* report_ = nullptr;
};

TEST_F(ReportTablesTest, SectionsComeInReportOrderWithTables) {
    const auto sections = ReportTables::build(report());
    QStringList ids;
    for (const ReportSection& s : sections) {
        ids << s.id;
        EXPECT_FALSE(s.title.isEmpty()) << s.id.toStdString();
        if (s.id != QStringLiteral("customer_base")) {  // empty without a stored model fit
            EXPECT_FALSE(s.tables.empty()) << s.id.toStdString();
        }
        for (const auto& t : s.tables) {
            for (const auto& row : t.rows) {
                EXPECT_EQ(row.size(), static_cast<std::size_t>(t.headers.size()))
                    << s.id.toStdString() << " / " << t.title.toStdString();
            }
        }
    }
    const QStringList order = {QStringLiteral("composition"),  QStringLiteral("abc"),
                               QStringLiteral("matrix"),       QStringLiteral("rfm"),
                               QStringLiteral("churn"),        QStringLiteral("winback"),
                               QStringLiteral("satisfaction"), QStringLiteral("complaints")};
    qsizetype at = -1;
    for (const QString& id : order) {
        const qsizetype i = ids.indexOf(id);
        ASSERT_GE(i, 0) << id.toStdString() << " in " << ids.join(u',').toStdString();
        EXPECT_GT(i, at) << id.toStdString();
        at = i;
    }
}

TEST_F(ReportTablesTest, NotesStateTheCountsAndRulesTheTablesLeaveOut) {
    // The screen shows these notes too (it renders these sections): the matrix's population, the
    // vehicles churn leaves out, the win-back return window from the stored settings.
    const auto sections = ReportTables::build(report());
    auto notesOf = [&](const char* id) {
        for (const ReportSection& s : sections) {
            if (s.id == QLatin1String(id)) {
                return s.notes.join(u'\n');
            }
        }
        return QString();
    };
    const auto& r = report();
    EXPECT_TRUE(
        notesOf("matrix").contains(QStringLiteral("%1 位客户").arg(r.matrix.summary.customers)));
    if (r.churn.analysis.skipped > 0) {
        EXPECT_TRUE(notesOf("churn").contains(
            QStringLiteral("%1 辆车未计入").arg(r.churn.analysis.skipped)));
    } else {
        EXPECT_FALSE(notesOf("churn").contains(QStringLiteral("未计入")));
    }
    EXPECT_TRUE(notesOf("winback").contains(
        QStringLiteral("提醒后 %1 天内").arg(r.winback.returnWindowDays)));
}

TEST_F(ReportTablesTest, TheRunningMonthSaysSoInTheScreenAndEveryExport) {
    // Issue 9 item 10: June built on 2026-06-20 is still running — its figures are as of today.
    // The composition section's notes (which the screen renders and the PDF, XLSX and CSV write)
    // say so; the finished month keeps the plain "as of" note.
    auto compositionNotes = [](const hc::services::MonthlyReport& r) {
        const auto sections = ReportTables::build(r);
        EXPECT_FALSE(sections.empty());
        EXPECT_EQ(sections.front().id, QStringLiteral("composition"));
        return sections.empty() ? QString() : sections.front().notes.join(u'\n');
    };
    const hc::services::Clock midMonth = [] { return QDateTime(QDate(2026, 6, 20), QTime(9, 0)); };
    const auto running = hc::services::MonthlyReportService(*db_, midMonth)
                             .build(hc::services::ReportMonth{2026, 6});
    ASSERT_TRUE(running) << running.error().message.toStdString();
    ASSERT_TRUE(running.value().inProgress);
    const QString notes = compositionNotes(running.value());
    EXPECT_TRUE(notes.contains(QStringLiteral("本月尚未结束:截至今天 2026-06-20")))
        << notes.toStdString();
    EXPECT_TRUE(notes.contains(QStringLiteral("(截至 2026-05-31)"))) << notes.toStdString();
    EXPECT_FALSE(notes.contains(QStringLiteral("2026-06-30"))) << notes.toStdString();
    EXPECT_TRUE(QString::fromUtf8(hc::report::CsvReportWriter::toCsv(running.value()))
                    .contains(QStringLiteral("本月尚未结束:截至今天 2026-06-20")));

    ASSERT_FALSE(report().inProgress);
    const QString over = compositionNotes(report());
    EXPECT_FALSE(over.contains(QStringLiteral("尚未结束"))) << over.toStdString();
    EXPECT_TRUE(over.contains(QStringLiteral("统计日期 2026-06-30"))) << over.toStdString();
    EXPECT_FALSE(QString::fromUtf8(hc::report::CsvReportWriter::toCsv(report()))
                     .contains(QStringLiteral("尚未结束")));
}

TEST_F(ReportTablesTest, EveryDrillCountIsTheNumberOfCustomersBehindIt) {
    int drills = 0;
    for (const ReportSection& s : ReportTables::build(report())) {
        for (const auto& t : s.tables) {
            for (const auto& row : t.rows) {
                for (const ReportCell& c : row) {
                    if (c.drillKey().isEmpty()) {
                        continue;
                    }
                    ++drills;
                    EXPECT_EQ(c.kind, ReportCell::Kind::Integer) << c.drillKey().toStdString();
                    const auto behind =
                        static_cast<std::int64_t>(report().customersBehind(c.drillKey()).size());
                    if (c.drillKey().startsWith(QStringLiteral("churn."))) {
                        // Churn counts vehicles; its lists are their distinct owners
                        // (docs/reports.md, drill-down keys).
                        EXPECT_LE(behind, c.number) << c.drillKey().toStdString();
                        EXPECT_EQ(behind > 0, c.number > 0) << c.drillKey().toStdString();
                    } else {
                        EXPECT_EQ(behind, c.number) << c.drillKey().toStdString();
                    }
                }
            }
        }
    }
    EXPECT_GT(drills, 20);
}

TEST_F(ReportTablesTest, TheAbcListIsTheRankingAndThePrintFormCountsWhatItLeavesOut) {
    const auto& ranking = report().abc.result.rows;
    ASSERT_GT(ranking.size(), 100U);
    const auto findList = [](const std::vector<ReportSection>& sections) {
        const hc::report::ReportTable* longest = nullptr;
        for (const ReportSection& s : sections) {
            if (s.id != QStringLiteral("abc")) {
                continue;
            }
            for (const auto& t : s.tables) {
                if (longest == nullptr ||
                    t.rows.size() + t.omittedRows > longest->rows.size() + longest->omittedRows) {
                    longest = &t;
                }
            }
        }
        return longest;
    };
    const auto full = ReportTables::build(report());
    const auto* list = findList(full);
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->rows.size(), ranking.size());
    EXPECT_EQ(list->omittedRows, 0U);
    // The first column is the rank, in order; the money column holds each row's amount.
    for (std::size_t i = 0; i < ranking.size(); ++i) {
        EXPECT_EQ(list->rows[i].front().number, ranking[i].rank);
        bool amount = false;
        for (const ReportCell& c : list->rows[i]) {
            amount =
                amount || (c.kind == ReportCell::Kind::Money && c.number == ranking[i].amountFen);
        }
        EXPECT_TRUE(amount) << "rank " << ranking[i].rank;
    }
    const auto print = ReportTables::build(report(), true);
    const auto* printed = findList(print);
    ASSERT_NE(printed, nullptr);
    ASSERT_GT(printed->pdfRowLimit, 0);
    EXPECT_EQ(printed->rows.size(),
              std::min(ranking.size(), static_cast<std::size_t>(printed->pdfRowLimit)));
    EXPECT_EQ(printed->rows.size() + printed->omittedRows, ranking.size());
}

// The report screen's tables (issue 10 item 5): the exports' tables without the ABC customer
// list, every other table the same; each table named (its view's name on the screen); the ABC
// changes carry the value the screen's rank-move filter uses; a report still being built gives
// its first section only.
TEST_F(ReportTablesTest, TheScreensTablesAreTheExportsWithoutTheAbcList) {
    const auto exported = ReportTables::build(report());
    const auto screen = ReportTables::forScreen(report());
    ASSERT_EQ(screen.size(), exported.size());
    for (std::size_t s = 0; s < screen.size(); ++s) {
        EXPECT_EQ(screen[s].id, exported[s].id);
        EXPECT_EQ(screen[s].notes, exported[s].notes);
        std::vector<const hc::report::ReportTable*> expected;
        std::set<QString> ids;
        for (const auto& t : exported[s].tables) {
            EXPECT_FALSE(t.id.isEmpty()) << t.title.toStdString();
            EXPECT_TRUE(ids.insert(t.id).second) << t.id.toStdString();
            if (!(exported[s].id == QStringLiteral("abc") && t.id == QStringLiteral("list"))) {
                expected.push_back(&t);
            }
        }
        ASSERT_EQ(screen[s].tables.size(), expected.size()) << screen[s].id.toStdString();
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const auto& a = screen[s].tables[i];
            const auto& b = *expected[i];
            EXPECT_EQ(a.id, b.id);
            EXPECT_EQ(a.title, b.title);
            EXPECT_EQ(a.headers, b.headers);
            ASSERT_EQ(a.rows.size(), b.rows.size());
            for (std::size_t r = 0; r < a.rows.size(); ++r) {
                ASSERT_EQ(a.rows[r].size(), b.rows[r].size());
                for (std::size_t c = 0; c < a.rows[r].size(); ++c) {
                    EXPECT_EQ(a.rows[r][c].display(), b.rows[r][c].display());
                    EXPECT_EQ(a.rows[r][c].drillKey(), b.rows[r][c].drillKey());
                }
            }
            EXPECT_EQ(a.rowFilterValues, b.rowFilterValues);
        }
    }
    auto partial = report();
    partial.complete = false;
    const auto first = ReportTables::forScreen(partial);
    ASSERT_EQ(first.size(), 1U);
    EXPECT_EQ(first.front().id, QStringLiteral("composition"));
}

TEST_F(ReportTablesTest, AbcChangeRowsCarryTheirRankMoveForTheScreensFilter) {
    hc::services::MonthlyReport r;
    const auto change = [](hc::domain::CustomerId id, int from, int to) {
        hc::domain::AbcChange c;
        c.customerId = id;
        c.previousRank = from;
        c.currentRank = to;
        c.previousGrade = hc::domain::AbcGrade::B;
        c.currentGrade = hc::domain::AbcGrade::B;
        c.rankMoved = true;
        return c;
    };
    r.abc.changes.push_back(change(1, 40, 10));  // up 30 places
    r.abc.changes.push_back(change(2, 10, 65));  // down 55
    auto graded = change(3, 12, 11);
    graded.currentGrade = hc::domain::AbcGrade::A;
    graded.gradeChanged = true;
    graded.rankMoved = false;
    r.abc.changes.push_back(graded);
    hc::domain::AbcChange entered;
    entered.customerId = 4;
    entered.currentRank = 7;
    entered.currentGrade = hc::domain::AbcGrade::A;
    entered.entered = true;
    r.abc.changes.push_back(entered);
    for (const auto& section : ReportTables::build(r)) {
        for (const auto& t : section.tables) {
            if (t.id == QStringLiteral("changes")) {
                ASSERT_EQ(t.rows.size(), 4U);
                const std::vector<std::int64_t> expected = {30, 55,
                                                            hc::report::ReportTable::kAlwaysShown,
                                                            hc::report::ReportTable::kAlwaysShown};
                EXPECT_EQ(t.rowFilterValues, expected);
                return;
            }
        }
    }
    FAIL() << "no ABC changes table";
}

TEST_F(ReportTablesTest, InEnglishNoTitleHeaderOrNoteIsChinese) {
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral(":/i18n/huichang_en.qm")));
    QCoreApplication::installTranslator(&english);
    const auto sections = ReportTables::build(report());
    QCoreApplication::removeTranslator(&english);
    static const QRegularExpression cjk(
        QStringLiteral("[\\x{3000}-\\x{303F}\\x{4E00}-\\x{9FFF}\\x{FF00}-\\x{FFEF}]"));
    int texts = 0;
    const auto check = [&texts](const QString& text, const std::string& where) {
        ++texts;
        EXPECT_FALSE(cjk.match(text).hasMatch()) << where << ": " << text.toStdString();
    };
    for (const ReportSection& s : sections) {
        const std::string id = s.id.toStdString();
        check(s.title, id);
        for (const QString& n : s.notes) {
            check(n, id + " note");
        }
        for (const auto& t : s.tables) {
            check(t.title, id + " table");
            for (const QString& h : t.headers) {
                check(h, id + " / " + t.title.toStdString());
            }
        }
    }
    EXPECT_GT(texts, 60);
}

}  // namespace
