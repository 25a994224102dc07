#pragma once

#include <QDate>

#include <optional>

namespace hc::storage {

/// Chinese lunar calendar dates via ICU's Chinese calendar (`zh@calendar=chinese`), for the
/// holiday greetings (春节 = lunar 1/1, 端午节 = 5/5, 中秋节 = 8/15). Stateless; each call builds
/// its own ICU calendar, so it is safe from any thread.
///
/// ICU computes new moons astronomically with an error of some minutes; where a new moon falls
/// within minutes of midnight Beijing time its month can start a day off the official calendar
/// (GB/T 33661-2017, as published by the Purple Mountain and Hong Kong observatories). Known cases
/// are corrected from a small table in LunarCalendar.cpp: 春节 2027 is 6 February (ICU 72: 7th),
/// 春节 2030 is 3 February (ICU 72: 2nd).
class LunarCalendar {
public:
    /// The Gregorian date of lunar `month`/`day` (the non-leap month) in the Chinese year that
    /// starts in Gregorian `gregorianYear`: gregorianDate(2026, 1, 1) = 2026-02-17 (春节). Lunar
    /// months have 29 or 30 days: day 30 in a 29-day month gives the month's last day (so 除夕
    /// 12/30 is found every year). nullopt for a month outside 1–12, a day outside 1–30, a year
    /// outside 1901–2099 or an ICU failure.
    [[nodiscard]] static std::optional<QDate> gregorianDate(int gregorianYear, int month, int day);
};

}  // namespace hc::storage
