#include "hc/storage/LunarCalendar.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <array>
#include <memory>
#include <utility>

namespace hc::storage {

namespace {

constexpr int kMinYear = 1901;
constexpr int kMaxYear = 2099;
constexpr int kMaxLunarDay = 30;
constexpr int kMonths = 12;

/// Lunar month starts where ICU's new-moon approximation misses the official calendar by a day:
/// {ICU's first day, the official first day}. Each moves the end of the month before too.
const std::array<std::pair<QDate, QDate>, 2> kMonthStartFixes = {{
    {QDate(2027, 2, 7), QDate(2027, 2, 6)},  // 正月 2027
    {QDate(2030, 2, 2), QDate(2030, 2, 3)},  // 正月 2030
}};

QDate fixed(const QDate& icuMonthStart) {
    for (const auto& [icu, official] : kMonthStartFixes) {
        if (icu == icuMonthStart) {
            return official;
        }
    }
    return icuMonthStart;
}

}  // namespace

std::optional<QDate> LunarCalendar::gregorianDate(int gregorianYear, int month, int day) {
    if (gregorianYear < kMinYear || gregorianYear > kMaxYear || month < 1 || month > kMonths ||
        day < 1 || day > kMaxLunarDay) {
        return std::nullopt;
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(
        icu::TimeZone::getGMT()->clone(), icu::Locale("zh@calendar=chinese"), status));
    if (U_FAILURE(status) || !cal) {
        return std::nullopt;
    }
    // The Chinese new year falls between 21 January and 20 February: on 1 April of the Gregorian
    // year the Chinese year is the one that started in that Gregorian year.
    cal->clear();
    cal->set(UCAL_JULIAN_DAY, static_cast<int32_t>(QDate(gregorianYear, 4, 1).toJulianDay()));
    const int32_t extendedYear = cal->get(UCAL_EXTENDED_YEAR, status);
    if (U_FAILURE(status)) {
        return std::nullopt;
    }
    cal->clear();
    cal->set(UCAL_EXTENDED_YEAR, extendedYear);
    cal->set(UCAL_MONTH, month - 1);
    cal->set(UCAL_IS_LEAP_MONTH, 0);
    cal->set(UCAL_DATE, 1);
    const int32_t startDay = cal->get(UCAL_JULIAN_DAY, status);
    cal->add(UCAL_DATE, cal->getActualMaximum(UCAL_DATE, status), status);
    const int32_t nextStartDay = cal->get(UCAL_JULIAN_DAY, status);
    if (U_FAILURE(status)) {
        return std::nullopt;
    }
    const QDate start = fixed(QDate::fromJulianDay(startDay));
    const QDate next = fixed(QDate::fromJulianDay(nextStartDay));
    const qint64 length = start.daysTo(next);
    if (!start.isValid() || length < 29 || length > 30) {
        return std::nullopt;
    }
    return start.addDays(std::min<qint64>(day, length) - 1);
}

}  // namespace hc::storage
