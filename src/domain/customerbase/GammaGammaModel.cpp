#include "hc/domain/GammaGammaModel.h"

#include "NewtonPolish.h"

#include <boost/math/special_functions/digamma.hpp>
#include <nlopt.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace hc::domain {

namespace {

constexpr double kLogBound = 20.0;

struct SpendData {
    std::vector<double> x;
    std::vector<double> m;
    std::vector<double> lnM;
    std::vector<double> lnX;
    std::vector<int> xi;
    int maxX = 0;
    std::vector<char> present;  // indexed by x
    // Per-x caches refreshed at every evaluation: the gamma functions depend on x only.
    std::vector<double> lgPxQ, lgPx, psiPxQ, psiPx;
};

bool used(const CustomerHistory& h) {
    return h.x > 0 && h.meanRepeatSpend > 0 && std::isfinite(h.meanRepeatSpend);
}

bool valid(const GammaGammaParameters& p) {
    return p.p > 0 && p.q > 0 && p.gamma > 0 && std::isfinite(p.p) && std::isfinite(p.q) &&
           std::isfinite(p.gamma);
}

double objective(const std::vector<double>& theta, std::vector<double>& grad, void* raw) {
    auto& d = *static_cast<SpendData*>(raw);
    const double p = std::exp(theta[0]);
    const double q = std::exp(theta[1]);
    const double g = std::exp(theta[2]);
    using boost::math::digamma;
    const double lgQ = std::lgamma(q);
    const double lnG = std::log(g);
    const bool wantGrad = !grad.empty();
    const double psiQ = wantGrad ? digamma(q) : 0.0;
    for (int x = 1; x <= d.maxX; ++x) {
        const auto i = static_cast<std::size_t>(x);
        if (!d.present[i]) {
            continue;
        }
        const double px = p * x;
        d.lgPxQ[i] = std::lgamma(px + q);
        d.lgPx[i] = std::lgamma(px);
        if (wantGrad) {
            d.psiPxQ[i] = digamma(px + q);
            d.psiPx[i] = digamma(px);
        }
    }
    double ll = 0.0, dp = 0.0, dq = 0.0, dg = 0.0;
    const std::size_t n = d.x.size();
    for (std::size_t k = 0; k < n; ++k) {
        const double x = d.x[k];
        const auto i = static_cast<std::size_t>(d.xi[k]);
        const double px = p * x;
        const double lnDen = std::log(x * d.m[k] + g);
        ll += d.lgPxQ[i] - d.lgPx[i] - lgQ + q * lnG + (px - 1.0) * d.lnM[k] + px * d.lnX[k] -
              (px + q) * lnDen;
        if (wantGrad) {
            const double psiPxQ = d.psiPxQ[i];
            dp += x * (psiPxQ - d.psiPx[i] + d.lnM[k] + d.lnX[k] - lnDen);
            dq += psiPxQ - psiQ + lnG - lnDen;
            dg += q / g - (px + q) / (x * d.m[k] + g);
        }
    }
    const double scale = 1.0 / static_cast<double>(n);
    if (!std::isfinite(ll)) {
        if (wantGrad) {
            std::fill(grad.begin(), grad.end(), 0.0);
        }
        return std::numeric_limits<double>::max() / 4;
    }
    if (wantGrad) {
        grad[0] = -p * dp * scale;
        grad[1] = -q * dq * scale;
        grad[2] = -g * dg * scale;
    }
    return -ll * scale;
}

void minimize(std::vector<double>& theta, SpendData& data) {
    nlopt::opt opt(nlopt::LD_LBFGS, 3);
    opt.set_lower_bounds(-kLogBound);
    opt.set_upper_bounds(kLogBound);
    opt.set_min_objective(objective, &data);
    opt.set_ftol_rel(1e-15);
    opt.set_xtol_rel(1e-12);
    opt.set_maxeval(3000);
    double value = 0.0;
    try {
        opt.optimize(theta, value);
    } catch (const nlopt::roundoff_limited&) {
        // theta holds the best point
    } catch (const std::exception&) {
        // theta holds the best point seen; checked by the caller
    }
}

}  // namespace

GammaGammaFit GammaGammaModel::fit(const std::vector<CustomerHistory>& histories,
                                   int minRepeatCustomers,
                                   const std::optional<GammaGammaParameters>& start) {
    GammaGammaFit result;
    SpendData data;
    for (const auto& h : histories) {
        if (used(h)) {
            data.x.push_back(h.x);
            data.m.push_back(h.meanRepeatSpend);
            data.lnM.push_back(std::log(h.meanRepeatSpend));
            data.lnX.push_back(std::log(static_cast<double>(h.x)));
            data.xi.push_back(h.x);
            data.maxX = std::max(data.maxX, h.x);
        }
    }
    const auto size = static_cast<std::size_t>(data.maxX) + 1;
    data.present.assign(size, 0);
    for (int x : data.xi) {
        data.present[static_cast<std::size_t>(x)] = 1;
    }
    for (auto* v : {&data.lgPxQ, &data.lgPx, &data.psiPxQ, &data.psiPx}) {
        v->assign(size, 0.0);
    }
    result.customers = static_cast<int>(data.x.size());
    if (result.customers < std::max(2, minRepeatCustomers)) {
        result.status = FitStatus::NotEnoughData;
        return result;
    }
    // Default start: p = q = 1, γ = the mean spend (the scale of the data).
    double meanSpend = 0.0;
    for (double m : data.m) {
        meanSpend += m;
    }
    meanSpend /= static_cast<double>(data.m.size());
    const GammaGammaParameters s =
        start && valid(*start) ? *start : GammaGammaParameters{1.0, 1.0, meanSpend};
    std::vector<double> theta{std::clamp(std::log(s.p), -kLogBound, kLogBound),
                              std::clamp(std::log(s.q), -kLogBound, kLogBound),
                              std::clamp(std::log(s.gamma), -kLogBound, kLogBound)};
    minimize(theta, data);
    minimize(theta, data);
    std::array<double, 3> polished{theta[0], theta[1], theta[2]};
    detail::newtonPolish(polished, [&](const std::array<double, 3>& t, double* grad) {
        std::vector<double> x(t.begin(), t.end());
        std::vector<double> g(3);
        const double v = objective(x, g, &data);
        std::copy(g.begin(), g.end(), grad);
        return v;
    });
    theta.assign(polished.begin(), polished.end());
    const GammaGammaParameters p{std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2])};
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

double GammaGammaModel::logLikelihood(const GammaGammaParameters& gp,
                                      const std::vector<CustomerHistory>& histories) {
    if (!valid(gp)) {
        return -std::numeric_limits<double>::infinity();
    }
    double ll = 0.0;
    for (const auto& h : histories) {
        if (!used(h)) {
            continue;
        }
        const double x = h.x;
        const double px = gp.p * x;
        ll += std::lgamma(px + gp.q) - std::lgamma(px) - std::lgamma(gp.q) +
              gp.q * std::log(gp.gamma) + (px - 1.0) * std::log(h.meanRepeatSpend) +
              px * std::log(x) - (px + gp.q) * std::log(x * h.meanRepeatSpend + gp.gamma);
    }
    return ll;
}

std::optional<double> GammaGammaModel::expectedSpend(int x, double meanSpend) const {
    if (!valid(p_) || p_.q <= 1.0) {
        return std::nullopt;
    }
    if (x <= 0 || !(meanSpend > 0)) {
        return p_.p * p_.gamma / (p_.q - 1.0);
    }
    return p_.p * (p_.gamma + x * meanSpend) / (p_.p * x + p_.q - 1.0);
}

}  // namespace hc::domain
