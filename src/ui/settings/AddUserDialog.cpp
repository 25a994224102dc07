#include "hc/ui/AddUserDialog.h"

#include "hc/services/UserService.h"
#include "hc/ui/DirtyTracker.h"
#include "hc/ui/UsersDialog.h"
#include "ui_AddUserDialog.h"

#include <QPushButton>

namespace hc::ui {

AddUserDialog::AddUserDialog(services::UserService& users, const services::ActingUser& actor,
                             QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::AddUserDialog>()), users_(users), actor_(actor) {
    ui_->setupUi(this);
    ui_->messageLabel->hide();
    for (const auto role : {domain::Role::Advisor, domain::Role::Callback, domain::Role::Manager}) {
        ui_->roleCombo->addItem(UsersDialog::roleTitle(role), static_cast<int>(role));
    }
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &AddUserDialog::save);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this,
            [this] { DirtyTracker::rejectAsking(this); });
    ui_->usernameEdit->setFocus();
    DirtyTracker::attach(this);  // Esc, Cancel and the close button ask before typed text is lost
}

AddUserDialog::~AddUserDialog() = default;

QString AddUserDialog::message() const {
    return ui_->messageLabel->isHidden() ? QString() : ui_->messageLabel->text();
}

void AddUserDialog::showMessage(const QString& text) {
    ui_->messageLabel->setText(text);
    ui_->messageLabel->show();
}

void AddUserDialog::save() {
    if (ui_->passwordEdit->text() != ui_->confirmEdit->text()) {
        showMessage(tr("两次输入的密码不一致。"));
        ui_->confirmEdit->selectAll();
        ui_->confirmEdit->setFocus();
        return;
    }
    const auto role = static_cast<domain::Role>(ui_->roleCombo->currentData().toInt());
    const auto result = users_.addUser(actor_, ui_->usernameEdit->text(), role,
                                       ui_->passwordEdit->text(), ui_->displayNameEdit->text());
    if (!result) {
        showMessage(result.error().message);
        QLineEdit* field = result.error().field == QLatin1String("password") ? ui_->passwordEdit
                                                                             : ui_->usernameEdit;
        field->selectAll();
        field->setFocus();
        return;
    }
    userId_ = result.value();
    accept();
}

}  // namespace hc::ui
