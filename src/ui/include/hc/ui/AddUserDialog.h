#pragma once

#include "hc/services/ActingUser.h"

#include <QDialog>

#include <cstdint>
#include <memory>

namespace Ui {
class AddUserDialog;
}

namespace hc::services {
class UserService;
}

namespace hc::ui {

/// A new user (manager): user name, display name, role and the initial password twice, saved with
/// UserService::addUser (audited as user.create). A refusal (duplicate name, password rules) is
/// shown in the dialog with the cursor in the field concerned; nothing typed is lost.
class AddUserDialog : public QDialog {
    Q_OBJECT
public:
    AddUserDialog(services::UserService& users, const services::ActingUser& actor,
                  QWidget* parent = nullptr);
    ~AddUserDialog() override;

    /// Id of the user added (valid after the dialog was accepted).
    [[nodiscard]] std::int64_t userId() const { return userId_; }
    [[nodiscard]] QString message() const;

public Q_SLOTS:
    void save();

private:
    void showMessage(const QString& text);

    std::unique_ptr<Ui::AddUserDialog> ui_;
    services::UserService& users_;
    services::ActingUser actor_;
    std::int64_t userId_ = 0;
};

}  // namespace hc::ui
