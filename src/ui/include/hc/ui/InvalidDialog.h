#pragma once

#include "hc/domain/Customer.h"
#include "hc/ui/UiContext.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;

namespace hc::ui {

/// Marks a customer invalid (无效) with a reason and a note. The card offers the undo.
class InvalidDialog : public QDialog {
    Q_OBJECT
public:
    InvalidDialog(UiContext& ctx, domain::CustomerId customer, const QString& customerName,
                  QWidget* parent = nullptr);

    void setReason(domain::InvalidReason reason);
    [[nodiscard]] domain::InvalidReason reason() const;
    [[nodiscard]] QPlainTextEdit* noteEdit() const { return note_; }
    [[nodiscard]] QLabel* noteMessage() const { return noteMsg_; }

public Q_SLOTS:
    void save();

private:
    UiContext& ctx_;
    domain::CustomerId customerId_ = 0;
    QButtonGroup* reasons_ = nullptr;
    QPlainTextEdit* note_ = nullptr;
    QLabel* noteMsg_ = nullptr;
    QLabel* formMsg_ = nullptr;
};

}  // namespace hc::ui
