#include "hc/ui/MessageTemplatesPanel.h"

#include "hc/domain/MessageTemplates.h"
#include "hc/services/MessageService.h"
#include "hc/services/SettingsService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hc::ui {

namespace {

domain::MessageTemplateKey keyAt(const QComboBox* combo) {
    return domain::messageTemplateKeyFromKey(combo->currentData().toString())
        .value_or(domain::MessageTemplateKey::PostService);
}

}  // namespace

MessageTemplatesPanel::MessageTemplatesPanel(UiContext& ctx, QWidget* parent)
    : QWidget(parent), ctx_(ctx) {
    setObjectName(QStringLiteral("messageTemplatesPanel"));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    combo_ = new QComboBox(this);
    for (const auto key : domain::kMessageTemplateKeys) {
        combo_->addItem(domain::toLabel(key), domain::toKey(key));
    }
    purpose_ = new QLabel(this);
    auto* top = new QHBoxLayout;
    top->addWidget(combo_);
    top->addWidget(purpose_, 1);
    form->addRow(tr("模板："), top);
    body_ = new QPlainTextEdit(this);
    body_->setTabChangesFocus(true);
    body_->setMaximumHeight(110);
    form->addRow(tr("内容："), body_);
    fields_ = new QLabel(this);
    fields_->setWordWrap(true);
    fields_->setText(tr("合并字段：%1。签名【门店名】自动加在开头，营销短信末尾自动加“回T退订”。")
                         .arg(QLatin1Char('{') +
                              domain::MessageTemplates::fieldNames().join(QStringLiteral("} {")) +
                              QLatin1Char('}')));
    form->addRow(QString(), fields_);
    preview_ = new QLabel(this);
    preview_->setWordWrap(true);
    preview_->setTextFormat(Qt::PlainText);
    preview_->setFrameShape(QFrame::StyledPanel);
    preview_->setMinimumHeight(60);
    preview_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    form->addRow(tr("预览："), preview_);
    count_ = new QLabel(this);
    count_->setWordWrap(true);
    form->addRow(QString(), count_);
    auto* buttons = new QHBoxLayout;
    save_ = new QPushButton(tr("保存模板"), this);
    reset_ = new QPushButton(tr("恢复默认模板"), this);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    buttons->addWidget(save_);
    buttons->addWidget(reset_);
    buttons->addWidget(message_, 1);
    form->addRow(buttons);

    // The HTTP gateway (短信网关): one compact row of fields.
    auto* gateway = new QHBoxLayout;
    url_ = new QLineEdit(this);
    url_->setPlaceholderText(tr("网关地址 https://…"));
    token_ = new QLineEdit(this);
    token_->setEchoMode(QLineEdit::Password);
    token_->setPlaceholderText(tr("令牌（留空不变）"));
    bodyTemplate_ = new QLineEdit(this);
    timeout_ = new QSpinBox(this);
    timeout_->setRange(1000, 120000);
    timeout_->setSingleStep(1000);
    timeout_->setSuffix(tr(" 毫秒"));
    saveGateway_ = new QPushButton(tr("保存网关"), this);
    gateway->addWidget(url_, 2);
    gateway->addWidget(token_, 1);
    gateway->addWidget(bodyTemplate_, 2);
    gateway->addWidget(timeout_);
    gateway->addWidget(saveGateway_);
    form->addRow(tr("短信网关："), gateway);

    const bool manager = ctx_.user.role == domain::Role::Manager;
    body_->setReadOnly(!manager);
    save_->setEnabled(manager);
    reset_->setEnabled(manager);
    for (QLineEdit* e : {url_, token_, bodyTemplate_}) {
        e->setReadOnly(!manager);
    }
    timeout_->setEnabled(manager);
    saveGateway_->setEnabled(manager);
    connect(saveGateway_, &QPushButton::clicked, this, [this] { (void)saveGateway(); });
    if (ctx_.settings != nullptr) {
        if (const auto g = ctx_.settings->smsGateway()) {
            url_->setText(g.value().url);
            bodyTemplate_->setText(g.value().bodyTemplate);
            timeout_->setValue(g.value().timeoutMs);
        } else {
            // Empty fields saved would replace the stored gateway: the reason, and no saving.
            saveGateway_->setEnabled(false);
            message_->setStyleSheet(QStringLiteral("color: #c5221f;"));
            message_->setText(g.error().message);
        }
    }
    connect(combo_, &QComboBox::currentIndexChanged, this, [this] {
        message_->clear();
        load();
    });
    connect(body_, &QPlainTextEdit::textChanged, this, &MessageTemplatesPanel::updatePreview);
    connect(save_, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(reset_, &QPushButton::clicked, this, [this] { (void)resetToDefault(); });
    load();
}

void MessageTemplatesPanel::load() {
    const auto key = keyAt(combo_);
    purpose_->setText(domain::purposeOf(key) == domain::MessagePurpose::Marketing
                          ? tr("营销短信：只发给已同意的客户")
                          : tr("服务短信：客户未拒绝即可发送"));
    if (ctx_.messages == nullptr) {
        return;
    }
    bool custom = false;
    const auto text = ctx_.messages->templateText(key, &custom);
    if (!text) {
        message_->setText(text.error().message);
        return;
    }
    body_->setPlainText(text.value());
    reset_->setEnabled(custom && ctx_.user.role == domain::Role::Manager);
    updatePreview();
}

void MessageTemplatesPanel::updatePreview() {
    if (ctx_.messages == nullptr) {
        return;
    }
    const auto p = ctx_.messages->preview(keyAt(combo_), body_->toPlainText());
    if (!p) {
        preview_->setText(p.error().message);
        return;
    }
    const auto& r = p.value().rendered;
    preview_->setText(r.text);
    QString count = tr("%1 字，%2 条短信（每条 70 字，超过时每条 67 字）")
                        .arg(p.value().count.characters)
                        .arg(p.value().count.segments);
    if (!r.unknownFields.isEmpty()) {
        count += QLatin1Char('\n') +
                 tr("未知的合并字段：%1")
                     .arg(QLatin1Char('{') + r.unknownFields.join(QStringLiteral("} {")) +
                          QLatin1Char('}'));
    }
    if (r.missingSignature) {
        count += QLatin1Char('\n') + tr("尚未设置门店名称：短信没有签名，无法发送。");
    }
    count_->setText(count);
}

bool MessageTemplatesPanel::save() {
    if (ctx_.messages == nullptr) {
        return false;
    }
    const auto r = ctx_.messages->saveTemplate(ctx_.user, keyAt(combo_), body_->toPlainText());
    if (!r) {
        message_->setStyleSheet(QStringLiteral("color: #c5221f;"));
        message_->setText(r.error().message);
        body_->setFocus();
        return false;
    }
    load();
    message_->setStyleSheet(QStringLiteral("color: #137333;"));
    message_->setText(tr("模板已保存。"));
    return true;
}

bool MessageTemplatesPanel::resetToDefault() {
    if (ctx_.messages == nullptr) {
        return false;
    }
    const auto r = ctx_.messages->resetTemplate(ctx_.user, keyAt(combo_));
    if (!r) {
        message_->setStyleSheet(QStringLiteral("color: #c5221f;"));
        message_->setText(r.error().message);
        return false;
    }
    load();
    message_->setStyleSheet(QStringLiteral("color: #137333;"));
    message_->setText(tr("已恢复默认模板。"));
    return true;
}

bool MessageTemplatesPanel::saveGateway() {
    if (ctx_.settings == nullptr) {
        return false;
    }
    const auto stored = ctx_.settings->smsGateway();
    domain::SmsGatewaySettings g = stored ? stored.value() : domain::SmsGatewaySettings{};
    g.url = url_->text();
    if (!token_->text().isEmpty()) {
        g.token = token_->text();
    }
    g.bodyTemplate = bodyTemplate_->text();
    g.timeoutMs = timeout_->value();
    const auto r = ctx_.settings->saveSmsGateway(ctx_.user, g);
    if (!r) {
        message_->setStyleSheet(QStringLiteral("color: #c5221f;"));
        message_->setText(r.error().message);
        return false;
    }
    token_->clear();
    message_->setStyleSheet(QStringLiteral("color: #137333;"));
    message_->setText(tr("短信网关已保存。"));
    return true;
}

}  // namespace hc::ui
