#include "hc/ui/VoidVisitDialog.h"

#include "hc/domain/MoneyParser.h"
#include "hc/services/VisitService.h"
#include "hc/ui/DirtyTracker.h"
#include "hc/ui/FieldFeedback.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc::ui {

VoidVisitDialog::VoidVisitDialog(UiContext& ctx, const domain::Visit& visit, QWidget* parent)
    : QDialog(parent), ctx_(ctx), visit_(visit) {
    setWindowTitle(tr("作废进厂记录"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 12);
    outer->setSpacing(10);
    const QString what = tr("%1 工单 %2，实收 %3")
                             .arg(visit.date.toString(Qt::ISODate),
                                  visit.workOrder.isEmpty() ? tr("（无工单号）") : visit.workOrder,
                                  domain::MoneyParser::formatYuan(visit.amountFen));
    auto* intro = new QLabel(tr("作废：%1。\n作废后记录仍保留在档案和审计日志中，但客户分类、"
                                "ABC 分析、回访名单、报表和搜索都不再计入。此操作不能撤销。")
                                 .arg(what),
                             this);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    reason_ = new QPlainTextEdit(this);
    reason_->setTabChangesFocus(true);
    reason_->setPlaceholderText(tr("如：重复录入、金额录错、客户取消"));
    reason_->setFixedHeight(72);
    reasonMsg_ = FieldFeedback::createMessageLabel(this);
    form->addRow(tr("作废原因(&R)"), FieldFeedback::wrap(reason_, reasonMsg_, this));
    outer->addLayout(form);
    formMsg_ = FieldFeedback::createMessageLabel(this);
    outer->addWidget(formMsg_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("作废"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VoidVisitDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this,
            [this] { DirtyTracker::rejectAsking(this); });
    connect(reason_, &QPlainTextEdit::textChanged, this,
            [this] { FieldFeedback::clear(reason_, reasonMsg_); });
    outer->addWidget(buttons);
    reason_->setFocus();
    setMinimumWidth(460);
    DirtyTracker::attach(this);  // Esc, Cancel and the close button ask before typed text is lost
}

void VoidVisitDialog::save() {
    const QString reason = reason_->toPlainText().trimmed();
    if (reason.isEmpty()) {
        FieldFeedback::set(reason_, reasonMsg_, FieldFeedback::State::Error,
                           tr("请写明作废原因。"));
        reason_->setFocus();
        return;
    }
    if (ctx_.visits == nullptr) {
        return;
    }
    auto result = ctx_.visits->voidVisit(ctx_.user, visit_.id, reason);
    if (!result) {
        if (result.error().field == QLatin1String("reason")) {
            FieldFeedback::set(reason_, reasonMsg_, FieldFeedback::State::Error,
                               result.error().message);
        } else {
            FieldFeedback::set(nullptr, formMsg_, FieldFeedback::State::Error,
                               result.error().message);
        }
        return;
    }
    accept();
}

}  // namespace hc::ui
