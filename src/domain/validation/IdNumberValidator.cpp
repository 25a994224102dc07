#include "hc/domain/IdNumberValidator.h"

#include "hc/domain/TextNormalizer.h"

#include <QRegularExpression>
#include <array>

namespace hc::domain {

namespace {

using Result = IdNumberValidator::Result;
using Gender = IdNumberValidator::Gender;

constexpr qsizetype kLength18 = 18;
constexpr qsizetype kLength15 = 15;
constexpr qsizetype kMaskHead = 6;
constexpr qsizetype kMaskTail = 4;
constexpr int kEarliestBirthYear = 1800;
constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char16_t kCheckMap[] = u"10X98765432";
// First two digits of valid region codes: provinces, Hong Kong / Macau / Taiwan residence permits
// (81, 82, 83) and the 2023 foreigner permanent residence card (9x).
constexpr std::array<int, 37> kProvinces{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35,
                                         36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54,
                                         61, 62, 63, 64, 65, 71, 81, 82, 83, 91, 93};

Result make(const ValidationResult& base) {
    Result r;
    static_cast<ValidationResult&>(r) = base;
    return r;
}

Result fail(const QString& value, const QString& code, const QString& zh, const QString& en) {
    return make(ValidationResult::error(value, code, zh, en));
}

QString normalizeId(const QString& input) {
    return TextNormalizer::code(input).remove(u'-');
}

bool knownProvince(const QString& id) {
    const int province = id.left(2).toInt();
    for (const int p : kProvinces) {
        if (p == province) {
            return true;
        }
    }
    return false;
}

}  // namespace

std::optional<QChar> IdNumberValidator::checkCharacter(const QString& first17) {
    if (first17.size() != static_cast<qsizetype>(kWeights.size())) {
        return std::nullopt;
    }
    int sum = 0;
    for (qsizetype i = 0; i < first17.size(); ++i) {
        const QChar c = first17.at(i);
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        sum += (c.unicode() - u'0') * kWeights.at(static_cast<std::size_t>(i));
    }
    return QChar(kCheckMap[sum % 11]);
}

IdNumberValidator::Result IdNumberValidator::validate(const QString& input, const QDate& today) {
    const QString id = normalizeId(input);
    if (id.isEmpty()) {
        return fail(id, QStringLiteral("id.empty"), QStringLiteral("请填写身份证号码"),
                    QStringLiteral("Enter the ID card number"));
    }
    if (id.size() != kLength18 && id.size() != kLength15) {
        return fail(id, QStringLiteral("id.invalid_length"),
                    QStringLiteral("身份证号码应为18位(旧证15位),现在是%1位,请核对").arg(id.size()),
                    QStringLiteral("An ID card number has 18 characters (old cards 15); this one "
                                   "has %1, check it")
                        .arg(id.size()));
    }
    const bool is18 = id.size() == kLength18;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id.at(i);
        const bool digit = c >= u'0' && c <= u'9';
        const bool lastX = is18 && i == kLength18 - 1 && c == u'X';
        if (!digit && !lastX) {
            return fail(id, QStringLiteral("id.invalid_char"),
                        QStringLiteral("身份证号码第%1位“%2”无效:只能是数字,18位号码最后一位可为X")
                            .arg(i + 1)
                            .arg(c),
                        QStringLiteral("Character %1 (\"%2\") is invalid: an ID card number has "
                                       "only digits, the last of 18 may be X")
                            .arg(i + 1)
                            .arg(c));
        }
    }
    if (!knownProvince(id)) {
        return fail(id, QStringLiteral("id.invalid_region"),
                    QStringLiteral("身份证号码前两位“%1”不是有效的省份代码,请核对").arg(id.left(2)),
                    QStringLiteral("The first two digits \"%1\" are not a valid province code; "
                                   "check the number")
                        .arg(id.left(2)));
    }
    const QString birthText = is18 ? id.mid(6, 8) : QStringLiteral("19") + id.mid(6, 6);
    const QDate birthday = QDate::fromString(birthText, QStringLiteral("yyyyMMdd"));
    if (!birthday.isValid() || birthday.year() < kEarliestBirthYear) {
        return fail(id, QStringLiteral("id.invalid_birth_date"),
                    QStringLiteral("身份证号码中的出生日期“%1”不是有效日期,请核对第7–%2位")
                        .arg(birthText, is18 ? QStringLiteral("14") : QStringLiteral("12")),
                    QStringLiteral("The birth date \"%1\" in the ID number is not a real date; "
                                   "check digits 7–%2")
                        .arg(birthText, is18 ? QStringLiteral("14") : QStringLiteral("12")));
    }
    if (today.isValid() && birthday > today) {
        return fail(id, QStringLiteral("id.future_birth_date"),
                    QStringLiteral("身份证号码中的出生日期%1晚于今天,请核对号码")
                        .arg(birthday.toString(Qt::ISODate)),
                    QStringLiteral("The birth date %1 in the ID number is in the future; check "
                                   "the number")
                        .arg(birthday.toString(Qt::ISODate)));
    }
    const QChar genderDigit = id.at(is18 ? 16 : 14);
    const Gender gender = ((genderDigit.unicode() - u'0') % 2 == 1) ? Gender::Male : Gender::Female;

    Result r;
    if (is18) {
        const std::optional<QChar> expected = checkCharacter(id.left(17));
        if (!expected || *expected != id.at(17)) {
            return fail(
                id, QStringLiteral("id.check_digit"),
                QStringLiteral("身份证号码校验位(第18位)不符,号码可能抄错了,请对照证件逐位核对"),
                QStringLiteral("The check character (18th) does not match; the number was "
                               "probably mistyped, compare it with the card digit by digit"));
        }
        r = make(ValidationResult::ok(id));
    } else {
        r = make(ValidationResult::warning(
            id, QStringLiteral("id.legacy_15"),
            QStringLiteral("这是15位旧身份证号码,已按19%1年出生处理;建议更新为18位号码%2")
                .arg(id.mid(6, 2), upgradeTo18(id).value_or(QString())),
            QStringLiteral("This is an old 15-digit ID number, read as born in 19%1; update it "
                           "to the 18-digit number %2")
                .arg(id.mid(6, 2), upgradeTo18(id).value_or(QString()))));
    }
    r.birthday = birthday;
    r.gender = gender;
    return r;
}

std::optional<QString> IdNumberValidator::upgradeTo18(const QString& input) {
    const QString id = normalizeId(input);
    static const QRegularExpression re15(QStringLiteral("^[0-9]{15}$"));
    static const QRegularExpression re18(QStringLiteral("^[0-9]{17}[0-9X]$"));
    if (re18.match(id).hasMatch()) {
        return id;
    }
    if (!re15.match(id).hasMatch()) {
        return std::nullopt;
    }
    const QString first17 = id.left(6) + QStringLiteral("19") + id.mid(6);
    const std::optional<QChar> check = checkCharacter(first17);
    if (!check) {
        return std::nullopt;
    }
    return first17 + *check;
}

QString IdNumberValidator::maskIdNumber(const QString& input) {
    const QString id = normalizeId(input);
    if (id.size() <= kMaskHead + kMaskTail) {
        return QString(id.size(), u'*');
    }
    return id.left(kMaskHead) + QString(id.size() - kMaskHead - kMaskTail, u'*') +
           id.right(kMaskTail);
}

}  // namespace hc::domain
