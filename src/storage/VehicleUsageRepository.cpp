#include "hc/storage/VehicleUsageRepository.h"

#include "Query.h"

#include <unordered_map>

namespace hc::storage {

std::vector<domain::VehicleUsage> VehicleUsageRepository::load(const QDate& asOf,
                                                               int minDays) const {
    struct Reading {
        QDate firstDate;
        long long firstKm = 0;
        QDate lastDate;
        long long lastKm = 0;
    };
    std::unordered_map<std::int64_t, Reading> readings;
    Query visits(db_, QStringLiteral("SELECT vehicle_id, visit_date, mileage FROM visits "
                                     "WHERE vehicle_id IS NOT NULL AND mileage IS NOT NULL "
                                     "AND visit_date <= :asOf"));
    visits.bindDate(QStringLiteral(":asOf"), asOf);
    visits.exec();
    while (visits.next()) {
        const QDate date = visits.date(1);
        const long long km = visits.integer(2);
        auto [it, inserted] = readings.try_emplace(visits.integer(0), Reading{date, km, date, km});
        Reading& r = it->second;
        if (inserted) {
            continue;
        }
        if (date < r.firstDate) {
            r.firstDate = date;
            r.firstKm = km;
        }
        if (date > r.lastDate || (date == r.lastDate && km > r.lastKm)) {
            r.lastDate = date;
            r.lastKm = km;
        }
    }
    std::vector<domain::VehicleUsage> out;
    Query vehicles(db_, QStringLiteral("SELECT id, customer_id FROM vehicles ORDER BY id"));
    vehicles.exec();
    while (vehicles.next()) {
        domain::VehicleUsage usage;
        usage.customerId = vehicles.integer(1);
        const auto it = readings.find(vehicles.integer(0));
        if (it != readings.end()) {
            const Reading& r = it->second;
            const long long days = r.firstDate.daysTo(r.lastDate);
            if (days >= std::max(1, minDays) && r.lastKm >= r.firstKm) {
                usage.rate = domain::MileageRate{r.lastKm - r.firstKm, days};
            }
        }
        out.push_back(usage);
    }
    return out;
}

}  // namespace hc::storage
