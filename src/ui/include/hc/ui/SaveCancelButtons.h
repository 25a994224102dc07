#pragma once

class QDialog;
class QDialogButtonBox;

namespace hc::ui {

/// The Save / Cancel row of every record form: translated texts, Save is the default button (Enter
/// saves), Cancel rejects the dialog. The caller connects accepted() to its own save slot.
class SaveCancelButtons {
public:
    [[nodiscard]] static QDialogButtonBox* create(QDialog* dialog);
};

}  // namespace hc::ui
