// Issue 9 item 9: the boxes that report a failing service, in English. The database turns
// read-only under the open screen (PRAGMA query_only, as a damaged file is opened), a table cannot
// be read, or the backup folder cannot be made; each box is read while it is open.
#include "EnglishBoxes.h"

#include "hc/services/ComplaintService.h"
#include "hc/ui/BackupDialog.h"
#include "hc/ui/CallOutcomePanel.h"
#include "hc/ui/CallbackView.h"
#include "hc/ui/ComplaintView.h"
#include "hc/ui/DrillDownDialog.h"
#include "hc/ui/ReportView.h"
#include "hc/ui/SatisfactionItemsDialog.h"
#include "hc/ui/ScriptEditorDialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace hc::test {
namespace {

using EnglishMessagesFailuresTest = EnglishBoxTest;

/// The button of `w` whose text is the English of `source` in `context`.
QPushButton* buttonNamed(QWidget* w, const char* context, const char* source) {
    const QString text = QCoreApplication::translate(context, source);
    for (auto* b : w->findChildren<QPushButton*>()) {
        if (b->text() == text) {
            return b;
        }
    }
    return nullptr;
}

HC_OPENS_BOXES(EnglishMessagesFailuresTest, ACallThatCannotBeSavedSaysWhyInEnglish,
               "CallbackView.cpp:CallbackView::saveCall#1");

TEST_F(EnglishMessagesFailuresTest, ACallThatCannotBeSavedSaysWhyInEnglish) {
    const QDate today = app_->now().date();
    const auto customer =
        app_->addCustomer(QStringLiteral("Zhou Bo"), QStringLiteral("13977778888"),
                          QStringLiteral("陕A77777"), {today.addDays(-3)});
    ui::CallbackView view(app_->context);
    const QDateTime now = app_->now();
    view.setClock([now] { return now; });
    view.resize(1400, 860);
    view.show();
    view.refresh();
    ASSERT_TRUE(view.selectCustomer(customer));
    view.listView()->setFocus();
    QTest::keyClick(view.listView(), Qt::Key_2);  // no answer
    makeReadOnly();
    BoxReader box;
    EXPECT_FALSE(view.saveCall());
    ASSERT_EQ(box.count(), 1);
    EXPECT_EQ(chineseIn(box.texts()), "") << box.dump();
}

HC_OPENS_BOXES(EnglishMessagesFailuresTest, ARenamedSatisfactionItemThatCannotBeStoredSaysWhy,
               "SatisfactionItemsDialog.cpp:SatisfactionItemsDialog::save#2");

TEST_F(EnglishMessagesFailuresTest, ARenamedSatisfactionItemThatCannotBeStoredSaysWhy) {
    ui::SatisfactionItemsDialog dialog(app_->context);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>();
    ASSERT_NE(table, nullptr);
    ASSERT_GT(table->rowCount(), 0);
    table->item(0, 0)->setText(QStringLiteral("Waiting time"));
    makeReadOnly();
    BoxReader box;
    EXPECT_FALSE(dialog.save());
    ASSERT_EQ(box.count(), 1);
    EXPECT_EQ(chineseIn(box.texts(), {QStringLiteral("Waiting time")}), "") << box.dump();
}

HC_OPENS_BOXES(EnglishMessagesFailuresTest, TheScriptEditorAsksAndReportsFailuresInEnglish,
               "ScriptEditorDialog.cpp:ScriptEditorDialog::confirmDiscard#1",
               "ScriptEditorDialog.cpp:ScriptEditorDialog::save#1",
               "ScriptEditorDialog.cpp:ScriptEditorDialog::resetToDefault#1");

TEST_F(EnglishMessagesFailuresTest, TheScriptEditorAsksAndReportsFailuresInEnglish) {
    ui::ScriptEditorDialog dialog(app_->context);
    dialog.show();
    ASSERT_TRUE(dialog.selectKey(QStringLiteral("stage.lost")));
    auto* editor = dialog.findChild<QPlainTextEdit*>();
    ASSERT_NE(editor, nullptr);
    editor->setPlainText(QStringLiteral("Hello {name}, your {plate} is due."));
    ASSERT_TRUE(dialog.save());  // now the shop's own text: it can be reset
    editor->setPlainText(QStringLiteral("Hello {name}."));
    {
        BoxReader question(QMessageBox::No);  // another script chosen: discard the edit? No.
        auto* keys = dialog.findChild<QListWidget*>();
        ASSERT_NE(keys, nullptr);
        keys->setCurrentRow(keys->currentRow() == 0 ? 1 : 0);
        ASSERT_EQ(question.count(), 1);
        EXPECT_EQ(chineseIn(question.texts()), "") << question.dump();
    }
    EXPECT_EQ(editor->toPlainText(), QStringLiteral("Hello {name}.")) << "the edit is kept";
    makeReadOnly();
    {
        BoxReader failure;
        EXPECT_FALSE(dialog.save());
        EXPECT_FALSE(dialog.resetToDefault());
        ASSERT_EQ(failure.count(), 2);
        EXPECT_EQ(chineseIn(failure.texts()), "") << failure.dump();
    }
}

HC_OPENS_BOXES(EnglishMessagesFailuresTest, AComplaintStepThatCannotBeStoredSaysWhyInEnglish,
               "ComplaintView.cpp:ComplaintView::recordStep#1");

TEST_F(EnglishMessagesFailuresTest, AComplaintStepThatCannotBeStoredSaysWhyInEnglish) {
    domain::Complaint c;
    c.customerId = liWei_;
    c.description = QStringLiteral("Noise after repair");
    c.received = app_->now().addSecs(-3600);
    const auto id = app_->context.complaints->open(app_->context.user, c);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    ui::ComplaintView view(app_->context);
    const QDateTime now = app_->now();
    view.setClock([now] { return now; });
    view.show();
    view.refresh();
    ASSERT_TRUE(view.selectComplaint(id.value()));
    makeReadOnly();
    BoxReader box;
    EXPECT_FALSE(view.recordStep(services::ComplaintAction::Contact));
    ASSERT_EQ(box.count(), 1);
    EXPECT_EQ(chineseIn(box.texts()), "") << box.dump();
}

HC_OPENS_BOXES(EnglishMessagesFailuresTest, ADrillDownThatCannotAddToTheCallListSaysWhy,
               "DrillDownDialog.cpp:DrillDownDialog::addToCallbackList#2");

TEST_F(EnglishMessagesFailuresTest, ADrillDownThatCannotAddToTheCallListSaysWhy) {
    ui::DrillDownDialog dialog(app_->context, QStringLiteral("Lost customers"),
                               {{liWei_, QStringLiteral("Li Wei"), QStringLiteral("Lost")}});
    dialog.show();
    makeReadOnly();
    dialog.campaignTitleEdit()->setText(QStringLiteral("Win back"));
    BoxReader box;
    EXPECT_EQ(dialog.addToCallbackList(), 0);
    ASSERT_EQ(box.count(), 1);
    EXPECT_EQ(chineseIn(box.texts()), "") << box.dump();
}

HC_OPENS_BOXES(EnglishMessagesFailuresTest, ADrillDownThatCannotReadThePhonesSaysSoOnce,
               "ReadErrors.cpp:ReadErrors::show#1");

TEST_F(EnglishMessagesFailuresTest, ADrillDownThatCannotReadThePhonesSaysSoOnce) {
    const auto other = app_->addCustomer(QStringLiteral("Zhou Bo"), QStringLiteral("13977778888"),
                                         QStringLiteral("陕A77777"), {});
    breakReadsOf(QStringLiteral("customers"));
    BoxReader box;
    ui::DrillDownDialog dialog(app_->context, QStringLiteral("Lost customers"),
                               {{liWei_, QStringLiteral("Li Wei"), QStringLiteral("Lost")},
                                {other, QStringLiteral("Zhou Bo"), QStringLiteral("Lost")}});
    ASSERT_EQ(box.count(), 1) << "once, not per row";
    EXPECT_FALSE(box.boxes().front().detailed.isEmpty()) << "the technical reason under details";
    EXPECT_EQ(chineseIn(box.texts()), "") << box.dump();
}

HC_OPENS_BOXES(EnglishMessagesFailuresTest, BackupFailuresAreExplainedInEnglish,
               "BackupDialog.cpp:BackupDialog::BackupDialog#1",
               "BackupDialog.cpp:BackupDialog::backupNow#1");

TEST_F(EnglishMessagesFailuresTest, BackupFailuresAreExplainedInEnglish) {
    // The backup folder beside the database is a file (a copy gone wrong): no backup can be made.
    const QString folder =
        QFileInfo(app_->db().path()).absoluteDir().filePath(QStringLiteral("backups"));
    ASSERT_FALSE(QFileInfo::exists(folder));
    {
        QFile f(folder);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    ui::BackupDialog dialog(*app_->context.backups, app_->context.user);
    dialog.show();
    {
        BoxReader box;
        QSignalSpy finished(&dialog, &ui::BackupDialog::backupFinished);
        ASSERT_TRUE(dialog.backupNow());
        ASSERT_TRUE(finished.wait(30000));  // backed up off the GUI thread
        EXPECT_FALSE(finished.at(0).at(0).toBool());
        ASSERT_EQ(box.count(), 1);
        EXPECT_EQ(chineseIn(box.texts(), {QDir::toNativeSeparators(folder), folder}), "")
            << box.dump();
        // It says what to check, not only the folder's path.
        EXPECT_TRUE(box.texts().join(u' ').contains(QStringLiteral("permission"))) << box.dump();
    }
    // The second folder cannot be stored in a read-only database.
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("secondFolderEdit"));
    auto* save = buttonNamed(&dialog, "hc::ui::BackupDialog", "保存");
    ASSERT_TRUE(edit && save);
    edit->setText(QStringLiteral("/media/usb"));
    makeReadOnly();
    BoxReader box;
    save->click();
    ASSERT_EQ(box.count(), 1);
    EXPECT_EQ(chineseIn(box.texts()), "") << box.dump();
}

HC_OPENS_BOXES(EnglishMessagesFailuresTest, AnAbcRunThatCannotBeSavedSaysWhyInEnglish,
               "ReportView.cpp:ReportView::saveAbcRun#2");

TEST_F(EnglishMessagesFailuresTest, AnAbcRunThatCannotBeSavedSaysWhyInEnglish) {
    ui::ReportView view(app_->context);
    view.show();
    ASSERT_TRUE(view.showMonth(services::ReportMonth::of(app_->now().date().addMonths(-1))));
    auto* save = view.findChild<QPushButton*>(QStringLiteral("saveAbcButton"));
    ASSERT_NE(save, nullptr);
    // Saved on a connection of its own: a refusal every connection sees (not query_only).
    QSqlQuery refuse(app_->db().connection());
    ASSERT_TRUE(
        refuse.exec(QStringLiteral("CREATE TRIGGER refuse_runs BEFORE INSERT ON report_runs "
                                   "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    BoxReader boxes(QMessageBox::Yes);
    QSignalSpy saved(&view, &ui::ReportView::abcRunSaved);
    save->click();  // the question, then (off the GUI thread) the failure
    ASSERT_TRUE(saved.wait(30000));
    EXPECT_FALSE(saved.at(0).at(0).toBool());
    ASSERT_EQ(boxes.count(), 2);
    EXPECT_EQ(chineseIn(boxes.texts()), "") << boxes.dump();
}

}  // namespace
}  // namespace hc::test
