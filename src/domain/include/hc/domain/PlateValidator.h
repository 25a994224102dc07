#pragma once

#include "hc/domain/ValidationResult.h"

#include <QString>
#include <QStringList>

namespace hc::domain {

/// Chinese licence plates (机动车号牌, GA 36-2018).
///
/// Normalised: full-width → half-width, spaces, middle dots ('·' U+00B7, '・' U+30FB, '•'), '.'
/// and '-' removed, upper-case: "陕a·12345" → "陕A12345".
/// - ordinary: province abbreviation + letter (A–Z except I, O) + 5 of [A-HJ-NP-Z0-9];
/// - new-energy (green): province + letter + 6, with D or F first (small cars, "粤BD12345") or
///   last (large vehicles, "粤B12345D");
/// - special: province + letter + 4 (or 5) + one of 挂 学 警 港 澳 领 ("陕A1234学");
/// - embassy: 使 + 6 digits.
class PlateValidator {
public:
    enum class Kind { Unknown, Ordinary, NewEnergy, Special, Embassy };

    struct Result : ValidationResult {
        Kind kind = Kind::Unknown;
    };

    [[nodiscard]] static Result validate(const QString& input);

    /// Normalisation only (no checks).
    [[nodiscard]] static QString normalize(const QString& input);

    /// Fragments to index a plate for search as you type, distinct, longest first:
    /// "陕A12345" → {"陕A12345", "A12345", "12345"}; "粤BD12345" → {"粤BD12345", "BD12345",
    /// "D12345", "12345"} (full, without province, without province and letter, digits only).
    [[nodiscard]] static QStringList plateSearchKeys(const QString& plate);
};

}  // namespace hc::domain
