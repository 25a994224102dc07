#pragma once

#include <QStringList>

class QTableWidget;
class QWidget;

namespace hc::ui {

/// The customer card's tables (vehicles, visits): read-only, whole rows selected, columns sized to
/// their contents; the vehicles table fitted to the card at 1366 px.
class CardTables {
public:
    /// A read-only table with these headers; the last column stretches but never gets narrower
    /// than its header.
    [[nodiscard]] static QTableWidget* make(const QStringList& headers, QWidget* parent);
    /// The card's vehicles table at 1366 px (issue 9 item 7): a header of several words goes on
    /// two lines, make/model and VIN are capped (elided, whole in the tooltip), so the dates,
    /// mileages and the reminder stay in view.
    static void fitVehicleColumns(QTableWidget* table);
};

}  // namespace hc::ui
