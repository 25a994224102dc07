#pragma once

#include <QDate>

namespace hc::domain {

/// A length of time used by lifecycle thresholds: calendar months (car maintenance, default) or
/// days (seed 004's clinic uses 45 / 90 / 180 days). Never hard-coded: always read from settings.
struct Span {
    enum class Unit { Months, Days };
    int count = 0;
    Unit unit = Unit::Months;

    static constexpr Span months(int n) { return Span{n, Unit::Months}; }
    static constexpr Span days(int n) { return Span{n, Unit::Days}; }

    /// `date − span`; calendar months are clamped to the month end (2026-08-31 − 6 months =
    /// 2026-02-28).
    [[nodiscard]] QDate before(const QDate& date) const {
        return unit == Unit::Months ? date.addMonths(-count) : date.addDays(-count);
    }
    /// `date + span`, clamped the same way.
    [[nodiscard]] QDate after(const QDate& date) const {
        return unit == Unit::Months ? date.addMonths(count) : date.addDays(count);
    }
    friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace hc::domain
