#include "hc/ui/SaveCancelButtons.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>

namespace hc::ui {

QDialogButtonBox* SaveCancelButtons::create(QDialog* dialog) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)
        ->setText(QCoreApplication::translate("hc::ui::SaveCancelButtons", "保存"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setText(QCoreApplication::translate("hc::ui::SaveCancelButtons", "取消"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

}  // namespace hc::ui
