#pragma once

#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/FollowUpSettings.h"
#include "hc/domain/ShopProfile.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"
#include "hc/services/UserService.h"

#include <memory>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// The shop's settings: analysis thresholds (key "analysis"), follow-up thresholds (key
/// "followups", JSON in storage::SettingsRepository and docs/followups.md) and the login policy
/// (key "security": {"maxFailures":5,"lockMinutes":15,"failureDelayMs":1000,
/// "passwordIterations":600000}). Anyone may read; only a manager saves (Denied
/// "只有经理可以修改设置" otherwise); every save is one transaction with its audit record (action
/// "settings.analysis" / "settings.followups" / "settings.security", entity "settings",
/// before/after JSON). Invalid values are refused (Invalid, nothing stored) with the field
/// concerned:
/// - analysis: "analysis" (a span ≤ 0), "lifecycle" (order of the spans that share a unit:
///   loyal < lost and loyal ≤ notLostUntil ≤ quasiLostUntil ≤ lostUntil ≤ trendingLostUntil —
///   spans in different units are not compared), "abc", "matrix", "fleet";
/// - follow-ups: the JSON key of the value, nested ones with a dot ("postServiceDelayDays",
///   "maintenance.interval", "winback.lostDays", "complaint.answerMinutes", …). Ranges: delays,
///   lead days and the yellow window 0–366; maintenance interval 1–120 months or 1–3660 days,
///   intervalKm 1–100000; defaultKmPerDay 1–2000; win-back cadence 1–3660 days;
///   winbackDailyLimit 0–100000 (0 = no limit); maxNoAnswerAttempts 1–20;
///   winbackReturnWindowDays 1–366; complaint minutes 1–43200 (30 days) with
///   contact ≤ answer ≤ seniorAnswer.
/// The follow-up and complaint services read the stored follow-up settings at each use case, so a
/// save applies from the next list or deadline computed.
class SettingsService {
public:
    SettingsService(storage::Database& db, Clock clock);
    ~SettingsService();

    [[nodiscard]] Result<domain::AnalysisSettings> analysis() const;
    VoidResult saveAnalysis(const ActingUser& user, const domain::AnalysisSettings& settings);
    /// The stored follow-up thresholds (defaults for anything not stored).
    [[nodiscard]] Result<domain::FollowUpSettings> followUps() const;
    VoidResult saveFollowUps(const ActingUser& user, const domain::FollowUpSettings& settings);
    [[nodiscard]] Result<LoginPolicy> loginPolicy() const;
    VoidResult saveLoginPolicy(const ActingUser& user, const LoginPolicy& policy);
    /// The shop profile (key "shop": {"name","address","phone","hours"}; empty when none is
    /// stored). Saved like the other settings (manager only, audited "settings.shop"); the name is
    /// required (field "name", at most 60 characters), the phone, when given, must be a valid
    /// number (field "phone", stored normalised); texts are trimmed.
    [[nodiscard]] Result<domain::ShopProfile> shopProfile() const;
    VoidResult saveShopProfile(const ActingUser& user, const domain::ShopProfile& shop);

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
