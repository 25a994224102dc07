#pragma once

#include "hc/services/ActingUser.h"

#include <QDialog>

#include <cstdint>
#include <memory>

namespace Ui {
class PasswordDialog;
}

namespace hc::services {
class UserService;
}

namespace hc::ui {

/// Sets a password through UserService. Mode Own (账户 → 修改密码, everyone): current password,
/// new password twice (UserService::changeOwnPassword). Mode Reset (用户管理, manager): new
/// password twice for another user (UserService::changePassword, audited as a reset). A refused
/// password shows the service's message in the dialog, which stays open with the input kept.
class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Own, Reset };

    PasswordDialog(services::UserService& users, const services::ActingUser& actor, Mode mode,
                   std::int64_t userId, const QString& username, QWidget* parent = nullptr);
    ~PasswordDialog() override;

    /// The message shown under the fields (empty when none).
    [[nodiscard]] QString message() const;

public Q_SLOTS:
    /// Checks the confirmation, saves; accepts the dialog when the service agrees.
    void save();

private:
    void showMessage(const QString& text);

    std::unique_ptr<Ui::PasswordDialog> ui_;
    services::UserService& users_;
    services::ActingUser actor_;
    Mode mode_;
    std::int64_t userId_;
};

}  // namespace hc::ui
