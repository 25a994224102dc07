#include "hc/domain/ChurnAnalysis.h"

#include "hc/domain/Percent.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace hc::domain {

namespace {

bool isValidOwner(CustomerClass cls) {
    return cls == CustomerClass::Loyal || cls == CustomerClass::Swing || cls == CustomerClass::Lost;
}

struct ModelCount {
    int population = 0;
    int lost = 0;
};

}  // namespace

const ChurnRegionRow* ChurnAnalysisResult::region(const QString& name) const {
    const auto it = std::find_if(byRegion.begin(), byRegion.end(),
                                 [&](const ChurnRegionRow& row) { return row.region == name; });
    return it == byRegion.end() ? nullptr : &*it;
}

const ChurnModelRow* ChurnAnalysisResult::model(const QString& name) const {
    const auto it = std::find_if(byModel.begin(), byModel.end(),
                                 [&](const ChurnModelRow& row) { return row.model == name; });
    return it == byModel.end() ? nullptr : &*it;
}

ChurnAnalysisResult analyzeChurn(const std::vector<ChurnVehicle>& vehicles, const QDate& asOf) {
    ChurnAnalysisResult result;
    result.asOf = asOf;

    std::map<QString, int> lostByRegion;
    std::map<QString, ModelCount> byModel;
    std::array<int, kVehicleAgeBucketCount> lostByAge{};
    std::set<VehicleId> seen;

    for (const auto& vehicle : vehicles) {
        if (vehicle.vehicleId != 0 && !seen.insert(vehicle.vehicleId).second) {
            ++result.skipped;
            continue;
        }
        if (!isValidOwner(vehicle.ownerClass)) {
            ++result.skipped;
            continue;
        }
        const bool lost = vehicle.ownerClass == CustomerClass::Lost;
        ++result.population;
        auto& model = byModel[vehicle.model.trimmed()];
        ++model.population;
        if (!lost) {
            continue;
        }
        ++result.lost;
        ++model.lost;
        ++lostByRegion[vehicle.region.trimmed()];
        if (const auto bucket = vehicleAgeBucket(vehicle.purchaseDate, asOf)) {
            ++lostByAge.at(static_cast<std::size_t>(*bucket));
        } else {
            ++result.unknownAgeLost;
        }
    }

    result.rateBp = percentBp(result.lost, result.population);

    for (const auto& [region, lost] : lostByRegion) {
        result.byRegion.push_back(ChurnRegionRow{region, lost, percentBp(lost, result.lost)});
    }
    std::stable_sort(result.byRegion.begin(), result.byRegion.end(),
                     [](const ChurnRegionRow& a, const ChurnRegionRow& b) {
                         return a.lost > b.lost;  // map order already sorts regions ascending
                     });

    for (const auto& [model, count] : byModel) {
        result.byModel.push_back(ChurnModelRow{model, count.population, count.lost,
                                               percentBp(count.lost, count.population),
                                               percentBp(count.lost, result.lost)});
    }
    std::stable_sort(result.byModel.begin(), result.byModel.end(),
                     [](const ChurnModelRow& a, const ChurnModelRow& b) {
                         return std::tie(b.lost, b.population) < std::tie(a.lost, a.population);
                     });

    int cumulative = 0;
    for (int i = 0; i < kVehicleAgeBucketCount; ++i) {
        const auto index = static_cast<std::size_t>(i);
        auto& row = result.byVehicleAge.at(index);
        row.bucket = static_cast<VehicleAgeBucket>(i);
        row.lost = lostByAge.at(index);
        row.shareBp = percentBp(row.lost, result.lost);
        cumulative += row.lost;
        row.cumulativeLost = cumulative;
        row.cumulativeBp = percentBp(cumulative, result.lost);
    }
    result.unknownAgeShareBp = percentBp(result.unknownAgeLost, result.lost);
    return result;
}

}  // namespace hc::domain
