#include "hc/domain/MoneyParser.h"

#include "hc/domain/TextNormalizer.h"

#include <QRegularExpression>

namespace hc::domain {

namespace {

using Result = MoneyParser::Result;

constexpr qsizetype kMaxIntegerDigits = 15;  // up to 999 trillion yuan, far inside int64 fen
constexpr qsizetype kDecimals = 2;
constexpr int kFenPerYuan = 100;
constexpr qsizetype kGroup = 3;
constexpr char16_t kYen = 0x00A5;
constexpr char16_t kFullWidthYen = 0xFFE5;
constexpr char16_t kMinusSign = 0x2212;

Result make(const ValidationResult& base) {
    Result r;
    static_cast<ValidationResult&>(r) = base;
    return r;
}

Result fail(const QString& value, const QString& code, const QString& zh, const QString& en) {
    return make(ValidationResult::error(value, code, zh, en));
}

bool takeSign(QString& s) {
    if (!s.isEmpty() && (s.front() == u'-' || s.front() == QChar(kMinusSign))) {
        s.remove(0, 1);
        return true;
    }
    if (!s.isEmpty() && s.front() == u'+') {
        s.remove(0, 1);
    }
    return false;
}

void takeCurrency(QString& s) {
    if (!s.isEmpty() && (s.front() == QChar(kYen) || s.front() == QChar(kFullWidthYen))) {
        s.remove(0, 1);
    } else if (s.startsWith(QStringLiteral("RMB"), Qt::CaseInsensitive) ||
               s.startsWith(QStringLiteral("CNY"), Qt::CaseInsensitive)) {
        s.remove(0, 3);
    }
}

QString group(const QString& digits) {
    QString out;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % kGroup == 0) {
            out.append(u',');
        }
        out.append(digits.at(i));
    }
    return out;
}

QString format(Fen fen, bool grouping) {
    const bool negative = fen < 0;
    // Magnitude as unsigned so that the minimum int64 does not overflow.
    const auto magnitude = negative
                               ? static_cast<std::uint64_t>(0) - static_cast<std::uint64_t>(fen)
                               : static_cast<std::uint64_t>(fen);
    const QString yuan = QString::number(magnitude / kFenPerYuan);
    const QString cents = QStringLiteral("%1").arg(magnitude % kFenPerYuan, 2, 10, QChar(u'0'));
    return (negative ? QStringLiteral("-") : QString()) + (grouping ? group(yuan) : yuan) + u'.' +
           cents;
}

}  // namespace

MoneyParser::Result MoneyParser::parse(const QString& text) {
    return parse(text, Options{});
}

MoneyParser::Result MoneyParser::parse(const QString& text, const Options& options) {
    const QString shown = TextNormalizer::text(text);
    QString s = TextNormalizer::removeWhitespace(shown);
    if (s.isEmpty()) {
        if (options.emptyIsZero) {
            Result r = make(ValidationResult::ok(formatFenPlain(0)));
            r.fen = 0;
            return r;
        }
        return fail(shown, QStringLiteral("money.empty"), QStringLiteral("请填写金额,如1234.50"),
                    QStringLiteral("Enter an amount, e.g. 1234.50"));
    }
    bool negative = takeSign(s);
    takeCurrency(s);
    if (!negative) {
        negative = takeSign(s);
    }
    if (s.endsWith(u'元')) {
        s.chop(1);
    }

    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$)"));
    const auto m = re.match(s);
    const QString intPart = m.hasMatch() ? m.captured(1).remove(u',') : QString();
    QString fraction = m.hasMatch() ? m.captured(2) : QString();
    if (!m.hasMatch() || (intPart.isEmpty() && fraction.isEmpty())) {
        return fail(shown, QStringLiteral("money.invalid_format"),
                    QStringLiteral("无法识别金额“%1”:只填数字,小数点用“.”,千位可用“,”分隔,"
                                   "如1,234.50")
                        .arg(shown),
                    QStringLiteral("Cannot read the amount \"%1\": use digits, '.' for decimals "
                                   "and ',' between thousands, e.g. 1,234.50")
                        .arg(shown));
    }
    if (fraction.size() > kDecimals) {
        const QString extra = fraction.mid(kDecimals);
        if (extra.count(u'0') != extra.size()) {
            return fail(shown, QStringLiteral("money.too_many_decimals"),
                        QStringLiteral("金额“%1”的小数超过2位(分),请精确到分,如1234.56").arg(shown),
                        QStringLiteral("The amount \"%1\" has more than 2 decimals; amounts are "
                                       "exact to the fen (0.01), e.g. 1234.56")
                            .arg(shown));
        }
        fraction.truncate(kDecimals);
    }
    QString digits = intPart;
    while (digits.size() > 1 && digits.front() == u'0') {
        digits.remove(0, 1);
    }
    if (digits.size() > kMaxIntegerDigits) {
        return fail(shown, QStringLiteral("money.too_large"),
                    QStringLiteral("金额“%1”过大,请核对").arg(shown),
                    QStringLiteral("The amount \"%1\" is too large; check it").arg(shown));
    }
    const Fen yuan = digits.isEmpty() ? 0 : digits.toLongLong();
    const Fen cents = fraction.leftJustified(kDecimals, u'0').toLongLong();
    Fen fen = yuan * kFenPerYuan + cents;
    if (negative && fen != 0) {
        if (!options.allowNegative) {
            return fail(shown, QStringLiteral("money.negative"),
                        QStringLiteral("金额不能为负数(实收金额不能小于0),请去掉负号或按退款处理"),
                        QStringLiteral("The amount cannot be negative (an amount received is at "
                                       "least 0); remove the minus sign or record a refund"));
        }
        fen = -fen;
    }
    Result r = make(ValidationResult::ok(formatFenPlain(fen)));
    r.fen = fen;
    return r;
}

QString MoneyParser::formatFen(Fen fen) {
    return format(fen, true);
}

QString MoneyParser::formatFenPlain(Fen fen) {
    return format(fen, false);
}

QString MoneyParser::formatYuan(Fen fen) {
    return QChar(kYen) + formatFen(fen);
}

}  // namespace hc::domain
