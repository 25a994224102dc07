#pragma once

#include "hc/domain/Role.h"

#include <QDialog>

#include <cstdint>
#include <memory>

namespace Ui {
class UsersDialog;
}

class QTableWidgetItem;

namespace hc::ui {

struct UiContext;

/// 用户管理 (manager only, 账户 menu): the users with role and state; add a user, change the role,
/// reset a password, unlock, disable / enable. Every change goes through UserService (manager-only,
/// audited); the outcome or the refusal (e.g. the last manager) is shown under the table.
class UsersDialog : public QDialog {
    Q_OBJECT
public:
    explicit UsersDialog(UiContext& context, QWidget* parent = nullptr);
    ~UsersDialog() override;

    /// "服务顾问" / "回访专员" / "经理".
    [[nodiscard]] static QString roleTitle(domain::Role role);

    /// Reloads the table, keeping the selected user when still there.
    void refresh();
    /// Selects the row of `username`; false when there is none.
    bool selectUser(const QString& username);
    /// Id of the selected user (0 when none).
    [[nodiscard]] std::int64_t selectedUserId() const;
    [[nodiscard]] QString message() const;

public Q_SLOTS:
    void addUser();
    void applyRole();
    void resetPassword();
    void unlockUser();
    void toggleActive();

private:
    [[nodiscard]] QTableWidgetItem* selectedItem() const;
    void updateButtons();
    void showOutcome(bool ok, const QString& text);

    std::unique_ptr<Ui::UsersDialog> ui_;
    UiContext& context_;
};

}  // namespace hc::ui
