#include "hc/ui/SaveCancelButtons.h"

#include "hc/ui/DirtyTracker.h"

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
    // Cancel asks first when the form has unsaved changes (see DirtyTracker).
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, [dialog] {
        if (auto* tracker = DirtyTracker::of(dialog); tracker && !tracker->confirmDiscard()) {
            return;
        }
        dialog->reject();
    });
    return buttons;
}

}  // namespace hc::ui
