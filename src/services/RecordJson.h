#pragma once

#include "hc/domain/Customer.h"
#include "hc/domain/DeclinedItem.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"

#include <QString>

namespace hc::services {

// Compact JSON snapshots of records for the audit log's before/after columns (services-private).
// Every field; dates ISO, timestamps 'YYYY-MM-DDTHH:MM:SS', money in fen, empty values as null.

[[nodiscard]] QString customerJson(const domain::Customer& c);
[[nodiscard]] QString vehicleJson(const domain::Vehicle& v);
[[nodiscard]] QString visitJson(const domain::Visit& v);
[[nodiscard]] QString declinedItemJson(const domain::DeclinedItem& i);

}  // namespace hc::services
