#pragma once

#include "hc/domain/Customer.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"

#include <QDate>
#include <QSet>

#include <cstdint>
#include <memory>
#include <vector>

namespace hc::services {

class DemoRandom;

struct DemoOptions {
    int customers = 100;
    std::uint64_t seed = 1;
    QDate asOf;  ///< history ends here (no visit after it)
};

struct DemoVisit {
    int vehicleIndex = -1;  ///< index into DemoCustomer::vehicles
    domain::Visit visit;    ///< ids unset
};

/// One generated customer with vehicles and visits (ids unset; dates ≤ asOf, visits by date).
struct DemoCustomer {
    domain::Customer customer;
    std::vector<domain::Vehicle> vehicles;
    std::vector<DemoVisit> visits;
};

/// Realistic, deterministic demo history of a Shaanxi repair shop (pure; no I/O). Same options ⇒
/// same data on every platform. Profiles: loyal regulars (maintenance about every 6 months up to
/// the as-of date), customers who drift away and stop at various points, irregular ones, new
/// customers, prospects without visits, and a few invalid ones (wrong number / vehicle sold).
/// Chinese names, 11-digit mobiles, plates like 陕A·12345 by region (stored normalised, unique),
/// VINs with a valid check digit, the models of seeds 001 and 003, mileage increasing per
/// vehicle, amounts by category, unique work orders. About 10 visits per customer on average.
/// Generated one customer at a time so 100 000 customers need little memory.
class DemoGenerator {
public:
    explicit DemoGenerator(const DemoOptions& options);
    ~DemoGenerator();
    DemoGenerator(const DemoGenerator&) = delete;
    DemoGenerator& operator=(const DemoGenerator&) = delete;

    /// The next customer; false when all have been generated.
    bool next(DemoCustomer& out);

    [[nodiscard]] const DemoOptions& options() const { return options_; }

private:
    QString uniquePhone();
    QString uniquePlate(const QString& region);
    QString vin(const QString& wmi);
    void addVehicle(DemoCustomer& out, const QDate& firstVisit);

    DemoOptions options_;
    std::unique_ptr<DemoRandom> rng_;
    int produced_ = 0;
    std::int64_t workOrderSeq_ = 0;
    QSet<std::int64_t> phones_;
    QSet<QString> plates_;
};

}  // namespace hc::services
