#pragma once

#include "hc/services/ActingUser.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace hc::ui {

struct UiContext;
class LoginDialog;
class MainWindow;

/// The login → main window → log out cycle of the application, without restarting it: start()
/// shows the login; a successful login sets UiContext::user and opens a MainWindow; its
/// logoutRequested (Ctrl+L) closes that window and shows the login again for the next user.
/// Cancelling the login or closing the main window ends the session (finished()).
class SessionController : public QObject {
    Q_OBJECT
public:
    SessionController(UiContext& context, QString databasePath, QObject* parent = nullptr);
    ~SessionController() override;

    /// Shows the login dialog, pre-filled with `username` (may be empty).
    void start(const QString& username = {});
    /// The login dialog while it is shown, else nullptr.
    [[nodiscard]] LoginDialog* loginDialog() const { return login_; }
    /// The main window while a user is logged in, else nullptr.
    [[nodiscard]] MainWindow* mainWindow() const { return window_; }

public Q_SLOTS:
    /// Closes the main window and shows the login again (what Ctrl+L does).
    void logout();

Q_SIGNALS:
    /// A user logged in and their main window is shown. The hook for checks at login (e.g. the
    /// backup reminder at a manager's login): connect here, look at user.role.
    void loggedIn(hc::ui::MainWindow* window, const hc::services::ActingUser& user);
    /// The user logged out; the login dialog is shown again.
    void loggedOut(const hc::services::ActingUser& user);
    /// The login was cancelled or the main window closed: the application should quit.
    void finished();

private:
    void openMainWindow();

    UiContext& context_;
    QString databasePath_;
    QPointer<LoginDialog> login_;
    QPointer<MainWindow> window_;
};

}  // namespace hc::ui
