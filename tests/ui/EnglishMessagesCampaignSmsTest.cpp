// Issue 9 item 9 for the campaign screen's SMS export (issue 11 item 5): the box that says how many
// messages were exported and how many customers were left out, read in English while it is open.
#include "EnglishBoxes.h"

#include "hc/services/MonthlyReportService.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/CampaignView.h"

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

}  // namespace
}  // namespace hc::test
