#include "LoyaltyMatrixRead.h"

#include "hc/services/AnalysisService.h"
#include "hc/storage/AnalysisRepository.h"
#include "hc/storage/VehicleUsageRepository.h"

namespace hc::services {

QDate LoyaltyMatrixRead::from(const QDate& asOf, const domain::AnalysisSettings& settings) {
    return AnalysisService::windowStart(asOf, settings.matrix.window);
}

domain::LoyaltyMatrixResult LoyaltyMatrixRead::build(
    storage::Database& db, const QDate& asOf, const domain::AnalysisSettings& settings,
    const domain::AbcResult& abc, const std::vector<domain::CustomerFacts>& abcFacts,
    const QDate& abcFrom, const domain::MaintenanceDueSettings& maintenance) {
    const QDate matrixFrom = from(asOf, settings);
    const auto vehicles =
        storage::VehicleUsageRepository(db).load(asOf, settings.matrix.mileageMinDays);
    if (matrixFrom == abcFrom) {
        return domain::buildLoyaltyMatrix(abc, abcFacts, settings.matrix, maintenance, vehicles);
    }
    const auto matrixFacts = storage::AnalysisRepository(db).loadFacts(asOf, matrixFrom);
    return domain::buildLoyaltyMatrix(abc, matrixFacts, settings.matrix, maintenance, vehicles);
}

}  // namespace hc::services
