#include "hc/ui/AssignComplaintDialog.h"

#include "hc/services/ComplaintService.h"
#include "hc/ui/DirtyTracker.h"
#include "hc/ui/ResponsibleCombo.h"
#include "hc/ui/UiContext.h"
#include "ui_AssignComplaintDialog.h"

#include <QLineEdit>
#include <QPushButton>

namespace hc::ui {

AssignComplaintDialog::AssignComplaintDialog(UiContext& context, const domain::Complaint& complaint,
                                             const QString& customerName, QWidget* parent)
    : QDialog(parent),
      ui_(std::make_unique<Ui::AssignComplaintDialog>()),
      ctx_(context),
      complaint_(complaint) {
    ui_->setupUi(this);
    ui_->buttons->button(QDialogButtonBox::Save)->setText(tr("保存"));
    ui_->buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    ui_->buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &AssignComplaintDialog::save);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this,
            [this] { DirtyTracker::rejectAsking(this); });
    ui_->summaryLabel->setText(
        tr("%1 的投诉（%2 受理）：%3")
            .arg(customerName, complaint.received.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 complaint.description.left(60)));
    ui_->currentValue->setText(complaint.responsiblePerson.isEmpty() ? tr("（未指定）")
                                                                     : complaint.responsiblePerson);
    ui_->messageLabel->hide();
    ui_->responsibleCombo->setUsers(ctx_.users);
    ui_->responsibleCombo->setResponsible(complaint.responsibleUser, complaint.responsiblePerson);
    ui_->responsibleCombo->setFocus();
    ui_->responsibleCombo->lineEdit()->selectAll();
    DirtyTracker::attach(this);  // Esc, Cancel and the close button ask before typed text is lost
}

AssignComplaintDialog::~AssignComplaintDialog() = default;

ResponsibleCombo* AssignComplaintDialog::responsibleCombo() const {
    return ui_->responsibleCombo;
}

void AssignComplaintDialog::save() {
    const QString person = ui_->responsibleCombo->person();
    if (person.isEmpty()) {
        ui_->messageLabel->setText(tr("请选择或输入新的责任人。"));
        ui_->messageLabel->show();
        ui_->responsibleCombo->setFocus();
        return;
    }
    if (ctx_.complaints == nullptr) {
        return;
    }
    const auto result = ctx_.complaints->assign(ctx_.user, complaint_.id,
                                                ui_->responsibleCombo->responsibleUser(), person);
    if (!result) {
        ui_->messageLabel->setText(result.error().message);
        ui_->messageLabel->show();
        return;
    }
    accept();
}

}  // namespace hc::ui
