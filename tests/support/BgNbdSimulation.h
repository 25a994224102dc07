#pragma once

#include "hc/domain/BgNbdModel.h"

#include <random>
#include <vector>

namespace hc::test {

/// Customers drawn from the BG/NBD process with known parameters (deterministic for a seed):
/// λ ~ Gamma(r, α), p ~ Beta(a, b), Poisson visits while alive, dropout after each visit with
/// probability p; births spread uniformly over the first `birthSpread` weeks of `weeks`.
/// Spend per visit ~ Gamma(4, ν), ν ~ Gamma(3, 60) (gamma-gamma with p = 4, q = 3, γ = 60).
inline std::vector<domain::CustomerHistory> simulateBgNbd(const domain::BgNbdParameters& p,
                                                          int customers, double weeks,
                                                          double birthSpread, unsigned seed) {
    std::mt19937_64 rng(seed);
    std::gamma_distribution<double> lambdaDist(p.r, 1.0 / p.alpha);
    std::gamma_distribution<double> betaA(p.a, 1.0);
    std::gamma_distribution<double> betaB(p.b, 1.0);
    std::gamma_distribution<double> nuDist(3.0, 1.0 / 60.0);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<domain::CustomerHistory> out;
    out.reserve(static_cast<std::size_t>(customers));
    for (int i = 0; i < customers; ++i) {
        domain::CustomerHistory h;
        h.id = i + 1;
        h.T = weeks - birthSpread * unit(rng);
        const double lambda = lambdaDist(rng);
        const double ga = betaA(rng);
        const double dropout = ga / (ga + betaB(rng));
        std::gamma_distribution<double> spendDist(4.0, 1.0 / nuDist(rng));
        std::exponential_distribution<double> gap(lambda);
        double t = 0.0;
        double spend = 0.0;
        for (;;) {
            t += gap(rng);
            if (t > h.T) {
                break;
            }
            ++h.x;
            h.tx = t;
            spend += spendDist(rng);
            if (unit(rng) < dropout) {
                break;
            }
        }
        h.meanRepeatSpend = h.x > 0 ? spend / h.x : 0.0;
        out.push_back(h);
    }
    return out;
}

}  // namespace hc::test
