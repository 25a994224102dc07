#include "hc/domain/AbcAnalysis.h"
#include "hc/domain/Percent.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace hc::domain;

namespace {

struct PercentCase {
    long long numerator;
    long long denominator;
    int expectedBp;
    const char* text;  // formatPercent
};

class PercentBpTest : public ::testing::TestWithParam<PercentCase> {};

TEST_P(PercentBpTest, RoundsHalfUpExactly) {
    const auto& c = GetParam();
    const int bp = percentBp(c.numerator, c.denominator);
    EXPECT_EQ(bp, c.expectedBp) << c.numerator << " / " << c.denominator;
    EXPECT_EQ(formatPercent(bp).toStdString(), std::string(c.text));
    // The ABC table uses ratioBp(); both must agree everywhere.
    EXPECT_EQ(bp, ratioBp(c.numerator, c.denominator));
}

INSTANTIATE_TEST_SUITE_P(
    Golden, PercentBpTest,
    ::testing::Values(
        // seed 001 (domain.md §3): running sums over a total of 9850 yuan.
        PercentCase{2430, 9850, 2467, "24.67"},  // the seed prints 24.68
        PercentCase{7260, 9850, 7371, "73.71"},  // the seed prints 73.70
        PercentCase{1610, 9850, 1635, "16.35"},  // 16.345… → 16.35
        PercentCase{980, 9850, 995, "9.95"},     // 9.949… → 9.95
        PercentCase{9850, 9850, 10000, "100.00"},
        // seed 003: churn by model (the seed truncates: 11.87, 6.34, 8.69, 55.8).
        PercentCase{50, 421, 1188, "11.88"}, PercentCase{20, 315, 635, "6.35"},
        PercentCase{2, 23, 870, "8.70"}, PercentCase{29, 52, 5577, "55.77"},
        // exact halves of the last digit round up
        PercentCase{1, 20000, 1, "0.01"},  // 0.005 %
        PercentCase{3, 40000, 1, "0.01"},  // 0.0075 %
        PercentCase{1, 40000, 0, "0.00"},  // 0.0025 %
        PercentCase{3, 20000, 2, "0.02"},  // 0.015 %
        PercentCase{1, 3, 3333, "33.33"}, PercentCase{2, 3, 6667, "66.67"},
        PercentCase{1, 8, 1250, "12.50"}, PercentCase{1, 16, 625, "6.25"},
        PercentCase{0, 7, 0, "0.00"},
        // ratios above 100 % (growth) are allowed
        PercentCase{3, 2, 15000, "150.00"},
        // negative numerators: half-up means towards +∞ at exactly one half
        PercentCase{-1, 20000, 0, "0.00"},    // −0.005 % → −0.00 → 0
        PercentCase{-3, 20000, -1, "-0.01"},  // −0.015 % → −0.01
        PercentCase{-1, 3, -3333, "-33.33"},
        // an empty population has no share: 0 by definition
        PercentCase{5, 0, 0, "0.00"}, PercentCase{5, -2, 0, "0.00"}));

TEST(PercentTest, LargeAmountsInFenDoNotOverflow) {
    // 4 billion yuan out of 4.6 billion yuan, in fen.
    const long long part = 400'000'000'000LL;
    const long long total = 460'000'000'000LL;
    EXPECT_EQ(percentBp(part, total), 8696);  // 86.956… %
    EXPECT_EQ(divideHalfUp(part, total, 10000), 8696);
}

TEST(PercentTest, DivideHalfUpWithOtherScales) {
    // An average score ×100: 4 answers 5,4,4,5 → 18/4 = 4.50 → 450; 13/3 = 4.333… → 433.
    EXPECT_EQ(divideHalfUp(18, 4, 100), 450);
    EXPECT_EQ(divideHalfUp(13, 3, 100), 433);
    EXPECT_EQ(divideHalfUp(131, 30, 100), 437);  // 4.3666… → 4.37
    EXPECT_EQ(divideHalfUp(1, 200, 100), 1);     // 0.005 → 0.01
    EXPECT_EQ(divideHalfUp(1, 0, 100), 0);
    EXPECT_EQ(divideHalfUp(1, 2, 0), 0);
}

TEST(PercentTest, Formatting) {
    struct Row {
        int bp;
        const char* plain;
        const char* sign;
        const char* delta;
    };
    const std::vector<Row> rows{
        {2467, "24.67", "24.67%", "+24.67"}, {10000, "100.00", "100.00%", "+100.00"},
        {5, "0.05", "0.05%", "+0.05"},       {0, "0.00", "0.00%", "0.00"},
        {-5, "-0.05", "-0.05%", "-0.05"},    {-30, "-0.30", "-0.30%", "-0.30"},
        {5000, "50.00", "50.00%", "+50.00"}, {737, "7.37", "7.37%", "+7.37"},
    };
    for (const auto& row : rows) {
        EXPECT_EQ(formatPercent(row.bp).toStdString(), row.plain) << row.bp;
        EXPECT_EQ(formatPercentSign(row.bp).toStdString(), row.sign) << row.bp;
        EXPECT_EQ(formatPercentDelta(row.bp).toStdString(), row.delta) << row.bp;
        EXPECT_EQ(formatPercent(row.bp), formatBp(row.bp)) << row.bp;
    }
    EXPECT_EQ(formatHundredths(437).toStdString(), "4.37");
    EXPECT_EQ(formatHundredths(500).toStdString(), "5.00");
}

TEST(PercentTest, DeltaIsTheDifferenceOfThePrintedShares) {
    EXPECT_EQ(deltaBp(2467, 2310), 157);
    EXPECT_EQ(formatPercentDelta(deltaBp(2310, 2340)).toStdString(), "-0.30");
}

}  // namespace
