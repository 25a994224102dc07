// Issue 9 item 9: the boxes of the report screen (a report that cannot be built, an export that
// cannot be written, the saved-file notice, the model check), printing a receipt, the privacy and
// duplicates confirmations, and the question when a filled form is closed with Esc, in English.
#include "EnglishBoxes.h"

#include "hc/ui/ComplaintDialog.h"
#include "hc/ui/CustomerBaseHoldoutPanel.h"
#include "hc/ui/DuplicatesDialog.h"
#include "hc/ui/PrivacySettingsPanel.h"
#include "hc/ui/ReportView.h"
#include "hc/ui/VisitHistoryActions.h"

#include <QDateEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace hc::test {
namespace {

using EnglishMessagesReportsTest = EnglishBoxTest;

QPushButton* buttonNamed(QWidget* w, const char* context, const char* source) {
    const QString text = QCoreApplication::translate(context, source);
    for (auto* b : w->findChildren<QPushButton*>()) {
        if (b->text() == text) {
            return b;
        }
    }
    return nullptr;
}

HC_OPENS_BOXES(EnglishMessagesReportsTest, AReportThatCannotBeBuiltSaysWhyInEnglish,
               "ReportView.cpp:ReportView::apply#1");

TEST_F(EnglishMessagesReportsTest, AReportThatCannotBeBuiltSaysWhyInEnglish) {
    ui::ReportView view(app_->context);
    view.show();
    QSignalSpy shown(&view, &ui::ReportView::reportShown);
    ASSERT_TRUE(shown.wait(5000));  // the last complete month, on first show
    breakReadsOf(QStringLiteral("visits"));
    BoxReader box;
    EXPECT_FALSE(view.showMonth(services::ReportMonth::of(app_->now().date().addMonths(-2))));
    // (The month field loses the focus to the box and asks again: a second, same box.)
    ASSERT_GE(box.count(), 1) << box.dump();
    EXPECT_EQ(chineseIn(box.texts()), "") << box.dump();
}

HC_OPENS_BOXES(EnglishMessagesReportsTest, ExportsSayWhereTheFileIsOrWhyThereIsNoneInEnglish,
               "SavedFileNotice.cpp:SavedFileNotice::show#1",
               "ReportView.cpp:ReportView::exportDone#1");

TEST_F(EnglishMessagesReportsTest, ExportsSayWhereTheFileIsOrWhyThereIsNoneInEnglish) {
    ui::ReportView view(app_->context);
    view.show();
    ASSERT_TRUE(view.showMonth(services::ReportMonth::of(app_->now().date().addMonths(-1))));
    QTemporaryDir dir;
    {
        auto* csv = buttonNamed(&view, "hc::ui::ReportView", "导出 CSV");
        ASSERT_NE(csv, nullptr);
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        BoxReader saved(QMessageBox::Close, exportTo(path));  // closed, not opened
        QSignalSpy finished(&view, &ui::ReportView::exportFinished);
        csv->click();
        ASSERT_TRUE(finished.wait(30000));  // written off the GUI thread; the notice before
        ASSERT_EQ(saved.count(), 1);
        EXPECT_TRUE(QFileInfo::exists(path));
        EXPECT_EQ(chineseIn(saved.texts()), "") << saved.dump();
    }
    // A folder that does not exist (a USB stick pulled out).
    BoxReader failed;
    QSignalSpy finished(&view, &ui::ReportView::exportFinished);
    ASSERT_TRUE(
        view.exportTo(services::ReportFormat::Csv, dir.filePath(QStringLiteral("usb/report.csv"))));
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(chineseIn(failed.texts()), "") << failed.dump();
}

HC_OPENS_BOXES(EnglishMessagesReportsTest, TheModelCheckRefusesBadDatesAndReportsAFailedRefit,
               "CustomerBaseHoldoutPanel.cpp:CustomerBaseHoldoutPanel::runHoldout#1",
               "CustomerBaseHoldoutPanel.cpp:CustomerBaseHoldoutPanel::refitModel#1");

TEST_F(EnglishMessagesReportsTest, TheModelCheckRefusesBadDatesAndReportsAFailedRefit) {
    ui::ReportView view(app_->context);
    view.show();
    ui::CustomerBaseHoldoutPanel* panel = view.holdoutPanel();
    ASSERT_NE(panel, nullptr);
    {
        panel->calibrationEndEdit()->setDate(QDate(2026, 6, 30));
        panel->holdoutEndEdit()->setDate(QDate(2026, 3, 31));  // before the fitted data end
        BoxReader box;
        panel->runButton()->click();
        ASSERT_EQ(box.count(), 1);
        EXPECT_EQ(chineseIn(box.texts()), "") << box.dump();
    }
    // Two customers are too few to fit the model.
    BoxReader box;
    panel->refitButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&box] { return box.seen(); }, 10000));
    ASSERT_EQ(box.count(), 1);
    EXPECT_EQ(chineseIn(box.texts()), "") << box.dump();
}

HC_OPENS_BOXES(EnglishMessagesReportsTest, AReceiptThatCannotBeReadSaysWhyInEnglish,
               "PrintPreview.cpp:PrintPreview::receipt#1");

TEST_F(EnglishMessagesReportsTest, AReceiptThatCannotBeReadSaysWhyInEnglish) {
    const auto visits = app_->context.visits->visitsOf(liWei_);
    ASSERT_TRUE(visits);
    ASSERT_FALSE(visits.value().empty());
    QWidget host;
    QTableWidget table(1, 1, &host);
    auto* item = new QTableWidgetItem(visits.value().front().workOrder);
    item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(visits.value().front().id));
    table.setItem(0, 0, item);
    ui::VisitHistoryActions actions(app_->context, &table, &host);
    host.show();
    table.selectRow(0);
    auto* print = buttonNamed(&actions, "hc::ui::VisitHistoryActions", "打印结算单…");
    ASSERT_NE(print, nullptr);
    ASSERT_TRUE(print->isEnabled());
    breakReadsOf(QStringLiteral("customers"));  // the receipt's customer cannot be read
    BoxReader box;
    print->click();
    ASSERT_EQ(box.count(), 1);
    EXPECT_EQ(chineseIn(box.texts()), "") << box.dump();
}

HC_OPENS_BOXES(EnglishMessagesReportsTest, AnonymisingAsksFirstInEnglish,
               "PrivacySettingsPanel.cpp:PrivacySettingsPanel::requestAnonymise#1");

TEST_F(EnglishMessagesReportsTest, AnonymisingAsksFirstInEnglish) {
    app_->addCustomer(QStringLiteral("Old Customer"), QStringLiteral("13812340000"),
                      QStringLiteral("陕A11111"), {QDate(2019, 3, 1)});
    QWidget host;
    ui::PrivacySettingsPanel panel(app_->context, &host);
    host.show();
    panel.yearsEdit()->setValue(4);
    ASSERT_EQ(panel.countInactive(), 1);
    ASSERT_TRUE(panel.anonymiseButton()->isEnabled());
    BoxReader box(QMessageBox::Cancel);
    panel.anonymiseButton()->click();
    ASSERT_EQ(box.count(), 1);
    EXPECT_EQ(panel.countInactive(), 1) << "cancelled: nobody anonymised";
    EXPECT_EQ(chineseIn(box.texts()), "") << box.dump();
}

HC_OPENS_BOXES(EnglishMessagesReportsTest, MergingDuplicatesAsksFirstInEnglish,
               "DuplicatesDialog.cpp:DuplicatesDialog::DuplicatesDialog#1");

TEST_F(EnglishMessagesReportsTest, MergingDuplicatesAsksFirstInEnglish) {
    app_->addCustomer(QStringLiteral("Li Wei"), QStringLiteral("13812345679"),
                      QStringLiteral("陕A12346"), {app_->now().date().addMonths(-1)});
    ui::DuplicatesDialog dialog(*app_->context.duplicates, app_->context.user);
    dialog.show();
    auto* merge = dialog.findChild<QPushButton*>(QStringLiteral("mergeButton"));
    ASSERT_NE(merge, nullptr);
    ASSERT_TRUE(merge->isEnabled());
    BoxReader box(QMessageBox::No);
    merge->click();
    ASSERT_EQ(box.count(), 1);
    EXPECT_EQ(chineseIn(box.texts(), {QStringLiteral("Li Wei")}), "") << box.dump();
}

HC_OPENS_BOXES(EnglishMessagesReportsTest, EscOnAFilledFormAsksInEnglish,
               "DirtyTracker.cpp:DirtyTracker::confirmDiscard#1");

TEST_F(EnglishMessagesReportsTest, EscOnAFilledFormAsksInEnglish) {
    ui::ComplaintDialog dialog(app_->context, liWei_);
    dialog.show();
    dialog.descriptionEdit()->setPlainText(QStringLiteral("Noise after repair"));
    BoxReader box;
    box.answerWith(QCoreApplication::translate("hc::ui::DirtyTracker", "继续编辑(&K)"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    ASSERT_EQ(box.count(), 1);
    EXPECT_TRUE(dialog.isVisible()) << "kept editing";
    EXPECT_EQ(dialog.descriptionEdit()->toPlainText(), QStringLiteral("Noise after repair"));
    EXPECT_EQ(chineseIn(box.texts()), "") << box.dump();
}

}  // namespace
}  // namespace hc::test
