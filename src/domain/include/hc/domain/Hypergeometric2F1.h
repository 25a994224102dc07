#pragma once

#include <optional>

namespace hc::domain {

/// Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z < 1 (the BG/NBD expectations), by its
/// power series Σ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ summed until the remaining tail, bounded geometrically by
/// the current term ratio, is below 1e-15 of the sum. Near z → 1 the series needs about
/// ln(1e-15) ÷ ln(z) terms (≈ 3.5 million at z = 0.99999); nullopt when z is outside [0, 1),
/// c is 0 or a negative integer, the sum is not finite or 50 million terms do not converge.
[[nodiscard]] std::optional<double> hypergeometric2F1(double a, double b, double c, double z);

}  // namespace hc::domain
