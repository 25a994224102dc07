#include "hc/ui/CancelAppointmentDialog.h"

#include "hc/ui/DirtyTracker.h"
#include "hc/ui/FieldFeedback.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc::ui {

namespace {

constexpr int kMaxReasonLength = 100;

}  // namespace

CancelAppointmentDialog::CancelAppointmentDialog(const QString& what, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("cancelAppointmentDialog"));
    setWindowTitle(tr("取消预约"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 12);
    auto* intro = new QLabel(tr("确定取消这个预约吗？\n%1").arg(what), this);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    auto* form = new QFormLayout;
    reason_ = new QLineEdit(this);
    reason_->setObjectName(QStringLiteral("cancelReasonEdit"));
    reason_->setMaxLength(kMaxReasonLength);
    reason_->setPlaceholderText(tr("如：客户改期、车辆已修好"));
    message_ = FieldFeedback::createMessageLabel(this);
    form->addRow(tr("取消原因(&R)"), FieldFeedback::wrap(reason_, message_, this));
    outer->addLayout(form);

    auto* buttons = new QDialogButtonBox(this);
    confirm_ = buttons->addButton(tr("取消预约(&C)"), QDialogButtonBox::AcceptRole);
    confirm_->setObjectName(QStringLiteral("confirmCancelButton"));
    buttons->addButton(tr("不取消"), QDialogButtonBox::RejectRole);
    confirm_->setDefault(true);  // Enter after typing the reason; Esc keeps the appointment
    connect(buttons, &QDialogButtonBox::rejected, this,
            [this] { DirtyTracker::rejectAsking(this); });
    connect(confirm_, &QPushButton::clicked, this, [this] {
        if (reason().isEmpty()) {
            FieldFeedback::set(reason_, message_, FieldFeedback::State::Error,
                               tr("请填写取消原因。"));
            reason_->setFocus();
            return;
        }
        accept();
    });
    connect(reason_, &QLineEdit::textChanged, this,
            [this] { FieldFeedback::clear(reason_, message_); });
    outer->addWidget(buttons);
    reason_->setFocus();
    setMinimumWidth(400);
    DirtyTracker::attach(this);  // Esc, Cancel and the close button ask before typed text is lost
}

QString CancelAppointmentDialog::reason() const {
    return reason_->text().trimmed();
}

}  // namespace hc::ui
