#pragma once

#include "hc/domain/DeclinedItem.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/DeclinedWork.h"
#include "hc/services/Result.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// Which declined items to list (every set field must match).
struct DeclinedQuery {
    std::optional<domain::CustomerId> customerId;
    std::optional<domain::VehicleId> vehicleId;
    std::optional<domain::VisitId> visitId;  ///< declined at this visit
    std::optional<domain::DeclinedStatus> status;
};

/// Declined work (建议项目) after the visit it was recorded with (VisitService::registerVisit):
/// lists with the due date as of today (domain DeclinedWorkDue with the STORED follow-up
/// settings), closing as done by a later visit, dropping with a reason. Each write is one
/// transaction with its audit record (entity "declined_item").
class DeclinedWorkService {
public:
    DeclinedWorkService(storage::Database& db, Clock clock);
    ~DeclinedWorkService();

    /// Open items first, then newest visit first. Items of voided visits are never listed.
    [[nodiscard]] Result<std::vector<DeclinedItemRow>> list(const DeclinedQuery& query) const;
    [[nodiscard]] Result<std::optional<DeclinedItemRow>> find(domain::DeclinedItemId id) const;

    /// Closes an open item as done by `visitId` — a valid visit of the item's vehicle (or, without
    /// a vehicle, of its customer), dated on or after the visit it was declined at and not that
    /// visit itself; unset: the latest such visit. Audited "declined.done". NotFound for an
    /// unknown item; Invalid (field "status") when it is not open, (field "visit") when there is
    /// no such visit.
    Result<DeclinedItemRow> closeDone(const ActingUser& user, domain::DeclinedItemId id,
                                      std::optional<domain::VisitId> visitId = std::nullopt);
    /// Drops an open item with a reason (not blank; at most 200 characters), today. Audited
    /// "declined.drop".
    Result<DeclinedItemRow> drop(const ActingUser& user, domain::DeclinedItemId id,
                                 const QString& reason);

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
