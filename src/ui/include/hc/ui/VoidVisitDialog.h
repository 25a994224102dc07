#pragma once

#include "hc/domain/Visit.h"
#include "hc/ui/UiContext.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace hc::ui {

/// Voids (作废) a saved visit: asks for the reason and calls VisitService::voidVisit. A refusal
/// (not allowed, blank reason) keeps the dialog open with the reason typed and the message shown.
class VoidVisitDialog : public QDialog {
    Q_OBJECT
public:
    VoidVisitDialog(UiContext& ctx, const domain::Visit& visit, QWidget* parent = nullptr);

    [[nodiscard]] QPlainTextEdit* reasonEdit() const { return reason_; }
    [[nodiscard]] QLabel* reasonMessage() const { return reasonMsg_; }
    [[nodiscard]] QLabel* formMessage() const { return formMsg_; }

public Q_SLOTS:
    void save();

private:
    UiContext& ctx_;
    domain::Visit visit_;
    QPlainTextEdit* reason_ = nullptr;
    QLabel* reasonMsg_ = nullptr;
    QLabel* formMsg_ = nullptr;
};

}  // namespace hc::ui
