#include "hc/domain/AbcSummary.h"
#include "hc/domain/Percent.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace hc::domain;

namespace {

// Seed 001 (domain.md §3): nine customers, 9,850 yuan.
AbcResult seed001() {
    const std::vector<long long> yuan{2430, 1840, 1200, 900, 890, 820, 790, 500, 480};
    std::vector<AbcInput> inputs;
    CustomerId id = 1;
    for (const auto amount : yuan) {
        inputs.push_back(AbcInput{id++, fenFromYuan(amount)});
    }
    return runAbc(inputs, AbcSettings{});
}

struct GradeGolden {
    AbcGrade grade;
    int customers;
    long long revenueYuan;
    int revenueShareBp;
    const char* revenueShare;
    int customerShareBp;
};

TEST(AbcSummarySeed001, GradesRevenueAndShares) {
    const auto summary = summarizeAbc(seed001(), AbcSettings{});
    EXPECT_EQ(summary.customers, 9);
    EXPECT_EQ(summary.totalFen, fenFromYuan(9850));
    // 7260/9850 = 73.706… → 73.71; 1610/9850 = 16.345… → 16.35; 980/9850 = 9.949… → 9.95.
    const std::vector<GradeGolden> golden{
        {AbcGrade::A, 5, 7260, 7371, "73.71", 5556},  // 5/9 = 55.555… → 55.56
        {AbcGrade::B, 2, 1610, 1635, "16.35", 2222},
        {AbcGrade::C, 2, 980, 995, "9.95", 2222},
    };
    int sumBp = 0;
    for (const auto& g : golden) {
        const auto& row = summary.grade(g.grade);
        EXPECT_EQ(row.grade, g.grade);
        EXPECT_EQ(row.customers, g.customers) << toKey(g.grade).toStdString();
        EXPECT_EQ(row.revenueFen, fenFromYuan(g.revenueYuan)) << toKey(g.grade).toStdString();
        EXPECT_EQ(row.revenueShareBp, g.revenueShareBp) << toKey(g.grade).toStdString();
        EXPECT_EQ(formatPercent(row.revenueShareBp).toStdString(), g.revenueShare);
        EXPECT_EQ(row.customerShareBp, g.customerShareBp) << toKey(g.grade).toStdString();
        sumBp += row.revenueShareBp;
    }
    // Rounded separately, the three shares print 73.71 + 16.35 + 9.95 = 100.01 %: expected, each
    // percentage is computed, never adjusted to force a 100.00 total.
    EXPECT_EQ(sumBp, 10001);
    EXPECT_EQ(summary.aCustomers, 5);
    EXPECT_EQ(summary.abCustomers, 7);
    EXPECT_EQ(summary.aCustomerShareBp, 5556);
    EXPECT_EQ(summary.abCustomerShareBp, 7778);
    EXPECT_EQ(summary.aMarkBp, 8000);
    EXPECT_EQ(summary.bMarkBp, 9500);
}

TEST(AbcSummarySeed001, ParetoPerCustomer) {
    const auto abc = seed001();
    const auto summary = summarizeAbc(abc, AbcSettings{});
    EXPECT_TRUE(summary.perCustomer);
    // domain.md §3's cumulative column (the seed misprints 24.68 and 73.70).
    const std::vector<int> cumulative{2467, 4335, 5553, 6467, 7371, 8203, 9005, 9513, 10000};
    ASSERT_EQ(summary.pareto.size(), cumulative.size());
    for (std::size_t i = 0; i < cumulative.size(); ++i) {
        const auto& point = summary.pareto.at(i);
        EXPECT_EQ(point.firstRank, static_cast<int>(i) + 1);
        EXPECT_EQ(point.customers, static_cast<int>(i) + 1);
        EXPECT_EQ(point.amountFen, abc.rows.at(i).amountFen) << i;
        EXPECT_EQ(point.cumulativeFen, abc.rows.at(i).runningFen) << i;
        EXPECT_EQ(point.cumulativeBp, cumulative.at(i)) << i;
        EXPECT_EQ(point.cumulativeBp, abc.rows.at(i).cumulativeBp) << i;
    }
    EXPECT_EQ(summary.pareto.at(2).customerShareBp, 3333);
    EXPECT_EQ(summary.pareto.back().customerShareBp, 10000);
}

struct GroupCase {
    int n;
    std::vector<int> ends;
};

class ParetoGroupTest : public ::testing::TestWithParam<GroupCase> {};

TEST_P(ParetoGroupTest, GroupsEndAtCeilOfIShareOfN) {
    const auto& c = GetParam();
    std::vector<AbcInput> inputs;
    for (int i = 1; i <= c.n; ++i) {
        inputs.push_back(AbcInput{i, fenFromYuan(c.n + 1 - i)});  // n, n-1, ..., 1 yuan
    }
    const auto abc = runAbc(inputs, AbcSettings{});
    const auto summary = summarizeAbc(abc, AbcSettings{});
    std::vector<int> ends;
    int expectedFirst = 1;
    for (const auto& point : summary.pareto) {
        ends.push_back(point.customers);
        EXPECT_EQ(point.firstRank, expectedFirst);
        expectedFirst = point.customers + 1;
        const auto& last = abc.rows.at(static_cast<std::size_t>(point.customers - 1));
        EXPECT_EQ(point.cumulativeFen, last.runningFen);
        EXPECT_EQ(point.cumulativeBp, last.cumulativeBp);
    }
    EXPECT_EQ(ends, c.ends);
    EXPECT_EQ(summary.perCustomer, c.n <= 50);
    EXPECT_EQ(summary.pareto.back().cumulativeBp, 10000);
}

INSTANTIATE_TEST_SUITE_P(Deciles, ParetoGroupTest,
                         ::testing::Values(GroupCase{3, {1, 2, 3}},
                                           GroupCase{50,
                                                     [] {
                                                         std::vector<int> v;
                                                         for (int i = 1; i <= 50; ++i) {
                                                             v.push_back(i);
                                                         }
                                                         return v;
                                                     }()},
                                           GroupCase{51, {6, 11, 16, 21, 26, 31, 36, 41, 46, 51}},
                                           GroupCase{53, {6, 11, 16, 22, 27, 32, 38, 43, 48, 53}},
                                           GroupCase{100,
                                                     {10, 20, 30, 40, 50, 60, 70, 80, 90, 100}}));

TEST(AbcSummaryTest, HundredCustomersInDeciles) {
    // 100 customers paying 100, 99, ..., 1 yuan: total 5050; the first decile pays
    // 100+…+91 = 955 → 955/5050 = 18.910… → 18.91 %.
    std::vector<AbcInput> inputs;
    for (int i = 1; i <= 100; ++i) {
        inputs.push_back(AbcInput{i, fenFromYuan(101 - i)});
    }
    const auto summary = summarizeAbc(runAbc(inputs, AbcSettings{}), AbcSettings{});
    ASSERT_EQ(summary.pareto.size(), 10U);
    EXPECT_FALSE(summary.perCustomer);
    EXPECT_EQ(summary.pareto.at(0).amountFen, fenFromYuan(955));
    EXPECT_EQ(summary.pareto.at(0).cumulativeBp, 1891);
    EXPECT_EQ(summary.pareto.at(0).customerShareBp, 1000);
    EXPECT_EQ(summary.pareto.at(4).cumulativeFen, fenFromYuan(3775));  // 100+…+51
    EXPECT_EQ(summary.pareto.at(4).cumulativeBp, 7475);                // 74.752… %
}

TEST(AbcSummaryTest, CustomOptionsAndMarks) {
    AbcSettings settings;
    settings.aThresholdBp = 7000;
    settings.bThresholdBp = 9000;
    const auto abc = runAbc({{1, 700}, {2, 200}, {3, 100}}, settings);
    const auto summary = summarizeAbc(abc, settings, ParetoOptions{2, 2});
    EXPECT_EQ(summary.aMarkBp, 7000);
    EXPECT_EQ(summary.bMarkBp, 9000);
    EXPECT_EQ(summary.aCustomers, 1);
    EXPECT_EQ(summary.abCustomers, 2);
    EXPECT_FALSE(summary.perCustomer);
    ASSERT_EQ(summary.pareto.size(), 2U);  // ends at ceil(3/2) = 2 and 3
    EXPECT_EQ(summary.pareto.at(0), (ParetoPoint{1, 2, 6667, 900, 900, 9000}));
    EXPECT_EQ(summary.pareto.at(1), (ParetoPoint{3, 3, 10000, 100, 1000, 10000}));
}

TEST(AbcSummaryTest, EmptyAndZeroRevenue) {
    const auto empty = summarizeAbc(AbcResult{}, AbcSettings{});
    EXPECT_EQ(empty.customers, 0);
    EXPECT_TRUE(empty.pareto.empty());
    EXPECT_EQ(empty.grade(AbcGrade::A).revenueShareBp, 0);

    // Everyone at 0: every row is C (runAbc), the line sits at 100 % like the ABC rows.
    const auto zero = summarizeAbc(runAbc({{1, 0}, {2, 0}}, AbcSettings{}), AbcSettings{});
    EXPECT_EQ(zero.grade(AbcGrade::C).customers, 2);
    EXPECT_EQ(zero.grade(AbcGrade::C).revenueShareBp, 0);
    ASSERT_EQ(zero.pareto.size(), 2U);
    EXPECT_EQ(zero.pareto.at(0).cumulativeBp, 10000);
}

}  // namespace
