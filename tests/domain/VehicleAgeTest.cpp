#include "hc/domain/VehicleAge.h"

#include <gtest/gtest.h>

using namespace hc::domain;

namespace {

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

struct AgeCase {
    const char* purchase;
    const char* asOf;
    std::optional<int> years;
    std::optional<VehicleAgeBucket> bucket;
};

class VehicleAgeTest : public ::testing::TestWithParam<AgeCase> {};

TEST_P(VehicleAgeTest, WholeYearsAndBucket) {
    const auto& c = GetParam();
    EXPECT_EQ(vehicleAgeYears(d(c.purchase), d(c.asOf)), c.years) << c.purchase << " " << c.asOf;
    EXPECT_EQ(vehicleAgeBucket(d(c.purchase), d(c.asOf)), c.bucket);
}

using B = VehicleAgeBucket;
INSTANTIATE_TEST_SUITE_P(
    Cases, VehicleAgeTest,
    ::testing::Values(AgeCase{"2026-06-30", "2026-06-30", 0, B::UnderOne},
                      AgeCase{"2025-07-01", "2026-06-30", 0, B::UnderOne},
                      AgeCase{"2025-06-30", "2026-06-30", 1, B::OneToTwo},
                      AgeCase{"2024-07-01", "2026-06-30", 1, B::OneToTwo},
                      AgeCase{"2024-06-30", "2026-06-30", 2, B::TwoToThree},
                      AgeCase{"2023-07-01", "2026-06-30", 2, B::TwoToThree},
                      AgeCase{"2023-06-30", "2026-06-30", 3, B::ThreeOrMore},
                      AgeCase{"2010-01-01", "2026-06-30", 16, B::ThreeOrMore},
                      // Leap-day purchase: turns 1 on 1 March of a common year.
                      AgeCase{"2024-02-29", "2025-02-28", 0, B::UnderOne},
                      AgeCase{"2024-02-29", "2025-03-01", 1, B::OneToTwo},
                      AgeCase{"2024-02-29", "2028-02-28", 3, B::ThreeOrMore},
                      AgeCase{"2024-02-29", "2028-02-29", 4, B::ThreeOrMore},
                      // Unknown: no purchase date, or purchased after D.
                      AgeCase{"", "2026-06-30", std::nullopt, std::nullopt},
                      AgeCase{"2026-07-01", "2026-06-30", std::nullopt, std::nullopt}));

TEST(VehicleAgeTest, AgreesWithCalendarMonthArithmetic) {
    // age ≥ n ⇔ purchase ≤ D − 12n months (clamped), the same arithmetic as the lifecycle spans.
    const QDate purchase(2020, 2, 29);
    for (QDate asOf(2020, 2, 29); asOf <= QDate(2025, 3, 31); asOf = asOf.addDays(1)) {
        int expected = 0;
        while (purchase <= asOf.addMonths(-12 * (expected + 1))) {
            ++expected;
        }
        ASSERT_EQ(vehicleAgeYears(purchase, asOf), expected)
            << asOf.toString(Qt::ISODate).toStdString();
    }
}

TEST(VehicleAgeTest, Buckets) {
    EXPECT_EQ(vehicleAgeBucket(0), B::UnderOne);
    EXPECT_EQ(vehicleAgeBucket(1), B::OneToTwo);
    EXPECT_EQ(vehicleAgeBucket(2), B::TwoToThree);
    EXPECT_EQ(vehicleAgeBucket(3), B::ThreeOrMore);
    const std::pair<B, const char*> keys[] = {{B::UnderOne, "<1y"},
                                              {B::OneToTwo, "1-2y"},
                                              {B::TwoToThree, "2-3y"},
                                              {B::ThreeOrMore, ">=3y"}};
    for (const auto& [bucket, key] : keys) {
        EXPECT_EQ(toKey(bucket), QString::fromLatin1(key));
        EXPECT_EQ(vehicleAgeBucketFromKey(QString::fromLatin1(key)), bucket);
    }
}

}  // namespace
