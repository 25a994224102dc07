#include "hc/ui/VisitHistoryActions.h"

#include "widgets/ReadErrors.h"

#include "hc/services/VisitService.h"
#include "hc/ui/PrintPreview.h"
#include "hc/ui/VisitDialog.h"
#include "hc/ui/VoidVisitDialog.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>

namespace hc::ui {

VisitHistoryActions::VisitHistoryActions(UiContext& ctx, QTableWidget* table, QWidget* parent)
    : QWidget(parent), ctx_(ctx), table_(table) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    edit_ = new QPushButton(tr("修改记录…"), this);
    void_ = new QPushButton(tr("作废…"), this);
    print_ = new QPushButton(tr("打印结算单…"), this);
    edit_->setToolTip(tr("经理可随时修改；服务顾问只能在录入当天修改自己录入的记录"));
    void_->setToolTip(tr("作废后不再计入分类、ABC、回访和报表，记录和原因保留在审计日志中"));
    layout->addWidget(edit_);
    layout->addWidget(void_);
    layout->addWidget(print_);
    layout->addStretch(1);
    connect(edit_, &QPushButton::clicked, this, &VisitHistoryActions::editVisit);
    connect(void_, &QPushButton::clicked, this, &VisitHistoryActions::voidVisit);
    connect(print_, &QPushButton::clicked, this, &VisitHistoryActions::printReceipt);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &VisitHistoryActions::updateButtons);
    print_->setVisible(ctx_.receipts != nullptr);
    updateButtons();
}

std::optional<domain::Visit> VisitHistoryActions::selectedVisit() const {
    const int row = table_->currentRow();
    if (row < 0 || table_->item(row, 0) == nullptr || ctx_.visits == nullptr ||
        table_->selectedItems().isEmpty()) {
        return std::nullopt;
    }
    const QVariant id = table_->item(row, 0)->data(Qt::UserRole);
    if (!id.isValid()) {
        return std::nullopt;
    }
    return ReadErrors::valueOr(ctx_.visits->find(id.toLongLong()), table_);
}

void VisitHistoryActions::updateButtons() {
    const auto visit = selectedVisit();
    const bool allowed = visit && ctx_.visits->canCorrect(ctx_.user, *visit);
    edit_->setEnabled(allowed);
    void_->setEnabled(allowed);
    print_->setEnabled(visit.has_value() && !visit->isVoided());
}

void VisitHistoryActions::editVisit() {
    const auto visit = selectedVisit();
    if (!visit) {
        return;
    }
    VisitDialog dialog(ctx_, visit->customerId, visit->vehicleId, this);
    dialog.loadVisit(*visit);
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT visitChanged(tr("进厂记录已修改。"));
    }
}

void VisitHistoryActions::voidVisit() {
    const auto visit = selectedVisit();
    if (!visit) {
        return;
    }
    VoidVisitDialog dialog(ctx_, *visit, this);
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT visitChanged(tr("进厂记录已作废，不再计入分析和回访。"));
    }
}

void VisitHistoryActions::printReceipt() {
    if (const auto visit = selectedVisit()) {
        PrintPreview::receipt(ctx_, visit->id, this);
    }
}

}  // namespace hc::ui
