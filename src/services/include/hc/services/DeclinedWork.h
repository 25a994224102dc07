#pragma once

#include "hc/domain/DeclinedItem.h"
#include "hc/domain/DeclinedWorkDue.h"
#include "hc/domain/Money.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace hc::services {

/// One declined item entered with a visit (建议项目): what, estimated amount, urgency, due by date
/// and/or at an odometer reading (km), whichever comes first.
struct DeclinedItemInput {
    QString what;
    domain::Fen amountFen = 0;
    domain::DeclinedUrgency urgency = domain::DeclinedUrgency::Soon;
    QDate dueDate;                  ///< null: none
    std::optional<int> dueMileage;  ///< odometer reading in km
};

/// Declined work saved with a visit (VisitService::registerVisit): the items declined at this
/// visit and the open items of the vehicle (or customer) done at this visit (ticked by the
/// advisor).
struct VisitDeclinedWork {
    std::vector<DeclinedItemInput> declined;
    std::vector<domain::DeclinedItemId> done;
};

/// A stored item with its due date as of a day (domain DeclinedWorkDue, stored settings).
struct DeclinedItemRow {
    domain::DeclinedItem item;
    domain::DeclinedDue due;
};

}  // namespace hc::services
