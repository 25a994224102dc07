#include "hc/domain/BgNbdModel.h"

#include "BgNbdSimulation.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace hc::domain;

namespace {

// The CDNOW estimates (Fader, Hardie & Lee 2005; BTYD's precise values).
const BgNbdParameters kCdnow{0.2425982, 4.4136842, 0.7929899, 2.4261667};

}  // namespace

TEST(BgNbdModelTest, UnconditionalExpectationMatchesThePaper) {
    const BgNbdModel model(kCdnow);
    const struct {
        double t;
        double expected;
    } cases[] = {{1, 0.0532}, {3, 0.1506}, {32, 1.0437}, {78, 1.858}};
    for (const auto& c : cases) {
        const auto e = model.unconditionalExpectedVisits(c.t);
        ASSERT_TRUE(e.has_value());
        EXPECT_NEAR(*e, c.expected, 0.001) << "t = " << c.t;
    }
    EXPECT_EQ(model.unconditionalExpectedVisits(0), 0.0);
    EXPECT_FALSE(model.unconditionalExpectedVisits(-1).has_value());
}

TEST(BgNbdModelTest, ConditionalExpectationOfCdnowCustomerOne) {
    const BgNbdModel model(kCdnow);
    const auto e = model.expectedVisits(39, 2, 30.43, 38.86);
    ASSERT_TRUE(e.has_value());
    EXPECT_NEAR(*e, 1.226, 0.001);
}

TEST(BgNbdModelTest, PAliveAndReturnProbability) {
    const BgNbdModel model(kCdnow);
    EXPECT_EQ(model.pAlive(0, 0, 38.86), 1.0);
    // Recent repeat buyer vs one who stopped long ago, same x.
    const double recent = model.pAlive(5, 38.0, 38.86);
    const double old = model.pAlive(5, 5.0, 38.86);
    EXPECT_GT(recent, 0.85);
    EXPECT_LT(old, 0.1);
    EXPECT_GT(old, 0.0);
    // Extreme inactivity underflows to 0, never NaN.
    const double gone = model.pAlive(200, 1.0, 500.0);
    EXPECT_FALSE(std::isnan(gone));
    EXPECT_GE(gone, 0.0);
    // P(return) ≤ P(alive), grows with the horizon, 0 for no horizon.
    const double p10 = model.probabilityOfVisit(10, 2, 30.43, 38.86);
    const double p39 = model.probabilityOfVisit(39, 2, 30.43, 38.86);
    EXPECT_GT(p10, 0.0);
    EXPECT_LT(p10, p39);
    EXPECT_LE(p39, model.pAlive(2, 30.43, 38.86));
    EXPECT_EQ(model.probabilityOfVisit(0, 2, 30.43, 38.86), 0.0);
}

TEST(BgNbdModelTest, ExpectationsGrowWithTheHorizon) {
    const BgNbdModel model(kCdnow);
    double previous = 0.0;
    for (double t : {1.0, 5.0, 26.0, 52.0, 104.0, 520.0}) {
        const auto e = model.expectedVisits(t, 3, 20.0, 38.86);
        ASSERT_TRUE(e.has_value());
        EXPECT_GT(*e, previous);
        previous = *e;
    }
}

// a = 1 is a removable singularity of (a + b + x − 1) ÷ (a − 1) · (1 − …): continuous across it.
TEST(BgNbdModelTest, ContinuousAcrossAEqualsOne) {
    BgNbdParameters p = kCdnow;
    p.a = 1.0;
    const auto at = BgNbdModel(p).expectedVisits(39, 2, 30.43, 38.86);
    p.a = 1.001;
    const auto above = BgNbdModel(p).expectedVisits(39, 2, 30.43, 38.86);
    p.a = 0.999;
    const auto below = BgNbdModel(p).expectedVisits(39, 2, 30.43, 38.86);
    ASSERT_TRUE(at && above && below);
    EXPECT_GT(*at, std::min(*above, *below));
    EXPECT_LT(*at, std::max(*above, *below));
}

TEST(BgNbdModelTest, FitRecoversSimulatedParameters) {
    const BgNbdParameters truth{0.8, 12.0, 0.6, 3.0};
    const auto histories = hc::test::simulateBgNbd(truth, 20000, 104.0, 52.0, 42);
    const auto fit = BgNbdModel::fit(histories, 200);
    ASSERT_EQ(fit.status, FitStatus::Ok);
    EXPECT_NEAR(fit.parameters.r, truth.r, 0.1 * truth.r);
    EXPECT_NEAR(fit.parameters.alpha, truth.alpha, 0.15 * truth.alpha);
    EXPECT_NEAR(fit.parameters.a, truth.a, 0.2 * truth.a);
    EXPECT_NEAR(fit.parameters.b, truth.b, 0.3 * truth.b);
    // The optimum: the truth and nearby points are not better.
    EXPECT_GE(fit.logLikelihood, BgNbdModel::logLikelihood(truth, histories));
    for (double f : {0.99, 1.01}) {
        BgNbdParameters q = fit.parameters;
        q.r *= f;
        EXPECT_GT(fit.logLikelihood, BgNbdModel::logLikelihood(q, histories));
        q = fit.parameters;
        q.b *= f;
        EXPECT_GT(fit.logLikelihood, BgNbdModel::logLikelihood(q, histories));
    }
}

TEST(BgNbdModelTest, FitFromFarStartsConverges) {
    const BgNbdParameters truth{0.5, 8.0, 1.5, 4.0};
    const auto histories = hc::test::simulateBgNbd(truth, 5000, 78.0, 13.0, 7);
    const auto reference = BgNbdModel::fit(histories, 200);
    ASSERT_EQ(reference.status, FitStatus::Ok);
    for (const BgNbdParameters& start :
         {BgNbdParameters{50, 0.01, 40, 0.02}, BgNbdParameters{0.001, 5000, 0.01, 300},
          BgNbdParameters{1e-6, 1e-6, 1e6, 1e6}}) {
        const auto fit = BgNbdModel::fit(histories, 200, start);
        ASSERT_EQ(fit.status, FitStatus::Ok);
        EXPECT_NEAR(fit.logLikelihood, reference.logLikelihood, 1e-6);
        EXPECT_NEAR(fit.parameters.r, reference.parameters.r, 1e-4 * reference.parameters.r);
        EXPECT_NEAR(fit.parameters.b, reference.parameters.b, 1e-3 * reference.parameters.b);
    }
}

TEST(BgNbdModelTest, DegenerateDataIsNotEnoughData) {
    std::vector<CustomerHistory> once;
    for (int i = 0; i < 500; ++i) {
        once.push_back(CustomerHistory{i + 1, QDate(2025, 1, 1), 0, 0.0, 30.0, 0.0, 0});
    }
    const auto everyoneOnce = BgNbdModel::fit(once, 200);
    EXPECT_EQ(everyoneOnce.status, FitStatus::NotEnoughData);
    EXPECT_EQ(everyoneOnce.customers, 500);
    EXPECT_EQ(everyoneOnce.repeatCustomers, 0);
    EXPECT_FALSE(std::isnan(everyoneOnce.logLikelihood));

    const std::vector<CustomerHistory> one{
        CustomerHistory{1, QDate(2025, 1, 1), 4, 20.0, 30.0, 100.0, 0}};
    EXPECT_EQ(BgNbdModel::fit(one, 0).status, FitStatus::NotEnoughData);
    EXPECT_EQ(BgNbdModel::fit({}, 0).status, FitStatus::NotEnoughData);

    // Below the minimum number of repeat customers.
    auto few = once;
    for (int i = 0; i < 150; ++i) {
        few[static_cast<std::size_t>(i)].x = 1;
        few[static_cast<std::size_t>(i)].tx = 10;
    }
    EXPECT_EQ(BgNbdModel::fit(few, 200).status, FitStatus::NotEnoughData);
    EXPECT_EQ(BgNbdModel::fit(few, 100).status, FitStatus::Ok);
}

TEST(BgNbdModelTest, InvalidParametersGiveNoNumbers) {
    const BgNbdModel model(BgNbdParameters{0, 1, 1, 1});
    EXPECT_FALSE(model.expectedVisits(10, 1, 5, 10).has_value());
    EXPECT_FALSE(model.unconditionalExpectedVisits(10).has_value());
    EXPECT_EQ(BgNbdModel::logLikelihood(BgNbdParameters{1, -1, 1, 1}, {}),
              -std::numeric_limits<double>::infinity());
}
