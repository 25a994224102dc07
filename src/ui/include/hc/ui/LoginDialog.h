#pragma once

#include "hc/services/ActingUser.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace hc::services {
class UserService;
}

namespace hc::ui {

/// Username and password. A wrong password shows the service's message and keeps the login button
/// disabled for the policy's failure delay (a QTimer: the event loop keeps running); a locked
/// account shows the lockout message. Enter submits. Accepted with the logged-in user.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(services::UserService& users, QWidget* parent = nullptr);
    ~LoginDialog() override;

    /// The user who logged in (valid after the dialog was accepted).
    [[nodiscard]] const services::ActingUser& user() const { return user_; }
    /// Pre-fills the username (last user of this computer) and focuses the password.
    void setUsername(const QString& username);
    /// The message shown under the fields (empty when none).
    [[nodiscard]] QString message() const;
    /// Whether a failure delay is running (the login button is disabled meanwhile).
    [[nodiscard]] bool isDelaying() const;

Q_SIGNALS:
    void loggedIn(const hc::services::ActingUser& user);

private Q_SLOTS:
    void submit();
    void updateButton();

private:
    std::unique_ptr<Ui::LoginDialog> ui_;
    services::UserService& users_;
    services::ActingUser user_;
    bool delaying_ = false;
};

}  // namespace hc::ui
