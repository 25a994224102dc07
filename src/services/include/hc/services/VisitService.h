#pragma once

#include "hc/domain/Visit.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
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
    VoidResult updateVisit(const ActingUser& user, const domain::Visit& v);
    VoidResult deleteVisit(const ActingUser& user, domain::VisitId id);

    [[nodiscard]] std::optional<domain::Visit> find(domain::VisitId id) const;
    /// All visits of a customer, newest first.
    [[nodiscard]] std::vector<domain::Visit> visitsOf(domain::CustomerId customer) const;
    [[nodiscard]] std::vector<domain::Visit> visitsOfVehicle(domain::VehicleId vehicle) const;

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
