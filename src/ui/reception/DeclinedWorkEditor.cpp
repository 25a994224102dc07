#include "hc/ui/DeclinedWorkEditor.h"

#include "hc/domain/DateParser.h"
#include "hc/domain/DeclinedWorkDue.h"
#include "hc/domain/MileageParser.h"
#include "hc/domain/MoneyParser.h"
#include "hc/services/DeclinedWorkService.h"
#include "hc/ui/FieldFeedback.h"
#include "widgets/ReadErrors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc::ui {

using domain::DeclinedUrgency;

DeclinedWorkEditor::DeclinedWorkEditor(UiContext& ctx, domain::CustomerId customer, QWidget* parent)
    : QWidget(parent), ctx_(ctx), customer_(customer) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto* openTitle = new QLabel(tr("本车未做的建议项目(勾选 = 本次已做)"), this);
    open_ = new QListWidget(this);
    open_->setObjectName(QStringLiteral("openDeclinedItems"));
    open_->setMaximumHeight(72);
    openTitle->setBuddy(open_);
    layout->addWidget(openTitle);
    layout->addWidget(open_);

    auto* head = new QHBoxLayout;
    auto* title = new QLabel(tr("本次建议未做的项目"), this);
    add_ = new QPushButton(tr("添加建议项目(&N)"), this);
    add_->setObjectName(QStringLiteral("addDeclinedItem"));
    add_->setAutoDefault(false);
    remove_ = new QPushButton(tr("删除该行"), this);
    remove_->setAutoDefault(false);
    head->addWidget(title);
    head->addStretch(1);
    head->addWidget(add_);
    head->addWidget(remove_);
    layout->addLayout(head);

    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(QStringLiteral("declinedItems"));
    table_->setHorizontalHeaderLabels(
        {tr("项目"), tr("预估金额(元)"), tr("紧急程度"), tr("到期日期"), tr("到期里程(km)")});
    table_->horizontalHeader()->setSectionResizeMode(WhatCol, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(UrgencyCol, QHeaderView::ResizeToContents);
    table_->verticalHeader()->setVisible(false);
    table_->setTabKeyNavigation(true);
    table_->setMaximumHeight(110);
    title->setBuddy(table_);
    layout->addWidget(table_);

    connect(add_, &QPushButton::clicked, this, &DeclinedWorkEditor::addRow);
    connect(remove_, &QPushButton::clicked, this, [this] {
        if (const int row = table_->currentRow(); row >= 0) {
            table_->removeRow(row);
        }
    });
    auto* addKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    addKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(addKey, &QShortcut::activated, this, &DeclinedWorkEditor::addRow);
    auto* removeKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), table_);
    removeKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(removeKey, &QShortcut::activated, remove_, &QPushButton::click);
}

void DeclinedWorkEditor::addRow() {
    const int row = table_->rowCount();
    table_->insertRow(row);
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != UrgencyCol) {
            table_->setItem(row, c, new QTableWidgetItem);
        }
    }
    auto* urgency = new QComboBox(table_);
    for (const auto u : {DeclinedUrgency::Safety, DeclinedUrgency::Soon, DeclinedUrgency::Later}) {
        urgency->addItem(domain::toLabel(u), domain::toKey(u));
    }
    urgency->setCurrentIndex(1);
    table_->setCellWidget(row, UrgencyCol, urgency);
    table_->setCurrentCell(row, WhatCol);
    table_->setFocus();
    table_->editItem(table_->item(row, WhatCol));
}

void DeclinedWorkEditor::setVehicle(std::optional<domain::VehicleId> vehicle) {
    open_->clear();
    if (ctx_.declined == nullptr) {
        return;
    }
    services::DeclinedQuery q;
    q.customerId = customer_;
    q.vehicleId = vehicle;
    q.status = domain::DeclinedStatus::Open;
    const auto rows = ReadErrors::valueOr(ctx_.declined->list(q), this);
    for (const auto& r : rows) {
        if (!vehicle && r.item.vehicleId) {
            continue;
        }
        auto* entry = new QListWidgetItem(
            tr("%1 %2(%3),%4 建议,到期 %5")
                .arg(r.item.what, domain::yuanText(r.item.amountFen),
                     domain::toLabel(r.item.urgency), r.item.visitDate.toString(Qt::ISODate),
                     r.due.due.toString(Qt::ISODate)),
            open_);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable);
        entry->setCheckState(Qt::Unchecked);
        entry->setData(Qt::UserRole, QVariant::fromValue<qint64>(r.item.id));
    }
    open_->setVisible(open_->count() > 0);
    if (auto* label = qobject_cast<QLabel*>(layout()->itemAt(0)->widget())) {
        label->setVisible(open_->count() > 0);
    }
}

std::optional<services::VisitDeclinedWork> DeclinedWorkEditor::collect(QString* error) const {
    services::VisitDeclinedWork work;
    for (int i = 0; i < open_->count(); ++i) {
        if (open_->item(i)->checkState() == Qt::Checked) {
            work.done.push_back(open_->item(i)->data(Qt::UserRole).toLongLong());
        }
    }
    const auto cell = [this](int row, int col) {
        const auto* item = table_->item(row, col);
        return item == nullptr ? QString() : item->text().trimmed();
    };
    for (int row = 0; row < table_->rowCount(); ++row) {
        services::DeclinedItemInput in;
        in.what = cell(row, WhatCol);
        const QString amount = cell(row, AmountCol);
        const QString due = cell(row, DueDateCol);
        const QString km = cell(row, DueKmCol);
        if (in.what.isEmpty() && amount.isEmpty() && due.isEmpty() && km.isEmpty()) {
            continue;  // an empty row added by mistake
        }
        const auto fail = [&](const QString& what) {
            *error = tr("建议项目第 %1 行:%2").arg(row + 1).arg(what);
            return std::nullopt;
        };
        if (in.what.isEmpty()) {
            return fail(tr("请填写项目内容"));
        }
        if (!amount.isEmpty()) {
            const auto parsed = domain::MoneyParser::parse(amount);
            if (!parsed.fen || parsed.status == domain::ValidationResult::Status::Error) {
                return fail(FieldFeedback::message(parsed));
            }
            in.amountFen = *parsed.fen;
        }
        if (const auto* combo = qobject_cast<QComboBox*>(table_->cellWidget(row, UrgencyCol))) {
            in.urgency = domain::declinedUrgencyFromKey(combo->currentData().toString())
                             .value_or(DeclinedUrgency::Soon);
        }
        if (!due.isEmpty()) {
            const auto parsed = domain::DateParser::parse(due);
            if (!parsed.date) {
                return fail(FieldFeedback::message(parsed));
            }
            in.dueDate = *parsed.date;
        }
        if (!km.isEmpty()) {
            const auto parsed = domain::MileageParser::parse(km);
            if (!parsed.km || parsed.status == domain::ValidationResult::Status::Error) {
                return fail(FieldFeedback::message(parsed));
            }
            in.dueMileage = static_cast<int>(*parsed.km);
        }
        work.declined.push_back(in);
    }
    return work;
}

}  // namespace hc::ui
