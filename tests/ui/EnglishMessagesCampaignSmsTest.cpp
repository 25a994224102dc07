// Issue 9 item 9 for the campaign screen's SMS export (issue 11 item 5): the box that says how many
// messages were exported and how many customers were left out, read in English while it is open.
#include "EnglishBoxes.h"

#include "hc/services/MonthlyReportService.h"
#include "hc/services/SettingsService.h"
#include "hc/services/SmsGateway.h"
#include "hc/ui/CampaignView.h"
#include "hc/ui/SendMessagesDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hc::test {
namespace {

using EnglishMessagesCampaignSmsTest = EnglishBoxTest;

HC_OPENS_BOXES(EnglishMessagesCampaignSmsTest, TheCampaignSmsExportIsInEnglish,
               "CampaignView.cpp:CampaignView::chooseMessageExport#1");

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
