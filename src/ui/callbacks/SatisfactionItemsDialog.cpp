#include "hc/ui/SatisfactionItemsDialog.h"

#include "hc/services/SatisfactionService.h"
#include "hc/ui/DirtyTracker.h"
#include "hc/ui/UiContext.h"
#include "widgets/ReadErrors.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc::ui {

namespace {
enum Col { LabelCol, ActiveCol, SortCol };
}

SatisfactionItemsDialog::SatisfactionItemsDialog(UiContext& context, QWidget* parent)
    : QDialog(parent), ctx_(context) {
    setWindowTitle(tr("满意度调查项目"));
    resize(520, 380);
    auto* layout = new QVBoxLayout(this);
    auto* hint =
        new QLabel(tr("服务回访时按 1–5 分询问以下项目；停用的项目不再询问，历史评分保留。"), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    table_ = new QTableWidget(0, 3, this);
    table_->setHorizontalHeaderLabels({tr("项目"), tr("启用"), tr("排序")});
    table_->horizontalHeader()->setSectionResizeMode(LabelCol, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(ActiveCol, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(SortCol, QHeaderView::ResizeToContents);
    table_->verticalHeader()->setVisible(false);
    layout->addWidget(table_, 1);
    auto* buttons = new QDialogButtonBox(this);
    auto* add = buttons->addButton(tr("添加项目"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Save);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &SatisfactionItemsDialog::addRow);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this,
            [this] { DirtyTracker::rejectAsking(this); });
    load();
    DirtyTracker::attach(this);  // Esc, Cancel and the close button ask before typed text is lost
}

void SatisfactionItemsDialog::load() {
    table_->setRowCount(0);
    loaded_.clear();
    if (ctx_.satisfaction == nullptr) {
        return;
    }
    auto items = ctx_.satisfaction->items(true);
    readFailed_ = !items.ok();
    // An empty table would read as "no items"; items added to it could repeat stored ones: after a
    // failed read only Close is offered.
    auto* box = findChild<QDialogButtonBox*>();
    for (auto* b : box->buttons()) {
        b->setEnabled(!readFailed_ || box->buttonRole(b) == QDialogButtonBox::RejectRole);
    }
    if (readFailed_) {
        ReadErrors::show(items.error(), this);
        return;
    }
    loaded_ = std::move(items.value());
    for (const auto& item : loaded_) {
        const int row = table_->rowCount();
        table_->insertRow(row);
        auto* label = new QTableWidgetItem(item.label);
        label->setData(Qt::UserRole, QVariant::fromValue<qint64>(item.id));
        table_->setItem(row, LabelCol, label);
        auto* active = new QTableWidgetItem;
        active->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        active->setCheckState(item.active ? Qt::Checked : Qt::Unchecked);
        table_->setItem(row, ActiveCol, active);
        table_->setItem(row, SortCol, new QTableWidgetItem(QString::number(item.sort)));
    }
}

void SatisfactionItemsDialog::addRow() {
    const int row = table_->rowCount();
    table_->insertRow(row);
    auto* label = new QTableWidgetItem;
    label->setData(Qt::UserRole, QVariant::fromValue<qint64>(0));
    table_->setItem(row, LabelCol, label);
    auto* active = new QTableWidgetItem;
    active->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    active->setCheckState(Qt::Checked);
    table_->setItem(row, ActiveCol, active);
    table_->setItem(row, SortCol, new QTableWidgetItem(QString::number((row + 1) * 10)));
    table_->setCurrentCell(row, LabelCol);
    table_->editItem(label);
}

bool SatisfactionItemsDialog::save() {
    if (ctx_.satisfaction == nullptr || readFailed_) {
        return false;
    }
    for (int row = 0; row < table_->rowCount(); ++row) {
        domain::SatisfactionItemRecord item;
        item.id = table_->item(row, LabelCol)->data(Qt::UserRole).toLongLong();
        item.label = table_->item(row, LabelCol)->text().trimmed();
        item.active = table_->item(row, ActiveCol)->checkState() == Qt::Checked;
        item.sort = table_->item(row, SortCol)->text().toInt();
        if (item.label.isEmpty()) {
            if (item.id == 0) {
                continue;  // an added row left empty
            }
            QMessageBox::warning(this, tr("项目未保存"),
                                 tr("第 %1 行的项目名称不能为空。").arg(row + 1));
            return false;
        }
        services::VoidResult result{services::Done{}};
        if (item.id == 0) {
            item.key =
                QStringLiteral("item_%1_%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(row);
            auto added = ctx_.satisfaction->addItem(ctx_.user, item);
            if (!added) {
                result = added.error();
            }
        } else {
            auto it = std::find_if(loaded_.begin(), loaded_.end(),
                                   [&](const auto& l) { return l.id == item.id; });
            if (it != loaded_.end() &&
                (it->label != item.label || it->active != item.active || it->sort != item.sort)) {
                item.key = it->key;
                result = ctx_.satisfaction->updateItem(ctx_.user, item);
            }
        }
        if (!result) {
            QMessageBox::warning(this, tr("项目未保存"), result.error().message);
            load();
            return false;
        }
    }
    load();
    return true;
}

}  // namespace hc::ui
