#pragma once

#include "hc/domain/Vehicle.h"
#include "hc/ui/UiContext.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace hc::ui {

/// Transfers a vehicle to another owner (过户: sold, 二手 / 置换). The new owner is an existing
/// customer found by search, or a new one created on the spot. Earlier visits keep their owner.
class TransferDialog : public QDialog {
    Q_OBJECT
public:
    TransferDialog(UiContext& ctx, const domain::Vehicle& vehicle, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* searchEdit() const { return search_; }
    [[nodiscard]] QListWidget* resultList() const { return results_; }
    [[nodiscard]] QLabel* formMessage() const { return formMsg_; }
    /// The chosen new owner (0 when none).
    [[nodiscard]] domain::CustomerId newOwner() const;
    /// Selects `id` as the new owner (adds it to the list when missing).
    void chooseOwner(domain::CustomerId id, const QString& name);

public Q_SLOTS:
    void runSearch();
    void createOwner();
    void save();

private:
    UiContext& ctx_;
    domain::Vehicle vehicle_;
    QLineEdit* search_ = nullptr;
    QListWidget* results_ = nullptr;
    QDateEdit* date_ = nullptr;
    QPlainTextEdit* note_ = nullptr;
    QLabel* formMsg_ = nullptr;
    QPushButton* ok_ = nullptr;
};

}  // namespace hc::ui
