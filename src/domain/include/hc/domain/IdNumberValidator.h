#pragma once

#include "hc/domain/ValidationResult.h"

#include <QDate>
#include <QString>
#include <optional>

namespace hc::domain {

/// Resident identity card number (居民身份证号码, GB 11643).
///
/// 18 characters: 6-digit region code, 8-digit birth date YYYYMMDD, 3-digit sequence (odd = male,
/// even = female), check character by ISO 7064 MOD 11-2 ("10X98765432"). Full-width digits and
/// spaces are normalised, a lower-case x becomes X. The birth date must be a real date, not after
/// `today`. Legacy 15-digit numbers (YYMMDD, assumed 19YY, no check character) are accepted with
/// the warning "id.legacy_15"; `upgradeTo18` converts them.
class IdNumberValidator {
public:
    enum class Gender { Female, Male };

    struct Result : ValidationResult {
        std::optional<QDate> birthday;
        std::optional<Gender> gender;
    };

    [[nodiscard]] static Result validate(const QString& input, const QDate& today);

    /// ISO 7064 MOD 11-2 check character for the first 17 digits; nullopt when `first17` is not
    /// 17 ASCII digits.
    [[nodiscard]] static std::optional<QChar> checkCharacter(const QString& first17);

    /// 15-digit legacy number → 18 digits (insert "19" before YYMMDD, append the check character).
    /// An 18-digit input is returned normalised. nullopt when the input is neither.
    [[nodiscard]] static std::optional<QString> upgradeTo18(const QString& input);

    /// First 6 + one '*' per hidden character + last 4: "110105********1234". Inputs shorter than
    /// 11 characters are masked completely.
    [[nodiscard]] static QString maskIdNumber(const QString& input);
};

}  // namespace hc::domain
