#include "hc/ui/InvalidDialog.h"

#include "hc/services/CustomerService.h"
#include "hc/ui/DirtyTracker.h"
#include "hc/ui/FieldFeedback.h"
#include "hc/ui/Mnemonics.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hc::ui {

using domain::InvalidReason;

InvalidDialog::InvalidDialog(UiContext& ctx, domain::CustomerId customer,
                             const QString& customerName, QWidget* parent)
    : QDialog(parent), ctx_(ctx), customerId_(customer) {
    setWindowTitle(tr("标记为无效客户"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 12);
    outer->setSpacing(10);
    auto* intro = new QLabel(
        tr("将 %1 标记为无效后，不再计入有效客户、ABC 分析和回访名单。可以在档案中撤销。")
            .arg(customerName),
        this);
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    auto* reasonBox = new QWidget(this);
    auto* reasonLayout = new QVBoxLayout(reasonBox);
    reasonLayout->setContentsMargins(0, 0, 0, 0);
    reasons_ = new QButtonGroup(this);
    const std::pair<QString, InvalidReason> items[] = {
        {tr("号码错误或空号(&W)"), InvalidReason::WrongNumber},
        {tr("车辆已卖出或置换(&S)"), InvalidReason::VehicleSold},
        {tr("多次联系不上(&U)"), InvalidReason::Unreachable},
        {tr("其他原因(&O)"), InvalidReason::Other}};
    for (const auto& [text, reason] : items) {
        auto* radio = new QRadioButton(text, reasonBox);
        reasons_->addButton(radio, static_cast<int>(reason));
        reasonLayout->addWidget(radio);
    }
    reasons_->button(static_cast<int>(InvalidReason::WrongNumber))->setChecked(true);
    form->addRow(tr("原因"), reasonBox);

    note_ = new QPlainTextEdit(this);
    note_->setTabChangesFocus(true);
    note_->setPlaceholderText(tr("说明，如：新车主电话 139…；选“其他原因”时必填"));
    note_->setFixedHeight(72);
    noteMsg_ = FieldFeedback::createMessageLabel(this);
    form->addRow(tr("备注(&N)"), FieldFeedback::wrap(note_, noteMsg_, this));
    outer->addLayout(form);

    formMsg_ = FieldFeedback::createMessageLabel(this);
    outer->addWidget(formMsg_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("标记无效"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InvalidDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this,
            [this] { DirtyTracker::rejectAsking(this); });
    connect(note_, &QPlainTextEdit::textChanged, this,
            [this] { FieldFeedback::clear(note_, noteMsg_); });
    outer->addWidget(buttons);
    setMinimumWidth(460);
    Mnemonics::resolveBuddies(this);  // 备注(&N) reaches the note, not its wrapper
    DirtyTracker::attach(this);  // Esc, Cancel and the close button ask before typed text is lost
}

void InvalidDialog::setReason(InvalidReason reason) {
    reasons_->button(static_cast<int>(reason))->setChecked(true);
}

InvalidReason InvalidDialog::reason() const {
    return static_cast<InvalidReason>(reasons_->checkedId());
}

void InvalidDialog::save() {
    const QString note = note_->toPlainText().trimmed();
    if (reason() == InvalidReason::Other && note.isEmpty()) {
        FieldFeedback::set(note_, noteMsg_, FieldFeedback::State::Error,
                           tr("选择“其他原因”时，请写明原因。"));
        note_->setFocus();
        return;
    }
    if (ctx_.customers == nullptr) {
        return;
    }
    auto result = ctx_.customers->markInvalid(ctx_.user, customerId_, reason(), note);
    if (!result) {
        FieldFeedback::set(nullptr, formMsg_, FieldFeedback::State::Error, result.error().message);
        return;
    }
    accept();
}

}  // namespace hc::ui
