#include "hc/domain/Hypergeometric2F1.h"

#include <boost/math/special_functions/gamma.hpp>  // pFq of Boost 1.74 needs lgamma declared first
#include <boost/math/special_functions/hypergeometric_pFq.hpp>

#include <gtest/gtest.h>

#include <cmath>

using hc::domain::hypergeometric2F1;

namespace {

double relativeError(double value, double expected) {
    return std::fabs(value - expected) / std::fabs(expected);
}

}  // namespace

// ₂F₁(1, 1; 2; z) = −ln(1 − z) ÷ z: the terms decay only like zⁿ ÷ n, the hard case near z → 1.
TEST(Hypergeometric2F1Test, LogarithmClosedFormUpToZNearOne) {
    for (double z : {0.0, 0.1, 0.5, 0.9, 0.99, 0.999, 0.9999, 0.99999}) {
        const auto f = hypergeometric2F1(1.0, 1.0, 2.0, z);
        ASSERT_TRUE(f.has_value()) << z;
        const double expected = z == 0.0 ? 1.0 : -std::log1p(-z) / z;
        EXPECT_LT(relativeError(*f, expected), 1e-12) << "z = " << z;
    }
}

// ₂F₁(a, b; b; z) = (1 − z)^(−a): growing terms (c − a − b < 0), as in the BG/NBD expectations.
TEST(Hypergeometric2F1Test, PowerClosedFormWithDivergentBoundary) {
    for (double z : {0.3, 0.9465, 0.99, 0.999, 0.9999}) {
        for (double a : {0.2426, 2.2426, 12.5}) {
            const auto f = hypergeometric2F1(a, 3.4262, 3.4262, z);
            ASSERT_TRUE(f.has_value()) << z;
            EXPECT_LT(relativeError(*f, std::pow(1.0 - z, -a)), 1e-11)
                << "a = " << a << ", z = " << z;
        }
    }
}

// The BG/NBD arguments (CDNOW estimates: r + x, b + x, a + b + x − 1) against Boost.Math's pFq.
TEST(Hypergeometric2F1Test, AgreesWithBoostPfq) {
    const double r = 0.2425982, a = 0.7929899, b = 2.4261667;
    for (int x : {0, 1, 2, 7, 30}) {
        for (double z : {0.05, 0.5, 0.9, 0.9465}) {
            const auto f = hypergeometric2F1(r + x, b + x, a + b + x - 1.0, z);
            ASSERT_TRUE(f.has_value());
            const double expected =
                boost::math::hypergeometric_pFq({r + x, b + x}, {a + b + x - 1.0}, z);
            EXPECT_LT(relativeError(*f, expected), 1e-12) << "x = " << x << ", z = " << z;
        }
    }
}

TEST(Hypergeometric2F1Test, PolynomialAndInvalidArguments) {
    // a = −2: 1 + 2·(−1)·... terminates: ₂F₁(−2, 1; 1; z) = (1 − z)².
    EXPECT_NEAR(*hypergeometric2F1(-2.0, 1.0, 1.0, 0.25), 0.5625, 1e-15);
    EXPECT_FALSE(hypergeometric2F1(1.0, 1.0, 2.0, 1.0).has_value());
    EXPECT_FALSE(hypergeometric2F1(1.0, 1.0, 2.0, -0.5).has_value());
    EXPECT_FALSE(hypergeometric2F1(1.0, 1.0, -3.0, 0.5).has_value());
    EXPECT_FALSE(hypergeometric2F1(1.0, 1.0, 0.0, 0.5).has_value());
    EXPECT_FALSE(hypergeometric2F1(std::nan(""), 1.0, 2.0, 0.5).has_value());
}
