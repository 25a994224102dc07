#include "hc/domain/MileageParser.h"

#include "hc/domain/TextNormalizer.h"

#include <QRegularExpression>

namespace hc::domain {

namespace {

using Result = MileageParser::Result;

constexpr std::int64_t kTenThousand = 10'000;
constexpr qsizetype kMaxIntegerDigits = 12;
constexpr qsizetype kMaxFractionDigits = 9;
/// The largest reading kept (12 digits): anything larger, also after rounding or ×万, is refused,
/// so a stored value always parses back to itself.
constexpr std::int64_t kMaxKm = 999'999'999'999;

Result make(const ValidationResult& base) {
    Result r;
    static_cast<ValidationResult&>(r) = base;
    return r;
}

Result fail(const QString& value, const QString& code, const QString& zh, const QString& en) {
    return make(ValidationResult::error(value, code, zh, en));
}

bool chopSuffix(QString& s, const QString& suffix) {
    if (s.endsWith(suffix, Qt::CaseInsensitive)) {
        s.chop(suffix.size());
        return true;
    }
    return false;
}

}  // namespace

MileageParser::Result MileageParser::parse(const QString& text) {
    return parse(text, Options{});
}

MileageParser::Result MileageParser::parse(const QString& text, const Options& options) {
    const QString shown = TextNormalizer::text(text);
    QString s = TextNormalizer::removeWhitespace(shown);
    if (s.isEmpty()) {
        if (options.allowEmpty) {
            return make(ValidationResult::ok(QString()));
        }
        return fail(shown, QStringLiteral("mileage.empty"),
                    QStringLiteral("请填写里程(公里),如12345"),
                    QStringLiteral("Enter the mileage in km, e.g. 12345"));
    }
    if (!chopSuffix(s, QStringLiteral("km"))) {
        if (!chopSuffix(s, QStringLiteral("公里"))) {
            chopSuffix(s, QStringLiteral("千米"));
        }
    }
    const bool tenThousands = chopSuffix(s, QStringLiteral("万"));
    if (s.startsWith(u'-') || s.startsWith(QChar(0x2212))) {
        return fail(shown, QStringLiteral("mileage.negative"),
                    QStringLiteral("里程不能为负数,请填写仪表盘上的总里程"),
                    QStringLiteral("The mileage cannot be negative; enter the odometer total"));
    }
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$)"));
    const auto m = re.match(s);
    if (!m.hasMatch()) {
        return fail(
            shown, QStringLiteral("mileage.invalid_format"),
            QStringLiteral("无法识别里程“%1”,请填写公里数,如12345、12,345或1.2万").arg(shown),
            QStringLiteral("Cannot read the mileage \"%1\"; enter kilometres, e.g. 12345, "
                           "12,345 or 1.2万")
                .arg(shown));
    }
    const QString intPart = m.captured(1).remove(u',');
    QString fraction = m.captured(2);
    QString digits = intPart;
    while (digits.size() > 1 && digits.front() == u'0') {
        digits.remove(0, 1);
    }
    if (digits.size() > kMaxIntegerDigits) {
        return fail(shown, QStringLiteral("mileage.too_large"),
                    QStringLiteral("里程“%1”过大,请核对").arg(shown),
                    QStringLiteral("The mileage \"%1\" is too large; check it").arg(shown));
    }
    if (fraction.size() > kMaxFractionDigits) {
        fraction.truncate(kMaxFractionDigits);  // below a millimetre: irrelevant
    }
    const std::int64_t unit = tenThousands ? kTenThousand : 1;
    std::int64_t km = digits.toLongLong() * unit;
    bool rounded = false;
    if (!fraction.isEmpty()) {
        std::int64_t denominator = 1;
        for (qsizetype i = 0; i < fraction.size(); ++i) {
            denominator *= 10;
        }
        const std::int64_t scaled = fraction.toLongLong() * unit;
        std::int64_t whole = scaled / denominator;
        const std::int64_t remainder = scaled % denominator;
        if (remainder * 2 >= denominator) {
            ++whole;
        }
        rounded = remainder != 0;
        km += whole;
    }
    if (km > kMaxKm) {
        return fail(shown, QStringLiteral("mileage.too_large"),
                    QStringLiteral("里程“%1”过大,请核对").arg(shown),
                    QStringLiteral("The mileage \"%1\" is too large; check it").arg(shown));
    }
    const QString value = QString::number(km);
    Result r;
    if (rounded) {
        r = make(ValidationResult::warning(
            value, QStringLiteral("mileage.rounded"),
            QStringLiteral("里程“%1”已取整为%2公里").arg(shown, value),
            QStringLiteral("The mileage \"%1\" was rounded to %2 km").arg(shown, value)));
    } else if (km > options.maxPlausibleKm) {
        r = make(ValidationResult::warning(
            value, QStringLiteral("mileage.implausible"),
            QStringLiteral("里程%1公里异常偏大,请核对是否多输了数字").arg(value),
            QStringLiteral("A mileage of %1 km is unusually high; check for an extra digit")
                .arg(value)));
    } else {
        r = make(ValidationResult::ok(value));
    }
    r.km = km;
    return r;
}

}  // namespace hc::domain
