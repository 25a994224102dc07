// Lunar dates of the holiday greetings through ICU's Chinese calendar, against the published
// calendar (Hong Kong Observatory / Purple Mountain Observatory tables).
#include "hc/storage/LunarCalendar.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace hc::storage {
namespace {

struct LunarCase {
    std::string name;
    int year;
    int month;
    int day;
    std::optional<QDate> expected;
};

void PrintTo(const LunarCase& c, std::ostream* os) {
    *os << c.name;
}

std::vector<LunarCase> lunarCases() {
    return {
        {"spring_festival_2025", 2025, 1, 1, QDate(2025, 1, 29)},
        {"spring_festival_2026", 2026, 1, 1, QDate(2026, 2, 17)},
        // ICU 72 computes 2027-02-07 (the new moon is minutes before midnight Beijing time).
        {"spring_festival_2027", 2027, 1, 1, QDate(2027, 2, 6)},
        {"spring_festival_2028", 2028, 1, 1, QDate(2028, 1, 26)},
        // ICU 72 computes 2030-02-02.
        {"spring_festival_2030", 2030, 1, 1, QDate(2030, 2, 3)},
        {"dragon_boat_2026", 2026, 5, 5, QDate(2026, 6, 19)},
        {"dragon_boat_2027", 2027, 5, 5, QDate(2027, 6, 9)},
        {"mid_autumn_2025", 2025, 8, 15, QDate(2025, 10, 6)},
        {"mid_autumn_2026", 2026, 8, 15, QDate(2026, 9, 25)},
        {"mid_autumn_2027", 2027, 8, 15, QDate(2027, 9, 15)},
        // 2025 has a leap 6th month: the 7th month follows it (七夕 2025-08-29).
        {"after_leap_month_2025", 2025, 7, 7, QDate(2025, 8, 29)},
        // The 12th month falls in the next Gregorian year; 除夕 (12/30) in a 29-day 12th month is
        // its last day: 2026's 12th month has 29 days because 2027's new year is on 6 February.
        {"new_years_eve_30_day_month", 2025, 12, 30, QDate(2026, 2, 16)},
        {"new_years_eve_29_day_month", 2026, 12, 30, QDate(2027, 2, 5)},
        {"new_years_eve_day_29", 2026, 12, 29, QDate(2027, 2, 5)},
        {"month_13", 2026, 13, 1, std::nullopt},
        {"month_0", 2026, 0, 1, std::nullopt},
        {"day_31", 2026, 1, 31, std::nullopt},
        {"day_0", 2026, 1, 0, std::nullopt},
        {"year_out_of_range", 1800, 1, 1, std::nullopt},
    };
}

class LunarCalendarTest : public ::testing::TestWithParam<LunarCase> {};

TEST_P(LunarCalendarTest, GregorianDateOfALunarDay) {
    const auto& c = GetParam();
    const auto got = LunarCalendar::gregorianDate(c.year, c.month, c.day);
    EXPECT_EQ(got.has_value(), c.expected.has_value());
    if (got && c.expected) {
        EXPECT_EQ(got->toString(Qt::ISODate).toStdString(),
                  c.expected->toString(Qt::ISODate).toStdString());
    }
}

INSTANTIATE_TEST_SUITE_P(Golden, LunarCalendarTest, ::testing::ValuesIn(lunarCases()),
                         [](const ::testing::TestParamInfo<LunarCase>& info) {
                             return info.param.name;
                         });

TEST(LunarCalendar, EverySpringFestivalFallsBetween21JanuaryAnd20February) {
    for (int year = 1901; year <= 2099; ++year) {
        const auto d = LunarCalendar::gregorianDate(year, 1, 1);
        ASSERT_TRUE(d) << year;
        EXPECT_EQ(d->year(), year);
        EXPECT_GE(*d, QDate(year, 1, 21)) << year;
        EXPECT_LE(*d, QDate(year, 2, 20)) << year;
    }
}

}  // namespace
}  // namespace hc::storage
