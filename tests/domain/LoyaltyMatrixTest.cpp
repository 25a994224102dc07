#include "hc/domain/LoyaltyMatrix.h"

#include <gtest/gtest.h>

using namespace hc::domain;

namespace {

/// The matrix settings and the shop's one maintenance setting the loyalty is measured against.
struct Setup {
    MatrixSettings matrix;
    MaintenanceDueSettings maintenance;
};

struct PlusCase {
    const char* name;
    Setup settings;
    int visits;
    int loyaltyBp;
    bool plus;
};

Setup withInterval(Span interval) {
    Setup s;
    s.maintenance.interval = interval;
    return s;
}

Setup withThreshold(int pct) {
    Setup s;
    s.matrix.loyaltyThresholdPct = pct;
    return s;
}

Setup days(int window, int interval) {
    Setup s;
    s.matrix.window = Span::days(window);
    s.maintenance.interval = Span::days(interval);
    return s;
}

class LoyaltyTest : public ::testing::TestWithParam<PlusCase> {};

TEST_P(LoyaltyTest, LoyaltyAndPlus) {
    const auto& c = GetParam();
    EXPECT_EQ(loyalty(c.visits, c.settings.matrix, c.settings.maintenance).basisPoints(),
              c.loyaltyBp);
    EXPECT_EQ(isLoyalPlus(c.visits, c.settings.matrix, c.settings.maintenance), c.plus);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LoyaltyTest,
    ::testing::Values(
        // Default: expected 12 ÷ 6 = 2 visits; 1 visit = 50 % = "+".
        PlusCase{"none", Setup{}, 0, 0, false},
        PlusCase{"one_is_50pct_plus", Setup{}, 1, 5000, true},
        PlusCase{"two_is_100pct", Setup{}, 2, 10000, true},
        PlusCase{"capped", Setup{}, 7, 10000, true},
        PlusCase{"negative_is_zero", Setup{}, -1, 0, false},
        // Interval 3 months: expected 4 visits; 1 = 25 % "-", 2 = 50 % "+".
        PlusCase{"interval3_one", withInterval(Span::months(3)), 1, 2500, false},
        PlusCase{"interval3_two", withInterval(Span::months(3)), 2, 5000, true},
        // Threshold 60 %: 1 of 2 expected visits is "-".
        PlusCase{"threshold60", withThreshold(60), 1, 5000, false},
        // Day spans: 365 ÷ 90 days; 1 visit = 90/365 = 24.66 %, 2 visits = 49.32 %, 3 = 73.97 %.
        PlusCase{"days_one", days(365, 90), 1, 2466, false},
        PlusCase{"days_two", days(365, 90), 2, 4932, false},
        PlusCase{"days_three", days(365, 90), 3, 7397, true},
        // Mixed: 12 months window, 182 days interval: 182 ÷ (12 × 30.436875) = 49.83 % → "-".
        PlusCase{"mixed", withInterval(Span::days(182)), 1, 4983, false},
        // Non-positive spans: one visit expected.
        PlusCase{"zero_interval", withInterval(Span::months(0)), 1, 10000, true}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(LoyaltyMatrixTest, CellKeys) {
    const std::pair<MatrixCell, const char*> cases[] = {
        {MatrixCell::APlus, "A+"},  {MatrixCell::AMinus, "A-"}, {MatrixCell::BPlus, "B+"},
        {MatrixCell::BMinus, "B-"}, {MatrixCell::CPlus, "C+"},  {MatrixCell::CMinus, "C-"}};
    for (const auto& [cell, key] : cases) {
        EXPECT_EQ(toKey(cell), QString::fromLatin1(key));
        EXPECT_EQ(matrixCellFromKey(QString::fromLatin1(key)), cell);
    }
    EXPECT_FALSE(matrixCellFromKey(QStringLiteral("A−")).has_value());  // not the ASCII minus
    EXPECT_EQ(matrixCell(AbcGrade::A, true), MatrixCell::APlus);
    EXPECT_EQ(matrixCell(AbcGrade::A, false), MatrixCell::AMinus);
    EXPECT_EQ(matrixCell(AbcGrade::B, true), MatrixCell::BPlus);
    EXPECT_EQ(matrixCell(AbcGrade::B, false), MatrixCell::BMinus);
    EXPECT_EQ(matrixCell(AbcGrade::C, true), MatrixCell::CPlus);
    EXPECT_EQ(matrixCell(AbcGrade::C, false), MatrixCell::CMinus);
}

TEST(LoyaltyMatrixTest, Seed001MatrixAllSixCells) {
    // Seed 001 amounts with visits in the window chosen to fill every cell.
    const std::vector<AbcInput> in{{1, 243000}, {2, 184000}, {3, 120000}, {4, 90000}, {5, 89000},
                                   {6, 82000},  {7, 79000},  {8, 50000},  {9, 48000}};
    const AbcResult abc = runAbc(in, AbcSettings{});
    const int visits[] = {4, 0, 1, 2, 0, 3, 0, 6, 0};
    std::vector<CustomerFacts> facts;
    for (CustomerId id = 1; id <= 9; ++id) {
        CustomerFacts f;
        f.id = id;
        f.windowVisits = visits[id - 1];
        facts.push_back(f);
    }
    const auto m = buildLoyaltyMatrix(abc, facts, MatrixSettings{}, MaintenanceDueSettings{});
    ASSERT_EQ(m.entries.size(), 9U);
    EXPECT_EQ(m.customersIn(MatrixCell::APlus), (std::vector<CustomerId>{1, 3, 4}));
    EXPECT_EQ(m.customersIn(MatrixCell::AMinus), (std::vector<CustomerId>{2, 5}));
    EXPECT_EQ(m.customersIn(MatrixCell::BPlus), (std::vector<CustomerId>{6}));
    EXPECT_EQ(m.customersIn(MatrixCell::BMinus), (std::vector<CustomerId>{7}));
    EXPECT_EQ(m.customersIn(MatrixCell::CPlus), (std::vector<CustomerId>{8}));
    EXPECT_EQ(m.customersIn(MatrixCell::CMinus), (std::vector<CustomerId>{9}));
    EXPECT_EQ(m.count(MatrixCell::APlus), 3);
    EXPECT_EQ(m.entries[0].loyaltyBp, 10000);
    EXPECT_EQ(m.entries[2].customerId, 3);
    EXPECT_EQ(m.entries[2].loyaltyBp, 5000);
    EXPECT_TRUE(m.entries[2].plus);

    // Interval 3 months: customer 3 (1 visit = 25 %) moves to A-.
    MaintenanceDueSettings quarterly;
    quarterly.interval = Span::months(3);
    const auto m3 = buildLoyaltyMatrix(abc, facts, MatrixSettings{}, quarterly);
    EXPECT_EQ(m3.customersIn(MatrixCell::AMinus), (std::vector<CustomerId>{2, 3, 5}));
}

TEST(LoyaltyMatrixTest, MissingFactsCountAsNoVisits) {
    const AbcResult abc = runAbc({{1, 100}}, AbcSettings{});
    const auto m = buildLoyaltyMatrix(abc, {}, MatrixSettings{}, MaintenanceDueSettings{});
    ASSERT_EQ(m.entries.size(), 1U);
    EXPECT_EQ(m.entries[0].cell, MatrixCell::CMinus);
}

}  // namespace
