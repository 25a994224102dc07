// The window title names the screen and the shop: "<screen> — <shop> — 回厂".
#include "AppHarness.h"

#include "hc/domain/ShopProfile.h"
#include "hc/ui/MainWindow.h"

#include <gtest/gtest.h>

namespace hc::test {
namespace {

TEST(WindowTitleTest, NamesTheScreenAndTheShop) {
    AppHarness app;
    {
        ui::MainWindow window(app.context, QStringLiteral("title.db"));
        EXPECT_EQ(window.windowTitle(), QStringLiteral("接待 / 档案 — 回厂"));  // no shop name yet
    }
    domain::ShopProfile shop;
    shop.name = QStringLiteral("西安汽修一店");
    ASSERT_TRUE(app.context.settings->saveShopProfile(app.context.user, shop));
    ui::MainWindow window(app.context, QStringLiteral("title.db"));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("接待 / 档案 — 西安汽修一店 — 回厂"));
    ASSERT_TRUE(window.showPage(QStringLiteral("callbacks")));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("回访 — 西安汽修一店 — 回厂"));
}

}  // namespace
}  // namespace hc::test
