#include "hc/domain/CustomerBaseSummary.h"

#include <gtest/gtest.h>

using namespace hc::domain;

namespace {

PurchaseEvent ev(CustomerId id, int y, int m, int d, double amount) {
    return PurchaseEvent{id, QDate(y, m, d), amount};
}

}  // namespace

// CDNOW customer 1: first purchase 1997-01-01 (birth), repeats on 01-18 and 08-02 in the
// calibration period (to 1997-09-30), one more in December (holdout).
TEST(CustomerBaseSummaryTest, CdnowCustomerOne) {
    const std::vector<PurchaseEvent> events{ev(1, 1997, 1, 1, 29.33), ev(1, 1997, 1, 18, 29.73),
                                            ev(1, 1997, 8, 2, 14.96), ev(1, 1997, 12, 12, 26.48)};
    const auto h = CustomerBaseSummary::build(events, QDate(1997, 9, 30), QDate(1998, 6, 30));
    ASSERT_EQ(h.size(), 1u);
    EXPECT_EQ(h[0].id, 1);
    EXPECT_EQ(h[0].firstVisit, QDate(1997, 1, 1));
    EXPECT_EQ(h[0].x, 2);
    EXPECT_NEAR(h[0].tx, 213.0 / 7.0, 1e-12);  // 30.43
    EXPECT_NEAR(h[0].T, 272.0 / 7.0, 1e-12);   // 38.86
    EXPECT_NEAR(h[0].meanRepeatSpend, (29.73 + 14.96) / 2.0, 1e-12);
    EXPECT_EQ(h[0].holdoutVisits, 1);
}

TEST(CustomerBaseSummaryTest, SameDayVisitsCountOnceWithTheirAmountsAdded) {
    const std::vector<PurchaseEvent> events{ev(7, 2025, 3, 1, 100), ev(7, 2025, 3, 1, 50),
                                            ev(7, 2025, 3, 15, 200), ev(7, 2025, 3, 15, 40),
                                            ev(7, 2025, 3, 29, 60),
                                            // holdout: two on one day = one visit
                                            ev(7, 2025, 5, 2, 10), ev(7, 2025, 5, 2, 10)};
    const auto h = CustomerBaseSummary::build(events, QDate(2025, 4, 30), QDate(2025, 6, 30));
    ASSERT_EQ(h.size(), 1u);
    EXPECT_EQ(h[0].x, 2);
    EXPECT_DOUBLE_EQ(h[0].tx, 4.0);
    EXPECT_DOUBLE_EQ(h[0].meanRepeatSpend, (240.0 + 60.0) / 2.0);
    EXPECT_EQ(h[0].holdoutVisits, 1);
}

TEST(CustomerBaseSummaryTest, OneTimeCustomersLateBirthsAndOrder) {
    const std::vector<PurchaseEvent> events{
        ev(9, 2025, 1, 10, 80),  // once: x = 0, t_x = 0
        ev(3, 2025, 5, 1, 80),   // first visit after the calibration end: not a customer yet
        ev(5, 2025, 1, 1, 80), ev(5, 2025, 7, 1, 80),  // repeat after the holdout end: ignored
        PurchaseEvent{4, QDate(), 10}};                // invalid date: ignored
    const auto h = CustomerBaseSummary::build(events, QDate(2025, 3, 31), QDate(2025, 6, 30));
    ASSERT_EQ(h.size(), 2u);
    EXPECT_EQ(h[0].id, 5);
    EXPECT_EQ(h[1].id, 9);
    EXPECT_EQ(h[0].x, 0);
    EXPECT_EQ(h[0].holdoutVisits, 0);
    EXPECT_EQ(h[1].x, 0);
    EXPECT_DOUBLE_EQ(h[1].tx, 0.0);
    EXPECT_DOUBLE_EQ(h[1].T, 80.0 / 7.0);
    EXPECT_DOUBLE_EQ(h[1].meanRepeatSpend, 0.0);
    EXPECT_EQ(CustomerBaseSummary::repeatCustomers(h), 0);
}

TEST(CustomerBaseSummaryTest, NoHoldoutEndCountsNothingAfterCalibration) {
    const std::vector<PurchaseEvent> events{ev(1, 2025, 1, 1, 1), ev(1, 2025, 2, 1, 1),
                                            ev(1, 2025, 5, 1, 1)};
    const auto h = CustomerBaseSummary::build(events, QDate(2025, 3, 31));
    ASSERT_EQ(h.size(), 1u);
    EXPECT_EQ(h[0].x, 1);
    EXPECT_EQ(h[0].holdoutVisits, 0);
    EXPECT_EQ(CustomerBaseSummary::repeatCustomers(h), 1);
    EXPECT_TRUE(CustomerBaseSummary::build(events, QDate()).empty());
}
