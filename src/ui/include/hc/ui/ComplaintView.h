#pragma once

#include "hc/domain/Complaint.h"
#include "hc/domain/ComplaintDeadlines.h"
#include "hc/services/Clock.h"

#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hc::services {
enum class ComplaintAction;
}

namespace hc::ui {

struct UiContext;

/// The complaints screen (投诉): open complaints with the time left or overdue for each 2123 step,
/// overdue ones at the top; the selected complaint's form, its 2123 clock, step buttons and status
/// history; weekly and monthly counts and compliance. Ctrl+N opens a new complaint.
class ComplaintView : public QWidget {
    Q_OBJECT
public:
    explicit ComplaintView(UiContext& context, QWidget* parent = nullptr);
    ~ComplaintView() override;

    /// "Now" for the clock (tests pin it); reloads.
    void setClock(services::Clock clock);
    [[nodiscard]] const services::Clock& clock() const { return clock_; }

    [[nodiscard]] QTableWidget* listTable() const { return list_; }
    [[nodiscard]] QTableWidget* clockTable() const { return clockTable_; }
    [[nodiscard]] QTableWidget* historyTable() const { return history_; }
    /// Under the history: why it could not be read (hidden when it was).
    [[nodiscard]] QLabel* historyMessage() const { return historyMessage_; }
    [[nodiscard]] QTableWidget* statsTable() const { return stats_; }
    [[nodiscard]] QLabel* detailLabel() const { return detail_; }
    [[nodiscard]] QLineEdit* noteEdit() const { return note_; }
    [[nodiscard]] QPushButton* stepButton(services::ComplaintAction action) const;
    [[nodiscard]] QPushButton* assignButton() const { return assignButton_; }
    /// Ids of the listed complaints, in display order (overdue first).
    [[nodiscard]] std::vector<std::int64_t> listedIds() const;
    [[nodiscard]] std::int64_t currentComplaintId() const;

public Q_SLOTS:
    void refresh();
    bool selectComplaint(std::int64_t id);
    /// Opens the new-complaint form (optionally for a customer) and selects the stored complaint.
    void newComplaint(qint64 customerId = 0);
    /// Records a step of the selected complaint now (the note field: the resolution for Resolve).
    bool recordStep(services::ComplaintAction action);
    /// Hands the selected complaint to another responsible person (AssignComplaintDialog).
    void reassign();

Q_SIGNALS:
    void complaintChanged(std::int64_t id);

private:
    void build();
    QWidget* buildDetail();
    void fillList();
    void showDetail();
    void fillStats();
    [[nodiscard]] QString userName(std::optional<std::int64_t> id) const;
    [[nodiscard]] QString customerName(domain::CustomerId id) const;

    UiContext& ctx_;
    services::Clock clock_;
    std::vector<domain::Complaint> complaints_;
    std::optional<domain::ComplaintDeadlines> deadlines_;  ///< the stored ones, read at refresh()
    std::int64_t shownId_ = 0;
    QTableWidget* list_ = nullptr;
    QLabel* emptyLabel_ = nullptr;
    QLabel* detail_ = nullptr;
    QTableWidget* clockTable_ = nullptr;
    QTableWidget* history_ = nullptr;
    QLabel* historyMessage_ = nullptr;
    QTableWidget* stats_ = nullptr;
    QLineEdit* note_ = nullptr;
    QLabel* message_ = nullptr;
    std::vector<QPushButton*> stepButtons_;
    QPushButton* assignButton_ = nullptr;
};

}  // namespace hc::ui
