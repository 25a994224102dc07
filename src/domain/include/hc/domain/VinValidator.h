#pragma once

#include "hc/domain/ValidationResult.h"

#include <QString>
#include <optional>

namespace hc::domain {

/// Vehicle identification number (车架号 / 底盘号, VIN, ISO 3779 / GB 16735).
///
/// Normalised: full-width → half-width, spaces and '-' removed, upper-case. Must be 17 letters or
/// digits without I, O, Q (errors name the position). The check digit in position 9 (North
/// American transliteration, weights 8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2) is only a WARNING when
/// wrong: many Chinese VINs do not use it.
class VinValidator {
public:
    [[nodiscard]] static ValidationResult validate(const QString& input);

    /// Normalisation only (no checks).
    [[nodiscard]] static QString normalize(const QString& input);

    /// Expected check digit ('0'–'9' or 'X') of a 17-character VIN; nullopt when the VIN has the
    /// wrong length or a character outside [A-HJ-NPR-Z0-9].
    [[nodiscard]] static std::optional<QChar> checkDigit(const QString& vin);
};

}  // namespace hc::domain
