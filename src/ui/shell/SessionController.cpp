#include "hc/ui/SessionController.h"

#include "hc/services/UserService.h"
#include "hc/ui/LoginDialog.h"
#include "hc/ui/MainWindow.h"
#include "hc/ui/UiContext.h"

#include <spdlog/spdlog.h>

namespace hc::ui {

namespace {
std::shared_ptr<spdlog::logger> logger() {
    auto l = spdlog::get("ui");
    return l ? l : spdlog::default_logger();
}
}  // namespace

SessionController::SessionController(UiContext& context, QString databasePath, QObject* parent)
    : QObject(parent), context_(context), databasePath_(std::move(databasePath)) {}

SessionController::~SessionController() {
    delete login_.data();
    if (window_) {
        disconnect(window_, nullptr, this, nullptr);
        delete window_.data();
    }
}

void SessionController::start(const QString& username) {
    if (login_ || context_.users == nullptr) {
        return;
    }
    auto* login = new LoginDialog(*context_.users);
    login->setAttribute(Qt::WA_DeleteOnClose);
    login->setUsername(username);
    login_ = login;
    connect(login, &QDialog::accepted, this, [this, login] {
        context_.user = login->user();
        login_ = nullptr;
        openMainWindow();
    });
    connect(login, &QDialog::rejected, this, [this] {
        login_ = nullptr;
        Q_EMIT finished();
    });
    login->show();
    login->raise();
    login->activateWindow();
}

void SessionController::openMainWindow() {
    auto* window = new MainWindow(context_, databasePath_);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window_ = window;
    connect(window, &MainWindow::logoutRequested, this, &SessionController::logout,
            Qt::QueuedConnection);
    connect(window, &QObject::destroyed, this, [this] { Q_EMIT finished(); });
    window->show();
    Q_EMIT loggedIn(window, context_.user);
}

void SessionController::logout() {
    if (!window_) {
        return;
    }
    const services::ActingUser user = context_.user;
    logger()->info("user '{}' logged out", user.username.toStdString());
    if (auto logged = context_.users->logout(user); !logged) {
        logger()->warn("logout not audited: {}", logged.error().detail.toStdString());
    }
    MainWindow* window = window_;
    window_ = nullptr;
    disconnect(window, nullptr, this, nullptr);
    // The login first, then the window goes: the application always has a window open.
    context_.user = services::ActingUser{};
    context_.user.role = domain::Role::Advisor;  // nobody: the least rights until the next login
    start();
    window->close();  // WA_DeleteOnClose; saves the layout in closeEvent
    Q_EMIT loggedOut(user);
}

}  // namespace hc::ui
