// Issue 9 item 9: in English the message boxes (confirmations, results, validation failures) carry
// no Chinese that does not come from the data. Each box is read while it is open (title, text,
// informative and detailed text, buttons) and answered. The other EnglishMessages*Test files open
// the remaining boxes; EnglishMessageSitesTest checks that every call site is opened by one.
#include "EnglishBoxes.h"

#include "hc/services/AppointmentService.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/AppointmentPanel.h"
#include "hc/ui/BackupDialog.h"
#include "hc/ui/CallbackView.h"
#include "hc/ui/CancelAppointmentDialog.h"
#include "hc/ui/ComplaintDialog.h"
#include "hc/ui/DrillDownDialog.h"
#include "hc/ui/ReportView.h"
#include "hc/ui/SatisfactionItemsDialog.h"
#include "hc/ui/SendMessagesDialog.h"

#include <QDateTimeEdit>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hc::test {
namespace {

using EnglishMessagesTest = EnglishBoxTest;

HC_OPENS_BOXES(EnglishMessagesTest, SavingTheAbcRunAsksAndConfirmsInEnglish,
               "ReportView.cpp:ReportView::saveAbcRun#1",
               "ReportView.cpp:ReportView::saveAbcRun#3");

TEST_F(EnglishMessagesTest, SavingTheAbcRunAsksAndConfirmsInEnglish) {
    ui::ReportView view(app_->context);
    view.show();
    ASSERT_TRUE(view.showMonth(services::ReportMonth::of(app_->now().date().addMonths(-1))));
    auto* save = view.findChild<QPushButton*>(QStringLiteral("saveAbcButton"));
    ASSERT_NE(save, nullptr);
    ASSERT_TRUE(save->isEnabled());
    BoxReader boxes(QMessageBox::Yes);
    QSignalSpy saved(&view, &ui::ReportView::abcRunSaved);
    save->click();  // the question, then (saved off the GUI thread) the result
    ASSERT_TRUE(saved.wait(30000));
    EXPECT_TRUE(saved.at(0).at(0).toBool());
    EXPECT_EQ(boxes.count(), 2);
    EXPECT_EQ(chineseIn(boxes.texts()), "") << "confirmation and result";
}

HC_OPENS_BOXES(EnglishMessagesTest, AnEmptySatisfactionItemIsRefusedInEnglish,
               "SatisfactionItemsDialog.cpp:SatisfactionItemsDialog::save#1");

TEST_F(EnglishMessagesTest, AnEmptySatisfactionItemIsRefusedInEnglish) {
    ui::SatisfactionItemsDialog dialog(app_->context);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>();
    ASSERT_NE(table, nullptr);
    ASSERT_GT(table->rowCount(), 0);
    table->item(0, 0)->setText(QString());
    BoxReader warning(QMessageBox::Ok);
    EXPECT_FALSE(dialog.save());
    ASSERT_TRUE(warning.seen());
    EXPECT_EQ(chineseIn(warning.texts()), "") << "validation failure";
}

HC_OPENS_BOXES(EnglishMessagesTest, BackupRestoreAsksAndAnUnverifiedBackupIsRefusedInEnglish,
               "BackupDialog.cpp:BackupDialog::restoreSelected#1",
               "BackupDialog.cpp:BackupDialog::restoreSelected#2");

TEST_F(EnglishMessagesTest, BackupRestoreAsksAndAnUnverifiedBackupIsRefusedInEnglish) {
    ui::BackupDialog dialog(*app_->context.backups, app_->context.user);
    dialog.show();
    {
        BoxReader failure(QMessageBox::Ok);  // one reader at a time: each answers what it sees
        QSignalSpy finished(&dialog, &ui::BackupDialog::backupFinished);
        ASSERT_TRUE(dialog.backupNow());
        ASSERT_TRUE(finished.wait(30000));  // backed up off the GUI thread
        ASSERT_GT(dialog.table()->rowCount(), 0) << failure.texts().join(u'|').toStdString();
    }
    dialog.table()->selectRow(0);
    {
        BoxReader question(QMessageBox::No);
        EXPECT_FALSE(dialog.restoreSelected());  // asked, answered No
        ASSERT_TRUE(question.seen());
        EXPECT_EQ(chineseIn(question.texts()), "") << "restore confirmation";
    }

    // The same backup marked unverified: refused with a warning.
    dialog.table()->item(0, 0)->setData(Qt::UserRole + 1, false);
    BoxReader warning(QMessageBox::Ok);
    EXPECT_FALSE(dialog.restoreSelected());
    ASSERT_TRUE(warning.seen());
    EXPECT_EQ(chineseIn(warning.texts()), "") << "unverified backup";
}

HC_OPENS_BOXES(EnglishMessagesTest, AComplaintThatCannotBeSavedSaysWhyInEnglish,
               "ComplaintDialog.cpp:ComplaintDialog::save#1");

TEST_F(EnglishMessagesTest, AComplaintThatCannotBeSavedSaysWhyInEnglish) {
    const auto customer = app_->addCustomer(
        QStringLiteral("Zhao Min"), QStringLiteral("13911112222"), QStringLiteral("陕A22222"), {});
    ui::ComplaintDialog dialog(app_->context, customer);
    dialog.show();
    dialog.descriptionEdit()->setPlainText(QStringLiteral("Noise after repair"));
    dialog.receivedEdit()->setMaximumDateTime(QDateTime(QDate(2100, 1, 1), QTime(0, 0)));
    dialog.receivedEdit()->setDateTime(app_->now().addDays(2));  // in the future: refused
    BoxReader warning(QMessageBox::Ok);
    EXPECT_FALSE(dialog.save());
    ASSERT_TRUE(warning.seen());
    EXPECT_EQ(chineseIn(warning.texts()), "") << "complaint not saved";
}

HC_OPENS_BOXES(EnglishMessagesTest, DrillDownBoxesAndTheSmsExportAreInEnglish,
               "DrillDownDialog.cpp:DrillDownDialog::addToCallbackList#1",
               "DrillDownDialog.cpp:DrillDownDialog::addToCallbackList#3",
               "MessageBatchExport.cpp:MessageBatchExport::tell#1");

TEST_F(EnglishMessagesTest, DrillDownBoxesAndTheSmsExportAreInEnglish) {
    const auto customer = app_->addCustomer(QStringLiteral("Sun Li"), QStringLiteral("13933334444"),
                                            QStringLiteral("陕A33333"), {});
    ui::DrillDownDialog dialog(app_->context, QStringLiteral("Lost customers"),
                               {{customer, QStringLiteral("Sun Li"), QStringLiteral("Lost")}});
    dialog.show();
    dialog.campaignTitleEdit()->clear();
    {
        BoxReader missingTitle(QMessageBox::Ok);
        EXPECT_EQ(dialog.addToCallbackList(), 0);
        ASSERT_TRUE(missingTitle.seen());
        EXPECT_EQ(chineseIn(missingTitle.texts()), "") << "missing title";
    }
    dialog.campaignTitleEdit()->setText(QStringLiteral("Win back"));
    {
        BoxReader added(QMessageBox::Ok);
        EXPECT_GT(dialog.addToCallbackList(), 0);
        ASSERT_TRUE(added.seen());
        EXPECT_EQ(chineseIn(added.texts()), "") << "added to the call list";
    }

    // 导出短信: template, file, then the result box.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sms.csv"));
    BoxReader exported(QMessageBox::Ok, exportTo(path));
    dialog.chooseMessageExport();
    ASSERT_TRUE(exported.seen());
    EXPECT_EQ(chineseIn(exported.texts()), "") << "export result";
    // No shop name to sign the messages: a warning that says why, not the saved-file notice.
    ASSERT_EQ(exported.count(), 1);
    EXPECT_FALSE(exported.boxes().front().text.startsWith(QStringLiteral("Saved to ")))
        << exported.dump();
}

HC_OPENS_BOXES(EnglishMessagesTest, AppointmentCancelDialogAndRefusalAreInEnglish,
               "AppointmentPanel.cpp:AppointmentPanel::cancelSelected#1");

TEST_F(EnglishMessagesTest, AppointmentCancelDialogAndRefusalAreInEnglish) {
    const auto customer = app_->addCustomer(
        QStringLiteral("Qian Yu"), QStringLiteral("13955556666"), QStringLiteral("陕A44444"), {});
    services::AppointmentInput in;
    in.customerId = customer;
    in.date = app_->now().date().addDays(1);
    in.time = QTime(9, 0);
    in.purpose = QStringLiteral("Oil");
    const auto id = app_->context.appointments->book(app_->context.user, in);
    ASSERT_TRUE(id);
    ui::AppointmentPanel panel(app_->context);
    panel.show();
    panel.refresh();
    ASSERT_EQ(panel.model()->rowCount(), 1);
    panel.table()->setCurrentIndex(panel.model()->index(0, 0));
    // Cancelled meanwhile (another desk): the list still shows it booked; the service refuses.
    ASSERT_TRUE(app_->context.appointments->cancel(app_->context.user, id.value(),
                                                   QStringLiteral("Moved")));
    QStringList dialogTexts;
    BoxReader refusal(QMessageBox::Ok, [&dialogTexts](QWidget* modal) {
        auto* d = qobject_cast<ui::CancelAppointmentDialog*>(modal);
        if (d == nullptr) {
            return false;
        }
        dialogTexts << widgetTexts(d);
        d->reasonEdit()->setText(QStringLiteral("Customer called"));
        d->confirmButton()->click();
        return true;
    });
    EXPECT_FALSE(panel.cancelSelected());
    ASSERT_TRUE(refusal.seen());
    EXPECT_EQ(chineseIn(dialogTexts), "") << "cancel dialog";
    EXPECT_EQ(chineseIn(refusal.texts()), "") << "already cancelled";
}

HC_OPENS_BOXES(EnglishMessagesTest, CallbackSmsExportAndGatewaySendAreInEnglish,
               "SavedFileNotice.cpp:SavedFileNotice::show#1");

TEST_F(EnglishMessagesTest, CallbackSmsExportAndGatewaySendAreInEnglish) {
    domain::ShopProfile shop;
    shop.name = QStringLiteral("Shunda Auto");
    ASSERT_TRUE(app_->context.settings->saveShopProfile(app_->context.user, shop));
    ui::CallbackView view(app_->context);
    view.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sms.csv"));
    BoxReader exported(QMessageBox::Ok, exportTo(path));
    view.chooseMessageExport();
    ASSERT_TRUE(exported.seen());
    EXPECT_EQ(chineseIn(exported.texts()), "") << "export result";
    // Issue 9 item 11: the saved-file notice (open / open folder), the counts under it.
    ASSERT_EQ(exported.count(), 1);
    EXPECT_TRUE(exported.boxes().front().text.startsWith(QStringLiteral("Saved to ")))
        << exported.dump();
    EXPECT_TRUE(exported.boxes().front().informative.contains(QStringLiteral("Exported")))
        << exported.dump();
    EXPECT_EQ(exported.boxes().front().buttons.size(), 3) << exported.dump();
    // The file named in the notice was written (the save dialog keeps its suggested name).
    const QString saved =
        exported.boxes().front().text.mid(QStringLiteral("Saved to ").size()).trimmed();
    EXPECT_TRUE(QFileInfo::exists(saved)) << saved.toStdString();

    // 发送短信 without a gateway set up: the dialog says so in English.
    ui::SendMessagesDialog send(app_->context, app_->now().date());
    send.show();
    EXPECT_FALSE(send.send());
    EXPECT_EQ(chineseIn(widgetTexts(&send)), "") << "send dialog";
}

}  // namespace
}  // namespace hc::test
