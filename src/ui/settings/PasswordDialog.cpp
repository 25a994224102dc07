#include "hc/ui/PasswordDialog.h"

#include "hc/services/UserService.h"
#include "hc/ui/DirtyTracker.h"
#include "ui_PasswordDialog.h"

#include <QPushButton>

namespace hc::ui {

PasswordDialog::PasswordDialog(services::UserService& users, const services::ActingUser& actor,
                               Mode mode, std::int64_t userId, const QString& username,
                               QWidget* parent)
    : QDialog(parent),
      ui_(std::make_unique<Ui::PasswordDialog>()),
      users_(users),
      actor_(actor),
      mode_(mode),
      userId_(userId) {
    ui_->setupUi(this);
    ui_->messageLabel->hide();
    if (mode_ == Mode::Own) {
        setWindowTitle(tr("修改密码"));
        ui_->summaryLabel->setText(tr("修改 %1 的登录密码。").arg(username));
        ui_->currentEdit->setFocus();
    } else {
        setWindowTitle(tr("重设密码"));
        ui_->summaryLabel->setText(
            tr("为 %1 设置新密码，并解除锁定。请把新密码当面告诉本人。").arg(username));
        ui_->currentLabel->hide();
        ui_->currentEdit->hide();
        ui_->newEdit->setFocus();
    }
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &PasswordDialog::save);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this,
            [this] { DirtyTracker::rejectAsking(this); });
    DirtyTracker::attach(this);  // Esc, Cancel and the close button ask before typed text is lost
}

PasswordDialog::~PasswordDialog() = default;

QString PasswordDialog::message() const {
    return ui_->messageLabel->isHidden() ? QString() : ui_->messageLabel->text();
}

void PasswordDialog::showMessage(const QString& text) {
    ui_->messageLabel->setText(text);
    ui_->messageLabel->show();
}

void PasswordDialog::save() {
    const QString current = ui_->currentEdit->text();
    const QString password = ui_->newEdit->text();
    if (mode_ == Mode::Own && current.isEmpty()) {
        showMessage(tr("请输入当前密码。"));
        ui_->currentEdit->setFocus();
        return;
    }
    if (password != ui_->confirmEdit->text()) {
        showMessage(tr("两次输入的新密码不一致。"));
        ui_->confirmEdit->selectAll();
        ui_->confirmEdit->setFocus();
        return;
    }
    const auto result = mode_ == Mode::Own ? users_.changeOwnPassword(actor_, current, password)
                                           : users_.changePassword(actor_, userId_, password);
    if (!result) {
        showMessage(result.error().message);
        if (result.error().field == QLatin1String("current_password")) {
            ui_->currentEdit->selectAll();
            ui_->currentEdit->setFocus();
        } else {
            ui_->newEdit->selectAll();
            ui_->newEdit->setFocus();
        }
        return;
    }
    accept();
}

}  // namespace hc::ui
