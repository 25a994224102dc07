#pragma once

#include "hc/domain/LoyaltyMatrix.h"

#include <QDate>

#include <vector>

namespace hc::storage {

class Database;

/// Per-vehicle facts for the share-of-wallet loyalty (domain.md §4): every vehicle on file with
/// its owner and driving rate as of a date.
class VehicleUsageRepository {
public:
    explicit VehicleUsageRepository(Database& db) : db_(db) {}

    /// One entry per vehicle (ordered by vehicle id). The rate is (last − first odometer reading)
    /// ÷ days between them over the vehicle's visits on or before `asOf` that recorded a mileage,
    /// when those readings are at least `minDays` apart and the odometer did not fall; nullopt
    /// otherwise. One row per vehicle from vehicle_odometer (first and last reading, schema/0009);
    /// for a vehicle read again after `asOf`, its last reading up to `asOf` is looked up in the
    /// covering partial index visits_vehicle_mileage (schema/0008).
    [[nodiscard]] std::vector<domain::VehicleUsage> load(const QDate& asOf, int minDays) const;

private:
    Database& db_;
};

}  // namespace hc::storage
