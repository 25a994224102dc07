// CallbackView's layout: the filter bar with the day's counts, and the details column (summary,
// script, satisfaction). The list logic is in CallbackView.cpp, the summary in
// CallbackViewSummary.cpp.
#include "hc/ui/CallbackView.h"

#include "widgets/ReadErrors.h"

#include "hc/domain/Role.h"
#include "hc/services/UserService.h"
#include "hc/ui/BadgeLabel.h"
#include "hc/ui/CallOutcomePanel.h"
#include "hc/ui/CustomerBadgePanel.h"
#include "hc/ui/FollowUpFilterProxy.h"
#include "hc/ui/FollowUpLabels.h"
#include "hc/ui/FollowUpListModel.h"
#include "hc/ui/PrintPreview.h"
#include "hc/ui/SatisfactionPanel.h"
#include "hc/ui/SendMessagesDialog.h"
#include "hc/ui/UiContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hc::ui {

using domain::FollowUpKind;
using domain::Urgency;

QWidget* CallbackView::buildFilters() {
    auto* bar = new QWidget(this);
    auto* outer = new QVBoxLayout(bar);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    outer->addLayout(row);
    dayLabel_ = new QLabel(bar);
    dayLabel_->setObjectName(QStringLiteral("dayLabel"));
    QFont bold = dayLabel_->font();
    bold.setBold(true);
    dayLabel_->setFont(bold);
    // The day on its own line, with the list's actions on its right: the filters need the whole
    // width of the row below at 1366 px (English); on one row with them the screen needed 1,400 px.
    auto* top = new QHBoxLayout;
    top->addWidget(dayLabel_, 1);
    outer->insertLayout(0, top);
    // The day's list against everything due: "今日 60 条 / 共 2,134 条到期 · 积压 …".
    planLabel_ = new QLabel(bar);
    planLabel_->setObjectName(QStringLiteral("callListHeader"));
    planLabel_->setWordWrap(true);
    outer->insertWidget(1, planLabel_);

    kindFilter_ = new QComboBox(bar);
    kindFilter_->addItem(tr("全部类型"), QString());
    for (int i = 0; i < domain::kFollowUpKindCount; ++i) {
        const auto kind = static_cast<FollowUpKind>(i);
        kindFilter_->addItem(FollowUpLabels::kind(kind), domain::toKey(kind));
    }
    stageFilter_ = new QComboBox(bar);
    stageFilter_->addItem(tr("全部阶段"), QString());
    for (int i = 0; i < domain::kStageCount; ++i) {
        const auto stage = static_cast<domain::Stage>(i);
        stageFilter_->addItem(CustomerBadgePanel::stageName(stage), domain::toKey(stage));
    }
    urgencyFilter_ = new QComboBox(bar);
    urgencyFilter_->addItem(tr("全部紧急程度"), QString());
    for (auto u : {Urgency::Red, Urgency::Yellow, Urgency::Green}) {
        urgencyFilter_->addItem(FollowUpLabels::urgency(u), domain::toKey(u));
    }
    assigneeFilter_ = new QComboBox(bar);
    assigneeFilter_->setToolTip(tr("回访人：不含其本人接待的服务回访"));
    fillAssignees();
    for (auto [label, combo] : {std::pair{tr("类型"), kindFilter_},
                                {tr("阶段"), stageFilter_},
                                {tr("紧急"), urgencyFilter_},
                                {tr("回访人"), assigneeFilter_}}) {
        auto* l = new QLabel(label, bar);
        l->setBuddy(combo);
        row->addSpacing(8);
        row->addWidget(l);
        row->addWidget(combo);
    }
    // The backlog (due, beyond today's capacity) can be listed too: nothing due is hidden.
    backlogBox_ = new QCheckBox(tr("显示积压"), bar);
    backlogBox_->setObjectName(QStringLiteral("showBacklogBox"));
    backlogBox_->setToolTip(tr("同时列出超出今日名单的到期项目(按排名,未分配)"));
    backlogBox_->setVisible(false);  // shown with the day's list
    connect(backlogBox_, &QCheckBox::toggled, this, &CallbackView::refresh);
    row->addSpacing(8);
    row->addWidget(backlogBox_);
    row->addStretch();
    auto* reload = new QPushButton(tr("刷新 (F5)"), bar);
    connect(reload, &QPushButton::clicked, this, &CallbackView::refresh);
    row->addWidget(reload);
    auto* print = new QPushButton(tr("打印名单…"), bar);
    print->setObjectName(QStringLiteral("printListButton"));
    print->setToolTip(tr("按当前筛选打印今日回访名单（先预览）"));
    connect(print, &QPushButton::clicked, this,
            [this] { PrintPreview::modelTable(this, listTitle(), dayLabel_->text(), proxy_); });
    top->addWidget(print);
    if (ctx_.messages != nullptr) {
        auto* sms = new QPushButton(tr("导出短信…"), bar);
        sms->setObjectName(QStringLiteral("exportMessagesButton"));
        sms->setToolTip(tr("把今日名单导出为短信平台的 CSV（只含已同意的客户）"));
        connect(sms, &QPushButton::clicked, this, &CallbackView::chooseMessageExport);
        top->addWidget(sms);
        auto* send = new QPushButton(tr("发送短信…"), bar);
        send->setObjectName(QStringLiteral("sendMessagesButton"));
        send->setToolTip(tr("通过短信网关发送今日名单的短信（只发给已同意的客户）"));
        connect(send, &QPushButton::clicked, this, [this] {
            SendMessagesDialog dialog(ctx_, today(), this);
            dialog.exec();
            refresh();  // the messages sent count as contacts
        });
        top->addWidget(send);
    }
    if (ctx_.user.role == domain::Role::Manager) {
        auto* scripts = new QPushButton(tr("话术…"), bar);
        scripts->setObjectName(QStringLiteral("editScriptsButton"));
        connect(scripts, &QPushButton::clicked, this, &CallbackView::editScripts);
        auto* items = new QPushButton(tr("满意度项目…"), bar);
        items->setObjectName(QStringLiteral("editSatisfactionButton"));
        connect(items, &QPushButton::clicked, this, &CallbackView::editSatisfactionItems);
        top->addWidget(scripts);
        top->addWidget(items);
    }

    auto* chipRow = new QHBoxLayout;
    chipRow->setContentsMargins(0, 4, 0, 0);
    redChip_ = new BadgeLabel(bar);
    yellowChip_ = new BadgeLabel(bar);
    greenChip_ = new BadgeLabel(bar);
    redChip_->setObjectName(QStringLiteral("redChip"));
    yellowChip_->setObjectName(QStringLiteral("yellowChip"));
    greenChip_->setObjectName(QStringLiteral("greenChip"));
    chipRow->addWidget(redChip_);
    chipRow->addWidget(yellowChip_);
    chipRow->addWidget(greenChip_);
    counts_ = new QLabel(bar);
    counts_->setObjectName(QStringLiteral("countsLabel"));
    // Every kind on the list (the backlog shown too) is longer than the row at 1366 px: wraps.
    counts_->setWordWrap(true);
    chipRow->addWidget(counts_, 1);

    outer->addLayout(chipRow);

    connect(kindFilter_, &QComboBox::currentIndexChanged, this,
            [this] { proxy_->setKind(kindFilter_->currentData().toString()); });
    connect(stageFilter_, &QComboBox::currentIndexChanged, this,
            [this] { proxy_->setStage(stageFilter_->currentData().toString()); });
    connect(urgencyFilter_, &QComboBox::currentIndexChanged, this,
            [this] { proxy_->setUrgency(urgencyFilter_->currentData().toString()); });
    connect(assigneeFilter_, &QComboBox::currentIndexChanged, this, &CallbackView::refresh);
    return bar;
}

void CallbackView::fillAssignees() {
    assigneeFilter_->addItem(tr("全部"), QString());
    if (ctx_.users != nullptr) {
        for (const auto& u : ReadErrors::valueOr(ctx_.users->users(), this)) {
            if (u.active) {
                assigneeFilter_->addItem(u.displayName.isEmpty()
                                             ? u.username
                                             : tr("%1（%2）").arg(u.displayName, u.username),
                                         u.username);
            }
        }
    }
    if (ctx_.user.role == domain::Role::Callback) {
        const int own = assigneeFilter_->findData(ctx_.user.username);
        if (own >= 0) {
            assigneeFilter_->setCurrentIndex(own);
        }
    }
}

QWidget* CallbackView::buildDetails() {
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* pane = new QWidget(scroll);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 0, 0, 0);

    auto* customerBox = new QGroupBox(tr("客户"), pane);
    auto* customerLayout = new QVBoxLayout(customerBox);
    summary_ = new QLabel(customerBox);
    summary_->setObjectName(QStringLiteral("customerSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    customerLayout->addWidget(summary_);
    openCard_ = new QPushButton(tr("打开档案"), customerBox);
    openCard_->setEnabled(false);
    connect(openCard_, &QPushButton::clicked, this, [this] {
        if (auto item = currentItem()) {
            Q_EMIT openCustomerRequested(item->customerId);
        }
    });
    customerLayout->addWidget(openCard_, 0, Qt::AlignRight);
    layout->addWidget(customerBox);

    auto* scriptBox = new QGroupBox(tr("话术"), pane);
    auto* scriptLayout = new QVBoxLayout(scriptBox);
    script_ = new QTextBrowser(scriptBox);
    script_->setObjectName(QStringLiteral("scriptView"));
    script_->setMinimumHeight(110);
    script_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    scriptLayout->addWidget(script_);
    layout->addWidget(scriptBox, 1);

    satisfaction_ = new SatisfactionPanel(pane);
    layout->addWidget(satisfaction_);
    satisfaction_->hide();
    scroll->setWidget(pane);
    return scroll;
}

}  // namespace hc::ui
