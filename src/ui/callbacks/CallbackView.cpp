#include "hc/ui/CallbackView.h"

#include "CallListHeaderText.h"
#include "messages/DayMessageExport.h"

#include "widgets/ReadErrors.h"

#include "FollowUpLoader.h"
#include "hc/domain/CallScripts.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/domain/Role.h"
#include "hc/services/CallListService.h"
#include "hc/services/CustomerCardService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/FollowUpService.h"
#include "hc/services/MessageService.h"
#include "hc/services/SatisfactionService.h"
#include "hc/services/ScriptService.h"
#include "hc/services/SettingsNotifier.h"
#include "hc/services/SettingsService.h"
#include "hc/services/UserService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/ui/BadgeLabel.h"
#include "hc/ui/CallOutcomePanel.h"
#include "hc/ui/CardLoader.h"
#include "hc/ui/CustomerBadgePanel.h"
#include "hc/ui/FollowUpFilterProxy.h"
#include "hc/ui/FollowUpLabels.h"
#include "hc/ui/FollowUpListModel.h"
#include "hc/ui/PrintPreview.h"
#include "hc/ui/SatisfactionItemsDialog.h"
#include "hc/ui/SatisfactionPanel.h"
#include "hc/ui/SavedFileNotice.h"
#include "hc/ui/ScriptEditorDialog.h"
#include "hc/ui/SendMessagesDialog.h"
#include "hc/ui/UiContext.h"

#include <algorithm>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <map>

namespace hc::ui {

using domain::CallOutcome;
using domain::FollowUpKind;
using domain::Urgency;

namespace {
std::shared_ptr<spdlog::logger> logger() {
    auto l = spdlog::get("ui");
    return l ? l : spdlog::default_logger();
}

}  // namespace

CallbackView::CallbackView(UiContext& context, QWidget* parent)
    : QWidget(parent), ctx_(context), clock_(ctx_.clock ? ctx_.clock : services::systemClock()) {
    setObjectName(QStringLiteral("callbackView"));
    build();
    if (ctx_.loadFollowUpsInBackground && ctx_.followUps != nullptr) {
        loader_ = new FollowUpLoader(*ctx_.followUps, ctx_.callList, this);
        if (ctx_.callList != nullptr) {
            // The day's list is fixed when the day begins: plan it in the background from the
            // start, so the screen shows it at once when it is opened (docs/performance.md).
            loader_->warmUp(today(), ctx_.warmUps);
        }
    }
    if (ctx_.loadCardsInBackground && ctx_.cards != nullptr) {
        // The summary's card read may pay the whole-shop pass (≈ 0.5 s at 100 000 customers).
        cardLoader_ = new CardLoader(*ctx_.cards, this);
    }
    if (ctx_.settingsNotifier != nullptr) {
        // New thresholds (stages, maintenance interval, cadences): plan the list again at once.
        connect(ctx_.settingsNotifier, &services::SettingsNotifier::changed, this, [this] {
            if (loaded_) {
                refresh();
            }
        });
    }
}

void CallbackView::showEvent(QShowEvent* event) {
    // Planning the list reads the archive: done when the screen is first shown, not at login.
    if (!loaded_) {
        refresh();
    }
    QWidget::showEvent(event);
}

CallbackView::~CallbackView() = default;

void CallbackView::setClock(services::Clock clock) {
    clock_ = std::move(clock);
    refresh();
}

QDate CallbackView::today() const {
    return clock_().date();
}

void CallbackView::build() {
    model_ = new FollowUpListModel(this);
    proxy_ = new FollowUpFilterProxy(this);
    proxy_->setSourceModel(model_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->addWidget(buildFilters());

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    // Shown while the list is planned in the background; the screen stays usable meanwhile.
    busyLabel_ = new QLabel(left);
    busyLabel_->setObjectName(QStringLiteral("callbackBusyLabel"));
    busyLabel_->setStyleSheet(QStringLiteral("color: #1a73e8; font-weight: 600;"));
    busyLabel_->setWordWrap(true);
    busyLabel_->setVisible(false);
    leftLayout->addWidget(busyLabel_);
    table_ = new QTableView(left);
    table_->setObjectName(QStringLiteral("followUpList"));
    table_->setModel(proxy_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setShowGrid(false);
    table_->setWordWrap(false);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Column widths from the first rows only: the list can hold tens of thousands.
    table_->horizontalHeader()->setResizeContentsPrecision(200);
    table_->horizontalHeader()->setSectionResizeMode(FollowUpListModel::ReasonCol,
                                                     QHeaderView::Stretch);
    // The stretched reason column gets what the others leave, but never less than its header
    // ("Reasor" at 1366 px in English when the other columns filled the view).
    {
        QHeaderView* header = table_->horizontalHeader();
        const QString title =
            proxy_->headerData(FollowUpListModel::ReasonCol, Qt::Horizontal).toString();
        header->setMinimumSectionSize(std::max(
            header->minimumSectionSize(), header->fontMetrics().horizontalAdvance(title) + 16));
    }
    table_->installEventFilter(this);
    leftLayout->addWidget(table_);
    emptyLabel_ = new QLabel(left);
    emptyLabel_->setAlignment(Qt::AlignCenter);
    emptyLabel_->setWordWrap(true);
    leftLayout->addWidget(emptyLabel_);
    splitter->addWidget(left);
    splitter->addWidget(buildDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto* outcomeBox = new QGroupBox(tr("通话结果"), this);
    auto* outcomeLayout = new QVBoxLayout(outcomeBox);
    outcome_ = new CallOutcomePanel(today(), outcomeBox);
    if (ctx_.users != nullptr) {  // who may receive the car of a "will come"
        std::vector<std::pair<qint64, QString>> advisors;
        for (const auto& u : ReadErrors::valueOr(ctx_.users->users(), this)) {
            if (u.active && u.role != domain::Role::Callback) {
                advisors.emplace_back(u.id, u.displayName.isEmpty() ? u.username : u.displayName);
            }
        }
        outcome_->setAdvisors(advisors);
    }
    outcomeLayout->addWidget(outcome_);
    layout->addWidget(outcomeBox);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CallbackView::onCurrentChanged);
    connect(outcome_, &CallOutcomePanel::saveRequested, this, &CallbackView::saveCall);
    connect(outcome_, &CallOutcomePanel::churnReasonChanged, this, &CallbackView::showScript);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &CallbackView::updateCounts);
    connect(proxy_, &QAbstractItemModel::rowsInserted, this, &CallbackView::updateCounts);
    connect(proxy_, &QAbstractItemModel::rowsRemoved, this, &CallbackView::updateCounts);
    connect(proxy_, &QAbstractItemModel::layoutChanged, this, &CallbackView::updateCounts);

    for (int i = 0; i < domain::kCallOutcomeCount; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this,
                [this, i] { outcome_->setOutcome(static_cast<CallOutcome>(i)); });
    }
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* save = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        save->setContext(Qt::WidgetWithChildrenShortcut);
        connect(save, &QShortcut::activated, this, &CallbackView::saveCall);
    }
    auto* reload = new QShortcut(QKeySequence(Qt::Key_F5), this);
    reload->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reload, &QShortcut::activated, this, &CallbackView::refresh);
}

void CallbackView::refresh() {
    loaded_ = true;
    dayLabel_->setText(tr("今日回访 %1").arg(today().toString(Qt::ISODate)));
    yellowWindowDays_.reset();
    yellowWindowError_.clear();
    if (ctx_.settings != nullptr) {
        if (const auto stored = ctx_.settings->followUps()) {
            yellowWindowDays_ = stored.value().yellowWindowDays;
        } else {
            // The yellow chip's window is unknown: said under the list, not a generic text alone.
            yellowWindowError_ = stored.error().message;
            logger()->warn("callback screen: follow-up settings unreadable: {}",
                           stored.error().detail.toStdString());
        }
    }
    if (ctx_.followUps == nullptr) {
        model_->setItems({});
        emptyLabel_->setText(tr("回访服务不可用。"));
        emptyLabel_->show();
        return;
    }
    const QString assignee = assigneeFilter_->currentData().toString();
    const bool ranked = ctx_.callList != nullptr;
    if (loader_ == nullptr) {
        if (ranked) {
            applyDayList(ctx_.callList->dayList(today()));
        } else {
            applyList(ctx_.followUps->planToday(today(), assignee));
        }
        return;
    }
    // Off the GUI thread; only the answer to the latest request is shown (older ones are dropped).
    const int ticket = ++lastTicket_;
    listTicket_ = ticket;
    busyLabel_->setText(tr("正在生成回访名单……(可以继续操作)"));
    busyLabel_->setVisible(true);
    if (ranked) {
        loader_->dayList(today(), [this, ticket](services::Result<domain::CallList> list) {
            if (ticket != listTicket_) {
                return;  // a later request replaced this one
            }
            listTicket_ = 0;
            busyLabel_->setVisible(false);
            applyDayList(std::move(list));
        });
        return;
    }
    loader_->plan(today(), assignee,
                  [this, ticket](services::Result<std::vector<domain::FollowUpItem>> items) {
                      if (ticket != listTicket_) {
                          return;  // a later request replaced this one
                      }
                      listTicket_ = 0;
                      busyLabel_->setVisible(false);
                      applyList(std::move(items));
                  });
}

void CallbackView::applyList(services::Result<std::vector<domain::FollowUpItem>> items) {
    // The selection when the answer arrives (the user may have moved while it was planned).
    const qint64 keep = currentItem() ? currentItem()->customerId : 0;
    const int keepRow = table_->currentIndex().isValid() ? table_->currentIndex().row() : 0;
    planLabel_->hide();
    backlogBox_->hide();  // the plain list has no backlog
    if (!items) {
        logger()->warn("follow-up list failed: {}", items.error().detail.toStdString());
        model_->setItems({});
        emptyLabel_->setText(items.error().message);
        emptyLabel_->show();
        Q_EMIT listLoaded();
        return;
    }
    applying_ = true;
    model_->setItems(std::move(items.value()));
    for (int col : {FollowUpListModel::RankCol, FollowUpListModel::ScoreCol,
                    FollowUpListModel::AssigneeCol}) {
        table_->setColumnHidden(col, true);
    }
    finishRefresh(keep, keepRow);
}

void CallbackView::applyDayList(services::Result<domain::CallList> list) {
    const qint64 keep = currentItem() ? currentItem()->customerId : 0;
    const int keepRow = table_->currentIndex().isValid() ? table_->currentIndex().row() : 0;
    if (!list) {
        logger()->warn("day list failed: {}", list.error().detail.toStdString());
        model_->setItems({});
        planLabel_->hide();
        emptyLabel_->setText(list.error().message);
        emptyLabel_->show();
        Q_EMIT listLoaded();
        return;
    }
    applying_ = true;
    const domain::CallList& day = list.value();
    const QString viewer = assigneeFilter_->currentData().toString();
    std::vector<domain::FollowUpItem> items;
    std::vector<FollowUpListModel::Rank> ranks;
    int share = 0;
    int called = 0;
    const bool withBacklog = backlogBox_->isChecked();
    for (const auto& e : day.entries) {
        const bool mine = day.inShareOf(e, viewer);
        if (!mine && !(withBacklog && !e.today)) {
            continue;
        }
        if (mine) {
            ++share;
        }
        if (e.calledToday) {
            called += mine ? 1 : 0;  // done today: off the screen, still counted
            continue;
        }
        items.push_back(e.item);
        ranks.push_back({e.rank, e.score, e.assignee});
    }
    model_->setItems(std::move(items));
    model_->setRanks(std::move(ranks));
    table_->setColumnHidden(FollowUpListModel::RankCol, false);
    table_->setColumnHidden(FollowUpListModel::ScoreCol, false);
    // Who takes which item is the manager's view; a clerk sees their own share.
    table_->setColumnHidden(FollowUpListModel::AssigneeCol,
                            ctx_.user.role != domain::Role::Manager || day.onDuty.empty());

    const QString text = CallListHeaderText::text(day, share, called);
    planLabel_->setText(text);
    backlogBox_->setVisible(true);
    planLabel_->setToolTip(CallListHeaderText::toolTip(day));
    planLabel_->show();
    finishRefresh(keep, keepRow);
}

void CallbackView::finishRefresh(qint64 keep, int keepRow) {
    emptyLabel_->setText(tr("今天没有待回访的客户。"));
    emptyLabel_->setVisible(model_->rowCount() == 0);
    if (ctx_.satisfaction != nullptr) {
        if (auto list = ctx_.satisfaction->items()) {
            satisfaction_->setItems(list.value());
        } else {
            logger()->warn("satisfaction items not read: {}", list.error().detail.toStdString());
            satisfaction_->showReadError(list.error().message);
        }
    }
    if (keep == 0 || !selectCustomer(keep)) {
        const int row = std::min(keepRow, proxy_->rowCount() - 1);
        if (row >= 0) {
            table_->setCurrentIndex(proxy_->index(row, 0));
        } else {
            onCurrentChanged();
        }
    }
    applying_ = false;
    updateCounts();
    Q_EMIT listLoaded();
}

bool CallbackView::selectCustomer(qint64 customerId) {
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        const QModelIndex index = proxy_->index(row, 0);
        const auto* item = model_->itemAt(proxy_->mapToSource(index).row());
        if (item != nullptr && item->customerId == customerId) {
            table_->setCurrentIndex(index);
            table_->scrollTo(index);
            return true;
        }
    }
    return false;
}

std::optional<domain::FollowUpItem> CallbackView::currentItem() const {
    const QModelIndex index = table_->currentIndex();
    if (!index.isValid()) {
        return std::nullopt;
    }
    const domain::FollowUpItem* item =
        model_->itemAt(index.data(FollowUpListModel::RowRole).toInt());
    return item != nullptr ? std::optional(*item) : std::nullopt;
}

int CallbackView::count(Urgency urgency) const {
    int n = 0;
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        const auto* item = model_->itemAt(proxy_->mapToSource(proxy_->index(row, 0)).row());
        n += item != nullptr && item->urgency == urgency ? 1 : 0;
    }
    return n;
}

void CallbackView::updateCounts() {
    // One pass over the shown rows, reading the items themselves (tens of thousands of rows at
    // 100 000 customers: no QVariant per row and role).
    std::map<Urgency, int> perUrgency;
    std::map<int, int> perKind;
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        const auto* item = model_->itemAt(proxy_->mapToSource(proxy_->index(row, 0)).row());
        if (item != nullptr) {
            ++perUrgency[item->urgency];
            ++perKind[static_cast<int>(item->kind)];
        }
    }
    redChip_->setBadge(tr("红 %1").arg(perUrgency[Urgency::Red]), BadgeLabel::Tone::Red,
                       tr("已过期未回访"));
    yellowChip_->setBadge(
        tr("黄 %1").arg(perUrgency[Urgency::Yellow]), BadgeLabel::Tone::Amber,
        yellowWindowDays_ ? tr("今天起 %1 天内到期").arg(*yellowWindowDays_) : tr("即将到期"));
    greenChip_->setBadge(tr("绿 %1").arg(perUrgency[Urgency::Green]), BadgeLabel::Tone::Green,
                         tr("提前列出"));
    QStringList parts;
    parts << tr("共 %1 条").arg(proxy_->rowCount());
    for (auto [kind, n] : perKind) {
        parts << tr("%1 %2").arg(FollowUpLabels::kind(static_cast<FollowUpKind>(kind))).arg(n);
    }
    if (!yellowWindowError_.isEmpty()) {
        parts << tr("黄色的天数无法读取：%1").arg(yellowWindowError_);
    }
    counts_->setText(parts.join(QStringLiteral(" · ")));
}

void CallbackView::onCurrentChanged() {
    const auto item = currentItem();
    if (applying_ && item && panelItem_ && panelItem_->first == item->customerId &&
        panelItem_->second == item->kind) {
        return;  // the same item after a reload (in the background): keep what was typed
    }
    panelItem_.reset();
    if (item) {
        panelItem_ = std::pair{item->customerId, item->kind};
    }
    outcome_->reset(today());
    satisfaction_->clearScores();
    satisfaction_->setVisible(item && item->kind == FollowUpKind::PostService);
    openCard_->setEnabled(item.has_value());
    showSummary(item ? &*item : nullptr);
    showScript();
}

bool CallbackView::saveCall() {
    const auto item = currentItem();
    if (!item) {
        outcome_->showError({}, tr("请先在列表中选择一位客户。"));
        return false;
    }
    const auto outcome = outcome_->outcome();
    if (!outcome) {
        outcome_->showError({}, tr("请选择通话结果（按 1–6）。"));
        return false;
    }
    if (ctx_.followUps == nullptr) {
        return false;
    }
    services::CallInput in;
    in.customerId = item->customerId;
    in.kind = item->kind;
    in.vehicleId = item->vehicleId;
    in.visitId = item->visitId;
    in.complaintId = item->complaintId;
    in.due = item->due;
    in.outcome = *outcome;
    if (*outcome == CallOutcome::WillCome) {
        in.appointment = outcome_->appointment();
        const auto time = outcome_->appointmentTime();
        if (!time) {
            outcome_->showError(QStringLiteral("appointment_time"),
                                tr("时段请按 HH:MM 填写，如 09:30。"));
            return false;
        }
        in.appointmentTime = *time;
        in.appointmentPurpose = outcome_->appointmentPurpose();
        in.appointmentAdvisorId = outcome_->appointmentAdvisor();
    }
    in.churnReason = outcome_->churnReason();
    in.note = outcome_->note();
    in.attempt = item->attempt;
    in.dataConfirmed = outcome_->dataConfirmed();
    if (item->kind == FollowUpKind::PostService && *outcome == CallOutcome::Reached) {
        in.satisfaction = satisfaction_->scores();
    }
    in.newOwner = outcome_->newOwner();

    auto result = ctx_.followUps->recordOutcome(ctx_.user, in);
    if (!result) {
        const auto& e = result.error();
        logger()->warn("call not recorded: {}", e.detail.toStdString());
        if (e.code == services::ServiceError::Code::Invalid) {
            outcome_->showError(e.field, e.message);
        } else {
            QMessageBox::warning(this, tr("回访未保存"), e.message);
        }
        return false;
    }
    const auto& r = result.value();
    QStringList done;
    done << tr("已保存：%1 %2").arg(item->name, FollowUpLabels::outcome(*outcome));
    if (*outcome == CallOutcome::NoAnswer) {
        if (r.retry.suggestSms) {
            done << tr("已达最多拨打次数，建议发送短信");
        } else if (r.retry.retryOn) {
            done << tr("%1 再拨").arg(r.retry.retryOn->toString(Qt::ISODate));
        }
    }
    if (r.customerInvalidated) {
        done << tr("客户已标为无效");
    }
    if (r.newOwnerId) {
        done << tr("新车主已建档");
    }
    if (r.transferredVehicle) {
        done << tr("车辆已过户");
    }
    if (r.verified) {
        done << tr("已记录二次复核");
    }
    if (r.complaintClosed) {
        done << tr("投诉已结案");
    }
    if (r.appointmentId) {
        done << tr("已预约 %1，接待处可见").arg(in.appointment.toString(Qt::ISODate));
    }
    const QString message = done.join(tr("；"));
    logger()->info("call {} recorded for customer {}", r.callId, item->customerId);
    Q_EMIT callRecorded(item->customerId);
    auto showSaved = [this, message] {
        outcome_->messageLabel()->setStyleSheet(QStringLiteral("QLabel { color: #137333; }"));
        outcome_->messageLabel()->setText(message);
        outcome_->messageLabel()->show();
    };
    if (loader_ != nullptr) {
        // The list comes back later (and selects the next item): say "saved" then.
        connect(this, &CallbackView::listLoaded, this, showSaved, Qt::SingleShotConnection);
        showSaved();
    }
    refresh();
    if (loader_ == nullptr) {
        showSaved();
    }
    table_->setFocus();
    return true;
}

void CallbackView::editScripts() {
    if (ctx_.scripts == nullptr) {
        return;
    }
    ScriptEditorDialog dialog(ctx_, this);
    dialog.exec();
    showScript();
}

void CallbackView::editSatisfactionItems() {
    if (ctx_.satisfaction == nullptr) {
        return;
    }
    SatisfactionItemsDialog dialog(ctx_, this);
    dialog.exec();
    refresh();
}

bool CallbackView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == table_ && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int k = key->key();
        if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && k >= Qt::Key_1 &&
            k < Qt::Key_1 + domain::kCallOutcomeCount) {
            outcome_->setOutcome(static_cast<CallOutcome>(k - Qt::Key_1));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString CallbackView::listTitle() const {
    return tr("回访名单");
}

bool CallbackView::printList(QPagedPaintDevice& device) const {
    return PrintPreview::paintModelTable(device, listTitle(), dayLabel_->text(), *proxy_);
}

void CallbackView::chooseMessageExport() {
    DayMessageExport::choose(this, ctx_, today(), [this] { refresh(); });
}

QString CallbackView::exportMessages(domain::MessageTemplateKey key, const QString& path,
                                     bool* saved) {
    bool written = false;
    const QString text = DayMessageExport::run(ctx_, today(), key, path, &written);
    if (written) {
        refresh();  // the exported messages count as contacts
    }
    if (saved != nullptr) {
        *saved = written;
    }
    return text;
}

}  // namespace hc::ui
