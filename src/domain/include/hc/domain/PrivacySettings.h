#pragma once

namespace hc::domain {

/// PIPL retention (docs/security.md "PIPL requests"): customers with no contact (visit, call,
/// complaint) for `inactiveYears` years are anonymised by the bulk action. Stored under the
/// settings key "privacy" as {"inactiveYears": 3}; validated by domain::validate().
struct PrivacySettings {
    static constexpr int kMinInactiveYears = 1;
    static constexpr int kMaxInactiveYears = 30;
    int inactiveYears = 3;
    friend bool operator==(const PrivacySettings&, const PrivacySettings&) = default;
};

}  // namespace hc::domain
