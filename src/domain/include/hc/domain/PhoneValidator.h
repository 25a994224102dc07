#pragma once

#include "hc/domain/ValidationResult.h"

#include <QString>

namespace hc::domain {

/// Chinese phone numbers as typed at reception or exported by other shop software.
///
/// Mobile: `^1[3-9]\d{9}$` after removing +86 / 0086 / 86, spaces, dashes, brackets and
/// full-width digits; normalised to 11 digits ("13812345678").
/// Landline: area code (3–4 digits starting with 0; 010 and 02X are 3 digits, all others 4) and a
/// local number of 7–8 digits not starting with 0, optional extension ("-123", "转123",
/// "ext 123"); normalised to "AREA-NUMBER" or "AREA-NUMBER-EXT" ("029-81629900-123").
/// Service numbers (400 / 800, 10 digits) are normalised to "400-123-4567".
/// A 7–8 digit number without area code is accepted with a warning.
class PhoneValidator {
public:
    enum class Kind { Unknown, Mobile, Landline, Service };

    struct Result : ValidationResult {
        Kind kind = Kind::Unknown;
        QString areaCode;   ///< landline only, e.g. "029"
        QString number;     ///< mobile: 11 digits; landline: local number; service: 10 digits
        QString extension;  ///< landline only, may be empty
    };

    [[nodiscard]] static Result validate(const QString& input);

    /// "138****5678" for mobiles, "029-****9900" for landlines, "400-***-4567" for service
    /// numbers; for anything else "****" plus the last 4 digits (or only "****" when too short).
    [[nodiscard]] static QString maskPhone(const QString& phone);

    /// The last `count` digits of the subscriber number (尾号) used to confirm identity on the
    /// phone and to search; empty for count <= 0.
    [[nodiscard]] static QString phoneTail(const QString& phone, int count = 4);
};

}  // namespace hc::domain
