#pragma once

#include "hc/domain/BgNbdModel.h"

#include <array>
#include <optional>
#include <vector>

namespace hc::domain {

/// One row of the holdout comparison by calibration frequency x (0…6, then 7 and more).
struct HoldoutFrequencyRow {
    int x = 0;  ///< 7 stands for "7+"
    int customers = 0;
    double actualMean = 0.0;
    double expectedMean = 0.0;
};

struct HoldoutResult {
    double holdoutWeeks = 0.0;
    int actualTotal = 0;
    double expectedTotal = 0.0;
    std::array<HoldoutFrequencyRow, 8> byFrequency{};
    /// AUC for "visited at least once in the holdout": model ranking by expected visits, and the
    /// naive ranking by recency (days since the last calibration visit, fewer = higher). nullopt
    /// when everybody or nobody came back.
    std::optional<double> aucModel;
    std::optional<double> aucRecency;
    bool complete = true;  ///< false when an expectation could not be computed
};

/// Compares the model's predictions for the holdout period with what happened (histories built
/// with a holdout end; CustomerHistory::holdoutVisits).
class HoldoutEvaluation {
public:
    [[nodiscard]] static HoldoutResult evaluate(const std::vector<CustomerHistory>& histories,
                                                const BgNbdModel& model, double holdoutWeeks);

    /// Area under the ROC curve of `scores` for the binary `labels` (Mann-Whitney, ties counted
    /// half); nullopt when one class is empty.
    [[nodiscard]] static std::optional<double> auc(const std::vector<double>& scores,
                                                   const std::vector<bool>& labels);
};

}  // namespace hc::domain
