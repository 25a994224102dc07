// Issue 9 item 9: list separators and "title：text" joins follow the language. In English the ABC
// change note reads "Class changes, Rank rose too fast" (not "Class changes、Rank rose too fast"),
// in Chinese it keeps "、".
#include "QtApp.h"

#include "hc/domain/AbcComparison.h"
#include "hc/report/ReportTables.h"
#include "hc/services/MonthlyReport.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

namespace hc::test {
namespace {

/// The change note of the ABC section's change table for one customer whose class changed and
/// whose rank rose past the threshold.
QString changeNote() {
    services::MonthlyReport report;
    domain::AbcChange change;
    change.customerId = 7;
    change.previousRank = 12;
    change.currentRank = 2;
    change.previousGrade = domain::AbcGrade::B;
    change.currentGrade = domain::AbcGrade::A;
    change.gradeChanged = true;
    change.rankMoved = true;
    report.abc.changes.push_back(change);
    for (const auto& section : report::ReportTables::build(report)) {
        for (const auto& table : section.tables) {
            for (const auto& row : table.rows) {
                if (row.size() == 7 && row.front().number == 7) {
                    return row.back().text;
                }
            }
        }
    }
    return {};
}

TEST(EnglishSeparatorsTest, AbcChangeNoteJoinsWithTheLanguagesSeparator) {
    qtApp();
    EXPECT_EQ(changeNote(), QStringLiteral("等级变化、名次上升过快"));
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral(":/i18n/huichang_en.qm")));
    QCoreApplication::installTranslator(&english);
    const QString note = changeNote();
    QCoreApplication::removeTranslator(&english);
    EXPECT_EQ(note, QStringLiteral("Class changes, Rank rose too fast"));
}

}  // namespace
}  // namespace hc::test
