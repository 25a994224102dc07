#pragma once

#include "hc/domain/ValidationResult.h"

#include <QString>
#include <cstdint>
#include <optional>

namespace hc::domain {

/// Odometer readings → whole kilometres.
///
/// Accepted: "12345", "12,345", "12345km", "12345 公里" / "千米", "1.2万" (= 12000), "1.2万公里",
/// full-width digits. Decimals are rounded half-up with the warning "mileage.rounded"; negative
/// values are an error; readings above Options::maxPlausibleKm get the warning
/// "mileage.implausible" (probably a typo). The normalised value is the integer, e.g. "12000".
class MileageParser {
public:
    struct Options {
        bool allowEmpty = false;                  ///< empty → Ok without a value
        std::int64_t maxPlausibleKm = 2'000'000;  ///< above: warning
    };

    struct Result : ValidationResult {
        std::optional<std::int64_t> km;
    };

    [[nodiscard]] static Result parse(const QString& text);
    [[nodiscard]] static Result parse(const QString& text, const Options& options);
};

}  // namespace hc::domain
