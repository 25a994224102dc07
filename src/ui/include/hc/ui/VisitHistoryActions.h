#pragma once

#include "hc/domain/Visit.h"
#include "hc/ui/UiContext.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTableWidget;

namespace hc::ui {

/// The actions under a visit history table (the customer card's 进厂记录): correct the selected
/// visit (VisitDialog in edit mode), void it (VoidVisitDialog) and print its receipt (结算单, in
/// the print preview). Each row's visit id is in column 0 under Qt::UserRole. Edit and void are
/// enabled only when VisitService::canCorrect allows them for the logged-in user.
class VisitHistoryActions : public QWidget {
    Q_OBJECT
public:
    VisitHistoryActions(UiContext& ctx, QTableWidget* table, QWidget* parent = nullptr);

    [[nodiscard]] QPushButton* editButton() const { return edit_; }
    [[nodiscard]] QPushButton* voidButton() const { return void_; }
    [[nodiscard]] QPushButton* printButton() const { return print_; }
    /// The visit of the selected row (re-read from the service).
    [[nodiscard]] std::optional<domain::Visit> selectedVisit() const;

public Q_SLOTS:
    void editVisit();
    void voidVisit();
    void printReceipt();
    void updateButtons();

Q_SIGNALS:
    /// A visit was corrected or voided: the owner reloads its history.
    void visitChanged(const QString& message);

private:
    UiContext& ctx_;
    QTableWidget* table_ = nullptr;
    QPushButton* edit_ = nullptr;
    QPushButton* void_ = nullptr;
    QPushButton* print_ = nullptr;
};

}  // namespace hc::ui
