#pragma once

#include "hc/domain/CustomerBaseSummary.h"

#include <optional>
#include <vector>

namespace hc::domain {

/// Outcome of a model fit.
enum class FitStatus {
    Ok,
    NotEnoughData,  ///< fewer repeat customers than the setting asks (or none at all)
    NoConvergence,  ///< the optimiser ended without a finite optimum
};

struct BgNbdParameters {
    double r = 0.0;      ///< shape of the gamma heterogeneity of the visit rate λ
    double alpha = 0.0;  ///< scale (in weeks) of the gamma heterogeneity of λ
    double a = 0.0;      ///< beta heterogeneity of the dropout probability p
    double b = 0.0;
    friend bool operator==(const BgNbdParameters&, const BgNbdParameters&) = default;
};

struct BgNbdFit {
    FitStatus status = FitStatus::NotEnoughData;
    BgNbdParameters parameters;  ///< valid when status == Ok
    double logLikelihood = 0.0;  ///< at `parameters`
    int customers = 0;
    int repeatCustomers = 0;
    int evaluations = 0;  ///< likelihood evaluations used
};

/// The BG/NBD model of Fader, Hardie & Lee, "Counting your customers" the easy way (Marketing
/// Science 24(2), 2005): while alive a customer visits as a Poisson process with rate
/// λ ~ Gamma(r, α); after each visit he drops out with probability p ~ Beta(a, b). Times in weeks.
/// Formulas: log-likelihood (paper eq. 6), P(alive) (FHL note "Computing P(alive)"), conditional
/// expectation (eq. 10), unconditional expectation (eq. 7); see docs/customer-base.md.
class BgNbdModel {
public:
    explicit BgNbdModel(const BgNbdParameters& parameters) : p_(parameters) {}

    [[nodiscard]] const BgNbdParameters& parameters() const { return p_; }

    /// Maximum-likelihood fit on log-parameters (NLopt L-BFGS with the analytic gradient, a restart
    /// from its optimum, then Newton steps). NotEnoughData when fewer than max(1,
    /// minRepeatCustomers) customers have x > 0 or there are fewer than 2 customers. `start`
    /// defaults to r = α = a = b = 1; a given start is run as well as the default one and the
    /// better optimum kept.
    [[nodiscard]] static BgNbdFit fit(const std::vector<CustomerHistory>& histories,
                                      int minRepeatCustomers,
                                      const std::optional<BgNbdParameters>& start = std::nullopt);

    /// Σ log-likelihood of the histories at `parameters` (−inf for non-positive parameters).
    [[nodiscard]] static double logLikelihood(const BgNbdParameters& parameters,
                                              const std::vector<CustomerHistory>& histories);

    /// Probability that a customer with (x, t_x, T) is still alive at T (1 when x = 0).
    [[nodiscard]] double pAlive(int x, double tx, double T) const;
    /// Expected visits in (T, T + t] given (x, t_x, T); nullopt when ₂F₁ fails.
    [[nodiscard]] std::optional<double> expectedVisits(double t, int x, double tx, double T) const;
    /// Probability of at least one visit in (T, T + t]: P(alive) · (1 − ((α+T)/(α+T+t))^(r+x)).
    [[nodiscard]] double probabilityOfVisit(double t, int x, double tx, double T) const;
    /// E[X(t)]: expected visits of a new customer in its first t weeks (after the first visit).
    [[nodiscard]] std::optional<double> unconditionalExpectedVisits(double t) const;

private:
    BgNbdParameters p_;
};

}  // namespace hc::domain
