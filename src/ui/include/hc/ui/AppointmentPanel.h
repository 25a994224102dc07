#pragma once

#include "hc/ui/UiContext.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace hc::ui {

/// Reception's appointments (预约) of today and tomorrow: time, plate, name, purpose, advisor and
/// status (✓ arrived when a visit of the customer or the vehicle is registered that day, no-show
/// once the day has passed). Alt+Y focuses the list; Enter (or a double click) opens the
/// customer's card; "预约到店…" books one for the customer on the card; "取消预约…" cancels
/// the selected one (confirmed, with a reason, audited).
class AppointmentPanel : public QWidget {
    Q_OBJECT
public:
    explicit AppointmentPanel(UiContext& ctx, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* table() const { return table_; }
    [[nodiscard]] QStandardItemModel* model() const { return model_; }
    [[nodiscard]] QPushButton* bookButton() const { return book_; }
    [[nodiscard]] QPushButton* cancelButton() const { return cancel_; }
    [[nodiscard]] QLabel* messageLabel() const { return message_; }
    /// The customer of a row of the list.
    [[nodiscard]] qint64 customerAt(int row) const;

public Q_SLOTS:
    /// Reads today's and tomorrow's appointments again (after a visit or a booking).
    void refresh();
    /// The customer whose card is open (0: none): the one "预约到店…" books for.
    void setCurrentCustomer(qint64 customerId);
    /// Opens the booking dialog for the current customer; refreshes after saving.
    void bookForCurrent();
    /// "取消预约…": confirms and asks the reason (CancelAppointmentDialog), then cancels the
    /// selected appointment; false when nothing was cancelled.
    bool cancelSelected();

Q_SIGNALS:
    void openCustomer(qint64 customerId);
    /// An appointment was booked or cancelled here.
    void appointmentsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void openRow(int row);
    void updateCancel();

    UiContext& ctx_;
    QLabel* title_ = nullptr;
    QTableView* table_ = nullptr;
    QStandardItemModel* model_ = nullptr;
    QPushButton* book_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QLabel* message_ = nullptr;
    qint64 currentCustomer_ = 0;
};

}  // namespace hc::ui
