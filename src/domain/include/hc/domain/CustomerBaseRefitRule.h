#pragma once

#include <QDate>
#include <QDateTime>

#include <optional>

namespace hc::domain {

/// When the stored customer-base model is refitted (docs/customer-base.md, "The stored model").
class CustomerBaseRefitRule {
public:
    /// True when no fit is stored or the latest fit was made before the first day of `today`'s
    /// month (a fit from last month or older): the monthly refit is due.
    [[nodiscard]] static bool isStale(const std::optional<QDateTime>& latestFittedAt,
                                      const QDate& today);

    /// The calibration end of a refit made on `today`: yesterday (today's visits may still be
    /// being entered).
    [[nodiscard]] static QDate calibrationEndFor(const QDate& today);
};

}  // namespace hc::domain
