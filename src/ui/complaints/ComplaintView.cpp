#include "hc/ui/ComplaintView.h"

#include "widgets/ReadErrors.h"

#include "hc/domain/ComplaintStatusMachine.h"
#include "hc/services/ComplaintService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/SettingsNotifier.h"
#include "hc/services/UserService.h"
#include "hc/ui/AssignComplaintDialog.h"
#include "hc/ui/ComplaintDialog.h"
#include "hc/ui/FollowUpLabels.h"
#include "hc/ui/ResponsibleCombo.h"
#include "hc/ui/UiContext.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <limits>
#include <utility>

namespace hc::ui {

using domain::ComplaintStep;
using domain::StepStatus;
using services::ComplaintAction;

namespace {
std::shared_ptr<spdlog::logger> logger() {
    auto l = spdlog::get("ui");
    return l ? l : spdlog::default_logger();
}

constexpr ComplaintStep kSteps[] = {ComplaintStep::Contact, ComplaintStep::Answer,
                                    ComplaintStep::SeniorAnswer, ComplaintStep::FollowUp};
constexpr ComplaintAction kActions[] = {ComplaintAction::Contact, ComplaintAction::Answer,
                                        ComplaintAction::SeniorAnswer, ComplaintAction::Resolve,
                                        ComplaintAction::FollowUp};
/// The domain's step for a button (the status machine decides which steps are allowed).
constexpr std::pair<ComplaintAction, domain::ComplaintMove> kMoves[] = {
    {ComplaintAction::Contact, domain::ComplaintMove::Contact},
    {ComplaintAction::Answer, domain::ComplaintMove::Answer},
    {ComplaintAction::SeniorAnswer, domain::ComplaintMove::SeniorAnswer},
    {ComplaintAction::Resolve, domain::ComplaintMove::Resolve},
    {ComplaintAction::FollowUp, domain::ComplaintMove::FollowUp}};

enum ListCol { CustomerCol, SeverityCol, StatusCol, ReceivedCol, FirstStepCol };
constexpr int kPersonCol = FirstStepCol + 4;

QString stamp(const QDateTime& t) {
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QTableWidget* makeTable(int columns, QWidget* parent) {
    auto* t = new QTableWidget(0, columns, parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->setVisible(false);
    t->setWordWrap(false);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

/// Height showing the header and `rows` rows without scrolling.
int fittingHeight(const QTableWidget* t, int rows) {
    return t->horizontalHeader()->sizeHint().height() +
           rows * t->verticalHeader()->defaultSectionSize() + 2 * t->frameWidth() + 2;
}

QTableWidgetItem* cell(const QString& text) {
    return new QTableWidgetItem(text);
}

QTableWidgetItem* statusCell(const domain::ComplaintStepResult* step) {
    if (step == nullptr) {
        return cell(QStringLiteral("—"));
    }
    auto* item = cell(FollowUpLabels::stepSummary(*step));
    if (step->deadline.isValid() || step->status != StepStatus::Pending) {
        item->setBackground(FollowUpLabels::statusBackground(step->status));
        item->setForeground(FollowUpLabels::statusForeground(step->status));
    }
    item->setToolTip(step->deadline.isValid()
                         ? ComplaintView::tr("期限 %1").arg(stamp(step->deadline))
                         : QString());
    return item;
}

/// Sort key: overdue first, then the most urgent step not done, then the oldest.
qint64 urgencyKey(const domain::ComplaintEvaluation& e) {
    qint64 best = std::numeric_limits<qint64>::max();
    for (const auto& s : e.steps) {
        if (!s.done.isValid() && s.minutesLeft) {
            best = std::min(best, *s.minutesLeft);
        }
    }
    return best;
}
}  // namespace

ComplaintView::ComplaintView(UiContext& context, QWidget* parent)
    : QWidget(parent), ctx_(context), clock_(ctx_.clock ? ctx_.clock : services::systemClock()) {
    setObjectName(QStringLiteral("complaintView"));
    build();
    refresh();
    if (ctx_.settingsNotifier != nullptr) {
        // New 2123 deadlines: the clocks and the overdue order are computed again at once.
        connect(ctx_.settingsNotifier, &services::SettingsNotifier::followUpsChanged, this,
                &ComplaintView::refresh);
    }
}

ComplaintView::~ComplaintView() = default;

void ComplaintView::setClock(services::Clock clock) {
    clock_ = std::move(clock);
    refresh();
}

void ComplaintView::build() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);
    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("未结投诉（超时的在最上面）"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    top->addWidget(title);
    top->addStretch();
    auto* reload = new QPushButton(tr("刷新 (F5)"), this);
    auto* add = new QPushButton(tr("登记投诉 (Ctrl+N)"), this);
    add->setObjectName(QStringLiteral("newComplaintButton"));
    top->addWidget(reload);
    top->addWidget(add);
    layout->addLayout(top);

    auto* upper = new QSplitter(Qt::Horizontal, this);
    upper->setChildrenCollapsible(false);
    auto* listPane = new QWidget(upper);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    list_ = makeTable(kPersonCol + 1, listPane);
    list_->setObjectName(QStringLiteral("complaintList"));
    QStringList headers = {tr("客户"), tr("级别"), tr("状态"), tr("受理时间")};
    for (auto s : kSteps) {
        headers << FollowUpLabels::step(s);
    }
    headers << tr("责任人");
    list_->setHorizontalHeaderLabels(headers);
    listLayout->addWidget(list_);
    emptyLabel_ = new QLabel(tr("没有未结投诉。"), listPane);
    emptyLabel_->setAlignment(Qt::AlignCenter);
    listLayout->addWidget(emptyLabel_);
    upper->addWidget(listPane);
    upper->addWidget(buildDetail());
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);

    auto* statsBox = new QGroupBox(tr("投诉统计与 2123 达标率"), this);
    auto* statsLayout = new QVBoxLayout(statsBox);
    stats_ = makeTable(10, statsBox);
    stats_->setObjectName(QStringLiteral("complaintStats"));
    stats_->setHorizontalHeaderLabels({tr("期间"), tr("受理"), tr("重大"), tr("已解决"),
                                       tr("已结案"), tr("未结"), tr("当前超时"), tr("全部按时"),
                                       tr("有超时"), tr("达标率")});
    stats_->setSelectionMode(QAbstractItemView::NoSelection);
    stats_->setFocusPolicy(Qt::NoFocus);
    stats_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    stats_->setFixedHeight(fittingHeight(stats_, 2));
    statsLayout->addWidget(stats_);
    layout->addWidget(upper, 1);
    layout->addWidget(statsBox);
    upper->setSizes({820, 560});

    connect(reload, &QPushButton::clicked, this, &ComplaintView::refresh);
    connect(add, &QPushButton::clicked, this, [this] { newComplaint(); });
    connect(list_, &QTableWidget::currentCellChanged, this, &ComplaintView::showDetail);
    auto* newShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, [this] { newComplaint(); });
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &ComplaintView::refresh);
    // The 2123 countdown moves on while the screen is open.
    auto* tick = new QTimer(this);
    tick->setInterval(60 * 1000);
    connect(tick, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            refresh();
        }
    });
    tick->start();
}

QWidget* ComplaintView::buildDetail() {
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 0, 0, 0);
    auto* formBox = new QGroupBox(tr("投诉单"), pane);
    auto* formLayout = new QVBoxLayout(formBox);
    detail_ = new QLabel(formBox);
    detail_->setObjectName(QStringLiteral("complaintDetail"));
    detail_->setWordWrap(true);
    detail_->setTextFormat(Qt::RichText);
    detail_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    formLayout->addWidget(detail_);
    auto* formButtons = new QHBoxLayout;
    assignButton_ = new QPushButton(tr("转交责任人(&R)…"), formBox);
    assignButton_->setObjectName(QStringLiteral("assignButton"));
    assignButton_->setToolTip(tr("把这条投诉交给另一位责任人（记入操作日志）"));
    connect(assignButton_, &QPushButton::clicked, this, &ComplaintView::reassign);
    formButtons->addWidget(assignButton_);
    formButtons->addStretch();
    formLayout->addLayout(formButtons);
    layout->addWidget(formBox);

    auto* clockBox = new QGroupBox(tr("2123 时限"), pane);
    auto* clockLayout = new QVBoxLayout(clockBox);
    clockTable_ = makeTable(5, clockBox);
    clockTable_->setObjectName(QStringLiteral("complaintClock"));
    clockTable_->setHorizontalHeaderLabels(
        {tr("步骤"), tr("期限"), tr("完成时间"), tr("状态"), tr("剩余/超时")});
    clockTable_->setSelectionMode(QAbstractItemView::NoSelection);
    clockTable_->setFocusPolicy(Qt::NoFocus);
    clockTable_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    clockTable_->setFixedHeight(fittingHeight(clockTable_, 4));
    clockLayout->addWidget(clockTable_);

    auto* noteRow = new QHBoxLayout;
    note_ = new QLineEdit(clockBox);
    note_->setPlaceholderText(tr("说明；记录“已解决”时填写处理结果"));
    noteRow->addWidget(note_);
    clockLayout->addLayout(noteRow);
    auto* buttons = new QHBoxLayout;
    const QString labels[] = {tr("已联系客户"), tr("已答复客户"), tr("高层已答复"), tr("已解决"),
                              tr("已回访")};
    for (int i = 0; i < 5; ++i) {
        auto* b = new QPushButton(labels[i], clockBox);
        const ComplaintAction action = kActions[i];
        connect(b, &QPushButton::clicked, this, [this, action] { recordStep(action); });
        stepButtons_.push_back(b);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    clockLayout->addLayout(buttons);
    message_ = new QLabel(clockBox);
    message_->setWordWrap(true);
    message_->hide();
    clockLayout->addWidget(message_);
    layout->addWidget(clockBox);

    auto* historyBox = new QGroupBox(tr("处理记录"), pane);
    auto* historyLayout = new QVBoxLayout(historyBox);
    history_ = makeTable(4, historyBox);
    history_->setObjectName(QStringLiteral("complaintHistory"));
    history_->setHorizontalHeaderLabels({tr("时间"), tr("状态"), tr("操作人"), tr("说明")});
    history_->setSelectionMode(QAbstractItemView::NoSelection);
    historyLayout->addWidget(history_);
    // A history that cannot be read says so here (an empty table would read as "nothing done").
    historyMessage_ = new QLabel(historyBox);
    historyMessage_->setObjectName(QStringLiteral("complaintHistoryMessage"));
    historyMessage_->setWordWrap(true);
    historyMessage_->setStyleSheet(QStringLiteral("QLabel { color: #c5221f; }"));
    historyMessage_->hide();
    historyLayout->addWidget(historyMessage_);
    layout->addWidget(historyBox, 1);
    return pane;
}

QPushButton* ComplaintView::stepButton(ComplaintAction action) const {
    for (size_t i = 0; i < stepButtons_.size(); ++i) {
        if (kActions[i] == action) {
            return stepButtons_[i];
        }
    }
    return nullptr;
}

void ComplaintView::refresh() {
    const std::int64_t keep = currentComplaintId();
    complaints_.clear();
    deadlines_.reset();
    if (ctx_.complaints != nullptr) {
        auto open = ctx_.complaints->openComplaints();
        auto deadlines = ctx_.complaints->deadlines();
        if (!open) {
            logger()->warn("complaints not loaded: {}", open.error().detail.toStdString());
            emptyLabel_->setText(open.error().message);
        } else if (!deadlines) {
            // Without the shop's deadlines the list cannot say what is overdue: the error, not a
            // list ranked by default deadlines.
            logger()->warn("complaint deadlines not loaded: {}",
                           deadlines.error().detail.toStdString());
            emptyLabel_->setText(deadlines.error().message);
        } else {
            complaints_ = std::move(open.value());
            deadlines_ = std::move(deadlines.value());
        }
    }
    fillList();
    if (keep == 0 || !selectComplaint(keep)) {
        if (list_->rowCount() > 0) {
            list_->setCurrentCell(0, 0);
        } else {
            showDetail();
        }
    }
    fillStats();
}

void ComplaintView::fillList() {
    const QDateTime now = clock_();
    struct Row {
        const domain::Complaint* c;
        domain::ComplaintEvaluation e;
    };
    std::vector<Row> rows;
    // The stored 2123 settings, read once (refresh()); unreadable: no deadlines shown.
    if (deadlines_) {
        for (const auto& c : complaints_) {
            rows.push_back({&c, deadlines_->evaluate(c.times(), now)});
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.e.anyOverdue != b.e.anyOverdue) {
            return a.e.anyOverdue;
        }
        const qint64 ka = urgencyKey(a.e);
        const qint64 kb = urgencyKey(b.e);
        return ka != kb ? ka < kb : a.c->received < b.c->received;
    });
    QSignalBlocker block(list_);
    list_->setRowCount(0);
    for (const auto& r : rows) {
        const int row = list_->rowCount();
        list_->insertRow(row);
        auto* name = cell(customerName(r.c->customerId));
        name->setData(Qt::UserRole, QVariant::fromValue<qint64>(r.c->id));
        list_->setItem(row, CustomerCol, name);
        auto* severity = cell(FollowUpLabels::severity(r.c->severity));
        if (r.c->severity == domain::ComplaintSeverity::Major) {
            severity->setForeground(FollowUpLabels::urgencyForeground(domain::Urgency::Red));
        }
        list_->setItem(row, SeverityCol, severity);
        list_->setItem(row, StatusCol, cell(FollowUpLabels::complaintStatus(r.c->status)));
        list_->setItem(row, ReceivedCol, cell(stamp(r.c->received)));
        for (int i = 0; i < 4; ++i) {
            list_->setItem(row, FirstStepCol + i, statusCell(r.e.step(kSteps[i])));
        }
        const QString person = !r.c->responsiblePerson.isEmpty() ? r.c->responsiblePerson
                                                                 : userName(r.c->responsibleUser);
        list_->setItem(row, kPersonCol, cell(person));
    }
    emptyLabel_->setVisible(list_->rowCount() == 0);
}

bool ComplaintView::selectComplaint(std::int64_t id) {
    for (int row = 0; row < list_->rowCount(); ++row) {
        if (list_->item(row, CustomerCol)->data(Qt::UserRole).toLongLong() == id) {
            list_->setCurrentCell(row, 0);
            showDetail();
            return true;
        }
    }
    return false;
}

std::vector<std::int64_t> ComplaintView::listedIds() const {
    std::vector<std::int64_t> ids;
    for (int row = 0; row < list_->rowCount(); ++row) {
        ids.push_back(list_->item(row, CustomerCol)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

std::int64_t ComplaintView::currentComplaintId() const {
    const int row = list_->currentRow();
    if (row < 0 || list_->item(row, CustomerCol) == nullptr) {
        return 0;
    }
    return list_->item(row, CustomerCol)->data(Qt::UserRole).toLongLong();
}

void ComplaintView::showDetail() {
    const std::int64_t id = currentComplaintId();
    const auto it = std::find_if(complaints_.begin(), complaints_.end(),
                                 [id](const auto& c) { return c.id == id; });
    clockTable_->setRowCount(0);
    history_->setRowCount(0);
    historyMessage_->hide();
    if (id != shownId_) {  // a periodic refresh keeps what is being typed
        note_->clear();
        message_->hide();
        shownId_ = id;
    }
    if (it == complaints_.end()) {
        detail_->setText(tr("在列表中选择一条投诉，或按 Ctrl+N 登记新的投诉。"));
        for (auto* b : stepButtons_) {
            b->setEnabled(false);
        }
        assignButton_->setEnabled(false);
        return;
    }
    assignButton_->setEnabled(true);
    const domain::Complaint& c = *it;
    const QString person =
        !c.responsiblePerson.isEmpty() ? c.responsiblePerson : userName(c.responsibleUser);
    QStringList lines;
    lines << QStringLiteral("<b style='font-size:15px'>%1</b> &nbsp; %2 · %3 · %4")
                 .arg(customerName(c.customerId).toHtmlEscaped(),
                      FollowUpLabels::severity(c.severity), FollowUpLabels::channel(c.channel),
                      FollowUpLabels::complaintStatus(c.status));
    lines << tr("受理：%1 &nbsp; 责任人：%2")
                 .arg(stamp(c.received),
                      person.isEmpty() ? tr("（未指定）") : person.toHtmlEscaped());
    lines << tr("内容：%1").arg(c.description.toHtmlEscaped());
    if (!c.resolution.isEmpty()) {
        lines << tr("处理结果：%1").arg(c.resolution.toHtmlEscaped());
    }
    detail_->setText(lines.join(QStringLiteral("<br>")));

    const auto evaluation =
        deadlines_ ? deadlines_->evaluate(c.times(), clock_()) : domain::ComplaintEvaluation{};
    for (const auto& s : evaluation.steps) {
        const int row = clockTable_->rowCount();
        clockTable_->insertRow(row);
        auto* name = cell(FollowUpLabels::step(s.step));
        name->setData(Qt::UserRole, domain::toKey(s.step));
        clockTable_->setItem(row, 0, name);
        clockTable_->setItem(row, 1,
                             cell(s.deadline.isValid() ? stamp(s.deadline) : tr("解决后开始计时")));
        clockTable_->setItem(row, 2, cell(stamp(s.done)));
        const bool started = s.deadline.isValid() || s.done.isValid();
        auto* status = cell(started ? FollowUpLabels::stepStatus(s.status) : tr("未开始"));
        status->setData(Qt::UserRole, domain::toKey(s.status));
        if (started) {
            status->setBackground(FollowUpLabels::statusBackground(s.status));
            status->setForeground(FollowUpLabels::statusForeground(s.status));
        }
        clockTable_->setItem(row, 3, status);
        clockTable_->setItem(
            row, 4, cell(s.minutesLeft ? FollowUpLabels::timeLeft(*s.minutesLeft) : QString()));
    }
    // Which steps may be recorded: the one status machine (ComplaintStatusMachine::check) the
    // service applies; a step that can never apply to this complaint is hidden.
    for (const auto& [action, move] : kMoves) {
        const auto refusal = domain::ComplaintStatusMachine::check(c, move);
        auto* button = stepButton(action);
        button->setVisible(refusal != domain::ComplaintMoveRefusal::SeniorAnswerNeedsMajor);
        button->setEnabled(!refusal.has_value());
    }

    auto events = ctx_.complaints->history(c.id);
    if (!events) {
        logger()->warn("complaint history not loaded: {}", events.error().detail.toStdString());
        historyMessage_->setText(tr("处理记录无法读取：%1").arg(events.error().message));
        historyMessage_->show();
        return;
    }
    for (const auto& e : events.value()) {
        const int row = history_->rowCount();
        history_->insertRow(row);
        history_->setItem(row, 0, cell(stamp(e.at)));
        history_->setItem(
            row, 1,
            cell(e.fromStatus.isEmpty()
                     ? FollowUpLabels::complaintStatus(e.toStatus)
                     : tr("%1 → %2").arg(FollowUpLabels::complaintStatus(e.fromStatus),
                                         FollowUpLabels::complaintStatus(e.toStatus))));
        history_->setItem(row, 2, cell(userName(e.userId)));
        history_->setItem(row, 3, cell(e.note));
    }
}

bool ComplaintView::recordStep(ComplaintAction action) {
    const std::int64_t id = currentComplaintId();
    if (id == 0 || ctx_.complaints == nullptr) {
        return false;
    }
    const QString note = note_->text().trimmed();
    if (action == ComplaintAction::Resolve && note.isEmpty()) {
        message_->setStyleSheet(QStringLiteral("QLabel { color: #c5221f; }"));
        message_->setText(tr("请在说明中填写处理结果，再点“已解决”。"));
        message_->show();
        note_->setFocus();
        return false;
    }
    auto r = ctx_.complaints->recordStep(ctx_.user, id, action, {}, note);
    if (!r) {
        logger()->warn("complaint step refused: {}", r.error().detail.toStdString());
        if (r.error().code == services::ServiceError::Code::Invalid) {
            message_->setStyleSheet(QStringLiteral("QLabel { color: #c5221f; }"));
            message_->setText(r.error().message);
            message_->show();
        } else {
            QMessageBox::warning(this, tr("投诉未更新"), r.error().message);
        }
        return false;
    }
    note_->clear();
    message_->hide();
    refresh();
    selectComplaint(id);
    Q_EMIT complaintChanged(id);
    return true;
}

void ComplaintView::reassign() {
    const std::int64_t id = currentComplaintId();
    const auto it = std::find_if(complaints_.begin(), complaints_.end(),
                                 [id](const auto& c) { return c.id == id; });
    if (it == complaints_.end()) {
        return;
    }
    AssignComplaintDialog dialog(ctx_, *it, customerName(it->customerId), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    refresh();
    selectComplaint(id);
    message_->setStyleSheet(QString());
    message_->setText(tr("已转交给 %1。").arg(dialog.responsibleCombo()->person()));
    message_->show();
    Q_EMIT complaintChanged(id);
}

void ComplaintView::newComplaint(qint64 customerId) {
    ComplaintDialog dialog(ctx_, customerId, clock_, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        selectComplaint(dialog.complaintId());
        Q_EMIT complaintChanged(dialog.complaintId());
    }
}

void ComplaintView::fillStats() {
    stats_->setRowCount(0);
    stats_->clearSpans();
    if (ctx_.complaints == nullptr) {
        return;
    }
    const QDate today = clock_().date();
    const auto week = domain::ComplaintDeadlines::weekOf(today);
    const auto month = domain::ComplaintDeadlines::monthOf(today);
    const std::pair<QString, services::Result<domain::ComplaintStats>> periods[] = {
        {tr("本周 %1 至 %2")
             .arg(week.first.toString(QStringLiteral("MM-dd")),
                  week.second.toString(QStringLiteral("MM-dd"))),
         ctx_.complaints->stats(week.first, week.second, clock_())},
        {tr("本月 %1").arg(today.toString(QStringLiteral("yyyy-MM"))),
         ctx_.complaints->stats(month.first, month.second, clock_())}};
    for (const auto& [label, result] : periods) {
        const int row = stats_->rowCount();
        stats_->insertRow(row);
        stats_->setItem(row, 0, cell(label));
        if (!result) {
            // The period's row says why it has no figures (zeros would be a false answer).
            logger()->warn("complaint statistics not loaded: {}",
                           result.error().detail.toStdString());
            auto* why = cell(tr("无法读取：%1").arg(result.error().message));
            why->setForeground(FollowUpLabels::urgencyForeground(domain::Urgency::Red));
            stats_->setItem(row, 1, why);
            stats_->setSpan(row, 1, 1, stats_->columnCount() - 1);
            continue;
        }
        const auto& s = result.value();
        const int values[] = {s.received, s.major,      s.resolved,  s.closed,
                              s.open,     s.overdueNow, s.compliant, s.late};
        for (int i = 0; i < 8; ++i) {
            auto* item = cell(QString::number(values[i]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            stats_->setItem(row, i + 1, item);
        }
        auto* rate =
            cell(s.complianceBp
                     ? QStringLiteral("%1 %").arg(QString::number(*s.complianceBp / 100.0, 'f', 2))
                     : tr("—"));
        rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        stats_->setItem(row, 9, rate);
    }
}

QString ComplaintView::userName(std::optional<std::int64_t> id) const {
    if (!id || ctx_.users == nullptr) {
        return {};
    }
    for (const auto& u : ReadErrors::valueOr(ctx_.users->users(), this)) {
        if (u.id == *id) {
            return u.displayName.isEmpty() ? u.username : u.displayName;
        }
    }
    return {};
}

QString ComplaintView::customerName(domain::CustomerId id) const {
    if (ctx_.customers != nullptr) {
        if (auto c = ReadErrors::valueOr(ctx_.customers->find(id), this)) {
            return c->name;
        }
    }
    return tr("客户 %1").arg(id);
}

}  // namespace hc::ui
