#include "hc/domain/MatrixSummary.h"
#include "hc/domain/SegmentStrategy.h"

#include <gtest/gtest.h>

#include <vector>

using namespace hc::domain;

namespace {

struct Customer001 {
    CustomerId id;
    long long yuan;
    int windowVisits;
};

// Seed 001's nine customers (domain.md §3) with visits in the window chosen so that every cell is
// used: expected visits = 2, "+" when visits ≥ 1 (50 %).
const std::vector<Customer001> kCustomers{
    {1, 2430, 4}, {2, 1840, 0}, {3, 1200, 1}, {4, 900, 0}, {5, 890, 2},  // A
    {6, 820, 0},  {7, 790, 4},                                           // B
    {8, 500, 6},  {9, 480, 0},                                           // C
};

struct CellGolden {
    MatrixCell cell;
    int customers;
    int customerShareBp;
    long long revenueYuan;
    int revenueShareBp;
};

TEST(MatrixSummaryTest, Seed001CellsWithRevenueAndStrategy) {
    std::vector<AbcInput> inputs;
    std::vector<CustomerFacts> facts;
    for (const auto& c : kCustomers) {
        inputs.push_back(AbcInput{c.id, fenFromYuan(c.yuan)});
        CustomerFacts f;
        f.id = c.id;
        f.windowAmountFen = fenFromYuan(c.yuan);
        f.windowVisits = c.windowVisits;
        facts.push_back(f);
    }
    const auto abc = runAbc(inputs, AbcSettings{});
    const auto matrix = buildLoyaltyMatrix(abc, facts, MatrixSettings{}, MaintenanceDueSettings{});
    const auto summary = summarizeMatrix(matrix, abc);

    const std::vector<CellGolden> golden{
        {MatrixCell::APlus, 3, 3333, 4520, 4589},   // 2430 + 1200 + 890
        {MatrixCell::AMinus, 2, 2222, 2740, 2782},  // 1840 + 900
        {MatrixCell::BPlus, 1, 1111, 790, 802},    {MatrixCell::BMinus, 1, 1111, 820, 832},
        {MatrixCell::CPlus, 1, 1111, 500, 508},    {MatrixCell::CMinus, 1, 1111, 480, 487},
    };
    EXPECT_EQ(summary.customers, 9);
    EXPECT_EQ(summary.totalFen, fenFromYuan(9850));
    for (const auto& g : golden) {
        const auto& cell = summary.cell(g.cell);
        const auto key = toKey(g.cell).toStdString();
        EXPECT_EQ(cell.cell, g.cell) << key;
        EXPECT_EQ(cell.customers, g.customers) << key;
        EXPECT_EQ(cell.customerShareBp, g.customerShareBp) << key;
        EXPECT_EQ(cell.revenueFen, fenFromYuan(g.revenueYuan)) << key;
        EXPECT_EQ(cell.revenueShareBp, g.revenueShareBp) << key;
        EXPECT_EQ(cell.strategy, matrixStrategy(g.cell)) << key;
        EXPECT_FALSE(cell.strategy.isEmpty()) << key;
    }
}

TEST(MatrixSummaryTest, EmptyMatrix) {
    const auto summary = summarizeMatrix(LoyaltyMatrixResult{}, AbcResult{});
    EXPECT_EQ(summary.customers, 0);
    for (const auto& cell : summary.cells) {
        EXPECT_EQ(cell.customers, 0);
        EXPECT_EQ(cell.revenueShareBp, 0);
        EXPECT_FALSE(cell.strategy.isEmpty());
    }
}

}  // namespace
