#pragma once

#include "hc/domain/CustomerClass.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/VehicleAge.h"

#include <QDate>
#include <QString>

#include <array>
#include <vector>

namespace hc::domain {

/// One vehicle of the archive as the churn analysis sees it (domain.md §9, seed 003). Churn is
/// counted PER VEHICLE: a customer with three vehicles and a lost recency class contributes three
/// lost vehicles. The storage layer fills this from the vehicle, its current owner and the owner's
/// classification as of D.
struct ChurnVehicle {
    VehicleId vehicleId = 0;
    QString region;      ///< the owner's region (所在区域); empty when unknown
    QString model;       ///< the vehicle's model (车型); empty when unknown
    QDate purchaseDate;  ///< 购车日期; null when unknown
    /// The owner's class as of D: loyal / swing / lost are valid owners, invalid and no_visit are
    /// not. A vehicle is in the population (保有量) when its owner is valid, lost when the owner is
    /// lost.
    CustomerClass ownerClass = CustomerClass::NoVisit;
};

/// Lost vehicles of one owner region.
struct ChurnRegionRow {
    QString region;
    int lost = 0;
    int shareBp = 0;  ///< lost ÷ all lost vehicles
    friend bool operator==(const ChurnRegionRow&, const ChurnRegionRow&) = default;
};

/// Population and lost vehicles of one model.
struct ChurnModelRow {
    QString model;
    int population = 0;  ///< vehicles of valid owners (保有量)
    int lost = 0;        ///< of which owned by lost customers
    int rateBp = 0;      ///< churn rate = lost ÷ population
    int shareBp = 0;     ///< lost ÷ all lost vehicles
    friend bool operator==(const ChurnModelRow&, const ChurnModelRow&) = default;
};

/// Lost vehicles of one vehicle-age bucket (years since purchase as of D).
struct ChurnAgeRow {
    VehicleAgeBucket bucket = VehicleAgeBucket::UnderOne;
    int lost = 0;
    int shareBp = 0;         ///< lost ÷ all lost vehicles (unknown ages included in the total)
    int cumulativeLost = 0;  ///< lost vehicles of this bucket and the younger ones
    int cumulativeBp = 0;  ///< cumulativeLost ÷ all lost vehicles (from counts, not summed shares)
    friend bool operator==(const ChurnAgeRow&, const ChurnAgeRow&) = default;
};

struct ChurnAnalysisResult {
    QDate asOf;
    int population = 0;  ///< vehicles of valid owners
    int lost = 0;        ///< vehicles of lost owners
    int rateBp = 0;      ///< lost ÷ population over all models
    int skipped = 0;     ///< vehicles of invalid / no-visit owners and repeated vehicle ids

    /// Regions with at least one lost vehicle; lost descending, then region ascending.
    std::vector<ChurnRegionRow> byRegion;
    /// Models with at least one vehicle in the population; lost descending, then population
    /// descending, then model ascending.
    std::vector<ChurnModelRow> byModel;
    /// Always the four buckets in the order "<1y", "1-2y", "2-3y", ">=3y".
    std::array<ChurnAgeRow, kVehicleAgeBucketCount> byVehicleAge{};
    /// Lost vehicles whose age is unknown (no purchase date, or purchased after D). They are in
    /// the total of every share but in no bucket, so the ">=3y" cumulative share is 100 % only
    /// when every lost vehicle has a known age.
    int unknownAgeLost = 0;
    int unknownAgeShareBp = 0;

    [[nodiscard]] const ChurnAgeRow& age(VehicleAgeBucket bucket) const {
        return byVehicleAge.at(static_cast<std::size_t>(bucket));
    }
    /// Row of a region / model, or nullptr.
    [[nodiscard]] const ChurnRegionRow* region(const QString& name) const;
    [[nodiscard]] const ChurnModelRow* model(const QString& name) const;
};

/// Churn analysis as of D (domain.md §9). Region and model are compared after trimming
/// whitespace; an empty region / model is its own group with an empty name (the report labels it
/// "未填" / "not entered"). A repeated non-zero vehicle id is counted once (the first entry wins).
/// Vehicle age: vehicleAgeBucket(purchaseDate, asOf) from VehicleAge.h.
[[nodiscard]] ChurnAnalysisResult analyzeChurn(const std::vector<ChurnVehicle>& vehicles,
                                               const QDate& asOf);

}  // namespace hc::domain
