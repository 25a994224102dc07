#include "hc/domain/GammaGammaModel.h"

#include "BgNbdSimulation.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace hc::domain;

// lifetimes' CDNOW example values (p = 6.25, q = 3.74, γ = 15.44).
TEST(GammaGammaModelTest, ExpectedSpendFormula) {
    const GammaGammaModel model(GammaGammaParameters{6.25, 3.74, 15.44});
    // (p (γ + x m)) ÷ (p x + q − 1) = 6.25 · (15.44 + 2 · 22.345) ÷ (12.5 + 2.74)
    EXPECT_NEAR(*model.expectedSpend(2, 22.345), 6.25 * (15.44 + 44.69) / 15.24, 1e-12);
    // Population mean p γ ÷ (q − 1) for x = 0.
    EXPECT_NEAR(*model.expectedSpend(0, 0), 6.25 * 15.44 / 2.74, 1e-12);
    // Many visits: close to the customer's own mean.
    EXPECT_NEAR(*model.expectedSpend(1000, 50.0), 50.0, 0.2);
    EXPECT_FALSE(GammaGammaModel(GammaGammaParameters{6, 0.9, 15}).expectedSpend(2, 20));
}

TEST(GammaGammaModelTest, FitRecoversSimulatedParameters) {
    const auto histories =
        hc::test::simulateBgNbd(BgNbdParameters{1.5, 10.0, 0.5, 4.0}, 20000, 104.0, 52.0, 11);
    const auto fit = GammaGammaModel::fit(histories, 200);
    ASSERT_EQ(fit.status, FitStatus::Ok);
    // Simulated with p = 4, q = 3, γ = 60.
    EXPECT_NEAR(fit.parameters.p, 4.0, 0.4);
    EXPECT_NEAR(fit.parameters.q, 3.0, 0.4);
    EXPECT_NEAR(fit.parameters.gamma, 60.0, 12.0);
    const auto far = GammaGammaModel::fit(histories, 200, GammaGammaParameters{100, 0.01, 1e5});
    ASSERT_EQ(far.status, FitStatus::Ok);
    EXPECT_NEAR(far.logLikelihood, fit.logLikelihood, 1e-6);
}

TEST(GammaGammaModelTest, NotEnoughRepeatCustomers) {
    std::vector<CustomerHistory> h;
    for (int i = 0; i < 300; ++i) {
        // Only every third has a repeat visit with an amount.
        h.push_back(CustomerHistory{i + 1, QDate(2025, 1, 1), i % 3 == 0 ? 2 : 0, 10, 30,
                                    i % 3 == 0 ? 100.0 + i : 0.0, 0});
    }
    const auto fit = GammaGammaModel::fit(h, 200);
    EXPECT_EQ(fit.status, FitStatus::NotEnoughData);
    EXPECT_EQ(fit.customers, 100);
    EXPECT_EQ(GammaGammaModel::fit({}, 0).status, FitStatus::NotEnoughData);
}
