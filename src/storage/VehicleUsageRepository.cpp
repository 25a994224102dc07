#include "hc/storage/VehicleUsageRepository.h"

#include "Query.h"

#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <sqlite3.h>

namespace hc::storage {

std::vector<domain::VehicleUsage> VehicleUsageRepository::load(const QDate& asOf,
                                                               int minDays) const {
    sqlite3* h = db_.handle();
    // Both statements in vehicle id order: merged in one pass. The readings come from the covering
    // partial index visits_vehicle_mileage (schema/0008).
    Query vehicles(h, "SELECT id, customer_id FROM vehicles ORDER BY id");
    Query readings(h,
                   "SELECT vehicle_id, visit_date, mileage FROM visits "
                   "WHERE vehicle_id IS NOT NULL AND mileage IS NOT NULL AND voided_at IS NULL "
                   "AND visit_date <= ?1 "
                   "ORDER BY vehicle_id, visit_date, mileage");
    readings.bindUtf8(1, asOf.toString(Qt::ISODate).toLatin1());
    bool haveReading = readings.step();
    std::vector<domain::VehicleUsage> out;
    while (vehicles.step()) {
        const std::int64_t id = vehicles.integer(0);
        domain::VehicleUsage usage;
        usage.customerId = vehicles.integer(1);
        while (haveReading && readings.integer(0) < id) {
            haveReading = readings.step();  // readings of a vehicle no longer on file
        }
        if (haveReading && readings.integer(0) == id) {
            const std::int64_t firstDay = readings.julianDay(1, 0);
            const std::int64_t firstKm = readings.integer(2);
            std::int64_t lastDay = firstDay;
            std::int64_t lastKm = firstKm;
            while ((haveReading = readings.step()) && readings.integer(0) == id) {
                lastDay = readings.julianDay(1, 0);
                lastKm = readings.integer(2);
            }
            const std::int64_t days = lastDay - firstDay;
            if (days >= std::max(1, minDays) && lastKm >= firstKm) {
                usage.rate = domain::MileageRate{lastKm - firstKm, days};
            }
        }
        out.push_back(usage);
    }
    return out;
}

}  // namespace hc::storage
