#include "hc/domain/Hypergeometric2F1.h"

#include <algorithm>
#include <cmath>

namespace hc::domain {

std::optional<double> hypergeometric2F1(double a, double b, double c, double z) {
    if (!(z >= 0.0 && z < 1.0) || !std::isfinite(a) || !std::isfinite(b) || !std::isfinite(c)) {
        return std::nullopt;
    }
    if (c <= 0.0 && c == std::floor(c)) {
        return std::nullopt;
    }
    constexpr double kTolerance = 1e-15;
    constexpr long kMaxTerms = 50'000'000;
    double sum = 1.0;
    double compensation = 0.0;  // Neumaier summation: millions of terms near z → 1
    double term = 1.0;
    for (long n = 0; n < kMaxTerms; ++n) {
        const double dn = static_cast<double>(n);
        const double ratio = (a + dn) * (b + dn) / ((c + dn) * (dn + 1.0)) * z;
        term *= ratio;
        const double t = sum + term;
        compensation += std::fabs(sum) >= std::fabs(term) ? (sum - t) + term : (term - t) + sum;
        sum = t;
        if (term == 0.0) {
            return sum + compensation;  // a or b a non-positive integer: a polynomial
        }
        if (!std::isfinite(sum)) {
            return std::nullopt;
        }
        // Past n > |a| + |b| + |c| the term ratio is monotone and tends to z, so the tail is at
        // most |term| · ρ ÷ (1 − ρ) with ρ = max(|next ratio|, z).
        if (dn > std::fabs(a) + std::fabs(b) + std::fabs(c) + 2.0) {
            const double next =
                std::fabs((a + dn + 1.0) * (b + dn + 1.0) / ((c + dn + 1.0) * (dn + 2.0))) * z;
            const double rho = std::max(next, z);
            if (rho < 1.0 && std::fabs(term) * rho / (1.0 - rho) <= kTolerance * std::fabs(sum)) {
                return sum + compensation;
            }
        }
    }
    return std::nullopt;
}

}  // namespace hc::domain
