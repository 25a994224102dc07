#include "hc/ui/DuplicatesDialog.h"

#include "widgets/BackgroundJob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace hc::ui {

namespace {

using Side = domain::CustomerMergeRule::Side;

QTableWidget* makeTable(const QStringList& headers, QWidget* parent) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString customerText(std::int64_t id, const QString& name) {
    return QStringLiteral("#%1 %2").arg(id).arg(name);
}

}  // namespace

DuplicatesDialog::DuplicatesDialog(services::DuplicateService& duplicates,
                                   const services::ActingUser& user, QWidget* parent,
                                   bool loadInBackground)
    : QDialog(parent), duplicates_(duplicates), user_(user) {
    mergeJob_ = new BackgroundJob(this);
    if (loadInBackground) {
        findJob_ = new BackgroundJob(this);
    }
    setWindowTitle(tr("重复客户"));
    confirm_ = [this](const QString& text) {
        return QMessageBox::question(this, tr("重复客户"), text) == QMessageBox::Yes;
    };
    auto* layout = new QVBoxLayout(this);
    tabs_ = new QTabWidget(this);
    layout->addWidget(tabs_, 1);

    // Groups and the side-by-side view.
    auto* groupsPage = new QWidget(tabs_);
    auto* groupsLayout = new QHBoxLayout(groupsPage);
    auto* left = new QVBoxLayout;
    auto* groupsLabel = new QLabel(tr("疑似重复的客户(&L)"), groupsPage);
    groupsTable_ = makeTable({tr("客户"), tr("原因"), tr("分数")}, groupsPage);
    groupsTable_->setObjectName(QStringLiteral("duplicateGroups"));
    groupsLabel->setBuddy(groupsTable_);
    left->addWidget(groupsLabel);
    left->addWidget(groupsTable_);
    groupsLayout->addLayout(left, 5);

    auto* right = new QVBoxLayout;
    auto* pair = new QGridLayout;
    auto* keptLabel = new QLabel(tr("保留的客户(&K)"), groupsPage);
    kept_ = new QComboBox(groupsPage);
    kept_->setObjectName(QStringLiteral("keptCustomer"));
    keptLabel->setBuddy(kept_);
    auto* removedLabel = new QLabel(tr("合并掉的客户(&R)"), groupsPage);
    removed_ = new QComboBox(groupsPage);
    removed_->setObjectName(QStringLiteral("removedCustomer"));
    removedLabel->setBuddy(removed_);
    swap_ = new QPushButton(tr("交换(&W)"), groupsPage);
    pair->addWidget(keptLabel, 0, 0);
    pair->addWidget(kept_, 0, 1);
    pair->addWidget(removedLabel, 1, 0);
    pair->addWidget(removed_, 1, 1);
    pair->addWidget(swap_, 0, 2, 2, 1);
    pair->setColumnStretch(1, 1);
    right->addLayout(pair);
    auto* fieldsLabel = new QLabel(tr("每个字段保留的值(&V)（空格键选择）"), groupsPage);
    fields_ = makeTable({tr("字段"), tr("保留的客户"), tr("合并掉的客户")}, groupsPage);
    fields_->setObjectName(QStringLiteral("mergeFields"));
    fields_->setSelectionBehavior(QAbstractItemView::SelectItems);
    fields_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    fields_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    fieldsLabel->setBuddy(fields_);
    right->addWidget(fieldsLabel);
    right->addWidget(fields_, 1);
    merge_ = new QPushButton(tr("合并(&M)"), groupsPage);
    merge_->setObjectName(QStringLiteral("mergeButton"));
    merge_->setAutoDefault(false);
    notSame_ = new QPushButton(tr("不是同一客户(&N)"), groupsPage);
    notSame_->setObjectName(QStringLiteral("notSameButton"));
    notSame_->setAutoDefault(false);
    notSame_->setToolTip(tr("这两个客户是不同的人：以后不再提示这一对"));
    auto* mergeRow = new QHBoxLayout;
    mergeRow->addStretch(1);
    mergeRow->addWidget(notSame_);
    mergeRow->addWidget(merge_);
    right->addLayout(mergeRow);
    groupsLayout->addLayout(right, 6);
    tabs_->addTab(groupsPage, tr("疑似重复(&G)"));

    // History with undo.
    auto* historyPage = new QWidget(tabs_);
    auto* historyLayout = new QVBoxLayout(historyPage);
    historyTable_ = makeTable(
        {tr("编号"), tr("时间"), tr("保留的客户"), tr("合并掉的客户"), tr("记录数"), tr("状态")},
        historyPage);
    historyTable_->setObjectName(QStringLiteral("mergeHistory"));
    historyLayout->addWidget(historyTable_, 1);
    undo_ = new QPushButton(tr("撤销合并(&U)"), historyPage);
    undo_->setObjectName(QStringLiteral("undoButton"));
    undo_->setAutoDefault(false);
    auto* undoRow = new QHBoxLayout;
    undoRow->addStretch(1);
    undoRow->addWidget(undo_);
    historyLayout->addLayout(undoRow);
    tabs_->addTab(historyPage, tr("合并记录(&H)"));

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("statusLine"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(status_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(groupsTable_, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int, int) { showGroup(row); });
    connect(kept_, &QComboBox::currentIndexChanged, this, [this] { showPair(); });
    connect(removed_, &QComboBox::currentIndexChanged, this, [this] { showPair(); });
    connect(swap_, &QPushButton::clicked, this, &DuplicatesDialog::swapPair);
    connect(merge_, &QPushButton::clicked, this, &DuplicatesDialog::mergeChosen);
    connect(notSame_, &QPushButton::clicked, this, &DuplicatesDialog::dismissChosen);
    connect(undo_, &QPushButton::clicked, this, &DuplicatesDialog::undoSelected);
    connect(historyTable_, &QTableWidget::currentCellChanged, this, [this](int row, int, int, int) {
        undo_->setEnabled(row >= 0 && row < static_cast<int>(history_.size()) &&
                          history_[static_cast<std::size_t>(row)].undoneAt.isEmpty());
    });
    // Exactly one value per field: checking one side unchecks the other.
    connect(fields_, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (filling_ || item->column() == 0) {
            return;
        }
        filling_ = true;
        QTableWidgetItem* other = fields_->item(item->row(), item->column() == 1 ? 2 : 1);
        if (other != nullptr) {
            other->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        }
        filling_ = false;
    });

    resize(1120, 620);
    reload();
    groupsTable_->setFocus();
}

void DuplicatesDialog::reload() {
    if (findJob_ == nullptr) {
        showGroups(duplicates_.find(user_));
        return;
    }
    if (findJob_->isRunning()) {
        return;
    }
    services::DuplicateService* duplicates = &duplicates_;
    const services::ActingUser user = user_;
    using Found = services::Result<std::vector<services::DuplicateCandidates>>;
    auto found = std::make_shared<std::optional<Found>>();
    findJob_->start(
        [duplicates, user, found] {
            if (auto own = duplicates->openSibling()) {  // opened, used and closed here
                *found = own->find(user);
            }
        },
        [this, duplicates, user, found] {
            if (!*found) {
                *found = duplicates->find(user);  // no second connection: here
            }
            showGroups(**found);
            Q_EMIT groupsLoaded();
        });
    setStatus(tr("正在查找疑似重复的客户……"), false);
    findingNote_ = true;  // cleared when the groups are shown, unless another note came since
}

void DuplicatesDialog::showGroups(
    const services::Result<std::vector<services::DuplicateCandidates>>& found) {
    // Read in the background: a note written meanwhile (a merge's result) stays.
    const bool noteFree = findJob_ == nullptr || findingNote_;
    if (findingNote_) {
        setStatus(QString(), false);
    }
    groups_ = found ? found.value() : std::vector<services::DuplicateCandidates>{};
    groupsTable_->setRowCount(0);
    for (const auto& g : groups_) {
        const int row = groupsTable_->rowCount();
        groupsTable_->insertRow(row);
        QStringList who;
        for (std::size_t i = 0; i < g.group.customerIds.size(); ++i) {
            who << customerText(g.group.customerIds[i], g.names.value(static_cast<qsizetype>(i)));
        }
        QStringList reasons;
        for (const auto& f : g.group.findings) {
            const QString r = reasonText(f.reason);
            if (!reasons.contains(r)) {
                reasons << r;
            }
        }
        groupsTable_->setItem(row, 0, cell(who.join(tr("、"))));
        groupsTable_->setItem(row, 1, cell(reasons.join(tr("；"))));
        groupsTable_->setItem(row, 2, cell(QString::number(g.group.score)));
    }
    if (!found) {
        setStatus(found.error().message, true);
    } else if (groups_.empty() && noteFree) {
        setStatus(tr("没有发现疑似重复的客户。"), false);
    }
    if (!groups_.empty()) {
        groupsTable_->setCurrentCell(0, 0);
    } else {
        showGroup(-1);
    }
    loadHistory();
}

void DuplicatesDialog::showGroup(int row) {
    filling_ = true;
    kept_->clear();
    removed_->clear();
    if (row >= 0 && row < static_cast<int>(groups_.size())) {
        const auto& g = groups_[static_cast<std::size_t>(row)];
        for (std::size_t i = 0; i < g.group.customerIds.size(); ++i) {
            const QString text =
                customerText(g.group.customerIds[i], g.names.value(static_cast<qsizetype>(i)));
            kept_->addItem(text, QVariant::fromValue<qlonglong>(g.group.customerIds[i]));
            removed_->addItem(text, QVariant::fromValue<qlonglong>(g.group.customerIds[i]));
        }
        removed_->setCurrentIndex(removed_->count() > 1 ? 1 : 0);
    }
    filling_ = false;
    showPair();
}

void DuplicatesDialog::swapPair() {
    const int k = kept_->currentIndex();
    filling_ = true;
    kept_->setCurrentIndex(removed_->currentIndex());
    removed_->setCurrentIndex(k);
    filling_ = false;
    showPair();
}

void DuplicatesDialog::showPair() {
    if (filling_) {
        return;
    }
    filling_ = true;
    fields_->setRowCount(0);
    const qlonglong keptId = kept_->currentData().toLongLong();
    const qlonglong removedId = removed_->currentData().toLongLong();
    bool ready = keptId > 0 && removedId > 0 && keptId != removedId;
    if (ready) {
        const auto preview = duplicates_.preview(user_, keptId, removedId);
        if (!preview) {
            setStatus(preview.error().message, true);
            ready = false;
        } else {
            for (const auto& f : preview.value().fields) {
                const int row = fields_->rowCount();
                fields_->insertRow(row);
                auto* label = cell(fieldLabel(f.column));
                label->setData(Qt::UserRole, f.column);
                if (f.keptValue != f.removedValue) {  // the fields to look at
                    QFont bold = label->font();
                    bold.setBold(true);
                    label->setFont(bold);
                }
                fields_->setItem(row, 0, label);
                const bool takeRemoved = f.defaultChoice == Side::Removed;
                for (const auto& [col, value, checked] :
                     {std::tuple(1, f.keptValue, !takeRemoved),
                      std::tuple(2, f.removedValue, takeRemoved)}) {
                    auto* item = new QTableWidgetItem(value.isEmpty() ? tr("（空）")
                                                                      : valueText(f.column, value));
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                                   Qt::ItemIsUserCheckable);
                    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
                    fields_->setItem(row, col, item);
                }
            }
        }
    } else if (keptId > 0 && keptId == removedId) {
        setStatus(tr("请选择两个不同的客户。"), true);
    }
    merge_->setEnabled(ready && !isMerging());
    notSame_->setEnabled(keptId > 0 && removedId > 0 && keptId != removedId);
    swap_->setEnabled(kept_->count() > 1);
    filling_ = false;
}

void DuplicatesDialog::mergeChosen() {
    const qlonglong keptId = kept_->currentData().toLongLong();
    const qlonglong removedId = removed_->currentData().toLongLong();
    if (keptId <= 0 || removedId <= 0 || keptId == removedId) {
        return;
    }
    if (!confirm_(tr("把客户 %1 合并到客户 %2？\n合并前会自动备份；之后可以在“合并记录”中撤销。")
                      .arg(removed_->currentText(), kept_->currentText()))) {
        return;
    }
    services::MergeChoices choices;
    for (int row = 0; row < fields_->rowCount(); ++row) {
        const QString column = fields_->item(row, 0)->data(Qt::UserRole).toString();
        choices.insert(column, fields_->item(row, 2)->checkState() == Qt::Checked ? Side::Removed
                                                                                  : Side::Kept);
    }
    services::DuplicateService* duplicates = &duplicates_;
    const services::ActingUser user = user_;
    auto merged = std::make_shared<std::optional<services::Result<services::MergeDone>>>();
    if (!mergeJob_->start(
            [duplicates, user, keptId, removedId, choices, merged] {
                if (auto own = duplicates->openSibling()) {  // opened, used and closed here
                    *merged = own->merge(user, keptId, removedId, choices);
                }
            },
            [this, duplicates, user, keptId, removedId, choices, merged] {
                if (!*merged) {  // no second connection: here
                    *merged = duplicates->merge(user, keptId, removedId, choices);
                }
                const auto& r = **merged;
                if (!r) {
                    showPair();
                    setStatus(r.error().message, true);
                    Q_EMIT mergeFinished(false);
                    return;
                }
                reload();
                setStatus(tr("已把客户 %1 合并到客户 %2（合并编号 %3）。合并前的备份：%4")
                              .arg(removedId)
                              .arg(keptId)
                              .arg(r.value().mergeId)
                              .arg(r.value().backupFile),
                          false);
                Q_EMIT mergeFinished(true);
            })) {
        return;
    }
    merge_->setEnabled(false);
    notSame_->setEnabled(false);
    undo_->setEnabled(false);
    setStatus(tr("正在合并(先做备份)……"), false);
}

bool DuplicatesDialog::isMerging() const {
    return mergeJob_->isRunning();
}

void DuplicatesDialog::dismissChosen() {
    const qlonglong keptId = kept_->currentData().toLongLong();
    const qlonglong removedId = removed_->currentData().toLongLong();
    if (keptId <= 0 || removedId <= 0 || keptId == removedId) {
        return;
    }
    if (!confirm_(tr("客户 %1 和客户 %2 不是同一个人？\n以后不再把这两个客户作为疑似重复提示。")
                      .arg(kept_->currentText(), removed_->currentText()))) {
        return;
    }
    const auto done = duplicates_.dismiss(user_, {keptId, removedId});
    if (!done) {
        setStatus(done.error().message, true);
        return;
    }
    reload();
    setStatus(tr("已标记客户 %1 和客户 %2 不是同一客户，不再提示。").arg(keptId).arg(removedId),
              false);
}

void DuplicatesDialog::loadHistory() {
    const auto h = duplicates_.history(user_);
    history_ = h ? h.value() : std::vector<services::MergeHistoryEntry>{};
    historyTable_->setRowCount(0);
    for (const auto& e : history_) {
        const int row = historyTable_->rowCount();
        historyTable_->insertRow(row);
        historyTable_->setItem(row, 0, cell(QString::number(e.mergeId)));
        historyTable_->setItem(row, 1, cell(QString(e.mergedAt).replace(u'T', u' ')));
        historyTable_->setItem(row, 2, cell(customerText(e.keptId, e.keptName)));
        historyTable_->setItem(row, 3, cell(customerText(e.removedId, e.removedName)));
        historyTable_->setItem(row, 4, cell(QString::number(e.rows)));
        historyTable_->setItem(
            row, 5,
            cell(e.undoneAt.isEmpty()
                     ? tr("已合并")
                     : tr("已撤销（%1）").arg(QString(e.undoneAt).replace(u'T', u' '))));
    }
    undo_->setEnabled(false);
    if (!history_.empty()) {
        historyTable_->setCurrentCell(0, 0);
    }
}

void DuplicatesDialog::undoSelected() {
    const int row = historyTable_->currentRow();
    if (row < 0 || row >= static_cast<int>(history_.size())) {
        return;
    }
    const auto entry = history_[static_cast<std::size_t>(row)];
    if (!confirm_(tr("撤销合并 %1，恢复客户 %2？")
                      .arg(entry.mergeId)
                      .arg(customerText(entry.removedId, entry.removedName)))) {
        return;
    }
    const auto undone = duplicates_.unmerge(user_, entry.mergeId);
    if (!undone) {
        setStatus(undone.error().message, true);
        return;
    }
    reload();
    QString text = tr("已撤销合并 %1：客户 %2 已恢复。").arg(entry.mergeId).arg(entry.removedId);
    if (!undone.value().keptLaterEdits.isEmpty()) {
        QStringList labels;
        for (const QString& c : undone.value().keptLaterEdits) {
            labels << fieldLabel(c);
        }
        text += tr("合并后改过的字段保留新值：%1").arg(labels.join(tr("、")));
    }
    setStatus(text, false);
}

void DuplicatesDialog::setStatus(const QString& text, bool error) {
    findingNote_ = false;
    status_->setText(text);
    status_->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString DuplicatesDialog::reasonText(domain::DuplicateReason reason) {
    switch (reason) {
        case domain::DuplicateReason::SameMobile:
            return tr("手机号相同");
        case domain::DuplicateReason::SameIdNumber:
            return tr("证件号相同");
        case domain::DuplicateReason::SameVin:
            return tr("车架号相同");
        case domain::DuplicateReason::PlateOwners:
            return tr("同一车牌两个车主");
        case domain::DuplicateReason::PinyinPhone:
            return tr("姓名拼音相同、手机号差一位");
    }
    return {};
}

QString DuplicatesDialog::fieldLabel(const QString& column) {
    static const std::pair<const char*, const char*> kLabels[] = {
        {"name", QT_TR_NOOP("姓名")},          {"kind", QT_TR_NOOP("类型")},
        {"phone", QT_TR_NOOP("电话")},         {"phone2", QT_TR_NOOP("电话2")},
        {"id_number", QT_TR_NOOP("证件号")},   {"address", QT_TR_NOOP("地址")},
        {"postal_code", QT_TR_NOOP("邮编")},   {"birthday", QT_TR_NOOP("生日")},
        {"gender", QT_TR_NOOP("性别")},        {"region", QT_TR_NOOP("区域")},
        {"source", QT_TR_NOOP("来源")},        {"attribute", QT_TR_NOOP("客户属性")},
        {"behaviour", QT_TR_NOOP("客户表现")}, {"decision_style", QT_TR_NOOP("决策风格")},
        {"note", QT_TR_NOOP("备注")}};
    for (const auto& [key, label] : kLabels) {
        if (column == QLatin1String(key)) {
            return tr(label);
        }
    }
    return column;
}

QString DuplicatesDialog::valueText(const QString& column, const QString& value) {
    static const std::tuple<const char*, const char*, const char*> kValues[] = {
        {"kind", "person", QT_TR_NOOP("个人")},
        {"kind", "company", QT_TR_NOOP("单位")},
        {"gender", "male", QT_TR_NOOP("男")},
        {"gender", "female", QT_TR_NOOP("女")},
        {"attribute", "official", QT_TR_NOOP("公务车")},
        {"attribute", "insurance", QT_TR_NOOP("保险车")},
        {"attribute", "private", QT_TR_NOOP("私家车")},
        {"attribute", "taxi", QT_TR_NOOP("出租车")},
        {"behaviour", "demanding", QT_TR_NOOP("要求型")},
        {"behaviour", "confused", QT_TR_NOOP("困惑型")},
        {"behaviour", "agitated", QT_TR_NOOP("激动型")},
        {"decision_style", "rational", QT_TR_NOOP("理性")},
        {"decision_style", "emotional", QT_TR_NOOP("感性")}};
    for (const auto& [col, key, text] : kValues) {
        if (column == QLatin1String(col) && value == QLatin1String(key)) {
            return tr(text);
        }
    }
    return value;
}

}  // namespace hc::ui
