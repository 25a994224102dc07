// Login, main window and search as you type, driven offscreen with QTest on a real SQLite database
// with the real services.
#include "QtApp.h"

#include "hc/services/AnalysisService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/SearchService.h"
#include "hc/services/SettingsService.h"
#include "hc/services/UserService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/storage/Database.h"
#include "hc/ui/CustomerCardView.h"
#include "hc/ui/LoginDialog.h"
#include "hc/ui/MainWindow.h"
#include "hc/ui/ReceptionView.h"
#include "hc/ui/SearchModel.h"
#include "hc/ui/SettingsView.h"
#include "hc/ui/UiContext.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

#include <memory>

namespace {

using hc::domain::Role;
using hc::services::ActingUser;

class ShellAndSearchTest : public ::testing::Test {
protected:
    void SetUp() override {
        hc::test::qtApp();
        QCoreApplication::setOrganizationName(QStringLiteral("HuichangTest"));
        QCoreApplication::setApplicationName(QStringLiteral("hc_ui_tests"));
        ASSERT_TRUE(dir_.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir_.path());
        db_ = hc::storage::Database::open(dir_.filePath(QStringLiteral("shell.db")));
        const auto clock = hc::services::systemClock();
        customers_ = std::make_unique<hc::services::CustomerService>(*db_, clock);
        vehicles_ = std::make_unique<hc::services::VehicleService>(*db_, clock);
        visits_ = std::make_unique<hc::services::VisitService>(*db_, clock);
        hc::services::LoginPolicy policy;
        policy.failureDelayMs = 300;
        policy.passwordIterations = 10000;  // fast hashing: these tests do not test it
        users_ = std::make_unique<hc::services::UserService>(*db_, clock, policy);
        analysis_ = std::make_unique<hc::services::AnalysisService>(*db_);
        search_ = std::make_unique<hc::services::SearchService>(*db_);

        const ActingUser system{};
        auto advisorId = users_->addUser(system, QStringLiteral("li"), Role::Advisor,
                                         QStringLiteral("Reception#2024"));
        ASSERT_TRUE(advisorId) << advisorId.error().message.toStdString();
        auto managerId = users_->addUser(system, QStringLiteral("wang"), Role::Manager,
                                         QStringLiteral("Manager#2024"));
        ASSERT_TRUE(managerId) << managerId.error().message.toStdString();
        manager_ = ActingUser{managerId.value(), QStringLiteral("wang"), Role::Manager};

        // Customers registered through the real services: the triggers index them.
        hc::domain::Customer liu;
        liu.name = QStringLiteral("刘春江");
        liu.phone = QStringLiteral("13812345678");
        auto liuId = customers_->registerCustomer(manager_, liu);
        ASSERT_TRUE(liuId) << liuId.error().message.toStdString();
        liuId_ = liuId.value();
        hc::domain::Vehicle car;
        car.customerId = liuId_;
        car.plate = QStringLiteral("陕A12345");
        car.brand = QStringLiteral("奔驰");
        auto carId = vehicles_->registerVehicle(manager_, car);
        ASSERT_TRUE(carId) << carId.error().message.toStdString();
        hc::domain::Customer niu;
        niu.name = QStringLiteral("牛理财");
        niu.phone = QStringLiteral("13900001111");
        auto niuId = customers_->registerCustomer(manager_, niu);
        ASSERT_TRUE(niuId) << niuId.error().message.toStdString();
    }

    hc::ui::UiContext context(const ActingUser& user) {
        hc::ui::UiContext ctx;
        ctx.customers = customers_.get();
        ctx.vehicles = vehicles_.get();
        ctx.visits = visits_.get();
        ctx.users = users_.get();
        ctx.analysis = analysis_.get();
        ctx.search = search_.get();
        ctx.user = user;
        return ctx;
    }

    /// Types like a user: ASCII as key presses, Chinese as an input-method commit (how an IME
    /// delivers 陕 or 刘春江).
    static void typeInto(QLineEdit* edit, const QString& text) {
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClick(edit, c.toLatin1());
            } else {
                QInputMethodEvent commit;
                commit.setCommitString(QString(c));
                QCoreApplication::sendEvent(edit, &commit);
            }
        }
    }
    /// Types into the search box and waits for the debounced search to replace the results (its
    /// signal, not a fixed time: the keys are typed without the event loop running in between,
    /// so one search runs, for the whole text).
    static void typeSearch(hc::ui::ReceptionView& view, const QString& text) {
        view.searchEdit()->clear();
        QCoreApplication::processEvents();  // a search of the cleared box is not the one awaited
        QSignalSpy searched(view.model(), &hc::ui::SearchModel::searched);
        QSignalSpy failed(view.model(), &hc::ui::SearchModel::searchFailed);
        typeInto(view.searchEdit(), text);
        if (searched.isEmpty() && failed.isEmpty()) {
            (void)searched.wait(5000);
        }
    }

    QTemporaryDir dir_;
    std::unique_ptr<hc::storage::Database> db_;
    std::unique_ptr<hc::services::CustomerService> customers_;
    std::unique_ptr<hc::services::VehicleService> vehicles_;
    std::unique_ptr<hc::services::VisitService> visits_;
    std::unique_ptr<hc::services::UserService> users_;
    std::unique_ptr<hc::services::AnalysisService> analysis_;
    std::unique_ptr<hc::services::SearchService> search_;
    ActingUser manager_;
    qint64 liuId_ = 0;
};

TEST_F(ShellAndSearchTest, WrongPasswordShowsMessageAndDelaysWithoutBlocking) {
    hc::ui::LoginDialog login(*users_);
    login.show();
    login.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&login));
    auto* user = login.findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
    auto* password = login.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* button = login.findChild<QPushButton*>(QStringLiteral("loginButton"));
    ASSERT_TRUE(user && password && button);
    EXPECT_FALSE(button->isEnabled());  // nothing typed yet
    QTest::keyClicks(user, QStringLiteral("li"));
    QTest::keyClick(user, Qt::Key_Return);  // Enter in the username moves to the password
    EXPECT_TRUE(password->hasFocus());
    QTest::keyClicks(password, QStringLiteral("wrong-password"));
    QTest::keyClick(password, Qt::Key_Return);
    EXPECT_FALSE(login.message().isEmpty());
    EXPECT_EQ(login.result(), QDialog::Rejected);
    EXPECT_TRUE(login.isVisible());
    EXPECT_TRUE(login.isDelaying());
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(password->text().isEmpty());
    // The event loop keeps running during the delay; afterwards the button is usable again.
    QTest::keyClicks(password, QStringLiteral("Reception#2024"));
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(QTest::qWaitFor([&] { return button->isEnabled(); }, 2000));
    QTest::keyClick(password, Qt::Key_Return);
    EXPECT_EQ(login.result(), QDialog::Accepted);
    EXPECT_EQ(login.user().username, QStringLiteral("li"));
    EXPECT_EQ(login.user().role, Role::Advisor);
}

TEST_F(ShellAndSearchTest, LockoutMessageComesFromTheService) {
    hc::ui::LoginDialog login(*users_);
    login.show();
    login.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&login));
    auto* user = login.findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
    auto* password = login.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* button = login.findChild<QPushButton*>(QStringLiteral("loginButton"));
    QTest::keyClicks(user, QStringLiteral("li"));
    QString first;
    for (int i = 0; i < users_->policy().maxFailures + 1; ++i) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !login.isDelaying(); }, 2000));
        QTest::keyClicks(password, QStringLiteral("bad"));
        QTest::mouseClick(button, Qt::LeftButton);
        if (i == 0) {
            first = login.message();
        }
    }
    EXPECT_FALSE(login.message().isEmpty());
    EXPECT_NE(login.message(), first);  // "locked" differs from "wrong password"
    EXPECT_EQ(login.result(), QDialog::Rejected);
}

TEST_F(ShellAndSearchTest, RightPasswordOpensMainWindowWithRoleAreas) {
    hc::ui::LoginDialog login(*users_);
    login.show();
    QTest::keyClicks(login.findChild<QLineEdit*>(QStringLiteral("usernameEdit")),
                     QStringLiteral("wang"));
    auto* password = login.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(password, QStringLiteral("Manager#2024"));
    QTest::keyClick(password, Qt::Key_Return);
    ASSERT_EQ(login.result(), QDialog::Accepted);

    auto ctx = context(login.user());
    hc::ui::MainWindow window(ctx, dir_.filePath(QStringLiteral("shell.db")));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.pageKeys(),
              (QStringList{QStringLiteral("reception"), QStringLiteral("settings")}));
    EXPECT_NE(window.settingsView(), nullptr);
    auto* userLabel = window.findChild<QLabel*>(QStringLiteral("userLabel"));
    ASSERT_NE(userLabel, nullptr);
    EXPECT_TRUE(userLabel->text().contains(QStringLiteral("wang")));
    EXPECT_TRUE(window.showPage(QStringLiteral("settings")));
    EXPECT_EQ(window.currentPageKey(), QStringLiteral("settings"));
    // Ctrl+F brings back reception with the search box focused.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_F));
    EXPECT_EQ(window.currentPageKey(), QStringLiteral("reception"));
    EXPECT_TRUE(window.receptionView()->searchEdit()->hasFocus());

    // Advisors see reception only.
    auto advisorCtx = context(ActingUser{1, QStringLiteral("li"), Role::Advisor});
    hc::ui::MainWindow advisorWindow(advisorCtx, QStringLiteral("x.db"));
    EXPECT_EQ(advisorWindow.pageKeys(), QStringList{QStringLiteral("reception")});
    EXPECT_EQ(advisorWindow.settingsView(), nullptr);
    EXPECT_FALSE(advisorWindow.showPage(QStringLiteral("settings")));
}

TEST_F(ShellAndSearchTest, PlateFragmentThenEnterOpensTheCard) {
    auto ctx = context(manager_);
    hc::ui::ReceptionView view(ctx);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy opened(&view, &hc::ui::ReceptionView::customerOpened);
    typeSearch(view, QStringLiteral("陕A12"));
    ASSERT_EQ(view.model()->rowCount(), 1);
    EXPECT_EQ(
        view.model()->data(view.model()->index(0, hc::ui::SearchModel::NameColumn)).toString(),
        QStringLiteral("刘春江"));
    EXPECT_TRUE(view.model()
                    ->data(view.model()->index(0, hc::ui::SearchModel::PlatesColumn))
                    .toString()
                    .contains(QStringLiteral("陕A12345")));
    QTest::keyClick(view.searchEdit(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toLongLong(), liuId_);
    EXPECT_EQ(view.card()->customerId(), liuId_);
    EXPECT_TRUE(view.card()->isVisible());
    // Esc clears the search box and the results.
    QTest::keyClick(view.searchEdit(), Qt::Key_Escape);
    EXPECT_TRUE(view.searchEdit()->text().isEmpty());
    EXPECT_EQ(view.model()->rowCount(), 0);
}

TEST_F(ShellAndSearchTest, EnterBeforeTheDebounceStillOpensTheHit) {
    auto ctx = context(manager_);
    hc::ui::ReceptionView view(ctx);
    view.show();
    typeInto(view.searchEdit(), QStringLiteral("A123"));
    QTest::keyClick(view.searchEdit(), Qt::Key_Return);  // no wait: the search runs now
    EXPECT_EQ(view.currentCustomerId(), liuId_);
}

TEST_F(ShellAndSearchTest, PhoneTailAndPinyinInitialsFindLiuChunjiang) {
    auto ctx = context(manager_);
    hc::ui::ReceptionView view(ctx);
    view.show();
    for (const QString& text : {QStringLiteral("5678"), QStringLiteral("lcj"),
                                QStringLiteral("liuchunjiang"), QStringLiteral("12345")}) {
        typeSearch(view, text);
        ASSERT_GE(view.model()->rowCount(), 1) << text.toStdString();
        EXPECT_EQ(view.model()->customerIdAt(0), liuId_) << text.toStdString();
    }
    typeSearch(view, QStringLiteral("lc"));
    EXPECT_EQ(view.model()->customerIdAt(0), liuId_);
    typeSearch(view, QStringLiteral("nlc"));
    ASSERT_EQ(view.model()->rowCount(), 1);
    EXPECT_NE(view.model()->customerIdAt(0), liuId_);
}

TEST_F(ShellAndSearchTest, ArrowKeysMoveInTheResults) {
    auto ctx = context(manager_);
    hc::ui::ReceptionView view(ctx);
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    hc::domain::Customer twin;
    twin.name = QStringLiteral("刘春海");
    twin.phone = QStringLiteral("13812349999");
    ASSERT_TRUE(customers_->registerCustomer(manager_, twin));
    typeSearch(view, QStringLiteral("139"));      // phone prefix of 牛理财 only
    typeSearch(view, QStringLiteral("1381234"));  // 刘春江 and 刘春海
    const int rows = view.model()->rowCount();
    ASSERT_GE(rows, 2);
    const int start = view.resultsView()->currentIndex().row();
    QTest::keyClick(view.searchEdit(), Qt::Key_Down);
    EXPECT_EQ(view.resultsView()->currentIndex().row(), start + 1);  // the key really moved
    QTest::keyClick(view.searchEdit(), Qt::Key_Up);
    EXPECT_EQ(view.resultsView()->currentIndex().row(), start);
    EXPECT_TRUE(view.searchEdit()->hasFocus());
}

TEST_F(ShellAndSearchTest, PhonesAreMaskedForAdvisorsOnly) {
    auto advisorCtx = context(ActingUser{1, QStringLiteral("li"), Role::Advisor});
    hc::ui::ReceptionView advisorView(advisorCtx);
    typeSearch(advisorView, QStringLiteral("刘春江"));
    ASSERT_EQ(advisorView.model()->rowCount(), 1);
    const auto phoneIndex = advisorView.model()->index(0, hc::ui::SearchModel::PhoneColumn);
    EXPECT_EQ(advisorView.model()->data(phoneIndex).toString(), QStringLiteral("138****5678"));

    for (const Role role : {Role::Callback, Role::Manager}) {
        auto ctx = context(ActingUser{2, QStringLiteral("x"), role});
        hc::ui::ReceptionView view(ctx);
        typeSearch(view, QStringLiteral("刘春江"));
        ASSERT_EQ(view.model()->rowCount(), 1);
        EXPECT_EQ(
            view.model()->data(view.model()->index(0, hc::ui::SearchModel::PhoneColumn)).toString(),
            QStringLiteral("13812345678"));
    }
}

TEST_F(ShellAndSearchTest, ModelDebouncesAndShowsNoVisitBadge) {
    hc::ui::SearchModel model(search_.get(), Role::Manager);
    QSignalSpy searched(&model, &hc::ui::SearchModel::searched);
    model.setQuery(QStringLiteral("刘"));
    model.setQuery(QStringLiteral("刘春"));
    EXPECT_EQ(searched.count(), 0);  // debounced
    EXPECT_TRUE(searched.wait(1000));
    EXPECT_EQ(searched.count(), 1);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.data(model.index(0, hc::ui::SearchModel::ClassColumn)).toString(),
              hc::ui::SearchModel::tr("未进厂"));
    EXPECT_EQ(model.data(model.index(0, 0), hc::ui::SearchModel::CustomerIdRole).toLongLong(),
              liuId_);
    model.setQuery(QString());
    EXPECT_EQ(model.rowCount(), 0);
}

}  // namespace

namespace {

TEST(TranslationTest, EnglishIsCompiledIntoTheBinary) {
    hc::test::qtApp();
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral(":/i18n/huichang_en.qm")));
    EXPECT_EQ(english.translate("hc::ui::SearchModel", "姓名"), QStringLiteral("Name"));
    EXPECT_EQ(english.translate("MainWindow", "搜索客户(&S)"), QStringLiteral("&Search customers"));
    EXPECT_EQ(english.translate("hc::ui::LoginDialog", "用户名或密码错误。"),
              QStringLiteral("Wrong username or password."));
}

TEST_F(ShellAndSearchTest, ManagerSavesTheLoginPolicy) {
    hc::services::SettingsService settings(*db_, hc::services::systemClock());
    auto ctx = context(manager_);
    ctx.settings = &settings;
    hc::ui::MainWindow window(ctx, QStringLiteral("x.db"));
    auto* view = window.settingsView();
    ASSERT_NE(view, nullptr);
    auto* maxFailures = view->findChild<QSpinBox*>(QStringLiteral("maxFailuresValue"));
    auto* save = view->findChild<QPushButton*>(QStringLiteral("savePolicyButton"));
    ASSERT_TRUE(maxFailures && save);
    maxFailures->setValue(7);
    QTest::mouseClick(save, Qt::LeftButton);
    auto stored = settings.loginPolicy();
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored.value().maxFailures, 7);
}

}  // namespace
