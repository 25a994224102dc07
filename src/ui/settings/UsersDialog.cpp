#include "hc/ui/UsersDialog.h"

#include "widgets/ReadErrors.h"

#include "hc/services/UserService.h"
#include "hc/ui/AddUserDialog.h"
#include "hc/ui/PasswordDialog.h"
#include "hc/ui/UiContext.h"
#include "ui_UsersDialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace hc::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kRoleRole = Qt::UserRole + 1;
constexpr int kActiveRole = Qt::UserRole + 2;
constexpr int kLockedRole = Qt::UserRole + 3;
}  // namespace

UsersDialog::UsersDialog(UiContext& context, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::UsersDialog>()), context_(context) {
    ui_->setupUi(this);
    for (const auto role : {domain::Role::Advisor, domain::Role::Callback, domain::Role::Manager}) {
        ui_->roleCombo->addItem(roleTitle(role), static_cast<int>(role));
    }
    ui_->usersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui_->messageLabel->hide();
    connect(ui_->addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(ui_->roleButton, &QPushButton::clicked, this, &UsersDialog::applyRole);
    connect(ui_->resetButton, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(ui_->unlockButton, &QPushButton::clicked, this, &UsersDialog::unlockUser);
    connect(ui_->activeButton, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui_->usersTable, &QTableWidget::itemSelectionChanged, this,
            &UsersDialog::updateButtons);
    refresh();
}

UsersDialog::~UsersDialog() = default;

QString UsersDialog::roleTitle(domain::Role role) {
    switch (role) {
        case domain::Role::Advisor:
            return tr("服务顾问");
        case domain::Role::Callback:
            return tr("回访专员");
        case domain::Role::Manager:
            return tr("经理");
    }
    return {};
}

void UsersDialog::refresh() {
    const std::int64_t selected = selectedUserId();
    const auto users = context_.users != nullptr
                           ? ReadErrors::valueOr(context_.users->users(), this)
                           : std::vector<services::UserInfo>{};
    auto* table = ui_->usersTable;
    table->setRowCount(static_cast<int>(users.size()));
    int selectRow = -1;
    for (int row = 0; row < static_cast<int>(users.size()); ++row) {
        const auto& u = users[static_cast<std::size_t>(row)];
        QString state = u.active ? tr("启用") : tr("停用");
        if (u.locked) {
            state = tr("锁定至 %1").arg(u.lockedUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
        const QString cells[] = {u.username, u.displayName, roleTitle(u.role), state};
        for (int col = 0; col < 4; ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setData(kIdRole, QVariant::fromValue<qint64>(u.id));
            item->setData(kRoleRole, static_cast<int>(u.role));
            item->setData(kActiveRole, u.active);
            item->setData(kLockedRole, u.locked || u.failedLogins > 0);
            if (!u.active) {
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            }
            table->setItem(row, col, item);
        }
        if (u.id == selected) {
            selectRow = row;
        }
    }
    if (selectRow >= 0) {
        table->selectRow(selectRow);
    } else if (table->rowCount() > 0 && table->currentRow() < 0) {
        table->selectRow(0);
    }
    updateButtons();
}

bool UsersDialog::selectUser(const QString& username) {
    for (int row = 0; row < ui_->usersTable->rowCount(); ++row) {
        if (ui_->usersTable->item(row, 0)->text() == username) {
            ui_->usersTable->selectRow(row);
            return true;
        }
    }
    return false;
}

QTableWidgetItem* UsersDialog::selectedItem() const {
    const auto rows = ui_->usersTable->selectionModel() != nullptr
                          ? ui_->usersTable->selectionModel()->selectedRows()
                          : QModelIndexList{};
    return rows.isEmpty() ? nullptr : ui_->usersTable->item(rows.first().row(), 0);
}

std::int64_t UsersDialog::selectedUserId() const {
    const auto* item = selectedItem();
    return item != nullptr ? item->data(kIdRole).toLongLong() : 0;
}

QString UsersDialog::message() const {
    return ui_->messageLabel->isHidden() ? QString() : ui_->messageLabel->text();
}

void UsersDialog::updateButtons() {
    const std::int64_t id = selectedUserId();
    const bool any = id != 0;
    ui_->roleButton->setEnabled(any);
    ui_->roleCombo->setEnabled(any);
    ui_->resetButton->setEnabled(any);
    ui_->unlockButton->setEnabled(false);
    ui_->activeButton->setEnabled(any && id != context_.user.id);
    ui_->activeButton->setText(tr("停用(&D)"));
    if (!any) {
        return;
    }
    const auto* item = selectedItem();
    ui_->roleCombo->setCurrentIndex(ui_->roleCombo->findData(item->data(kRoleRole).toInt()));
    ui_->unlockButton->setEnabled(item->data(kLockedRole).toBool());
    if (!item->data(kActiveRole).toBool()) {
        ui_->activeButton->setText(tr("启用(&E)"));
    }
}

void UsersDialog::showOutcome(bool ok, const QString& text) {
    ui_->messageLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    ui_->messageLabel->setText(text);
    ui_->messageLabel->show();
}

void UsersDialog::addUser() {
    if (context_.users == nullptr) {
        return;
    }
    AddUserDialog dialog(*context_.users, context_.user, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    refresh();
    for (int row = 0; row < ui_->usersTable->rowCount(); ++row) {
        if (ui_->usersTable->item(row, 0)->data(kIdRole).toLongLong() == dialog.userId()) {
            ui_->usersTable->selectRow(row);
            showOutcome(true, tr("已添加用户 %1。").arg(ui_->usersTable->item(row, 0)->text()));
        }
    }
}

void UsersDialog::applyRole() {
    const std::int64_t id = selectedUserId();
    if (id == 0 || context_.users == nullptr) {
        return;
    }
    const auto role = static_cast<domain::Role>(ui_->roleCombo->currentData().toInt());
    const auto result = context_.users->setRole(context_.user, id, role);
    refresh();
    showOutcome(bool(result),
                result ? tr("角色已改为%1。").arg(roleTitle(role)) : result.error().message);
}

void UsersDialog::resetPassword() {
    const std::int64_t id = selectedUserId();
    if (id == 0 || context_.users == nullptr) {
        return;
    }
    const QString name = selectedItem()->text();
    PasswordDialog dialog(*context_.users, context_.user, PasswordDialog::Mode::Reset, id, name,
                          this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        showOutcome(true, tr("已为 %1 设置新密码。").arg(name));
    }
}

void UsersDialog::unlockUser() {
    const std::int64_t id = selectedUserId();
    if (id == 0 || context_.users == nullptr) {
        return;
    }
    const auto result = context_.users->unlock(context_.user, id);
    refresh();
    showOutcome(bool(result), result ? tr("已解除锁定。") : result.error().message);
}

void UsersDialog::toggleActive() {
    const std::int64_t id = selectedUserId();
    if (id == 0 || context_.users == nullptr) {
        return;
    }
    const bool active = selectedItem()->data(kActiveRole).toBool();
    const auto result = context_.users->setActive(context_.user, id, !active);
    refresh();
    showOutcome(bool(result), result ? (active ? tr("账户已停用，不能再登录；记录保留。")
                                               : tr("账户已重新启用。"))
                                     : result.error().message);
}

}  // namespace hc::ui
