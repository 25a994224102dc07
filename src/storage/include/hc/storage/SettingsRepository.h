#pragma once

#include "hc/domain/AnalysisSettings.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace hc::storage {

class Database;

/// The settings table: JSON values under keys. The analysis thresholds live under "analysis" as
///   {"lifecycle": {"loyal": {"count": 6, "unit": "months"}, "lost": {...}, "notLostUntil": {...},
///                  "quasiLostUntil": {...}, "lostUntil": {...}, "trendingLostUntil": {...},
///                  "newPeriod": "month" | "quarter" | "year"},
///    "abc": {"window": {...}, "aThresholdBp": 8000, "bThresholdBp": 9500, "rankMoveThreshold":
///    10}, "matrix": {"window": {...}, "maintenanceInterval": {...}, "loyaltyThresholdPct": 50},
///    "rfm": {"recency": {...}, "frequencyHigh": 2, "monetaryHighFen": 0},
///    "fleet": {"large": 10, "medium": 5, "small": 2}}
/// Every field is optional when reading: a missing or mistyped field keeps its default.
class SettingsRepository {
public:
    static constexpr const char* kAnalysisKey = "analysis";

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

private:
    Database& db_;
};

}  // namespace hc::storage
