#include "hc/domain/CustomerBaseScoring.h"
#include "hc/domain/HoldoutEvaluation.h"

#include <gtest/gtest.h>

using namespace hc::domain;

TEST(HoldoutEvaluationTest, AucGoldenCases) {
    EXPECT_DOUBLE_EQ(*HoldoutEvaluation::auc({0.1, 0.2, 0.8, 0.9}, {false, false, true, true}),
                     1.0);
    EXPECT_DOUBLE_EQ(*HoldoutEvaluation::auc({0.9, 0.8, 0.2, 0.1}, {false, false, true, true}),
                     0.0);
    // All scores tied: 0.5.
    EXPECT_DOUBLE_EQ(*HoldoutEvaluation::auc({1, 1, 1, 1}, {false, true, false, true}), 0.5);
    // 2 of the 4 positive-negative pairs ordered right; then 3 of 4.
    EXPECT_DOUBLE_EQ(*HoldoutEvaluation::auc({1, 3, 2, 4}, {false, true, true, false}), 0.5);
    EXPECT_DOUBLE_EQ(*HoldoutEvaluation::auc({1, 2, 3, 4}, {false, true, false, true}), 0.75);
    EXPECT_FALSE(HoldoutEvaluation::auc({1, 2}, {true, true}).has_value());
    EXPECT_FALSE(HoldoutEvaluation::auc({}, {}).has_value());
}

TEST(HoldoutEvaluationTest, RowsByFrequencyAndTotals) {
    const BgNbdModel model(BgNbdParameters{0.2425982, 4.4136842, 0.7929899, 2.4261667});
    std::vector<CustomerHistory> h{{1, QDate(1997, 1, 1), 0, 0, 38.86, 0, 0},
                                   {2, QDate(1997, 1, 1), 0, 0, 38.86, 0, 1},
                                   {3, QDate(1997, 1, 1), 2, 30.43, 38.86, 22, 2},
                                   {4, QDate(1997, 1, 1), 9, 38, 38.86, 30, 5},
                                   {5, QDate(1997, 1, 1), 12, 37, 38.86, 30, 3}};
    const auto r = HoldoutEvaluation::evaluate(h, model, 39.0);
    EXPECT_TRUE(r.complete);
    EXPECT_EQ(r.actualTotal, 11);
    EXPECT_EQ(r.byFrequency[0].customers, 2);
    EXPECT_DOUBLE_EQ(r.byFrequency[0].actualMean, 0.5);
    EXPECT_EQ(r.byFrequency[2].customers, 1);
    EXPECT_NEAR(r.byFrequency[2].expectedMean, 1.226, 0.001);
    EXPECT_EQ(r.byFrequency[7].x, 7);
    EXPECT_EQ(r.byFrequency[7].customers, 2);
    EXPECT_DOUBLE_EQ(r.byFrequency[7].actualMean, 4.0);
    double expected = 0;
    for (const auto& c : h) {
        expected += *model.expectedVisits(39.0, c.x, c.tx, c.T);
    }
    EXPECT_NEAR(r.expectedTotal, expected, 1e-9);
    ASSERT_TRUE(r.aucModel && r.aucRecency);
    // Customer 1 (the only one not back) ranks below 3, 4, 5 and ties with 2 (both x = 0).
    EXPECT_DOUBLE_EQ(*r.aucModel, 3.5 / 4.0);
}

TEST(CustomerBaseScoringTest, ValueIsVisitsTimesSpendTimesMargin) {
    const BgNbdModel visits(BgNbdParameters{0.2425982, 4.4136842, 0.7929899, 2.4261667});
    const GammaGammaModel spend(GammaGammaParameters{6.25, 3.74, 15.44});
    const std::vector<CustomerHistory> h{{1, QDate(1997, 1, 1), 2, 30.43, 38.86, 22.345, 0},
                                         {2, QDate(1997, 1, 1), 0, 0, 38.86, 0, 0}};
    const auto s = CustomerBaseScoring::score(h, visits, spend, 39.0, 4000);
    ASSERT_EQ(s.customers.size(), 2u);
    const auto& c = s.customers[0];
    EXPECT_NEAR(c.expectedVisits, 1.226, 0.001);
    EXPECT_DOUBLE_EQ(c.pAlive, visits.pAlive(2, 30.43, 38.86));
    EXPECT_DOUBLE_EQ(c.pReturn, visits.probabilityOfVisit(39.0, 2, 30.43, 38.86));
    ASSERT_TRUE(c.expectedValue.has_value());
    EXPECT_NEAR(*c.expectedValue, c.expectedVisits * *spend.expectedSpend(2, 22.345) * 0.4, 1e-9);
    EXPECT_NEAR(s.expectedTotal, c.expectedVisits + s.customers[1].expectedVisits, 1e-12);
    ASSERT_TRUE(s.valueTotal.has_value());

    const auto noSpend = CustomerBaseScoring::score(h, visits, std::nullopt, 39.0, 4000);
    EXPECT_FALSE(noSpend.customers[0].expectedValue.has_value());
    EXPECT_FALSE(noSpend.valueTotal.has_value());
    EXPECT_DOUBLE_EQ(noSpend.expectedTotal, s.expectedTotal);
}
