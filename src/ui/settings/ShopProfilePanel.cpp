#include "hc/ui/ShopProfilePanel.h"

#include "hc/services/SettingsService.h"
#include "hc/ui/FieldFeedback.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hc::ui {

ShopProfilePanel::ShopProfilePanel(UiContext& ctx, QWidget* parent)
    : QGroupBox(tr("门店信息"), parent), ctx_(ctx) {
    setObjectName(QStringLiteral("shopProfileGroup"));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    name_ = new QLineEdit(this);
    name_->setPlaceholderText(tr("打印在结算单和报表上，回访话术中的 {shop}"));
    name_->setMaxLength(60);
    nameMsg_ = FieldFeedback::createMessageLabel(this);
    address_ = new QLineEdit(this);
    phone_ = new QLineEdit(this);
    phone_->setPlaceholderText(tr("如 029-81629900"));
    phoneMsg_ = FieldFeedback::createMessageLabel(this);
    hours_ = new QLineEdit(this);
    hours_->setPlaceholderText(tr("如 周一至周日 8:30–18:00"));
    auto* nameLabel = new QLabel(tr("门店名称(&N)："), this);
    nameLabel->setBuddy(name_);
    form->addRow(nameLabel, FieldFeedback::wrap(name_, nameMsg_, this));
    form->addRow(tr("地址："), address_);
    form->addRow(tr("电话："), FieldFeedback::wrap(phone_, phoneMsg_, this));
    form->addRow(tr("营业时间："), hours_);
    auto* buttons = new QHBoxLayout;
    save_ = new QPushButton(tr("保存门店信息"), this);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    buttons->addWidget(save_);
    buttons->addWidget(message_, 1);
    form->addRow(buttons);
    connect(save_, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(name_, &QLineEdit::textEdited, this, [this] { FieldFeedback::clear(name_, nameMsg_); });
    connect(phone_, &QLineEdit::textEdited, this,
            [this] { FieldFeedback::clear(phone_, phoneMsg_); });
    const bool manager = ctx_.user.role == domain::Role::Manager;
    for (QLineEdit* e : {name_, address_, phone_, hours_}) {
        e->setReadOnly(!manager);
    }
    save_->setEnabled(manager);
    load();
}

void ShopProfilePanel::load() {
    if (ctx_.settings == nullptr) {
        return;
    }
    const auto shop = ctx_.settings->shopProfile();
    if (!shop) {
        message_->setText(shop.error().message);
        save_->setEnabled(false);  // empty fields saved over the unread profile would erase it
        return;
    }
    name_->setText(shop.value().name);
    address_->setText(shop.value().address);
    phone_->setText(shop.value().phone);
    hours_->setText(shop.value().hours);
}

bool ShopProfilePanel::save() {
    if (ctx_.settings == nullptr) {
        return false;
    }
    domain::ShopProfile shop;
    shop.name = name_->text();
    shop.address = address_->text();
    shop.phone = phone_->text();
    shop.hours = hours_->text();
    const auto result = ctx_.settings->saveShopProfile(ctx_.user, shop);
    if (!result) {
        const auto& e = result.error();
        if (e.field == QLatin1String("name")) {
            FieldFeedback::set(name_, nameMsg_, FieldFeedback::State::Error, e.message);
            name_->setFocus();
        } else if (e.field == QLatin1String("phone")) {
            FieldFeedback::set(phone_, phoneMsg_, FieldFeedback::State::Error, e.message);
            phone_->setFocus();
        }
        message_->setStyleSheet(QStringLiteral("color: #c5221f;"));
        message_->setText(e.message);
        return false;
    }
    load();  // shows the normalised phone
    message_->setStyleSheet(QStringLiteral("color: #137333;"));
    message_->setText(tr("门店信息已保存。"));
    return true;
}

}  // namespace hc::ui
