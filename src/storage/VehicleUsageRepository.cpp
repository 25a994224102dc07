#include "hc/storage/VehicleUsageRepository.h"

#include "Query.h"

#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <sqlite3.h>

#include <memory>

namespace hc::storage {

std::vector<domain::VehicleUsage> VehicleUsageRepository::load(const QDate& asOf,
                                                               int minDays) const {
    sqlite3* h = db_.handle();
    // One row per vehicle: its first and last reading kept by the triggers of schema/0009. Only a
    // vehicle whose last reading lies after `asOf` (a past month's report) needs its last reading
    // on or before `asOf` looked up in the covering index visits_vehicle_mileage (schema/0008).
    Query vehicles(h,
                   "SELECT v.id, v.customer_id, o.first_date, o.first_km, o.last_date, "
                   "o.last_km FROM vehicles v LEFT JOIN vehicle_odometer o "
                   "ON o.vehicle_id = v.id ORDER BY v.id");
    const QByteArray asOfText = asOf.toString(Qt::ISODate).toLatin1();
    const std::int64_t asOfDay = asOf.toJulianDay();
    std::unique_ptr<Query> lastBefore;
    std::vector<domain::VehicleUsage> out;
    while (vehicles.step()) {
        domain::VehicleUsage usage;
        usage.customerId = vehicles.integer(1);
        if (vehicles.isNull(2)) {
            out.push_back(usage);  // no reading at all
            continue;
        }
        const std::int64_t firstDay = vehicles.julianDay(2, 0);
        const std::int64_t firstKm = vehicles.integer(3);
        std::int64_t lastDay = vehicles.julianDay(4, 0);
        std::int64_t lastKm = vehicles.integer(5);
        if (firstDay > asOfDay) {
            out.push_back(usage);  // no reading yet on that date
            continue;
        }
        if (lastDay > asOfDay) {
            if (!lastBefore) {
                lastBefore = std::make_unique<Query>(
                    h,
                    "SELECT visit_date, mileage FROM visits WHERE vehicle_id = ?1 "
                    "AND mileage IS NOT NULL AND voided_at IS NULL AND visit_date <= ?2 "
                    "ORDER BY visit_date DESC, mileage DESC LIMIT 1",
                    Query::Reuse::Persistent);
            }
            lastBefore->reset();
            lastBefore->bindInt(1, vehicles.integer(0));
            lastBefore->bindUtf8(2, asOfText);
            if (!lastBefore->step()) {
                out.push_back(usage);
                continue;
            }
            lastDay = lastBefore->julianDay(0, 0);
            lastKm = lastBefore->integer(1);
        }
        const std::int64_t days = lastDay - firstDay;
        if (days >= std::max(1, minDays) && lastKm >= firstKm) {
            usage.rate = domain::MileageRate{lastKm - firstKm, days};
        }
        out.push_back(usage);
    }
    return out;
}

}  // namespace hc::storage
