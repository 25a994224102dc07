#include "hc/ui/SettingsView.h"

#include "hc/services/UserService.h"
#include "hc/ui/UiContext.h"
#include "ui_SettingsView.h"

#include <QHeaderView>
#include <QTableWidgetItem>

namespace hc::ui {

namespace {
QString roleName(domain::Role role) {
    switch (role) {
        case domain::Role::Advisor:
            return SettingsView::tr("服务顾问");
        case domain::Role::Callback:
            return SettingsView::tr("回访专员");
        case domain::Role::Manager:
            return SettingsView::tr("经理");
    }
    return {};
}
}  // namespace

SettingsView::SettingsView(UiContext& context, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::SettingsView>()), context_(context) {
    ui_->setupUi(this);
    ui_->languageCombo->addItem(tr("中文（简体）"), QStringLiteral("zh"));
    ui_->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    ui_->languageNote->setText(tr("更改后在下次启动时生效。"));
    connect(ui_->languageCombo, &QComboBox::activated, this,
            [this] { Q_EMIT languageChosen(language()); });
    ui_->usersTable->setColumnCount(4);
    ui_->usersTable->setHorizontalHeaderLabels({tr("用户名"), tr("姓名"), tr("角色"), tr("状态")});
    ui_->usersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui_->usersTable->horizontalHeader()->setStretchLastSection(true);
    refresh();
}

SettingsView::~SettingsView() = default;

QString SettingsView::language() const {
    return ui_->languageCombo->currentData().toString();
}

void SettingsView::setLanguage(const QString& code) {
    const int index = ui_->languageCombo->findData(code);
    ui_->languageCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void SettingsView::refresh() {
    if (context_.users == nullptr) {
        ui_->policyGroup->hide();
        ui_->usersGroup->hide();
        return;
    }
    const auto& policy = context_.users->policy();
    ui_->maxFailuresValue->setText(tr("%n 次后锁定账户", nullptr, policy.maxFailures));
    ui_->lockMinutesValue->setText(tr("%n 分钟", nullptr, policy.lockMinutes));
    ui_->delayValue->setText(tr("%1 秒").arg(policy.failureDelayMs / 1000.0, 0, 'f', 1));

    const auto users = context_.users->users();
    ui_->usersTable->setRowCount(static_cast<int>(users.size()));
    const QDateTime now = QDateTime::currentDateTime();
    for (int row = 0; row < static_cast<int>(users.size()); ++row) {
        const auto& u = users[static_cast<std::size_t>(row)];
        QString state = u.active ? tr("启用") : tr("停用");
        if (u.lockedUntil.isValid() && u.lockedUntil > now) {
            state = tr("锁定至 %1").arg(u.lockedUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
        const QString cells[] = {u.username, u.displayName, roleName(u.role), state};
        for (int col = 0; col < 4; ++col) {
            ui_->usersTable->setItem(row, col, new QTableWidgetItem(cells[col]));
        }
    }
}

}  // namespace hc::ui
