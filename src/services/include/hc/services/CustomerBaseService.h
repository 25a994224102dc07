#pragma once

#include "hc/domain/CustomerBaseSettings.h"
#include "hc/domain/PurchaseEvent.h"
#include "hc/services/CustomerBaseReports.h"
#include "hc/services/Result.h"

#include <QDate>

#include <optional>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// Customer-base analysis (BG/NBD + gamma-gamma, docs/customer-base.md): fits the model on visits
/// up to a calibration end and predicts visits, P(alive), P(return) and value per customer, or
/// compares predictions with a holdout period. The visits come from the archive (visits(), read
/// only) or from a file (PurchaseEventCsv); the computations are static and need no database.
/// Errors: Invalid "数据不足…" when fewer customers have a repeat visit than the setting
/// minRepeatCustomers (field "data"), Invalid for bad dates or horizons, Failed when the fit
/// does not converge.
class CustomerBaseService {
public:
    explicit CustomerBaseService(storage::Database& db);

    /// The stored settings (key "customer_base"; defaults for anything not stored).
    [[nodiscard]] Result<domain::CustomerBaseSettings> settings() const;
    /// The archive's visits on or before `upTo` (amount received in yuan).
    [[nodiscard]] Result<std::vector<domain::PurchaseEvent>> visits(const QDate& upTo) const;

    /// The settings used without a database (a file of events and no --db): domain.md defaults.
    [[nodiscard]] static domain::CustomerBaseSettings defaultSettings();

    /// Fits both models on the events on or before `calibrationEnd`.
    [[nodiscard]] static Result<CustomerBaseFitReport> fit(
        const std::vector<domain::PurchaseEvent>& events, const QDate& calibrationEnd,
        const domain::CustomerBaseSettings& settings);
    /// Fits, then scores every customer over `horizonWeeks` (> 0).
    [[nodiscard]] static Result<CustomerBasePrediction> predict(
        const std::vector<domain::PurchaseEvent>& events, const QDate& calibrationEnd,
        double horizonWeeks, const domain::CustomerBaseSettings& settings);
    /// Fits on the events up to `calibrationEnd` and compares with the visits after it up to
    /// `holdoutEnd` (> calibrationEnd).
    [[nodiscard]] static Result<CustomerBaseHoldoutReport> holdout(
        const std::vector<domain::PurchaseEvent>& events, const QDate& calibrationEnd,
        const QDate& holdoutEnd, const domain::CustomerBaseSettings& settings);

private:
    storage::Database& db_;
};

}  // namespace hc::services
