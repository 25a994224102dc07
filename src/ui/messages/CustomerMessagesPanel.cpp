#include "hc/ui/CustomerMessagesPanel.h"

#include "hc/services/ConsentService.h"
#include "hc/services/MessageService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc::ui {

CustomerMessagesPanel::CustomerMessagesPanel(UiContext& ctx, QWidget* parent)
    : QWidget(parent), ctx_(ctx) {
    setObjectName(QStringLiteral("customerMessagesPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto* states = new QHBoxLayout;
    service_ = new QLabel(this);
    marketing_ = new QLabel(this);
    states->addWidget(service_);
    states->addWidget(marketing_);
    states->addStretch(1);
    layout->addLayout(states);

    auto* change = new QHBoxLayout;
    purpose_ = new QComboBox(this);
    purpose_->addItem(domain::toLabel(domain::MessagePurpose::Marketing),
                      domain::toKey(domain::MessagePurpose::Marketing));
    purpose_->addItem(domain::toLabel(domain::MessagePurpose::Service),
                      domain::toKey(domain::MessagePurpose::Service));
    state_ = new QComboBox(this);
    for (const auto s : {domain::ConsentState::Granted, domain::ConsentState::Refused}) {
        state_->addItem(domain::toLabel(std::optional(s)), domain::toKey(s));
    }
    source_ = new QComboBox(this);
    for (const auto s : {domain::ConsentSource::ReceptionForm, domain::ConsentSource::Call,
                         domain::ConsentSource::MessageReply}) {
        source_->addItem(domain::toLabel(s), domain::toKey(s));
    }
    record_ = new QPushButton(tr("记录同意状态"), this);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    change->addWidget(purpose_);
    change->addWidget(state_);
    change->addWidget(source_);
    change->addWidget(record_);
    change->addWidget(message_, 1);
    layout->addLayout(change);

    log_ = new QTableWidget(0, 5, this);
    log_->setHorizontalHeaderLabels({tr("时间"), tr("模板"), tr("结果"), tr("操作人"), tr("内容")});
    log_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    log_->setSelectionBehavior(QAbstractItemView::SelectRows);
    log_->verticalHeader()->setVisible(false);
    log_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    log_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(log_, 1);
    connect(record_, &QPushButton::clicked, this, [this] { (void)recordConsent(); });
    setCustomer(0);
}

void CustomerMessagesPanel::setCustomer(qint64 id) {
    if (id != customerId_) {
        message_->clear();
    }
    customerId_ = id;
    reload();
}

void CustomerMessagesPanel::reload() {
    const bool have = customerId_ > 0 && ctx_.consent != nullptr;
    record_->setEnabled(have);
    service_->clear();
    marketing_->clear();
    log_->setRowCount(0);
    if (!have) {
        return;
    }
    if (const auto c = ctx_.consent->current(customerId_)) {
        service_->setText(tr("服务短信：%1").arg(domain::toLabel(c.value().service)));
        marketing_->setText(tr("营销短信：%1").arg(domain::toLabel(c.value().marketing)));
    } else {
        message_->setText(c.error().message);
    }
    if (ctx_.messages == nullptr) {
        return;
    }
    const auto log = ctx_.messages->logOf(customerId_);
    if (!log) {
        message_->setText(log.error().message);
        return;
    }
    log_->setRowCount(static_cast<int>(log.value().size()));
    int row = 0;
    for (const auto& e : log.value()) {
        const QStringList cells{e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                domain::toLabel(e.templateKey),
                                e.result == domain::MessageResult::Failed
                                    ? tr("%1：%2").arg(domain::toLabel(e.result), e.error)
                                    : domain::toLabel(e.result),
                                e.username, e.text};
        for (int col = 0; col < cells.size(); ++col) {
            log_->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        }
        ++row;
    }
}

bool CustomerMessagesPanel::recordConsent() {
    if (customerId_ <= 0 || ctx_.consent == nullptr) {
        return false;
    }
    const auto purpose = domain::messagePurposeFromKey(purpose_->currentData().toString());
    const auto state = domain::consentStateFromKey(state_->currentData().toString());
    const auto source = domain::consentSourceFromKey(source_->currentData().toString());
    if (!purpose || !state || !source) {
        return false;
    }
    const auto r = ctx_.consent->set(ctx_.user, customerId_, *purpose, *state, *source);
    if (!r) {
        message_->setStyleSheet(QStringLiteral("color: #c5221f;"));
        message_->setText(r.error().message);
        return false;
    }
    reload();
    message_->setStyleSheet(QStringLiteral("color: #137333;"));
    message_->setText(tr("已记录。"));
    return true;
}

}  // namespace hc::ui
