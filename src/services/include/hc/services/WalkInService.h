#pragma once

#include "hc/domain/Customer.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"

#include <memory>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// What reception types for a car and customer seen for the first time (新客进厂).
struct WalkIn {
    domain::Customer customer;
    domain::Vehicle vehicle;  ///< customerId is set by the use case
    domain::Visit visit;      ///< customerId and vehicleId are set by the use case
};

/// The records a walk-in created.
struct WalkInIds {
    domain::CustomerId customerId = 0;
    domain::VehicleId vehicleId = 0;
    domain::VisitId visitId = 0;
};

/// New walk-in (新客进厂) as ONE use case: customer, vehicle and first visit are validated first
/// (with the same rules as CustomerService, VehicleService and VisitService), then written in one
/// BEGIN IMMEDIATE transaction with one audit record (action "walkin.create", entity "customer",
/// after JSON {"customer":…, "vehicle":…, "visit":…}). On any error nothing is written and the
/// error names the field ("name", "phone", "plate", "vin", "date", "work_order", …).
class WalkInService {
public:
    WalkInService(storage::Database& db, Clock clock);
    ~WalkInService();

    Result<WalkInIds> registerWalkIn(const ActingUser& user, const WalkIn& input);

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
