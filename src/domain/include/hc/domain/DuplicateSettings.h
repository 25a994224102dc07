#pragma once

namespace hc::domain {

/// Scores of the duplicate rules (docs/domain-rules.md "Duplicate customers"), 0–100 each: how
/// likely a group found by the rule is one person entered twice. Stored under the settings key
/// "duplicates" as {"sameMobile": 90, "sameIdNumber": 95, "sameVin": 85, "plateOwners": 70,
/// "pinyinPhone": 60, "extraReason": 5, "minimumScore": 50}; validated by problem().
struct DuplicateSettings {
    static constexpr int kMaxScore = 100;
    int sameMobile = 90;    ///< the same mobile number (phone or phone2) on two customers
    int sameIdNumber = 95;  ///< the same ID-card number
    int sameVin = 85;       ///< the same VIN (normalised) on vehicles of two owners
    int plateOwners = 70;   ///< the same plate under two owners outside a recorded transfer
    int pinyinPhone = 60;   ///< the same name in pinyin with mobiles one digit apart
    /// Added for each further rule that finds the same customers (capped at kMaxScore).
    int extraReason = 5;
    /// Groups scoring below this are not listed.
    int minimumScore = 50;

    /// The first setting outside 0–100 ("sameMobile", …), or nullptr when all are valid.
    [[nodiscard]] const char* problem() const;
    friend bool operator==(const DuplicateSettings&, const DuplicateSettings&) = default;
};

}  // namespace hc::domain
