#pragma once

#include "hc/domain/BgNbdModel.h"
#include "hc/domain/CustomerBaseSettings.h"
#include "hc/domain/GammaGammaModel.h"

#include <optional>
#include <vector>

namespace hc::domain {

/// A customer's prediction over the horizon.
struct CustomerScore {
    CustomerId id = 0;
    int x = 0;
    double tx = 0.0;
    double T = 0.0;
    double pAlive = 0.0;
    double expectedVisits = 0.0;          ///< in the horizon
    double pReturn = 0.0;                 ///< P(at least one visit in the horizon)
    std::optional<double> expectedSpend;  ///< per visit; nullopt without a spend model
    std::optional<double> expectedValue;  ///< visits × spend × margin; nullopt without spend
};

struct CustomerBaseScores {
    std::vector<CustomerScore> customers;  ///< in the order of the histories
    double expectedTotal = 0.0;            ///< Σ expected visits
    std::optional<double> valueTotal;      ///< Σ expected value (when a spend model exists)
    bool complete = true;                  ///< false when an expectation could not be computed
};

/// Scores every customer with the fitted models: P(alive), expected visits and P(return) over
/// `horizonWeeks`, and value = expected visits × expected spend per visit × margin.
class CustomerBaseScoring {
public:
    [[nodiscard]] static CustomerBaseScores score(const std::vector<CustomerHistory>& histories,
                                                  const BgNbdModel& visits,
                                                  const std::optional<GammaGammaModel>& spend,
                                                  double horizonWeeks, int marginBp);
};

}  // namespace hc::domain
