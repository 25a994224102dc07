#pragma once

#include "hc/domain/Vehicle.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/CustomerService.h"
#include "hc/services/Result.h"

#include <memory>
#include <optional>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// Use cases on vehicles: register, edit, transfer to a new owner (二手/置换). Ownership history
/// keeps each owner's period; visits keep the owner at the time of the visit.
class VehicleService {
public:
    VehicleService(storage::Database& db, Clock clock);
    ~VehicleService();

    Result<domain::VehicleId> registerVehicle(const ActingUser& user, const domain::Vehicle& v);
    VoidResult updateVehicle(const ActingUser& user, const domain::Vehicle& v);
    /// Moves the vehicle to `newOwner` on `date`: closes the current ownership period, opens a new
    /// one. Earlier visits stay with the earlier owner.
    VoidResult transfer(const ActingUser& user, domain::VehicleId id, domain::CustomerId newOwner,
                        const QDate& date, const QString& note = {});

    [[nodiscard]] Result<std::optional<domain::Vehicle>> find(domain::VehicleId id) const;
    [[nodiscard]] Result<std::vector<domain::Vehicle>> vehiclesOf(domain::CustomerId owner) const;
    [[nodiscard]] Result<std::vector<domain::Ownership>> history(domain::VehicleId id) const;
    /// Vehicles other than `exceptId` that already hold this plate or VIN; an error when the
    /// lookup could not run (the form says so instead of "no duplicate").
    [[nodiscard]] Result<std::vector<DuplicateHit>> findDuplicates(
        const QString& plate, const QString& vin, domain::VehicleId exceptId = 0) const;

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
