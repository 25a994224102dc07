#include "hc/ui/CampaignView.h"
#include "hc/services/SettingsNotifier.h"

#include "messages/MessageBatchExport.h"

#include "hc/domain/CampaignRecord.h"
#include "hc/domain/CampaignReturns.h"
#include "hc/domain/MoneyParser.h"
#include "hc/domain/Role.h"
#include "hc/services/CampaignService.h"
#include "hc/services/MessageService.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/CustomerBadgePanel.h"
#include "hc/ui/DateInput.h"
#include "hc/ui/FieldFeedback.h"
#include "hc/ui/SendMessagesDialog.h"
#include "hc/ui/UiContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace hc::ui {

using domain::MoneyParser;

namespace {
QTableWidgetItem* number(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
}  // namespace

CampaignView::CampaignView(UiContext& context, QWidget* parent)
    : QWidget(parent), ctx_(context), clock_(ctx_.clock ? ctx_.clock : services::systemClock()) {
    setObjectName(QStringLiteral("campaignView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);

    auto* listBox = new QGroupBox(tr("活动效果"), this);
    auto* listLayout = new QVBoxLayout(listBox);
    table_ = new QTableWidget(0, 11, listBox);
    table_->setObjectName(QStringLiteral("campaignTable"));
    table_->setHorizontalHeaderLabels({tr("活动"), tr("目标"), tr("优惠"), tr("开始"),
                                       tr("统计天数"), tr("邀约"), tr("回厂"), tr("回厂率"),
                                       tr("回厂后营收"), tr("总成本"), tr("每回厂客户成本")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    listLayout->addWidget(table_);
    auto* smsRow = new QHBoxLayout;
    smsStatus_ = new QLabel(listBox);
    smsStatus_->setObjectName(QStringLiteral("campaignSmsStatus"));
    smsStatus_->setWordWrap(true);
    smsRow->addWidget(smsStatus_, 1);
    exportSms_ = new QPushButton(tr("导出短信…"), listBox);
    exportSms_->setObjectName(QStringLiteral("exportCampaignMessagesButton"));
    exportSms_->setToolTip(
        tr("把所选活动邀约客户的短信导出为短信平台的 CSV（只含同意接收营销短信的客户）"));
    sendSms_ = new QPushButton(tr("发送短信…"), listBox);
    sendSms_->setObjectName(QStringLiteral("sendCampaignMessagesButton"));
    sendSms_->setToolTip(tr("通过短信平台给所选活动邀约的客户发送短信（只发给已同意的客户）"));
    smsRow->addWidget(exportSms_);
    smsRow->addWidget(sendSms_);
    listLayout->addLayout(smsRow);
    exportSms_->setVisible(ctx_.messages != nullptr);
    sendSms_->setVisible(ctx_.messages != nullptr);
    connect(exportSms_, &QPushButton::clicked, this, [this] { chooseMessageExport(); });
    connect(sendSms_, &QPushButton::clicked, this, [this] { openSendDialog(); });
    connect(table_, &QTableWidget::itemSelectionChanged, this, &CampaignView::updateSmsButtons);
    layout->addWidget(listBox, 1);

    auto* formBox = new QGroupBox(tr("新建活动"), this);
    auto* form = new QFormLayout(formBox);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    name_ = new QLineEdit(formBox);
    name_->setPlaceholderText(tr("如：流失客户换季关怀"));
    stage_ = new QComboBox(formBox);
    for (int i = 0; i < domain::kStageCount; ++i) {
        const auto stage = static_cast<domain::Stage>(i);
        stage_->addItem(CustomerBadgePanel::stageName(stage), domain::toKey(stage));
    }
    stage_->setCurrentIndex(static_cast<int>(domain::Stage::Lost));
    segment_ = new QLineEdit(formBox);
    segment_->setPlaceholderText(tr("可选：细分说明，如 RFM 重要挽留客户"));
    offer_ = new QLineEdit(formBox);
    offer_->setPlaceholderText(tr("如：老旧车易损件 9 折，工时 7 折（事故车除外）"));
    cost_ = new QLineEdit(formBox);
    cost_->setPlaceholderText(tr("元，如 15"));
    costMsg_ = FieldFeedback::createMessageLabel(formBox);
    start_ = new QDateEdit(formBox);
    DateInput::setup(start_);  // ISO, calendar popup, typed dates
    window_ = new QSpinBox(formBox);
    window_->setRange(domain::CampaignReturns::kMinWindowDays,
                      domain::CampaignReturns::kMaxWindowDays);
    window_->setSuffix(tr(" 天"));
    create_ = new QPushButton(tr("创建并邀约该阶段客户"), formBox);
    create_->setObjectName(QStringLiteral("createCampaignButton"));
    form->addRow(tr("活动名称(&M)*"), name_);
    form->addRow(tr("目标阶段(&G)"), stage_);
    form->addRow(tr("客户细分"), segment_);
    form->addRow(tr("优惠内容(&O)"), offer_);
    form->addRow(tr("每位客户成本(&C)"), FieldFeedback::wrap(cost_, costMsg_, formBox));
    form->addRow(tr("开始日期"), start_);
    form->addRow(tr("回厂统计天数"), window_);
    auto* buttons = new QHBoxLayout;
    message_ = new QLabel(formBox);
    message_->setWordWrap(true);
    buttons->addWidget(message_, 1);
    buttons->addWidget(create_);
    form->addRow(buttons);
    layout->addWidget(formBox);
    formBox->setVisible(ctx_.user.role == domain::Role::Manager);

    connect(create_, &QPushButton::clicked, this, &CampaignView::createCampaign);
    start_->setDate(clock_().date());
    loadWindowDefault();
    if (ctx_.settingsNotifier != nullptr) {
        // A new return window in the follow-up rules is the form's new default, unless the
        // manager has already changed the field.
        connect(ctx_.settingsNotifier, &services::SettingsNotifier::followUpsChanged, this, [this] {
            if (!windowEdited_) {
                loadWindowDefault();
            }
        });
    }
    connect(window_, &QSpinBox::valueChanged, this, [this] { windowEdited_ = !loadingWindow_; });
    refresh();
}

void CampaignView::loadWindowDefault() {
    loadingWindow_ = true;
    const auto done = qScopeGuard([this] { loadingWindow_ = false; });
    // The shop's return window (the same as win-back's, domain::ReturnWindow), never a number here.
    const auto stored =
        ctx_.settings != nullptr ? std::optional(ctx_.settings->followUps()) : std::nullopt;
    if (stored && *stored) {
        window_->setMinimum(domain::CampaignReturns::kMinWindowDays);
        window_->setSpecialValueText(QString());
        window_->setValue(stored->value().winbackReturnWindowDays);
        return;
    }
    // No stored default: one below the minimum means "not chosen", shown as 请输入.
    window_->setMinimum(domain::CampaignReturns::kMinWindowDays - 1);
    window_->setSpecialValueText(tr("请输入"));
    window_->setValue(window_->minimum());
    if (stored) {
        showMessage(tr("回厂统计天数的默认值无法读取，请填写：%1").arg(stored->error().message),
                    true);
    }
}

void CampaignView::setClock(services::Clock clock) {
    clock_ = std::move(clock);
    start_->setDate(clock_().date());
    refresh();
}

void CampaignView::refresh() {
    table_->setRowCount(0);
    updateSmsButtons();
    if (ctx_.campaigns == nullptr) {
        return;
    }
    auto list = ctx_.campaigns->list();
    if (!list) {
        showMessage(list.error().message, true);
        return;
    }
    for (const auto& c : list.value()) {
        const int row = table_->rowCount();
        table_->insertRow(row);
        auto* name = new QTableWidgetItem(c.name);
        name->setData(Qt::UserRole, QVariant::fromValue<qint64>(c.id));
        table_->setItem(row, 0, name);
        QString target = c.targetStage ? CustomerBadgePanel::stageName(*c.targetStage) : QString();
        if (!c.targetSegment.isEmpty()) {
            target += (target.isEmpty() ? QString() : QStringLiteral(" · ")) + c.targetSegment;
        }
        table_->setItem(row, 1, new QTableWidgetItem(target));
        table_->setItem(row, 2, new QTableWidgetItem(c.offer));
        table_->setItem(row, 3, new QTableWidgetItem(c.start.toString(Qt::ISODate)));
        table_->setItem(row, 4, number(QString::number(c.windowDays)));
        auto results = ctx_.campaigns->results(c.id);
        if (!results) {
            continue;
        }
        const auto& r = results.value();
        table_->setItem(row, 5, number(QString::number(r.invited)));
        table_->setItem(row, 6, number(QString::number(r.returned.size())));
        table_->setItem(
            row, 7,
            number(QStringLiteral("%1 %").arg(QString::number(r.returnRateBp / 100.0, 'f', 2))));
        table_->setItem(row, 8, number(MoneyParser::formatYuan(r.revenueFen)));
        table_->setItem(row, 9, number(MoneyParser::formatYuan(r.totalCostFen)));
        table_->setItem(row, 10,
                        number(r.costPerReturnedFen ? MoneyParser::formatYuan(*r.costPerReturnedFen)
                                                    : tr("无人回厂")));
    }
}

std::int64_t CampaignView::createCampaign() {
    if (ctx_.campaigns == nullptr) {
        return 0;
    }
    MoneyParser::Options options;
    options.emptyIsZero = true;
    const auto cost = MoneyParser::parse(cost_->text(), options);
    FieldFeedback::apply(cost_, costMsg_, cost);
    if (!cost.fen) {
        cost_->setFocus();
        return 0;
    }
    domain::CampaignRecord c;
    c.name = name_->text();
    c.targetStage = domain::stageFromKey(stage_->currentData().toString());
    c.targetSegment = segment_->text();
    c.offer = offer_->text();
    c.costPerCustomerFen = *cost.fen;
    c.start = start_->date();
    if (window_->value() < domain::CampaignReturns::kMinWindowDays) {
        showMessage(tr("请填写回厂统计天数。"), true);
        window_->setFocus();
        return 0;
    }
    c.windowDays = window_->value();
    auto id = ctx_.campaigns->create(ctx_.user, c);
    if (!id) {
        showMessage(id.error().message, true);
        return 0;
    }
    auto invited = ctx_.campaigns->inviteStage(ctx_.user, id.value());
    if (!invited) {
        showMessage(tr("活动已创建，但邀约失败：%1").arg(invited.error().message), true);
    } else {
        showMessage(tr("活动已创建，邀约 %1 位客户，已加入回访列表。").arg(invited.value()), false);
        name_->clear();
        offer_->clear();
        segment_->clear();
    }
    refresh();
    return id.value();
}

std::int64_t CampaignView::selectedCampaign() const {
    const auto rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return 0;
    }
    const auto* item = table_->item(rows.front().row(), 0);
    return item != nullptr ? item->data(Qt::UserRole).toLongLong() : 0;
}

void CampaignView::updateSmsButtons() {
    const bool enabled = ctx_.messages != nullptr && selectedCampaign() > 0;
    exportSms_->setEnabled(enabled);
    sendSms_->setEnabled(enabled);
}

QString CampaignView::exportMessages(const QString& path, bool* saved) {
    const std::int64_t id = selectedCampaign();
    if (ctx_.messages == nullptr || id <= 0) {
        return {};
    }
    const QString text = MessageBatchExport::write(
        ctx_, ctx_.messages->forCampaign(domain::MessageTemplateKey::Campaign, id), path, saved);
    smsStatus_->setText(text);
    return text;
}

void CampaignView::chooseMessageExport() {
    const std::int64_t id = selectedCampaign();
    if (id <= 0) {
        return;
    }
    const QString path =
        MessageBatchExport::choosePath(this, QStringLiteral("sms-campaign-%1-%2.csv")
                                                 .arg(id)
                                                 .arg(clock_().date().toString(Qt::ISODate)));
    if (path.isEmpty()) {
        return;
    }
    bool saved = false;
    const QString text = exportMessages(path, &saved);
    MessageBatchExport::tell(this, path, text, saved);
}

SendMessagesDialog* CampaignView::openSendDialog() {
    const std::int64_t id = selectedCampaign();
    if (ctx_.messages == nullptr || id <= 0) {
        return nullptr;
    }
    const auto* item = table_->item(table_->selectionModel()->selectedRows().front().row(), 0);
    auto* dialog = new SendMessagesDialog(ctx_, id, item->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SendMessagesDialog::sendFinished, this, [this, dialog](bool ok) {
        if (ok) {
            smsStatus_->setText(dialog->resultLabel()->text());
        }
    });
    dialog->open();
    return dialog;
}

void CampaignView::showMessage(const QString& text, bool error) {
    message_->setStyleSheet(error ? QStringLiteral("QLabel { color: #c5221f; }")
                                  : QStringLiteral("QLabel { color: #137333; }"));
    message_->setText(text);
}

}  // namespace hc::ui
