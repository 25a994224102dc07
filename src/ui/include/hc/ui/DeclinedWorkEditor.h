#pragma once

#include "hc/domain/CustomerFacts.h"
#include "hc/domain/Vehicle.h"
#include "hc/services/DeclinedWork.h"
#include "hc/ui/UiContext.h"

#include <QWidget>

#include <optional>
#include <vector>

class QListWidget;
class QPushButton;
class QTableWidget;

namespace hc::ui {

/// The declined-work part of visit entry (建议项目, issue 12 item 7), keyboard-first:
/// - "本车未做的建议项目": the open items of the selected vehicle (of the customer without a
///   vehicle), each a check box "done this visit" (Space ticks it);
/// - "本次建议未做": one row per recommendation — what, estimated amount (元), urgency
///   (安全/尽快/以后), due date (YYYY-MM-DD) and/or due km, whichever first. Ctrl+N (or the add
///   button) adds a row and puts the cursor in it; Ctrl+Delete removes the current row.
/// collect() parses the rows; a bad cell gets a message naming the row and nothing is lost.
class DeclinedWorkEditor : public QWidget {
    Q_OBJECT
public:
    DeclinedWorkEditor(UiContext& ctx, domain::CustomerId customer, QWidget* parent = nullptr);

    /// Lists the open items of `vehicle` (nullopt: the customer's items without a vehicle).
    void setVehicle(std::optional<domain::VehicleId> vehicle);
    /// The rows and ticks; nullopt and `error` set (in the UI language) when a cell is invalid.
    [[nodiscard]] std::optional<services::VisitDeclinedWork> collect(QString* error) const;

    /// Adds an empty row and focuses its first cell.
    void addRow();

    [[nodiscard]] QTableWidget* itemsTable() const { return table_; }
    [[nodiscard]] QListWidget* openList() const { return open_; }
    [[nodiscard]] QPushButton* addButton() const { return add_; }

    enum Column { WhatCol, AmountCol, UrgencyCol, DueDateCol, DueKmCol, ColumnCount };

private:
    UiContext& ctx_;
    domain::CustomerId customer_ = 0;
    QListWidget* open_ = nullptr;
    QTableWidget* table_ = nullptr;
    QPushButton* add_ = nullptr;
    QPushButton* remove_ = nullptr;
};

}  // namespace hc::ui
