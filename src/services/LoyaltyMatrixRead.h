#pragma once

#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/CustomerFacts.h"
#include "hc/domain/LoyaltyMatrix.h"
#include "hc/domain/MaintenanceDueEstimator.h"

#include <QDate>

#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// The loyalty × contribution matrix as of `asOf` (domain.md §4), read the one way every screen,
/// report and CLI command reads it: the grades of `abc` (the ABC window's run), the visits of the
/// matrix window — the ABC window's facts `abcFacts` reused when both windows start on the same
/// day (the default), else the matrix window's facts read once —, the shop's one maintenance
/// interval (`maintenance`, from the follow-up settings) and the vehicles' usage from storage.
class LoyaltyMatrixRead {
public:
    /// The first day of the matrix window (AnalysisService::windowStart of the matrix span).
    [[nodiscard]] static QDate from(const QDate& asOf, const domain::AnalysisSettings& settings);

    [[nodiscard]] static domain::LoyaltyMatrixResult build(
        storage::Database& db, const QDate& asOf, const domain::AnalysisSettings& settings,
        const domain::AbcResult& abc, const std::vector<domain::CustomerFacts>& abcFacts,
        const QDate& abcFrom, const domain::MaintenanceDueSettings& maintenance);
};

}  // namespace hc::services
