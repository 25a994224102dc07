// Issue 9 item 9 for the campaign screen's SMS export (issue 11 item 5): the box that says how many
// messages were exported and how many customers were left out, read in English while it is open.
#include "EnglishBoxes.h"

#include "hc/services/MonthlyReportService.h"
#include "hc/services/SettingsService.h"
#include "hc/services/SmsGateway.h"
#include "hc/ui/CallbackView.h"
#include "hc/ui/CampaignView.h"
#include "hc/ui/CustomerCardView.h"
#include "hc/ui/CustomerPrivacyActions.h"
#include "hc/ui/DrillDownDialog.h"
#include "hc/ui/SendMessagesDialog.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hc::test {
namespace {

using EnglishMessagesCampaignSmsTest = EnglishBoxTest;

HC_OPENS_BOXES(EnglishMessagesCampaignSmsTest, TheCampaignSmsExportIsInEnglish,
               "SavedFileNotice.cpp:SavedFileNotice::show#1");

TEST_F(EnglishMessagesCampaignSmsTest, TheCampaignSmsExportIsInEnglish) {
    domain::ShopProfile shop;
    shop.name = QStringLiteral("Shunda Auto");
    ASSERT_TRUE(app_->context.settings->saveShopProfile(app_->context.user, shop));
    ASSERT_TRUE(app_->context.reports->addToCallbackList(
        app_->context.user, {liWei_}, QStringLiteral("Win back"), app_->now().date()));
    ui::CampaignView view(app_->context);
    view.show();
    ASSERT_EQ(view.table()->rowCount(), 1);
    view.table()->selectRow(0);
    QTemporaryDir dir;
    BoxReader exported(QMessageBox::Ok, exportTo(dir.filePath(QStringLiteral("sms.csv"))));
    view.chooseMessageExport();
    ASSERT_TRUE(exported.seen());
    // Li Wei gave no marketing consent: nothing exported, one left out, said in English.
    EXPECT_EQ(chineseIn(exported.texts(), {QStringLiteral("Win back")}), "") << "export result";
    EXPECT_TRUE(
        exported.texts().join(u'\n').contains(QStringLiteral("1 customers without consent")))
        << exported.texts().join(u'\n').toStdString();
    // Issue 9 item 11: the saved-file notice, the counts under it.
    ASSERT_EQ(exported.count(), 1);
    EXPECT_TRUE(exported.boxes().front().text.startsWith(QStringLiteral("Saved to ")))
        << exported.dump();
    EXPECT_TRUE(exported.boxes().front().informative.contains(QStringLiteral("without consent")))
        << exported.dump();
}

HC_OPENS_BOXES(EnglishMessagesCampaignSmsTest, SmsExportsToAMissingFolderSayWhyInEnglish,
               "MessageBatchExport.cpp:MessageBatchExport::tell#1");

// The three SMS exports when no file can be written (no shop name yet to sign the messages, and a
// folder that does not exist): a warning that says why, no saved-file notice, no file. All three
// end in MessageBatchExport (one summary, one translation context), so they say it alike.
TEST_F(EnglishMessagesCampaignSmsTest, SmsExportsToAMissingFolderSayWhyInEnglish) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("usb/sms.csv"));
    auto checkWarning = [&path](const BoxReader& r, const char* what) {
        ASSERT_EQ(r.count(), 1) << what << ": " << r.dump();
        EXPECT_FALSE(r.boxes().front().text.startsWith(QStringLiteral("Saved to "))) << r.dump();
        EXPECT_EQ(chineseIn(r.texts(), {QStringLiteral("Win back")}), "") << what;
        EXPECT_FALSE(QFileInfo::exists(path)) << what;
    };
    ASSERT_TRUE(app_->context.reports->addToCallbackList(
        app_->context.user, {liWei_}, QStringLiteral("Win back"), app_->now().date()));
    {
        ui::CampaignView view(app_->context);
        view.show();
        ASSERT_EQ(view.table()->rowCount(), 1);
        view.table()->selectRow(0);
        BoxReader failed(QMessageBox::Ok, exportTo(path));
        view.chooseMessageExport();
        checkWarning(failed, "campaign");
    }
    {
        ui::CallbackView view(app_->context);
        view.show();
        BoxReader failed(QMessageBox::Ok, exportTo(path));
        view.chooseMessageExport();
        checkWarning(failed, "callbacks");
    }
    {
        ui::DrillDownDialog dialog(app_->context, QStringLiteral("Lost customers"),
                                   {{liWei_, QStringLiteral("Li Wei"), QStringLiteral("Lost")}});
        dialog.show();
        BoxReader failed(QMessageBox::Ok, exportTo(path));
        dialog.chooseMessageExport();
        checkWarning(failed, "drill-down");
    }
}

HC_OPENS_BOXES(EnglishMessagesCampaignSmsTest, TheThreeSmsExportsEndWithTheSameSummary,
               "SavedFileNotice.cpp:SavedFileNotice::show#1");

// The summary of an SMS export is written once (MessageBatchExport, one translation context): the
// callback list, a campaign and a report drill-down end with the same English sentence, only the
// counts and the file differ.
TEST_F(EnglishMessagesCampaignSmsTest, TheThreeSmsExportsEndWithTheSameSummary) {
    domain::ShopProfile shop;
    shop.name = QStringLiteral("Shunda Auto");
    ASSERT_TRUE(app_->context.settings->saveShopProfile(app_->context.user, shop));
    ASSERT_TRUE(app_->context.reports->addToCallbackList(
        app_->context.user, {liWei_}, QStringLiteral("Win back"), app_->now().date()));
    const QRegularExpression summary(
        QStringLiteral("^Exported \\d+ messages \\(\\d+ billed SMS\\) to (.+)\\.\\n"
                       "Not exported: \\d+ customers without consent, \\d+ invalid or without a "
                       "mobile number\\.$"));
    QTemporaryDir dir;
    auto check = [&summary](const BoxReader& r, const char* what) {
        ASSERT_EQ(r.count(), 1) << what << ": " << r.dump();
        const SeenBox& notice = r.boxes().front();
        EXPECT_TRUE(notice.text.startsWith(QStringLiteral("Saved to "))) << what << r.dump();
        const auto m = summary.match(notice.informative);
        ASSERT_TRUE(m.hasMatch()) << what << ": " << notice.informative.toStdString();
        EXPECT_TRUE(QFileInfo::exists(m.captured(1)))
            << what << ": " << m.captured(1).toStdString();
    };
    {
        ui::CampaignView view(app_->context);
        view.show();
        ASSERT_EQ(view.table()->rowCount(), 1);
        view.table()->selectRow(0);
        const QString path = dir.filePath(QStringLiteral("campaign.csv"));
        BoxReader saved(QMessageBox::Close, exportTo(path));
        view.chooseMessageExport();
        check(saved, "campaign");
    }
    {
        ui::CallbackView view(app_->context);
        view.show();
        const QString path = dir.filePath(QStringLiteral("day.csv"));
        BoxReader saved(QMessageBox::Close, exportTo(path));
        view.chooseMessageExport();
        check(saved, "callbacks");
    }
    {
        ui::DrillDownDialog dialog(app_->context, QStringLiteral("Lost customers"),
                                   {{liWei_, QStringLiteral("Li Wei"), QStringLiteral("Lost")}});
        dialog.show();
        const QString path = dir.filePath(QStringLiteral("drill.csv"));
        BoxReader saved(QMessageBox::Close, exportTo(path));
        dialog.chooseMessageExport();
        check(saved, "drill-down");
    }
}

HC_OPENS_BOXES(EnglishMessagesCampaignSmsTest, ThePersonalDataExportEndsWithTheSavedFileNotice,
               "SavedFileNotice.cpp:SavedFileNotice::show#1");

// Issue 9 item 11: the PIPL export (个人信息 → 导出数据) chosen in the save dialog ends with the
// saved-file notice naming the file it wrote, not only a status-bar line.
TEST_F(EnglishMessagesCampaignSmsTest, ThePersonalDataExportEndsWithTheSavedFileNotice) {
    ui::CustomerCardView card(app_->context);
    card.showCustomer(liWei_);
    ui::CustomerPrivacyActions* actions = card.privacyActions();
    ASSERT_NE(actions, nullptr);
    QTemporaryDir dir;
    BoxReader saved(QMessageBox::Close, exportTo(dir.filePath(QStringLiteral("li-wei.json"))));
    ASSERT_TRUE(actions->exportTo(QStringLiteral("json")));
    ASSERT_EQ(saved.count(), 1) << saved.dump();
    const SeenBox& notice = saved.boxes().front();
    ASSERT_TRUE(notice.text.startsWith(QStringLiteral("Saved to "))) << saved.dump();
    EXPECT_EQ(notice.buttons.size(), 3) << saved.dump();  // open, open folder, close
    const QString file = notice.text.mid(QStringLiteral("Saved to ").size()).trimmed();
    EXPECT_GT(QFileInfo(file).size(), 0) << file.toStdString();
    EXPECT_EQ(chineseIn(saved.texts()), "") << saved.dump();
}

HC_OPENS_BOXES(EnglishMessagesCampaignSmsTest, TheSendQuestionIsInEnglish,
               "SendMessagesDialog.cpp:SendMessagesDialog::confirmAndSend#1");

TEST_F(EnglishMessagesCampaignSmsTest, TheSendQuestionIsInEnglish) {
    domain::ShopProfile shop;
    shop.name = QStringLiteral("Shunda Auto");
    shop.phone = QStringLiteral("029-81629900");
    ASSERT_TRUE(app_->context.settings->saveShopProfile(app_->context.user, shop));
    ui::SendMessagesDialog dialog(app_->context, std::vector<domain::CustomerId>{liWei_},
                                  QStringLiteral("Lost"));
    dialog.setGatewayFactory([] { return std::unique_ptr<services::SmsGateway>(); });
    dialog.show();
    auto* combo = dialog.templateCombo();
    combo->setCurrentIndex(combo->findData(QStringLiteral("post_service")));
    QSignalSpy finished(&dialog, &ui::SendMessagesDialog::sendFinished);
    BoxReader asked(QMessageBox::Cancel);
    ASSERT_TRUE(dialog.send());
    ASSERT_TRUE(finished.count() > 0 || finished.wait(10000));
    ASSERT_TRUE(asked.seen());
    // The message text is the shop's data; the question around it is English.
    EXPECT_EQ(chineseIn(asked.texts()), "") << "send question";
    EXPECT_EQ(chineseIn({dialog.resultLabel()->text()}), "") << "cancelled";
}

}  // namespace
}  // namespace hc::test
