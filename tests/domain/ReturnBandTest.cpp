// The customer-base report's bands of P(return) (docs/customer-base.md): five of 20 points, a
// boundary in the higher band, 1.0 in the top one; the labels come from the same bounds.
#include "hc/domain/ReturnBand.h"

#include <gtest/gtest.h>

namespace hc::domain {
namespace {

TEST(ReturnBand, BandsOfTwentyPointsBoundaryInTheHigherBand) {
    const struct {
        double p;
        int band;
    } cases[] = {{0.0, 0}, {0.1999, 0}, {0.2, 1}, {0.5, 2}, {0.7999, 3},
                 {0.8, 4}, {1.0, 4},    {1.2, 4}, {-0.1, 0}};
    for (const auto& c : cases) {
        EXPECT_EQ(ReturnBand::of(c.p), c.band) << c.p;
    }
}

TEST(ReturnBand, BoundsInPercentCoverZeroToHundred) {
    EXPECT_EQ(ReturnBand::bounds(0).fromPct, 0);
    EXPECT_EQ(ReturnBand::bounds(0).toPct, 20);
    EXPECT_EQ(ReturnBand::bounds(kReturnBands - 1).toPct, 100);
    for (int b = 1; b < kReturnBands; ++b) {
        EXPECT_EQ(ReturnBand::bounds(b).fromPct, ReturnBand::bounds(b - 1).toPct);
        EXPECT_EQ(ReturnBand::of(ReturnBand::bounds(b).fromPct / 100.0), b);
    }
}

}  // namespace
}  // namespace hc::domain
