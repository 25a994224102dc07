#include "hc/domain/VinValidator.h"

#include "hc/domain/TextNormalizer.h"

#include <array>

namespace hc::domain {

namespace {

constexpr qsizetype kVinLength = 17;
constexpr qsizetype kCheckIndex = 8;
constexpr std::array<int, 17> kWeights{8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

/// North American transliteration; -1 for characters not allowed in a VIN.
int transliterate(QChar c) {
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    // A–Z; I, O, Q are not allowed.
    static constexpr std::array<int, 26> kLetters{1, 2,  3, 4,  5, 6, 7, 8, -1, 1, 2, 3, 4,
                                                  5, -1, 7, -1, 9, 2, 3, 4, 5,  6, 7, 8, 9};
    if (u >= u'A' && u <= u'Z') {
        return kLetters.at(static_cast<std::size_t>(u - u'A'));
    }
    return -1;
}

}  // namespace

QString VinValidator::normalize(const QString& input) {
    return TextNormalizer::code(input).remove(u'-');
}

std::optional<QChar> VinValidator::checkDigit(const QString& vin) {
    if (vin.size() != kVinLength) {
        return std::nullopt;
    }
    int sum = 0;
    for (qsizetype i = 0; i < kVinLength; ++i) {
        const int v = transliterate(vin.at(i));
        if (v < 0) {
            return std::nullopt;
        }
        sum += v * kWeights.at(static_cast<std::size_t>(i));
    }
    const int rest = sum % 11;
    return rest == 10 ? QChar(u'X') : QChar(static_cast<char16_t>(u'0' + rest));
}

ValidationResult VinValidator::validate(const QString& input) {
    const QString vin = normalize(input);
    if (vin.isEmpty()) {
        return ValidationResult::error(vin, QStringLiteral("vin.empty"),
                                       QStringLiteral("请填写车架号(VIN,17位)"),
                                       QStringLiteral("Enter the VIN (17 characters)"));
    }
    for (qsizetype i = 0; i < vin.size(); ++i) {
        const QChar c = vin.at(i);
        if (c == u'I' || c == u'O' || c == u'Q') {
            const QChar likely = c == u'I' ? u'1' : u'0';
            return ValidationResult::error(
                vin, QStringLiteral("vin.forbidden_letter"),
                QStringLiteral("车架号第%1位是字母%2,车架号中不使用I、O、Q,可能应为数字%3")
                    .arg(i + 1)
                    .arg(c)
                    .arg(likely),
                QStringLiteral("Position %1 is the letter %2; a VIN never uses I, O or Q, it is "
                               "probably the digit %3")
                    .arg(i + 1)
                    .arg(c)
                    .arg(likely));
        }
        if (transliterate(c) < 0) {
            return ValidationResult::error(
                vin, QStringLiteral("vin.invalid_char"),
                QStringLiteral("车架号第%1位“%2”无效,车架号只含字母和数字").arg(i + 1).arg(c),
                QStringLiteral("Position %1 (\"%2\") is invalid; a VIN has only letters and "
                               "digits")
                    .arg(i + 1)
                    .arg(c));
        }
    }
    if (vin.size() != kVinLength) {
        return ValidationResult::error(
            vin, QStringLiteral("vin.invalid_length"),
            QStringLiteral("车架号应为17位,现在是%1位,请对照行驶证核对").arg(vin.size()),
            QStringLiteral("A VIN has 17 characters, this one has %1; compare it with the vehicle "
                           "licence")
                .arg(vin.size()));
    }
    const std::optional<QChar> expected = checkDigit(vin);
    if (expected && *expected != vin.at(kCheckIndex)) {
        return ValidationResult::warning(
            vin, QStringLiteral("vin.check_digit"),
            QStringLiteral("车架号第9位校验码不符(按校验应为%1);国产车常不使用校验码,"
                           "若与行驶证一致可以保存")
                .arg(*expected),
            QStringLiteral("The check digit in position 9 does not match (expected %1); many "
                           "Chinese VINs do not use it, keep it if it matches the vehicle licence")
                .arg(*expected));
    }
    return ValidationResult::ok(vin);
}

}  // namespace hc::domain
