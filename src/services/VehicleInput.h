#pragma once

#include "hc/domain/Vehicle.h"
#include "hc/services/ServiceError.h"

#include <optional>

namespace hc::storage {
class CustomerRepository;
class VehicleRepository;
}  // namespace hc::storage

namespace hc::services {

/// Validates and normalises a vehicle's fields (services-private, shared by VehicleService and
/// WalkInService): plate, VIN, codes, choice keys; the error names the field.
[[nodiscard]] std::optional<ServiceError> normaliseVehicle(domain::Vehicle& v);

/// Duplicate error when another vehicle (id != v.id) holds the plate or VIN; names its owner.
[[nodiscard]] std::optional<ServiceError> checkVehicleUnique(
    const storage::VehicleRepository& vehicles, const storage::CustomerRepository& customers,
    const domain::Vehicle& v);

}  // namespace hc::services
