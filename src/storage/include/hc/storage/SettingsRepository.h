#pragma once

#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/FollowUpSettings.h"
#include "hc/domain/PrivacySettings.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace hc::storage {

class Database;

/// The settings table: JSON values under keys. The analysis thresholds live under "analysis" as
///   {"lifecycle": {"loyal": {"count": 6, "unit": "months"}, "lost": {...}, "notLostUntil": {...},
///                  "lostUntil": {...}, "trendingLostUntil": {...},
///                  "newPeriod": "month" | "quarter" | "year"},
///    "abc": {"window": {...}, "aThresholdBp": 8000, "bThresholdBp": 9500, "rankMoveThreshold":
///    10}, "matrix": {"window": {...}, "loyaltyThresholdPct": 50},
///    "rfm": {"recency": {...}, "frequencyHigh": 2, "monetaryHighFen": 0},
///    "fleet": {"large": 10, "medium": 5, "small": 2}}
/// The follow-up thresholds (domain::FollowUpSettings, docs/followups.md) live under "followups" as
///   {"postServiceDelayDays": 3, "postServiceExpiryDays": 7,
///    "maintenance": {"interval": {"count": 6, "unit": "months"}, "intervalKm": 5000},
///    "defaultKmPerDay": 40, "reminderLeadDays": 7, "yellowWindowDays": 7,
///    "winback": {"notLostDays": 30, "quasiLostDays": 30, "lostDays": 60, "trendingLostDays": 90,
///                "completelyLostDays": 180},
///    "winbackDailyLimit": 0, "birthdayLeadDays": 3, "insuranceLeadDays": 30,
///    "inspectionLeadDays": 30, "maxNoAnswerAttempts": 3, "winbackReturnWindowDays": 30,
///    "complaint": {"contactMinutes": 120, "answerMinutes": 1440, "seniorAnswerMinutes": 2880,
///                  "followUpMinutes": 4320}, "holidays": [...], "holidayLeadDays": 3,
///    "holidayFromStage": "trending_lost",
///    "callList": {"dailyCapacity": 60, "split": "round_robin",
///                 "weights": {"urgency": 50, "value": 30, "chance": 20}},
///    "declined": {"safetyDays": 7, "soonDays": 30, "laterDays": 90, "leadDays": 7,
///                 "listDays": 30}}
/// Every field is optional when reading: a missing or mistyped field keeps its default. Values are
/// not range-checked here (SettingsService validates with domain::validate() before saving).
/// Migration of older JSON, on read: "lifecycle.quasiLostUntil" is ignored (quasi_lost ends at
/// "lost"); "matrix.maintenanceInterval" is the follow-up maintenance interval while "followups"
/// has no "maintenance.interval" of its own (migrateLegacy() then stores it there).
class SettingsRepository {
public:
    static constexpr const char* kAnalysisKey = "analysis";
    static constexpr const char* kFollowUpsKey = "followups";
    /// PIPL retention (domain::PrivacySettings): {"inactiveYears": 3}.
    static constexpr const char* kPrivacyKey = "privacy";

    explicit SettingsRepository(Database& db) : db_(db) {}

    /// The JSON text stored under `key`, or nullopt.
    [[nodiscard]] std::optional<QString> get(const QString& key) const;
    /// Stores (inserts or replaces) the JSON text under `key`; the schema rejects invalid JSON
    /// (Constraint). userId 0 → NULL.
    void put(const QString& key, const QString& json, const QDateTime& at, std::int64_t userId);

    /// The analysis settings (defaults for anything missing).
    [[nodiscard]] domain::AnalysisSettings loadAnalysis() const;
    void saveAnalysis(const domain::AnalysisSettings& settings, const QDateTime& at,
                      std::int64_t userId);

    /// Full JSON of the settings (every field), compact.
    [[nodiscard]] static QString analysisToJson(const domain::AnalysisSettings& settings);
    /// Reads JSON text; missing, mistyped or unparsable parts keep the defaults.
    [[nodiscard]] static domain::AnalysisSettings analysisFromJson(const QString& json);

    /// The follow-up settings (defaults for anything missing, and when no row is stored).
    [[nodiscard]] domain::FollowUpSettings loadFollowUps() const;
    void saveFollowUps(const domain::FollowUpSettings& settings, const QDateTime& at,
                       std::int64_t userId);

    /// Full JSON of the follow-up settings (every field), compact.
    [[nodiscard]] static QString followUpsToJson(const domain::FollowUpSettings& settings);
    /// Reads JSON text; missing, mistyped or unparsable parts keep the defaults. Without
    /// "maintenance.interval", the legacy "matrix.maintenanceInterval" of `analysisJson` applies.
    [[nodiscard]] static domain::FollowUpSettings followUpsFromJson(
        const QString& json, const QString& analysisJson = QString());

    /// Stores the legacy maintenance interval of the analysis JSON with the follow-up settings
    /// when they have none yet (before the analysis JSON is rewritten without it). True when it
    /// wrote.
    bool migrateLegacy(const QDateTime& at, std::int64_t userId);
    /// "matrix.maintenanceInterval" of an older analysis JSON, when present.
    [[nodiscard]] static std::optional<domain::Span> legacyMaintenanceInterval(
        const QString& analysisJson);
    /// True when the follow-up JSON has its own "maintenance.interval".
    [[nodiscard]] static bool hasMaintenanceInterval(const QString& followUpsJson);

    /// The PIPL retention setting (defaults when none is stored).
    [[nodiscard]] domain::PrivacySettings loadPrivacy() const;
    /// Full JSON ({"inactiveYears": N}), compact.
    [[nodiscard]] static QString privacyToJson(const domain::PrivacySettings& settings);
    /// Reads JSON text; a missing or mistyped field keeps its default.
    [[nodiscard]] static domain::PrivacySettings privacyFromJson(const QString& json);

private:
    Database& db_;
};

}  // namespace hc::storage
