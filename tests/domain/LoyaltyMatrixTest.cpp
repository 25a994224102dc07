#include "hc/domain/LoyaltyMatrix.h"

#include <gtest/gtest.h>

#include <optional>

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

// Share of wallet (domain.md §4 since 2026-12): services needed per vehicle = max(12 ÷ 6,
// km driven in 12 months ÷ 5000); the golden cases of the issue.
struct WalletCase {
    const char* name;
    std::vector<std::optional<MileageRate>> vehicles;
    int visits;
    int loyaltyBp;
    bool plus;
};

class ShareOfWalletTest : public ::testing::TestWithParam<WalletCase> {};

TEST_P(ShareOfWalletTest, LoyaltyAndPlus) {
    const auto& c = GetParam();
    const Loyalty l =
        shareOfWallet(c.visits, c.vehicles, MatrixSettings{}, MaintenanceDueSettings{});
    EXPECT_EQ(l.basisPoints(), c.loyaltyBp);
    EXPECT_EQ(l.atLeastPct(50), c.plus);
}

// 12 months = 365.2425 days.
INSTANTIATE_TEST_SUITE_P(
    Golden, ShareOfWalletTest,
    ::testing::Values(
        // Low-mileage car (10 km/day → 3 652 km a year < 2 × 5000): needs 2, one visit = 50 % "+".
        WalletCase{"low_mileage_one_visit_plus", {MileageRate{3000, 300}}, 1, 5000, true},
        // High-km car (100 km/day → 36 524 km → 7.30 services): one visit = 13.69 % "−".
        WalletCase{"high_km_one_visit_minus", {MileageRate{30000, 300}}, 1, 1369, false},
        WalletCase{"high_km_four_visits_plus", {MileageRate{30000, 300}}, 4, 5476, true},
        // 30 km/day → 2.19 needed: one visit 45.63 % "−".
        WalletCase{"thirty_km_one_visit_minus", {MileageRate{900, 30}}, 1, 4563, false},
        // No mileage: 12 ÷ 6 = 2 per vehicle, as before; two cars need 4.
        WalletCase{"no_rate_one_visit_plus", {std::nullopt}, 1, 5000, true},
        WalletCase{"no_vehicle_on_file", {}, 1, 5000, true},
        WalletCase{"two_cars_one_visit_minus", {std::nullopt, std::nullopt}, 1, 2500, false},
        WalletCase{"two_cars_two_visits_plus", {std::nullopt, MileageRate{10, 10}}, 2, 5000, true},
        WalletCase{"capped", {MileageRate{3000, 300}}, 9, 10000, true},
        WalletCase{"no_visits", {MileageRate{30000, 300}}, 0, 0, false}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ShareOfWalletTest, NeededPerVehicle) {
    const MatrixSettings s;
    const MaintenanceDueSettings m;  // the one maintenance setting: 6 months, 5000 km
    EXPECT_DOUBLE_EQ(servicesNeeded(std::nullopt, s, m), 2.0);
    EXPECT_DOUBLE_EQ(servicesNeeded(MileageRate{3000, 300}, s, m), 2.0);
    EXPECT_NEAR(servicesNeeded(MileageRate{30000, 300}, s, m), 365.2425 * 100 / 5000, 1e-9);
    MaintenanceDueSettings noKm;
    noKm.intervalKm = 0;
    EXPECT_DOUBLE_EQ(servicesNeeded(MileageRate{30000, 300}, s, noKm), 2.0);
    // A shorter interval is one setting for the reminder and the loyalty alike.
    MaintenanceDueSettings quarterly;
    quarterly.interval = Span::months(3);
    EXPECT_DOUBLE_EQ(servicesNeeded(std::nullopt, s, quarterly), 4.0);
}

TEST(ShareOfWalletTest, MatrixUsesTheVehicles) {
    // Customer 1 (A, 50 %) drives 100 km a day and came once: A−; customer 2 (B, crosses 80 %, low
    // mileage, once): B+; customers 3 and 4 (C, no vehicle on file, once): C+.
    const AbcResult abc = runAbc({{1, 500000}, {2, 400000}, {3, 60000}, {4, 40000}}, AbcSettings{});
    std::vector<CustomerFacts> facts;
    for (CustomerId id = 1; id <= 4; ++id) {
        CustomerFacts f;
        f.id = id;
        f.windowVisits = 1;
        facts.push_back(f);
    }
    const std::vector<VehicleUsage> vehicles{{2, MileageRate{3000, 300}},
                                             {1, MileageRate{30000, 300}}};
    const auto m =
        buildLoyaltyMatrix(abc, facts, MatrixSettings{}, MaintenanceDueSettings{}, vehicles);
    EXPECT_EQ(m.customersIn(MatrixCell::AMinus), (std::vector<CustomerId>{1}));
    EXPECT_EQ(m.customersIn(MatrixCell::BPlus), (std::vector<CustomerId>{2}));
    EXPECT_EQ(m.customersIn(MatrixCell::CPlus), (std::vector<CustomerId>{3, 4}));
    EXPECT_EQ(m.entries[0].loyaltyBp, 1369);
    EXPECT_FALSE(m.entries[0].plus);
    // Without vehicles: the time rule alone, everyone with one visit is "+".
    const auto old = buildLoyaltyMatrix(abc, facts, MatrixSettings{}, MaintenanceDueSettings{});
    EXPECT_TRUE(old.customersIn(MatrixCell::AMinus).empty());
}

}  // namespace
