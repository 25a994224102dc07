#include "hc/ui/LoginDialog.h"

#include "hc/services/UserService.h"
#include "ui_LoginDialog.h"

#include <QFont>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace hc::ui {

namespace {
std::shared_ptr<spdlog::logger> logger() {
    auto l = spdlog::get("ui");
    return l ? l : spdlog::default_logger();
}
}  // namespace

LoginDialog::LoginDialog(services::UserService& users, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::LoginDialog>()), users_(users) {
    ui_->setupUi(this);
    QFont titleFont = ui_->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    ui_->titleLabel->setFont(titleFont);
    ui_->messageLabel->hide();
    connect(ui_->loginButton, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(ui_->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(ui_->usernameEdit, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(ui_->passwordEdit, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    // Enter in the username field moves on to the password; Enter in the password submits.
    connect(ui_->usernameEdit, &QLineEdit::returnPressed, this, [this] {
        if (ui_->passwordEdit->text().isEmpty()) {
            ui_->passwordEdit->setFocus();
        } else {
            submit();
        }
    });
    connect(ui_->passwordEdit, &QLineEdit::returnPressed, this, &LoginDialog::submit);
    ui_->usernameEdit->setFocus();
    updateButton();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUsername(const QString& username) {
    ui_->usernameEdit->setText(username);
    if (!username.isEmpty()) {
        ui_->passwordEdit->setFocus();
    }
}

QString LoginDialog::message() const {
    return ui_->messageLabel->isHidden() ? QString() : ui_->messageLabel->text();
}

bool LoginDialog::isDelaying() const {
    return delaying_;
}

void LoginDialog::updateButton() {
    ui_->loginButton->setEnabled(!delaying_ && !ui_->usernameEdit->text().trimmed().isEmpty() &&
                                 !ui_->passwordEdit->text().isEmpty());
}

void LoginDialog::submit() {
    if (delaying_) {
        return;
    }
    const QString username = ui_->usernameEdit->text().trimmed();
    if (username.isEmpty() || ui_->passwordEdit->text().isEmpty()) {
        ui_->messageLabel->setText(tr("请输入用户名和密码。"));
        ui_->messageLabel->show();
        return;
    }
    auto result = users_.login(username, ui_->passwordEdit->text());
    if (result) {
        user_ = result.value();
        logger()->info("login: user '{}' logged in", username.toStdString());
        ui_->messageLabel->hide();
        Q_EMIT loggedIn(user_);
        accept();
        return;
    }
    const auto& error = result.error();
    logger()->warn(
        "login: refused for '{}': {}", username.toStdString(),
        error.detail.isEmpty() ? error.message.toStdString() : error.detail.toStdString());
    ui_->messageLabel->setText(error.message.isEmpty() ? tr("用户名或密码错误。") : error.message);
    ui_->messageLabel->show();
    ui_->passwordEdit->clear();
    ui_->passwordEdit->setFocus();
    // Slow down guessing without freezing the window: the button waits, the event loop runs.
    delaying_ = true;
    updateButton();
    QTimer::singleShot(std::max(0, users_.policy().failureDelayMs), this, [this] {
        delaying_ = false;
        updateButton();
    });
}

}  // namespace hc::ui
