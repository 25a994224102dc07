// Issue 9 item 10: the report screen opened on the month that is still running (today 2026-09-15
// by the injected clock) says so: "本月尚未结束:截至今天 2026-09-15…" — figures as of today, not of
// the month's last day — in Chinese and in English; a month that is over carries no such note.
// The note is looked for among all the screen's labels (not by object name), so it may sit in the
// header or in a section's notes.
#include "AppHarness.h"
#include "QtApp.h"

#include "hc/ui/ReportView.h"

#include <QLabel>
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

namespace hc::test {
namespace {

/// The texts of the screen's labels that contain `needle` (case-insensitive).
QStringList labelsWith(const QWidget& view, const QString& needle) {
    QStringList out;
    for (const QLabel* label : view.findChildren<QLabel*>()) {
        if (label->text().contains(needle, Qt::CaseInsensitive)) {
            out << label->text();
        }
    }
    return out;
}

class ReportMonthNotOverTest : public ::testing::Test {
protected:
    void SetUp() override {
        qtApp();
        app_ = std::make_unique<AppHarness>(QDateTime(QDate(2026, 9, 15), QTime(10, 0)));
        AppHarness* app = app_.get();
        app_->context.clock = [app] { return app->now(); };
        app_->addCustomer(QStringLiteral("Li Wei"), QStringLiteral("13812345678"),
                          QStringLiteral("陕A12345"), {QDate(2026, 3, 20), QDate(2026, 9, 2)});
    }

    std::unique_ptr<AppHarness> app_;
};

TEST_F(ReportMonthNotOverTest, TheRunningMonthSaysItIsComputedAsOfToday) {
    ui::ReportView view(app_->context);
    view.resize(1280, 800);
    view.show();
    ASSERT_TRUE(view.showMonth({2026, 9}));
    ASSERT_TRUE(view.report().has_value());
    EXPECT_EQ(view.report()->asOf, QDate(2026, 9, 15));
    EXPECT_TRUE(view.report()->inProgress);
    const QStringList notes = labelsWith(view, QStringLiteral("本月尚未结束"));
    ASSERT_EQ(notes.size(), 1) << notes.join(u'|').toStdString();
    EXPECT_TRUE(notes.front().contains(QStringLiteral("截至今天 2026-09-15")))
        << notes.front().toStdString();
    EXPECT_TRUE(notes.front().contains(QStringLiteral("2026-08-31")))  // last month, as of its end
        << notes.front().toStdString();
    EXPECT_TRUE(labelsWith(view, QStringLiteral("2026-09-30")).isEmpty())
        << "not as of the month's last day";

    // Last month is over: as of its last day, no note.
    ASSERT_TRUE(view.showMonth({2026, 8}));
    EXPECT_TRUE(labelsWith(view, QStringLiteral("本月尚未结束")).isEmpty());
    EXPECT_FALSE(labelsWith(view, QStringLiteral("截至 2026-08-31")).isEmpty());
}

TEST_F(ReportMonthNotOverTest, TheNoteIsInEnglish) {
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/huichang_en.qm")));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    {
        ui::ReportView view(app_->context);
        view.resize(1280, 800);
        view.show();
        ASSERT_TRUE(view.showMonth({2026, 9}));
        const QStringList notes = labelsWith(view, QStringLiteral("as of today 2026-09-15"));
        EXPECT_EQ(notes.size(), 1) << notes.join(u'|').toStdString();
        for (const QString& note : notes) {
            EXPECT_TRUE(note.contains(QStringLiteral("Month still running"))) << note.toStdString();
            EXPECT_FALSE(note.contains(QStringLiteral("截至"))) << note.toStdString();
        }
        EXPECT_TRUE(labelsWith(view, QStringLiteral("本月尚未结束")).isEmpty());
    }
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

}  // namespace
}  // namespace hc::test
