// 用户管理, 修改密码 and 注销 / 切换用户 driven offscreen on a real database with the real
// services.
#include "QtApp.h"

#include "hc/services/UserService.h"
#include "hc/storage/Database.h"
#include "hc/ui/AddUserDialog.h"
#include "hc/ui/LoginDialog.h"
#include "hc/ui/MainWindow.h"
#include "hc/ui/PasswordDialog.h"
#include "hc/ui/SessionController.h"
#include "hc/ui/UiContext.h"
#include "hc/ui/UsersDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

namespace {

using hc::domain::Role;
using hc::services::ActingUser;

class UsersUiTest : public ::testing::Test {
protected:
    void SetUp() override {
        hc::test::qtApp();
        QCoreApplication::setOrganizationName(QStringLiteral("HuichangTest"));
        QCoreApplication::setApplicationName(QStringLiteral("hc_ui_tests"));
        ASSERT_TRUE(dir_.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir_.path());
        db_ = hc::storage::Database::open(dir_.filePath(QStringLiteral("users.db")));
        hc::services::LoginPolicy policy;
        policy.passwordIterations = 10000;  // fast hashing: not what these tests test
        policy.failureDelayMs = 50;
        users_ = std::make_unique<hc::services::UserService>(
            *db_, [] { return QDateTime(QDate(2026, 6, 15), QTime(9, 30)); }, policy);
        const ActingUser system{};
        auto managerId = users_->addUser(system, QStringLiteral("wang"), Role::Manager,
                                         QStringLiteral("Manager#2024"), QStringLiteral("王经理"));
        auto advisorId =
            users_->addUser(system, QStringLiteral("li"), Role::Advisor,
                            QStringLiteral("Reception#2024"), QStringLiteral("李顾问"));
        ASSERT_TRUE(managerId && advisorId);
        manager_ = ActingUser{managerId.value(), QStringLiteral("wang"), Role::Manager};
        advisor_ = ActingUser{advisorId.value(), QStringLiteral("li"), Role::Advisor};
        ctx_.users = users_.get();
    }

    static void logIn(hc::ui::LoginDialog* login, const QString& name, const QString& password) {
        auto* user = login->findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
        auto* pass = login->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        ASSERT_TRUE(user && pass);
        user->clear();
        QTest::keyClicks(user, name);
        QTest::keyClicks(pass, password);
        QTest::keyClick(pass, Qt::Key_Return);
    }

    QTemporaryDir dir_;
    std::unique_ptr<hc::storage::Database> db_;
    std::unique_ptr<hc::services::UserService> users_;
    hc::ui::UiContext ctx_;
    ActingUser manager_;
    ActingUser advisor_;
};

TEST_F(UsersUiTest, ManagerAddsAUserThroughTheDialog) {
    ctx_.user = manager_;
    hc::ui::UsersDialog dialog(ctx_);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("usersTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), 2);

    bool filled = false;
    QTimer::singleShot(0, [&filled] {
        auto* add = qobject_cast<hc::ui::AddUserDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(add, nullptr);
        add->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("zhao"));
        add->findChild<QLineEdit*>(QStringLiteral("displayNameEdit"))
            ->setText(QStringLiteral("赵回访"));
        auto* role = add->findChild<QComboBox*>(QStringLiteral("roleCombo"));
        role->setCurrentIndex(role->findData(static_cast<int>(Role::Callback)));
        auto* password = add->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        auto* confirm = add->findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
        // Too short: refused in the dialog, which stays open with the input kept.
        password->setText(QStringLiteral("short"));
        confirm->setText(QStringLiteral("short"));
        add->save();
        EXPECT_TRUE(add->isVisible());
        EXPECT_TRUE(add->message().contains(QStringLiteral("10"))) << add->message().toStdString();
        EXPECT_EQ(add->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->text(),
                  QStringLiteral("zhao"));
        // Confirmation differs.
        password->setText(QStringLiteral("quiet-harbor-19"));
        confirm->setText(QStringLiteral("quiet-harbor-18"));
        add->save();
        EXPECT_TRUE(add->isVisible());
        confirm->setText(QStringLiteral("quiet-harbor-19"));
        add->save();
        filled = !add->isVisible();
        if (add->isVisible()) {  // failed: do not hang the test
            ADD_FAILURE() << add->message().toStdString();
            add->reject();
        }
    });
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    ASSERT_TRUE(filled);
    const auto zhao = users_->findUser(QStringLiteral("zhao")).value();
    ASSERT_TRUE(zhao.has_value());
    EXPECT_EQ(zhao->role, Role::Callback);
    EXPECT_EQ(zhao->displayName, QStringLiteral("赵回访"));
    EXPECT_EQ(table->rowCount(), 3);
    EXPECT_EQ(dialog.selectedUserId(), zhao->id);
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("zhao")));
    EXPECT_TRUE(users_->login(QStringLiteral("zhao"), QStringLiteral("quiet-harbor-19")).ok());
}

TEST_F(UsersUiTest, RoleDisableAndUnlockFromTheDialog) {
    ctx_.user = manager_;
    // Lock li with failed logins first.
    for (int i = 0; i < users_->policy().maxFailures; ++i) {
        EXPECT_FALSE(users_->login(QStringLiteral("li"), QStringLiteral("bad-password")).ok());
    }
    hc::ui::UsersDialog dialog(ctx_);
    dialog.show();
    auto* unlock = dialog.findChild<QPushButton*>(QStringLiteral("unlockButton"));
    auto* active = dialog.findChild<QPushButton*>(QStringLiteral("activeButton"));
    auto* roleCombo = dialog.findChild<QComboBox*>(QStringLiteral("roleCombo"));
    auto* roleButton = dialog.findChild<QPushButton*>(QStringLiteral("roleButton"));

    ASSERT_TRUE(dialog.selectUser(QStringLiteral("wang")));
    EXPECT_FALSE(active->isEnabled()) << "a manager cannot disable themselves";
    EXPECT_FALSE(unlock->isEnabled());
    // The only manager keeps the role: the refusal is shown.
    roleCombo->setCurrentIndex(roleCombo->findData(static_cast<int>(Role::Advisor)));
    QTest::mouseClick(roleButton, Qt::LeftButton);
    EXPECT_EQ(users_->findUser(QStringLiteral("wang")).value()->role, Role::Manager);
    EXPECT_FALSE(dialog.message().isEmpty());

    ASSERT_TRUE(dialog.selectUser(QStringLiteral("li")));
    EXPECT_TRUE(users_->findUser(QStringLiteral("li")).value()->locked);
    ASSERT_TRUE(unlock->isEnabled());
    QTest::mouseClick(unlock, Qt::LeftButton);
    EXPECT_FALSE(users_->findUser(QStringLiteral("li")).value()->locked);
    EXPECT_TRUE(users_->login(QStringLiteral("li"), QStringLiteral("Reception#2024")).ok());

    ASSERT_TRUE(dialog.selectUser(QStringLiteral("li")));
    roleCombo->setCurrentIndex(roleCombo->findData(static_cast<int>(Role::Callback)));
    QTest::mouseClick(roleButton, Qt::LeftButton);
    EXPECT_EQ(users_->findUser(QStringLiteral("li")).value()->role, Role::Callback);

    ASSERT_TRUE(dialog.selectUser(QStringLiteral("li")));
    ASSERT_TRUE(active->isEnabled());
    QTest::mouseClick(active, Qt::LeftButton);
    EXPECT_FALSE(users_->findUser(QStringLiteral("li")).value()->active);
    EXPECT_FALSE(users_->login(QStringLiteral("li"), QStringLiteral("Reception#2024")).ok());
    ASSERT_TRUE(dialog.selectUser(QStringLiteral("li")));
    QTest::mouseClick(active, Qt::LeftButton);  // now 启用
    EXPECT_TRUE(users_->findUser(QStringLiteral("li")).value()->active);
}

TEST_F(UsersUiTest, ManagerResetsAPasswordThroughTheDialog) {
    ctx_.user = manager_;
    // li forgot the password and is locked out by failed attempts.
    for (int i = 0; i < users_->policy().maxFailures; ++i) {
        EXPECT_FALSE(users_->login(QStringLiteral("li"), QStringLiteral("bad-password")).ok());
    }
    ASSERT_TRUE(users_->findUser(QStringLiteral("li")).value()->locked);
    hc::ui::UsersDialog dialog(ctx_);
    dialog.show();
    ASSERT_TRUE(dialog.selectUser(QStringLiteral("li")));
    auto* reset = dialog.findChild<QPushButton*>(QStringLiteral("resetButton"));
    ASSERT_NE(reset, nullptr);
    ASSERT_TRUE(reset->isEnabled());

    bool saved = false;
    QTimer::singleShot(0, [&saved] {
        auto* pw = qobject_cast<hc::ui::PasswordDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(pw, nullptr);
        auto* current = pw->findChild<QLineEdit*>(QStringLiteral("currentEdit"));
        auto* fresh = pw->findChild<QLineEdit*>(QStringLiteral("newEdit"));
        auto* confirm = pw->findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
        auto* box = pw->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        ASSERT_TRUE(current && fresh && confirm && box);
        EXPECT_FALSE(current->isVisible()) << "a reset does not ask for the old password";
        auto* ok = box->button(QDialogButtonBox::Ok);
        // A typo in the confirmation: refused, the dialog stays open.
        QTest::keyClicks(fresh, QStringLiteral("amber-window-42"));
        QTest::keyClicks(confirm, QStringLiteral("amber-window-24"));
        QTest::mouseClick(ok, Qt::LeftButton);
        EXPECT_TRUE(pw->isVisible());
        EXPECT_FALSE(pw->message().isEmpty());
        confirm->clear();
        QTest::keyClicks(confirm, QStringLiteral("amber-window-42"));
        QTest::mouseClick(ok, Qt::LeftButton);
        saved = !pw->isVisible();
        if (pw->isVisible()) {  // failed: do not hang the test
            ADD_FAILURE() << pw->message().toStdString();
            pw->reject();
        }
    });
    QTest::mouseClick(reset, Qt::LeftButton);
    ASSERT_TRUE(saved);
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("li"))) << dialog.message().toStdString();
    EXPECT_FALSE(users_->findUser(QStringLiteral("li")).value()->locked);
    EXPECT_FALSE(users_->login(QStringLiteral("li"), QStringLiteral("Reception#2024")).ok());
    EXPECT_TRUE(users_->login(QStringLiteral("li"), QStringLiteral("amber-window-42")).ok());
}

TEST_F(UsersUiTest, EveryoneChangesTheirOwnPassword) {
    hc::ui::PasswordDialog dialog(*users_, advisor_, hc::ui::PasswordDialog::Mode::Own, advisor_.id,
                                  advisor_.username);
    dialog.show();
    auto* current = dialog.findChild<QLineEdit*>(QStringLiteral("currentEdit"));
    auto* fresh = dialog.findChild<QLineEdit*>(QStringLiteral("newEdit"));
    auto* confirm = dialog.findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
    current->setText(QStringLiteral("not-my-password"));
    fresh->setText(QStringLiteral("quiet-harbor-19"));
    confirm->setText(QStringLiteral("quiet-harbor-19"));
    dialog.save();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.message().isEmpty());
    current->setText(QStringLiteral("Reception#2024"));
    dialog.save();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(users_->login(QStringLiteral("li"), QStringLiteral("quiet-harbor-19")).ok());

    // The menu: 修改密码 for everyone, 用户管理 for managers only, Ctrl+L to log out.
    ctx_.user = advisor_;
    hc::ui::MainWindow advisorWindow(ctx_, QStringLiteral("x.db"));
    EXPECT_NE(advisorWindow.findChild<QAction*>(QStringLiteral("changePasswordAction")), nullptr);
    EXPECT_EQ(advisorWindow.findChild<QAction*>(QStringLiteral("usersAction")), nullptr);
    ctx_.user = manager_;
    hc::ui::MainWindow managerWindow(ctx_, QStringLiteral("x.db"));
    EXPECT_NE(managerWindow.findChild<QAction*>(QStringLiteral("usersAction")), nullptr);
    auto* logout = managerWindow.findChild<QAction*>(QStringLiteral("logoutAction"));
    ASSERT_NE(logout, nullptr);
    EXPECT_EQ(logout->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
}

TEST_F(UsersUiTest, CtrlLLogsOutAndShowsTheLoginAgain) {
    hc::ui::SessionController session(ctx_, dir_.filePath(QStringLiteral("users.db")));
    QSignalSpy loggedIn(&session, &hc::ui::SessionController::loggedIn);
    QSignalSpy loggedOut(&session, &hc::ui::SessionController::loggedOut);
    QSignalSpy finished(&session, &hc::ui::SessionController::finished);
    session.start();
    ASSERT_NE(session.loginDialog(), nullptr);
    EXPECT_TRUE(session.loginDialog()->isVisible());
    EXPECT_EQ(session.mainWindow(), nullptr);

    logIn(session.loginDialog(), QStringLiteral("wang"), QStringLiteral("Manager#2024"));
    ASSERT_NE(session.mainWindow(), nullptr);
    QPointer<hc::ui::MainWindow> first = session.mainWindow();
    EXPECT_EQ(session.loginDialog(), nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(first.data()));
    ASSERT_EQ(loggedIn.count(), 1);
    EXPECT_EQ(ctx_.user.username, QStringLiteral("wang"));
    EXPECT_EQ(ctx_.user.role, Role::Manager);
    EXPECT_TRUE(first->pageKeys().contains(QStringLiteral("settings")));

    QTest::keySequence(first.data(), QKeySequence(Qt::CTRL | Qt::Key_L));
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.loginDialog() != nullptr; }, 2000));
    EXPECT_TRUE(session.loginDialog()->isVisible());
    EXPECT_EQ(session.mainWindow(), nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return first.isNull(); }, 2000)) << "old window deleted";
    EXPECT_EQ(loggedOut.count(), 1);
    EXPECT_EQ(finished.count(), 0) << "logging out does not end the application";
    EXPECT_NE(ctx_.user.id, manager_.id);

    // The next user logs in without restarting and gets their own areas.
    logIn(session.loginDialog(), QStringLiteral("li"), QStringLiteral("Reception#2024"));
    ASSERT_NE(session.mainWindow(), nullptr);
    EXPECT_EQ(ctx_.user.username, QStringLiteral("li"));
    EXPECT_FALSE(session.mainWindow()->pageKeys().contains(QStringLiteral("settings")));
    EXPECT_EQ(loggedIn.count(), 2);

    // Closing the main window ends the session.
    session.mainWindow()->close();
    EXPECT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 2000));
}

}  // namespace
