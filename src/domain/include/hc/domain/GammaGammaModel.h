#pragma once

#include "hc/domain/BgNbdModel.h"
#include "hc/domain/CustomerBaseSummary.h"

#include <optional>
#include <vector>

namespace hc::domain {

struct GammaGammaParameters {
    double p = 0.0;
    double q = 0.0;
    double gamma = 0.0;
    friend bool operator==(const GammaGammaParameters&, const GammaGammaParameters&) = default;
};

struct GammaGammaFit {
    FitStatus status = FitStatus::NotEnoughData;
    GammaGammaParameters parameters;  ///< valid when status == Ok
    double logLikelihood = 0.0;
    int customers = 0;  ///< customers used: x > 0 and mean repeat spend > 0
};

/// The gamma-gamma model of spend per visit (Fader, Hardie & Lee, "RFM and CLV: using iso-value
/// curves for customer base analysis", JMR 2005; Fader & Hardie's note "The gamma-gamma model of
/// monetary value", 2013): a customer's visit amounts are Gamma(p, ν) with ν ~ Gamma(q, γ). Fitted
/// on the customers with repeat visits, each with x and the mean amount of his repeat visits.
class GammaGammaModel {
public:
    explicit GammaGammaModel(const GammaGammaParameters& parameters) : p_(parameters) {}

    [[nodiscard]] const GammaGammaParameters& parameters() const { return p_; }

    /// Maximum likelihood on log-parameters (NLopt L-BFGS, analytic gradient). NotEnoughData when
    /// fewer than max(1, minRepeatCustomers) customers have x > 0 and a positive mean spend.
    [[nodiscard]] static GammaGammaFit fit(
        const std::vector<CustomerHistory>& histories, int minRepeatCustomers,
        const std::optional<GammaGammaParameters>& start = std::nullopt);

    [[nodiscard]] static double logLikelihood(const GammaGammaParameters& parameters,
                                              const std::vector<CustomerHistory>& histories);

    /// Expected spend per visit of a customer with x repeat visits of mean amount m:
    /// (p (γ + x m)) ÷ (p x + q − 1); for x = 0 the population mean p γ ÷ (q − 1). nullopt when
    /// q ≤ 1 (the mean does not exist).
    [[nodiscard]] std::optional<double> expectedSpend(int x, double meanSpend) const;

private:
    GammaGammaParameters p_;
};

}  // namespace hc::domain
