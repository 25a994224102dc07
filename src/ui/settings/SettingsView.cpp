#include "hc/ui/SettingsView.h"

#include "widgets/ReadErrors.h"

#include "hc/services/SettingsService.h"
#include "hc/services/UserService.h"
#include "hc/ui/AnalysisSettingsPanel.h"
#include "hc/ui/FollowUpSettingsPanel.h"
#include "hc/ui/MessageTemplatesPanel.h"
#include "hc/ui/PrivacySettingsPanel.h"
#include "hc/ui/ShopProfilePanel.h"
#include "hc/ui/UiContext.h"
#include "ui_SettingsView.h"

#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidgetItem>

namespace hc::ui {

namespace {
/// A tab's page inside a scroll area: a tall page (the general tab with shop profile, privacy,
/// login policy and users) scrolls instead of making the window taller than a 1366×728 screen.
void scrollTab(QTabWidget* tabs, int index) {
    QWidget* page = tabs->widget(index);
    const QString title = tabs->tabText(index);
    tabs->removeTab(index);
    auto* scroll = new QScrollArea(tabs);
    scroll->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    tabs->insertTab(index, scroll, title);
}

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
    ui_->maxFailuresValue->setSuffix(tr(" 次"));
    ui_->lockMinutesValue->setSuffix(tr(" 分钟"));
    ui_->delayValue->setSuffix(tr(" 毫秒"));
    ui_->delayValue->setSingleStep(250);
    connect(ui_->savePolicyButton, &QPushButton::clicked, this, &SettingsView::savePolicy);
    ui_->usersTable->setColumnCount(4);
    ui_->usersTable->setHorizontalHeaderLabels({tr("用户名"), tr("姓名"), tr("角色"), tr("状态")});
    ui_->usersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui_->usersTable->horizontalHeader()->setStretchLastSection(true);
    if (context_.settings != nullptr) {
        // The shop profile: first group of the general tab.
        ui_->generalLayout->insertWidget(0, new ShopProfilePanel(context_, ui_->generalTab));
        // PIPL retention and bulk anonymisation (manager; hidden otherwise).
        ui_->generalLayout->insertWidget(1, new PrivacySettingsPanel(context_, ui_->generalTab));
        analysis_ = new AnalysisSettingsPanel(context_, ui_->settingsTabs);
        ui_->settingsTabs->addTab(analysis_, tr("客户分类与分析"));
        followUps_ = new FollowUpSettingsPanel(context_, ui_->settingsTabs);
        ui_->settingsTabs->addTab(followUps_, tr("回访规则"));
    }
    if (context_.messages != nullptr) {
        ui_->settingsTabs->addTab(new MessageTemplatesPanel(context_, ui_->settingsTabs),
                                  tr("短信模板"));
        scrollTab(ui_->settingsTabs, ui_->settingsTabs->count() - 1);
    }
    scrollTab(ui_->settingsTabs, 0);
    ui_->settingsTabs->setCurrentIndex(0);
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
    services::LoginPolicy policy = context_.users->policy();
    bool policyRead = context_.settings != nullptr;
    if (context_.settings != nullptr) {
        if (auto stored = context_.settings->loginPolicy()) {
            policy = stored.value();
        } else {
            // The policy in force is shown, but not offered for saving over the unread one.
            policyRead = false;
            ReadErrors::show(stored.error(), this);
        }
    }
    loadedPolicy_ = policy;
    ui_->maxFailuresValue->setValue(policy.maxFailures);
    ui_->lockMinutesValue->setValue(policy.lockMinutes);
    ui_->delayValue->setValue(policy.failureDelayMs);
    ui_->savePolicyButton->setEnabled(policyRead);

    const auto users = ReadErrors::valueOr(context_.users->users(), this);
    ui_->usersTable->setRowCount(static_cast<int>(users.size()));
    const QDateTime now = context_.now();
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

void SettingsView::savePolicy() {
    if (context_.settings == nullptr) {
        return;
    }
    services::LoginPolicy policy = loadedPolicy_;
    policy.maxFailures = ui_->maxFailuresValue->value();
    policy.lockMinutes = ui_->lockMinutesValue->value();
    policy.failureDelayMs = ui_->delayValue->value();
    const auto result = context_.settings->saveLoginPolicy(context_.user, policy);
    if (result) {
        loadedPolicy_ = policy;
        ui_->policyMessage->setStyleSheet(QString());
        ui_->policyMessage->setText(tr("已保存，下次启动时生效。"));
    } else {
        ui_->policyMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
        ui_->policyMessage->setText(result.error().message);
    }
}

}  // namespace hc::ui
