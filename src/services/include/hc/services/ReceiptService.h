#pragma once

#include "hc/domain/Visit.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"
#include "hc/services/VisitReceipt.h"

#include <QString>

#include <memory>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// Builds the receipt (结算单) of a saved visit: the shop profile, customer, vehicle, the visit
/// itself and the next service date and mileage (domain MaintenanceDueEstimator with the stored
/// follow-up settings' maintenance rule). Read-only. A voided visit has no receipt (Invalid, field
/// "visit"); an unknown one is NotFound.
class ReceiptService {
public:
    ReceiptService(storage::Database& db, Clock clock);
    ~ReceiptService();

    [[nodiscard]] Result<VisitReceipt> receipt(domain::VisitId id) const;
    /// By work-order number (normalised as when saved).
    [[nodiscard]] Result<VisitReceipt> receiptByWorkOrder(const QString& workOrder) const;

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
