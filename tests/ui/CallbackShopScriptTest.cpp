// The post-service call script names the shop from the shop profile ({shop}), not the program.
#include "CallbackUiFixture.h"

#include "hc/services/SettingsService.h"
#include "hc/ui/CallbackView.h"

#include <QTextBrowser>

namespace {

class CallbackShopScriptTest : public hc::test::CallbackUiFixture {};

TEST_F(CallbackShopScriptTest, PostServiceScriptSaysTheShopName) {
    hc::services::SettingsService settings(*db_, clock());
    ctx_.settings = &settings;
    {
        hc::ui::CallbackView view(ctx_);
        view.setClock(clock());
        ASSERT_TRUE(view.selectCustomer(customer_));
        const QString text = view.scriptView()->toPlainText();
        EXPECT_TRUE(text.contains(QStringLiteral("我是本店的回访专员"))) << text.toStdString();
    }
    hc::domain::ShopProfile shop;
    shop.name = QStringLiteral("顺达汽修");
    ASSERT_TRUE(settings.saveShopProfile(manager_, shop).ok());
    hc::ui::CallbackView view(ctx_);
    view.setClock(clock());
    ASSERT_TRUE(view.selectCustomer(customer_));
    const QString text = view.scriptView()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("我是顺达汽修的回访专员"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("回厂的回访专员"))) << text.toStdString();
    ctx_.settings = nullptr;
}

}  // namespace
