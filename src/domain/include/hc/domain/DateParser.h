#pragma once

#include "hc/domain/ValidationResult.h"

#include <QDate>
#include <QString>
#include <optional>

namespace hc::domain {

/// Dates as shops type them and export them from spreadsheets and older software.
///
/// Accepted (full-width digits allowed, surrounding spaces ignored, a trailing time such as
/// " 10:22", " 10:22:05" or "T10:22:05" ignored):
///   2016-08-03, 2016/8/3, 2016.8.3 (one separator throughout), 2016年8月3日 (日 optional),
///   20160803. Year 1900–2199.
/// Excel serial numbers ("42585") are ambiguous and rejected unless Options::allowExcelSerial.
/// The normalised value is ISO "YYYY-MM-DD" (QDate::toString(Qt::ISODate)).
class DateParser {
public:
    struct Options {
        bool allowExcelSerial = false;  ///< "42585" → 2016-08-03 (Excel 1900 date system)
        bool allowEmpty = false;        ///< empty text → Ok without a date instead of an error
    };

    struct Result : ValidationResult {
        std::optional<QDate> date;
    };

    [[nodiscard]] static Result parse(const QString& text);
    [[nodiscard]] static Result parse(const QString& text, const Options& options);

    /// Convenience: the date, or nullopt on any error.
    [[nodiscard]] static std::optional<QDate> toDate(const QString& text);
};

}  // namespace hc::domain
