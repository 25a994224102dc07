#include "hc/domain/BgNbdModel.h"

#include "NewtonPolish.h"
#include "hc/domain/Hypergeometric2F1.h"

#include <boost/math/special_functions/digamma.hpp>
#include <nlopt.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace hc::domain {

namespace {

constexpr double kLogBound = 20.0;  // parameters kept within e^±20 during the search

/// The fit's data, laid out for the objective.
struct FitData {
    std::vector<int> x;
    std::vector<double> tx;
    std::vector<double> T;
    std::vector<char> present;  // indexed by x: some customer has this x
    int maxX = 0;
    // Per-x caches, refreshed at every evaluation.
    std::vector<double> lgRx, psiRx, lgBx, psiBx, lgABx, psiABx, lnBx1;
    int evaluations = 0;
};

/// −LL ÷ n and its gradient with respect to (ln r, ln α, ln a, ln b); `grad` may be null.
double negLogLikelihood(const std::array<double, 4>& theta, double* grad, FitData& d) {
    ++d.evaluations;
    const double r = std::exp(theta[0]);
    const double alpha = std::exp(theta[1]);
    const double a = std::exp(theta[2]);
    const double b = std::exp(theta[3]);
    using boost::math::digamma;
    for (int x = 0; x <= d.maxX; ++x) {
        if (!d.present[static_cast<std::size_t>(x)]) {
            continue;
        }
        const auto i = static_cast<std::size_t>(x);
        d.lgRx[i] = std::lgamma(r + x);
        d.lgBx[i] = std::lgamma(b + x);
        d.lgABx[i] = std::lgamma(a + b + x);
        if (grad != nullptr) {
            d.psiRx[i] = digamma(r + x);
            d.psiBx[i] = digamma(b + x);
            d.psiABx[i] = digamma(a + b + x);
        }
        d.lnBx1[i] = x > 0 ? std::log(b + x - 1.0) : 0.0;
    }
    const double lgR = std::lgamma(r);
    const double lgB = std::lgamma(b);
    const double lgAB = std::lgamma(a + b);
    const double lnAlpha = std::log(alpha);
    const double lnA = std::log(a);
    const double psiR = grad != nullptr ? digamma(r) : 0.0;
    const double psiB = grad != nullptr ? digamma(b) : 0.0;
    const double psiAB = grad != nullptr ? digamma(a + b) : 0.0;

    double ll = 0.0;
    double dr = 0.0, dalpha = 0.0, da = 0.0, db = 0.0;
    const std::size_t n = d.x.size();
    for (std::size_t k = 0; k < n; ++k) {
        const int x = d.x[k];
        const auto i = static_cast<std::size_t>(x);
        const double rx = r + x;
        const double lnAT = std::log(alpha + d.T[k]);
        const double a3 = -rx * lnAT;
        double lnAtx = 0.0;
        double w4 = 0.0;
        double mix = a3;
        if (x > 0) {
            lnAtx = std::log(alpha + d.tx[k]);
            const double a4 = lnA - d.lnBx1[i] - rx * lnAtx;
            const double m = std::max(a3, a4);
            const double e3 = std::exp(a3 - m);
            const double e4 = std::exp(a4 - m);
            const double s = e3 + e4;
            mix = m + std::log(s);
            w4 = e4 / s;
        }
        const double w3 = 1.0 - w4;
        ll += d.lgRx[i] - lgR + r * lnAlpha + lgAB + d.lgBx[i] - lgB - d.lgABx[i] + mix;
        if (grad != nullptr) {
            dr += d.psiRx[i] - psiR + lnAlpha - w3 * lnAT - w4 * lnAtx;
            dalpha += r / alpha - rx * (w3 / (alpha + d.T[k]) + w4 / (alpha + d.tx[k]));
            da += psiAB - d.psiABx[i] + (x > 0 ? w4 / a : 0.0);
            db += psiAB + d.psiBx[i] - psiB - d.psiABx[i] - (x > 0 ? w4 / (b + x - 1.0) : 0.0);
        }
    }
    const double scale = 1.0 / static_cast<double>(n);
    if (!std::isfinite(ll)) {
        if (grad != nullptr) {
            std::fill(grad, grad + 4, 0.0);
        }
        return std::numeric_limits<double>::max() / 4;
    }
    if (grad != nullptr) {
        grad[0] = -r * dr * scale;
        grad[1] = -alpha * dalpha * scale;
        grad[2] = -a * da * scale;
        grad[3] = -b * db * scale;
    }
    return -ll * scale;
}

double nloptObjective(const std::vector<double>& theta, std::vector<double>& grad, void* data) {
    const std::array<double, 4> t{theta[0], theta[1], theta[2], theta[3]};
    return negLogLikelihood(t, grad.empty() ? nullptr : grad.data(), *static_cast<FitData*>(data));
}

/// One L-BFGS run from `theta` (updated in place to the best point found).
void minimize(std::vector<double>& theta, FitData& data) {
    nlopt::opt opt(nlopt::LD_LBFGS, 4);
    opt.set_lower_bounds(-kLogBound);
    opt.set_upper_bounds(kLogBound);
    opt.set_min_objective(nloptObjective, &data);
    opt.set_ftol_rel(1e-15);
    opt.set_xtol_rel(1e-12);
    opt.set_maxeval(3000);
    double value = 0.0;
    try {
        opt.optimize(theta, value);
    } catch (const nlopt::roundoff_limited&) {
        // Converged as far as floating point allows: theta holds the best point.
    } catch (const std::exception&) {
        // Failure: theta holds the best point seen; the caller checks it.
    }
}

double logPAliveOdds(const BgNbdParameters& p, int x, double tx, double T) {
    // ln[(a ÷ (b + x − 1)) · ((α + T) ÷ (α + t_x))^(r + x)]
    return std::log(p.a) - std::log(p.b + x - 1.0) +
           (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx));
}

/// (c ÷ (a − 1)) · (1 − lead · ₂F₁(r + x, b + x; a + b + x − 1; z)) with the removable singularity
/// at a = 1 bridged by the mean of a ± 1e-6.
std::optional<double> expectationCore(const BgNbdParameters& p, int x, double lead, double z) {
    const auto at = [&](double a) -> std::optional<double> {
        const auto f = hypergeometric2F1(p.r + x, p.b + x, a + p.b + x - 1.0, z);
        if (!f) {
            return std::nullopt;
        }
        return (a + p.b + x - 1.0) / (a - 1.0) * (1.0 - lead * *f);
    };
    if (std::fabs(p.a - 1.0) > 1e-6) {
        return at(p.a);
    }
    const auto lo = at(1.0 - 1e-6);
    const auto hi = at(1.0 + 1e-6);
    if (!lo || !hi) {
        return std::nullopt;
    }
    return (*lo + *hi) / 2.0;
}

bool valid(const BgNbdParameters& p) {
    return p.r > 0 && p.alpha > 0 && p.a > 0 && p.b > 0 && std::isfinite(p.r) &&
           std::isfinite(p.alpha) && std::isfinite(p.a) && std::isfinite(p.b);
}

}  // namespace

BgNbdFit BgNbdModel::fit(const std::vector<CustomerHistory>& histories, int minRepeatCustomers,
                         const std::optional<BgNbdParameters>& start) {
    BgNbdFit result;
    result.customers = static_cast<int>(histories.size());
    result.repeatCustomers = CustomerBaseSummary::repeatCustomers(histories);
    if (result.customers < 2 || result.repeatCustomers < std::max(1, minRepeatCustomers)) {
        result.status = FitStatus::NotEnoughData;
        return result;
    }
    FitData data;
    data.x.reserve(histories.size());
    data.tx.reserve(histories.size());
    data.T.reserve(histories.size());
    for (const auto& h : histories) {
        data.x.push_back(h.x);
        data.tx.push_back(h.tx);
        data.T.push_back(h.T);
        data.maxX = std::max(data.maxX, h.x);
    }
    const auto size = static_cast<std::size_t>(data.maxX) + 1;
    data.present.assign(size, 0);
    for (int x : data.x) {
        data.present[static_cast<std::size_t>(x)] = 1;
    }
    for (auto* v : {&data.lgRx, &data.psiRx, &data.lgBx, &data.psiBx, &data.lgABx, &data.psiABx,
                    &data.lnBx1}) {
        v->assign(size, 0.0);
    }

    const auto run = [&](const BgNbdParameters& s) {
        std::vector<double> theta{std::clamp(std::log(s.r), -kLogBound, kLogBound),
                                  std::clamp(std::log(s.alpha), -kLogBound, kLogBound),
                                  std::clamp(std::log(s.a), -kLogBound, kLogBound),
                                  std::clamp(std::log(s.b), -kLogBound, kLogBound)};
        minimize(theta, data);
        minimize(theta, data);  // restart: refreshes the quasi-Newton memory at the optimum
        return theta;
    };
    const BgNbdParameters defaultStart{1, 1, 1, 1};
    std::vector<double> theta = run(start && valid(*start) ? *start : defaultStart);
    if (start && valid(*start)) {
        // A start on the flat ridge a, b → ∞ (or r, α → 0) can stall: also run from the
        // default start and keep the better optimum.
        const auto other = run(defaultStart);
        const std::array<double, 4> t1{theta[0], theta[1], theta[2], theta[3]};
        const std::array<double, 4> t2{other[0], other[1], other[2], other[3]};
        if (negLogLikelihood(t2, nullptr, data) < negLogLikelihood(t1, nullptr, data)) {
            theta = other;
        }
    }
    std::array<double, 4> polished{theta[0], theta[1], theta[2], theta[3]};
    detail::newtonPolish(polished, [&](const std::array<double, 4>& t, double* grad) {
        return negLogLikelihood(t, grad, data);
    });
    theta.assign(polished.begin(), polished.end());
    result.evaluations = data.evaluations;

    const BgNbdParameters p{std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2]),
                            std::exp(theta[3])};
    const double ll = logLikelihood(p, histories);
    if (!valid(p) || !std::isfinite(ll)) {
        result.status = FitStatus::NoConvergence;
        return result;
    }
    result.status = FitStatus::Ok;
    result.parameters = p;
    result.logLikelihood = ll;
    return result;
}

double BgNbdModel::logLikelihood(const BgNbdParameters& p,
                                 const std::vector<CustomerHistory>& histories) {
    if (!valid(p)) {
        return -std::numeric_limits<double>::infinity();
    }
    double ll = 0.0;
    for (const auto& h : histories) {
        const double a1 = std::lgamma(p.r + h.x) - std::lgamma(p.r) + p.r * std::log(p.alpha);
        const double a2 = std::lgamma(p.a + p.b) + std::lgamma(p.b + h.x) - std::lgamma(p.b) -
                          std::lgamma(p.a + p.b + h.x);
        const double a3 = -(p.r + h.x) * std::log(p.alpha + h.T);
        double mix = a3;
        if (h.x > 0) {
            const double a4 =
                std::log(p.a) - std::log(p.b + h.x - 1.0) - (p.r + h.x) * std::log(p.alpha + h.tx);
            const double m = std::max(a3, a4);
            mix = m + std::log(std::exp(a3 - m) + std::exp(a4 - m));
        }
        ll += a1 + a2 + mix;
    }
    return ll;
}

double BgNbdModel::pAlive(int x, double tx, double T) const {
    if (x <= 0) {
        return 1.0;
    }
    return 1.0 / (1.0 + std::exp(logPAliveOdds(p_, x, tx, T)));
}

std::optional<double> BgNbdModel::expectedVisits(double t, int x, double tx, double T) const {
    if (!valid(p_) || t < 0 || T < 0) {
        return std::nullopt;
    }
    if (t == 0) {
        return 0.0;
    }
    const double z = t / (p_.alpha + T + t);
    const double lead = std::pow((p_.alpha + T) / (p_.alpha + T + t), p_.r + x);
    const auto core = expectationCore(p_, x, lead, z);
    if (!core) {
        return std::nullopt;
    }
    return *core * pAlive(x, tx, T);
}

double BgNbdModel::probabilityOfVisit(double t, int x, double tx, double T) const {
    if (t <= 0) {
        return 0.0;
    }
    const double none = std::pow((p_.alpha + T) / (p_.alpha + T + t), p_.r + x);
    return pAlive(x, tx, T) * (1.0 - none);
}

std::optional<double> BgNbdModel::unconditionalExpectedVisits(double t) const {
    if (!valid(p_) || t < 0) {
        return std::nullopt;
    }
    if (t == 0) {
        return 0.0;
    }
    const double lead = std::pow(p_.alpha / (p_.alpha + t), p_.r);
    return expectationCore(p_, 0, lead, t / (p_.alpha + t));
}

}  // namespace hc::domain
