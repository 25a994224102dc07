#pragma once

// Private to hc_domain: the last digits of a maximum-likelihood fit.

#include <array>
#include <cmath>
#include <cstddef>
#include <utility>

namespace hc::domain::detail {

/// Newton steps on a smooth objective with an analytic gradient, the Hessian from central
/// differences of the gradient: polishes the optimum a quasi-Newton search left on a flat ridge
/// (L-BFGS stops when the objective no longer changes in floating point, some 1e-4 away in the
/// flat directions). A step is kept only when it shrinks the gradient; stops when it does not.
/// `f(theta, grad)` returns the objective and fills grad (N values).
template <std::size_t N, typename F>
void newtonPolish(std::array<double, N>& theta, F&& f, int iterations = 8) {
    using Vec = std::array<double, N>;
    const auto norm = [](const Vec& v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return std::sqrt(s);
    };
    Vec grad{};
    f(theta, grad.data());
    double gradNorm = norm(grad);
    for (int it = 0; it < iterations && gradNorm > 0; ++it) {
        std::array<Vec, N> h{};
        constexpr double kStep = 1e-5;
        for (std::size_t j = 0; j < N; ++j) {
            Vec plus = theta;
            Vec minus = theta;
            plus[j] += kStep;
            minus[j] -= kStep;
            Vec gp{};
            Vec gm{};
            f(plus, gp.data());
            f(minus, gm.data());
            for (std::size_t i = 0; i < N; ++i) {
                h[i][j] = (gp[i] - gm[i]) / (2 * kStep);
            }
        }
        // Solve H δ = −g (symmetrised, Gaussian elimination with partial pivoting).
        std::array<std::array<double, N + 1>, N> m{};
        for (std::size_t i = 0; i < N; ++i) {
            for (std::size_t j = 0; j < N; ++j) {
                m[i][j] = (h[i][j] + h[j][i]) / 2;
            }
            m[i][N] = -grad[i];
        }
        bool singular = false;
        for (std::size_t c = 0; c < N && !singular; ++c) {
            std::size_t pivot = c;
            for (std::size_t r = c + 1; r < N; ++r) {
                if (std::fabs(m[r][c]) > std::fabs(m[pivot][c])) {
                    pivot = r;
                }
            }
            if (std::fabs(m[pivot][c]) < 1e-300) {
                singular = true;
                break;
            }
            std::swap(m[c], m[pivot]);
            for (std::size_t r = 0; r < N; ++r) {
                if (r != c) {
                    const double k = m[r][c] / m[c][c];
                    for (std::size_t k2 = c; k2 <= N; ++k2) {
                        m[r][k2] -= k * m[c][k2];
                    }
                }
            }
        }
        if (singular) {
            return;
        }
        Vec next = theta;
        for (std::size_t i = 0; i < N; ++i) {
            const double step = m[i][N] / m[i][i];
            if (!std::isfinite(step) || std::fabs(step) > 1.0) {
                return;  // not in the quadratic basin: leave the search's answer
            }
            next[i] += step;
        }
        Vec nextGrad{};
        f(next, nextGrad.data());
        const double nextNorm = norm(nextGrad);
        if (!(nextNorm < gradNorm)) {
            return;
        }
        theta = next;
        grad = nextGrad;
        gradNorm = nextNorm;
    }
}

}  // namespace hc::domain::detail
