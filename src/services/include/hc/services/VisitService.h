#pragma once

#include "hc/domain/Visit.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/DeclinedWork.h"
#include "hc/services/Result.h"

#include <memory>
#include <optional>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// Use cases on visits / work orders.
class VisitService {
public:
    VisitService(storage::Database& db, Clock clock);
    ~VisitService();

    /// Validates (date not in the future, amounts ≥ 0, work order unique, vehicle belongs to the
    /// customer) and stores the visit with its audit record. `customerId` is set from the vehicle's
    /// current owner when a vehicle is given.
    Result<domain::VisitId> registerVisit(const ActingUser& user, const domain::Visit& v);
    /// As above, with the declined work of the visit in the same transaction: the items declined
    /// at this visit are stored (audited "declined.create") and the ticked open items are closed
    /// as done by it ("declined.done"); see DeclinedWorkWriter for the checks. Voiding or deleting
    /// the visit later reopens the items it closed; deleting it removes the items declined at it.
    Result<domain::VisitId> registerVisit(const ActingUser& user, const domain::Visit& v,
                                          const VisitDeclinedWork& declined);
    /// Corrects a saved visit (same checks as registerVisit; audited "visit.update" with the before
    /// and after state). Allowed as for voidVisit; a voided visit cannot be edited.
    VoidResult updateVisit(const ActingUser& user, const domain::Visit& v);
    /// Voids (作废) a saved visit with a reason: it stays on file (and keeps its work-order number)
    /// but every analysis, follow-up list, report, search and history ignores it from now on.
    /// Allowed for the manager at any time and for the advisor who entered it on the day it was
    /// entered (canCorrect); others get Denied. A blank reason is Invalid (field "reason"), an
    /// already voided visit Invalid (field "visit"). Audited "visit.void" with the before state.
    VoidResult voidVisit(const ActingUser& user, domain::VisitId id, const QString& reason);
    VoidResult deleteVisit(const ActingUser& user, domain::VisitId id);

    /// Whether `user` may edit or void `visit` now (see voidVisit); false for a voided visit.
    [[nodiscard]] bool canCorrect(const ActingUser& user, const domain::Visit& visit) const;

    /// The visit, voided or not.
    [[nodiscard]] Result<std::optional<domain::Visit>> find(domain::VisitId id) const;
    /// The visit with this work-order number (normalised as when saved), voided or not.
    [[nodiscard]] Result<std::optional<domain::Visit>> findByWorkOrder(
        const QString& workOrder) const;
    /// All valid (not voided) visits of a customer, newest first.
    [[nodiscard]] Result<std::vector<domain::Visit>> visitsOf(domain::CustomerId customer) const;
    /// All valid visits of a vehicle, newest first.
    [[nodiscard]] Result<std::vector<domain::Visit>> visitsOfVehicle(
        domain::VehicleId vehicle) const;

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
