#pragma once

#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/CustomerBaseSettings.h"
#include "hc/domain/FollowUpSettings.h"
#include "hc/domain/PrivacySettings.h"

#include <QString>

#include <vector>

namespace hc::domain {

/// One invalid settings value: `field` is its JSON key (nested keys joined with a dot, e.g.
/// "maintenance.interval", "winback.lostDays"; the analysis sections "lifecycle", "abc",
/// "matrix", "fleet" or "analysis" for a span ≤ 0), `message` the Chinese text for the user.
struct SettingsError {
    QString field;
    QString message;
    friend bool operator==(const SettingsError&, const SettingsError&) = default;
};

/// Bounds of the follow-up settings (the settings screen's spin boxes stay within them).
struct SettingsBounds {
    static constexpr int kMaxLeadDays = 366;        ///< delays, lead days, windows: a year
    static constexpr int kMaxCadenceDays = 3660;    ///< win-back cadence: ten years
    static constexpr int kMaxIntervalMonths = 120;  ///< maintenance interval in months
    static constexpr int kMaxIntervalDays = 3660;   ///< maintenance interval in days
    static constexpr int kMaxIntervalKm = 100000;
    static constexpr int kMaxKmPerDay = 2000;
    static constexpr int kMaxDailyLimit = 100000;
    static constexpr int kMaxNoAnswerAttempts = 20;
    static constexpr long long kMaxComplaintMinutes = 30LL * 24 * 60;  ///< 30 days
    static constexpr int kMaxHolidays = 30;
    static constexpr int kMaxHolidayNameLength = 20;
    static constexpr int kMaxLunarDay = 30;
    static constexpr int kMaxDailyCapacity = 1000;  ///< calls per callback user and day
    static constexpr int kMaxScoreWeight = 100;
    static constexpr int kMaxCallRoutes = 200;  ///< lines of the by_region / by_advisor table
    static constexpr int kMaxCallRouteKeyLength = 40;  ///< a region or an advisor's name
    static constexpr int kMinMarginBp = 1;             ///< customer value margin: 0.01 %
    static constexpr int kMaxMarginBp = 10000;         ///< … to 100 % (= revenue)
    static constexpr int kMinRepeatCustomers = 10;     ///< a fit on fewer is noise
    static constexpr int kMaxRepeatCustomers = 1000000;
    static constexpr int kMaxHorizonWeeks = 520;  ///< value horizon: ten years
};

/// Every problem of the analysis thresholds (empty = valid), in the order of the settings screen:
/// spans > 0 ("analysis"); lifecycle order for spans that share a unit, loyal < lost and
/// loyal ≤ notLostUntil ≤ lost ≤ lostUntil ≤ trendingLostUntil ("lifecycle"; spans in different
/// units are not compared, months have 28–31 days); 0 < A < B ≤ 100 % ("abc"); loyalty threshold
/// 1–100 % ("matrix"); fleet 1 ≤ small < medium < large ("fleet").
[[nodiscard]] std::vector<SettingsError> validate(const AnalysisSettings& settings);

/// Every problem of the follow-up thresholds (empty = valid), keyed by the JSON key of the value.
/// Ranges: delays, lead days and the yellow window 0–366; maintenance interval 1–120 months or
/// 1–3660 days, intervalKm 0–100000 (0 = by date only); defaultKmPerDay 1–2000; win-back cadence
/// 1–3660 days; winbackDailyLimit 0–100000; maxNoAnswerAttempts 1–20; winbackReturnWindowDays
/// 1–366; complaint minutes 1–43200 with contact ≤ answer ≤ seniorAnswer; at most 30 holidays,
/// each named (≤ 20 characters) on a day that exists; holidayFromStage not active.
[[nodiscard]] std::vector<SettingsError> validate(const FollowUpSettings& settings);

/// Every problem of the customer-base model settings (empty = valid): marginBp 1–10000
/// ("marginBp"), minRepeatCustomers 10–1000000 ("minRepeatCustomers"), horizonWeeks 1–520
/// ("horizonWeeks").
[[nodiscard]] std::vector<SettingsError> validate(const CustomerBaseSettings& settings);

/// Every problem of the PIPL retention setting (empty = valid): inactiveYears 1–30
/// ("inactiveYears").
[[nodiscard]] std::vector<SettingsError> validate(const PrivacySettings& settings);

}  // namespace hc::domain
