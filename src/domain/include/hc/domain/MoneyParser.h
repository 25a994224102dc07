#pragma once

#include "hc/domain/Money.h"
#include "hc/domain/ValidationResult.h"

#include <QString>
#include <optional>

namespace hc::domain {

/// Yuan amounts as typed or exported → integer fen, exactly (no floating point anywhere).
///
/// Accepted: "1234", "1234.5", "1,234.50", "¥1234.56" / "￥1234.56" / "RMB 1234.56",
/// "1234.56元", full-width digits and commas, spaces anywhere. At most 2 decimals (extra trailing
/// zeros such as "12.500" are fine, "12.345" is an error: nothing is rounded silently).
/// Negative amounts are an error unless Options::allowNegative ("-0" is zero). Empty text is an
/// error unless Options::emptyIsZero. The normalised value is plain "1234.56".
class MoneyParser {
public:
    struct Options {
        bool allowNegative = false;  ///< refunds / adjustments
        bool emptyIsZero = false;    ///< optional fee columns
    };

    struct Result : ValidationResult {
        std::optional<Fen> fen;
    };

    [[nodiscard]] static Result parse(const QString& text);
    [[nodiscard]] static Result parse(const QString& text, const Options& options);

    /// 123456 → "1,234.56"; -5 → "-0.05".
    [[nodiscard]] static QString formatFen(Fen fen);
    /// 123456 → "1234.56" (for export and storage round-trips).
    [[nodiscard]] static QString formatFenPlain(Fen fen);
    /// 123456 → "¥1,234.56".
    [[nodiscard]] static QString formatYuan(Fen fen);
};

}  // namespace hc::domain
