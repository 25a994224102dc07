#include "hc/domain/MaintenanceDueEstimator.h"

#include <gtest/gtest.h>

#include <optional>
#include <vector>

using hc::domain::MaintenanceDue;
using hc::domain::MaintenanceDueEstimator;
using hc::domain::MaintenanceDueSettings;
using hc::domain::Span;
using hc::domain::Visit;

namespace {

Visit visit(const char* iso, std::optional<int> km, const char* category = "maintenance") {
    Visit v;
    v.date = QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    v.mileage = km;
    v.category = QString::fromLatin1(category);
    return v;
}

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

struct Case {
    const char* name;
    std::vector<Visit> visits;
    MaintenanceDueSettings settings;
    const char* base;
    bool baseIsMaintenance;
    const char* dueByDate;
    std::optional<int> dueMileage;
    const char* dueByMileageDate;  // "" when unknown
    const char* nextDue;
    std::optional<int> mileageAtNextDue;
    bool byMileageFirst;
};

class MaintenanceDueTable : public ::testing::TestWithParam<Case> {};

TEST_P(MaintenanceDueTable, Estimates) {
    const Case& c = GetParam();
    const MaintenanceDue due = MaintenanceDueEstimator(c.settings).estimate(c.visits);
    ASSERT_TRUE(due.isValid()) << c.name;
    EXPECT_EQ(due.baseDate, d(c.base)) << c.name;
    EXPECT_EQ(due.baseIsMaintenance, c.baseIsMaintenance) << c.name;
    EXPECT_EQ(due.dueByDate, d(c.dueByDate)) << c.name;
    EXPECT_EQ(due.dueMileage, c.dueMileage) << c.name;
    EXPECT_EQ(due.dueByMileageDate, d(c.dueByMileageDate)) << c.name;
    EXPECT_EQ(due.nextDue, d(c.nextDue)) << c.name;
    EXPECT_EQ(due.mileageAtNextDue, c.mileageAtNextDue) << c.name;
    EXPECT_EQ(due.dueByMileageFirst, c.byMileageFirst) << c.name;
}

const MaintenanceDueSettings kDefault{};

// clang-format off
INSTANTIATE_TEST_SUITE_P(
    Golden, MaintenanceDueTable,
    ::testing::Values(
        // One maintenance, no driving rate: date rule only, the mileage target is still shown.
        Case{"single", {visit("2026-01-15", 10000)}, kDefault,
             "2026-01-15", true, "2026-07-15", 15000, "", "2026-07-15", std::nullopt, false},
        // 6000 km in 181 days: 5000 km take ⌈150.8⌉ = 151 days → before the 6 months.
        Case{"high_rate", {visit("2025-01-01", 10000), visit("2025-07-01", 16000)}, kDefault,
             "2025-07-01", true, "2026-01-01", 21000, "2025-11-29", "2025-11-29", 21000, true},
        // 2000 km in 181 days: 453 days for 5000 km → the date rule wins; odometer estimated
        // 12000 + 2000 × 184 / 181 = 14033 (half-up).
        Case{"low_rate", {visit("2025-07-01", 12000), visit("2025-01-01", 10000)}, kDefault,
             "2025-07-01", true, "2026-01-01", 17000, "2026-09-27", "2026-01-01", 14033, false},
        // Calendar months clamp to the month end.
        Case{"month_end", {visit("2025-08-31", std::nullopt)}, kDefault,
             "2025-08-31", true, "2026-02-28", std::nullopt, "", "2026-02-28", std::nullopt, false},
        // A later repair is no maintenance but its odometer reading feeds the rate:
        // 2000 km in 61 days → 153 days for 5000 km.
        Case{"repair_after", {visit("2025-03-01", 20000), visit("2025-05-01", 22000, "repair")},
             kDefault, "2025-03-01", true, "2025-09-01", 25000, "2025-08-01", "2025-08-01", 25000,
             true},
        // Without any maintenance the last visit is the base (flagged).
        Case{"no_maintenance", {visit("2025-05-01", 30000, "repair")}, kDefault,
             "2025-05-01", false, "2025-11-01", 35000, "", "2025-11-01", std::nullopt, false},
        // A falling odometer (typo, swapped cluster) gives no rate.
        Case{"falling", {visit("2025-01-01", 50000), visit("2025-04-01", 40000)}, kDefault,
             "2025-04-01", true, "2025-10-01", 45000, "", "2025-10-01", std::nullopt, false},
        // Seed 004's clinic style: a day interval and no mileage rule.
        Case{"days", {visit("2025-01-01", 1000), visit("2025-02-01", 2000)},
             MaintenanceDueSettings{Span::days(90), 0},
             "2025-02-01", true, "2025-05-02", std::nullopt, "", "2025-05-02", 4903, false}),
    [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });
// clang-format on

TEST(MaintenanceDueEstimator, NoDatedVisitGivesInvalid) {
    EXPECT_FALSE(MaintenanceDueEstimator().estimate({}).isValid());
    EXPECT_FALSE(MaintenanceDueEstimator().estimate({visit("", 1000)}).isValid());
}

TEST(MaintenanceDueEstimator, FirstServiceOfTheVehicleFeedsTheRate) {
    hc::domain::Vehicle car;
    car.firstServiceDate = d("2025-01-01");
    car.firstServiceMileage = 0;
    const auto due = MaintenanceDueEstimator().estimate({visit("2025-03-02", 5000)}, &car);
    ASSERT_TRUE(due.rate.has_value());
    EXPECT_EQ(due.rate->km, 5000);
    EXPECT_EQ(due.rate->days, 60);
    EXPECT_EQ(due.dueByMileageDate, d("2025-05-01"));
    EXPECT_EQ(due.nextDue, d("2025-05-01"));
    EXPECT_TRUE(due.isOverdue(d("2025-05-02")));
    EXPECT_FALSE(due.isOverdue(d("2025-05-01")));
}

TEST(MaintenanceDueEstimator, LastMileageIsTheHighestReading) {
    EXPECT_EQ(MaintenanceDueEstimator::lastMileage({}), std::nullopt);
    EXPECT_EQ(MaintenanceDueEstimator::lastMileage({visit("2025-01-01", 9000),
                                                    visit("2025-02-01", std::nullopt),
                                                    visit("2024-12-01", 8000)}),
              9000);
}

TEST(MileageRate, RoundsDaysUpAndKilometresHalfUp) {
    const hc::domain::MileageRate rate{1000, 3};
    EXPECT_EQ(rate.daysFor(1000), 3);
    EXPECT_EQ(rate.daysFor(1001), 4);
    EXPECT_EQ(rate.kmIn(1), 333);
    EXPECT_EQ(rate.kmIn(2), 667);
    EXPECT_EQ((hc::domain::MileageRate{0, 10}.daysFor(5)), std::nullopt);
}

}  // namespace
