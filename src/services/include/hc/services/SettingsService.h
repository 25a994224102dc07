#pragma once

#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/CustomerBaseSettings.h"
#include "hc/domain/FollowUpSettings.h"
#include "hc/domain/PrivacySettings.h"
#include "hc/domain/ShopProfile.h"
#include "hc/domain/SmsGatewaySettings.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"
#include "hc/services/UserService.h"

#include <memory>

namespace hc::storage {
class Database;
}

namespace hc::services {

class SettingsNotifier;

/// The shop's settings: analysis thresholds (key "analysis"), follow-up thresholds (key
/// "followups", JSON in storage::SettingsRepository and docs/followups.md) and the login policy
/// (key "security": {"maxFailures":5,"lockMinutes":15,"failureDelayMs":1000,
/// "passwordIterations":600000}). Anyone may read; only a manager saves (Denied
/// "只有经理可以修改设置" otherwise); every save is one transaction with its audit record (action
/// "settings.analysis" / "settings.followups" / "settings.security", entity "settings",
/// before/after JSON). Invalid values are refused (Invalid, nothing stored) with the field
/// concerned:
/// The rules are domain::validate() (SettingsValidation.h); the first problem is returned:
/// - analysis: "analysis" (a span ≤ 0), "lifecycle" (order of the spans that share a unit),
///   "abc", "matrix", "fleet";
/// - follow-ups: the JSON key of the value, nested ones with a dot ("postServiceDelayDays",
///   "maintenance.interval", "winback.lostDays", "complaint.answerMinutes", …).
/// One setting per concept: the maintenance interval is FollowUpSettings::maintenance (also the
/// matrix's loyalty yardstick); the lost stages start at LifecycleSettings::lost. Older stored
/// JSON ("matrix.maintenanceInterval", "lifecycle.quasiLostUntil") is migrated when read.
/// The services read the stored settings at each use case, so a save applies from the next list or
/// deadline computed; after each committed save the `notifier` (optional) emits, so open screens
/// recompute at once.
class SettingsService {
public:
    SettingsService(storage::Database& db, Clock clock, SettingsNotifier* notifier = nullptr);
    ~SettingsService();

    [[nodiscard]] Result<domain::AnalysisSettings> analysis() const;
    VoidResult saveAnalysis(const ActingUser& user, const domain::AnalysisSettings& settings);
    /// The stored follow-up thresholds (defaults for anything not stored).
    [[nodiscard]] Result<domain::FollowUpSettings> followUps() const;
    VoidResult saveFollowUps(const ActingUser& user, const domain::FollowUpSettings& settings);
    /// The customer-base model settings (key "customer_base": {"marginBp": 10000,
    /// "minRepeatCustomers": 200, "horizonWeeks": 52}; docs/customer-base.md; defaults for
    /// anything not stored). Saved like the others (manager only, audited
    /// "settings.customer_base", domain::validate: fields "marginBp", "minRepeatCustomers",
    /// "horizonWeeks"); they apply from the next fit (a stored fit keeps the settings it was made
    /// with).
    [[nodiscard]] Result<domain::CustomerBaseSettings> customerBase() const;
    VoidResult saveCustomerBase(const ActingUser& user, const domain::CustomerBaseSettings& s);
    /// The settings screen's analysis tab: the analysis thresholds and the customer-base model
    /// settings in one transaction (an audit record for each; the customer-base one only when it
    /// changed). A problem of the model settings is named "customer_base.<field>".
    VoidResult saveAnalysis(const ActingUser& user, const domain::AnalysisSettings& analysis,
                            const domain::CustomerBaseSettings& model);
    [[nodiscard]] Result<LoginPolicy> loginPolicy() const;
    VoidResult saveLoginPolicy(const ActingUser& user, const LoginPolicy& policy);
    /// The shop profile (key "shop": {"name","address","phone","hours"}; empty when none is
    /// stored). Saved like the other settings (manager only, audited "settings.shop"); the name is
    /// required (field "name", at most 60 characters), the phone, when given, must be a valid
    /// number (field "phone", stored normalised); texts are trimmed.
    [[nodiscard]] Result<domain::ShopProfile> shopProfile() const;
    VoidResult saveShopProfile(const ActingUser& user, const domain::ShopProfile& shop);

    /// The PIPL retention setting (key "privacy": {"inactiveYears": 3}; docs/security.md): the
    /// years without contact after which the bulk anonymisation takes a customer. Saved like the
    /// others (manager only, audited "settings.privacy", domain::validate: field "inactiveYears").
    [[nodiscard]] Result<domain::PrivacySettings> privacy() const;
    VoidResult savePrivacy(const ActingUser& user, const domain::PrivacySettings& settings);
    /// The generic HTTP SMS gateway (key "sms_gateway": {"url","token","bodyTemplate",
    /// "timeoutMs"}; domain::SmsGatewaySettings). Saved like the other settings (manager only,
    /// audited "settings.sms_gateway" with the token masked "***"); the url, when set, must be
    /// http(s) (field "url"), the timeout 1000–120000 ms ("timeoutMs"), the body template JSON
    /// with {phone} and {text} ("bodyTemplate"). The token is never exported or imported.
    [[nodiscard]] Result<domain::SmsGatewaySettings> smsGateway() const;
    VoidResult saveSmsGateway(const ActingUser& user, const domain::SmsGatewaySettings& gateway);

    /// Every stored setting as one JSON document (docs/cli.md `settings export`):
    /// {"analysis": {...}, "followups": {...}, "security": {...}, "privacy": {...},
    /// "customer_base": {...}} — each section exactly the JSON the app stores under that key,
    /// defaults filled in ("shop" and "sms_gateway" when stored).
    [[nodiscard]] Result<QString> exportJson() const;
    /// Replaces the sections present in `json` (same shape as exportJson(); a missing field inside
    /// a section takes its default) — all or nothing, in one transaction with one audit record per
    /// section. Refused (Invalid, nothing changed) when the text is not a JSON object, has an
    /// unknown section or field, a value of the wrong type, or a value domain::validate() refuses;
    /// the error's field is the dotted path ("followups.maintenance.interval"). Manager only.
    VoidResult importJson(const ActingUser& user, const QString& json);

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
