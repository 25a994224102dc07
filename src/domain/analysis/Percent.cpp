#include "hc/domain/Percent.h"

#include <cstdlib>

namespace hc::domain {

namespace {

/// Floor division for a positive divisor.
long long floorDiv(long long a, long long b) {
    long long q = a / b;
    if ((a % b) != 0 && a < 0) {
        --q;
    }
    return q;
}

}  // namespace

long long divideHalfUp(long long numerator, long long denominator, long long scale) {
    if (denominator <= 0 || scale <= 0) {
        return 0;
    }
    // Split numerator = q × den + r (0 ≤ r < den) so that large amounts do not overflow:
    // num × scale ÷ den = q × scale + r × scale ÷ den, and only the remainder part is rounded.
    const long long q = floorDiv(numerator, denominator);
    const long long r = numerator - q * denominator;
    return q * scale + (2 * r * scale + denominator) / (2 * denominator);
}

int percentBp(long long numerator, long long denominator) {
    return static_cast<int>(divideHalfUp(numerator, denominator, 10000));
}

int deltaBp(int currentBp, int previousBp) {
    return currentBp - previousBp;
}

QString formatHundredths(long long hundredths) {
    const long long magnitude = std::llabs(hundredths);
    QString text = hundredths < 0 ? QStringLiteral("-") : QString();
    text += QString::number(magnitude / 100);
    text += QLatin1Char('.');
    text += QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return text;
}

QString formatPercent(int bp) {
    return formatHundredths(bp);
}

QString formatPercentSign(int bp) {
    return formatPercent(bp) + QLatin1Char('%');
}

QString formatPercentDelta(int bp) {
    if (bp > 0) {
        return QLatin1Char('+') + formatPercent(bp);
    }
    return formatPercent(bp);
}

}  // namespace hc::domain
