#include "hc/domain/PhoneValidator.h"

#include "hc/domain/TextNormalizer.h"

#include <QRegularExpression>
#include <QStringList>

namespace hc::domain {

namespace {

using Result = PhoneValidator::Result;
using Kind = PhoneValidator::Kind;

constexpr qsizetype kMobileLength = 11;
constexpr qsizetype kLocalMin = 7;
constexpr qsizetype kLocalMax = 8;
constexpr qsizetype kExtensionMax = 6;
constexpr qsizetype kServiceLength = 10;
constexpr qsizetype kTailVisible = 4;

Result make(const ValidationResult& base, Kind kind = Kind::Unknown) {
    Result r;
    static_cast<ValidationResult&>(r) = base;
    r.kind = kind;
    return r;
}

Result fail(const QString& value, const QString& code, const QString& zh, const QString& en) {
    return make(ValidationResult::error(value, code, zh, en));
}

bool isAllowedSeparator(QChar c) {
    return c.isSpace() || c == u'-' || c == u'(' || c == u')' || c == u'+' || c == u'.' ||
           c == u'/';
}

Result validateMobile(const QString& digits, const QString& shown) {
    if (digits.size() != kMobileLength) {
        return fail(
            shown, QStringLiteral("phone.invalid_length"),
            QStringLiteral("手机号应为11位数字,以1开头,第二位为3–9;现在是%1位,请核对是否多输或漏输")
                .arg(digits.size()),
            QStringLiteral("A mobile number has 11 digits starting with 1 and a second digit 3–9; "
                           "this one has %1 digits, check for a missing or extra digit")
                .arg(digits.size()));
    }
    if (digits.at(1) < u'3') {
        return fail(shown, QStringLiteral("phone.invalid_mobile_prefix"),
                    QStringLiteral("手机号第二位应为3–9,现在是%1,请核对号码").arg(digits.at(1)),
                    QStringLiteral("The second digit of a mobile number must be 3–9, not %1; "
                                   "check the number")
                        .arg(digits.at(1)));
    }
    Result r = make(ValidationResult::ok(digits), Kind::Mobile);
    r.number = digits;
    return r;
}

Result extensionTooLong(const QString& extension, const QString& shown) {
    return fail(
        shown, QStringLiteral("phone.invalid_extension"),
        QStringLiteral("分机号最多6位,现在是%1位,请核对").arg(extension.size()),
        QStringLiteral("An extension has at most 6 digits, this one has %1").arg(extension.size()));
}

Result validateLandline(QStringList groups, QString extension, const QString& shown) {
    QString area;
    if (groups.size() >= 2 && groups.first().size() <= 4) {
        area = groups.takeFirst();
    } else {
        const QString& first = groups.first();
        const qsizetype len =
            (first.startsWith(QStringLiteral("010")) || first.startsWith(QStringLiteral("02"))) ? 3
                                                                                                : 4;
        if (first.size() > len) {
            area = first.left(len);
            groups.first() = first.mid(len);
        } else {
            area = groups.takeFirst();
        }
    }
    if (area.size() < 3 || area.size() > 4 || area.at(1) == u'0') {
        return fail(shown, QStringLiteral("phone.invalid_area_code"),
                    QStringLiteral("区号“%1”无效:区号为3–4位,以0开头(如010、029、0755),"
                                   "请按“区号-号码”填写")
                        .arg(area),
                    QStringLiteral("Area code \"%1\" is invalid: it has 3–4 digits starting with 0 "
                                   "(e.g. 010, 029, 0755); enter AREA-NUMBER")
                        .arg(area));
    }
    QString number;
    qsizetype i = 0;
    while (i < groups.size() && number.size() < kLocalMin) {
        number += groups.at(i++);
    }
    if (number.size() < kLocalMin || number.size() > kLocalMax) {
        return fail(shown, QStringLiteral("phone.invalid_landline_length"),
                    QStringLiteral("座机号码(区号后)应为7–8位,现在是%1位;格式如029-81629900")
                        .arg(number.size()),
                    QStringLiteral("A landline number after the area code has 7–8 digits, this "
                                   "one has %1; use the form 029-81629900")
                        .arg(number.size()));
    }
    if (number.at(0) == u'0') {
        return fail(shown, QStringLiteral("phone.invalid_local_number"),
                    QStringLiteral("座机号码(区号后)不能以0开头,请核对是否重复输入了区号的0"),
                    QStringLiteral("A landline number after the area code cannot start with 0; "
                                   "check for a repeated 0 of the area code"));
    }
    const QString rest = groups.mid(i).join(QString());
    if (!rest.isEmpty()) {
        if (!extension.isEmpty()) {
            return fail(shown, QStringLiteral("phone.invalid_extension"),
                        QStringLiteral("号码后面多出数字“%1”,分机号只能有一个").arg(rest),
                        QStringLiteral("Extra digits \"%1\" after the number; only one extension "
                                       "is allowed")
                            .arg(rest));
        }
        extension = rest;
    }
    if (extension.size() > kExtensionMax) {
        return extensionTooLong(extension, shown);
    }
    QString value = area + u'-' + number;
    if (!extension.isEmpty()) {
        value += u'-' + extension;
    }
    Result r = make(ValidationResult::ok(value), Kind::Landline);
    r.areaCode = area;
    r.number = number;
    r.extension = extension;
    return r;
}

}  // namespace

PhoneValidator::Result PhoneValidator::validate(const QString& input) {
    QString s = TextNormalizer::toHalfWidth(input).trimmed();
    const QString shown = TextNormalizer::collapseWhitespace(s);
    if (s.isEmpty()) {
        return fail(s, QStringLiteral("phone.empty"), QStringLiteral("请填写电话号码"),
                    QStringLiteral("Enter a phone number"));
    }

    QString extension;
    static const QRegularExpression extRe(
        QStringLiteral(R"((?:转|分机|ext\.?|x|#)\s*(\d{1,10})\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = extRe.match(s); m.hasMatch()) {
        extension = m.captured(1);
        s = s.left(m.capturedStart()).trimmed();
    }

    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (!c.isDigit() && !isAllowedSeparator(c)) {
            return fail(shown, QStringLiteral("phone.invalid_char"),
                        QStringLiteral("电话号码中不能有“%1”,只填数字,可用空格或“-”分隔").arg(c),
                        QStringLiteral("A phone number cannot contain \"%1\"; use digits, "
                                       "separated by spaces or '-' if needed")
                            .arg(c));
        }
        if (c.isDigit() && (c < u'0' || c > u'9')) {
            return fail(
                shown, QStringLiteral("phone.invalid_char"),
                QStringLiteral("电话号码中不能有“%1”,请用阿拉伯数字0–9").arg(c),
                QStringLiteral("A phone number cannot contain \"%1\"; use digits 0–9").arg(c));
        }
    }

    static const QRegularExpression nonDigit(QStringLiteral("[^0-9]+"));
    QStringList groups = s.split(nonDigit, Qt::SkipEmptyParts);
    if (groups.isEmpty()) {
        return fail(shown, QStringLiteral("phone.unrecognized"),
                    QStringLiteral("没有找到电话号码的数字,请填写手机号或“区号-号码”"),
                    QStringLiteral("No digits found; enter a mobile number or AREA-NUMBER"));
    }

    // "80013672-96", "86138232-25678": a local number with its extension as written below (a
    // first group of 7–8 digits and more digits after it), neither a service number nor 86 + a
    // mobile, so that the normalised value validates to itself.
    const bool localWithExtension = groups.size() >= 2 && groups.first().size() >= kLocalMin &&
                                    groups.first().size() <= kLocalMax;
    bool international = false;
    const bool plus = s.contains(u'+');
    if (plus) {
        if (!s.startsWith(QStringLiteral("+86")) && !s.startsWith(QStringLiteral("(+86")) &&
            !s.startsWith(QStringLiteral("+ 86"))) {
            return fail(shown, QStringLiteral("phone.invalid_country_code"),
                        QStringLiteral("只支持中国号码(+86),请去掉其他国家区号或写在备注中"),
                        QStringLiteral("Only Chinese numbers (+86) are supported; remove the "
                                       "foreign country code or put the number in the notes"));
        }
        groups.first().remove(0, 2);
        international = true;
    } else if (groups.first().startsWith(QStringLiteral("0086"))) {
        groups.first().remove(0, 4);
        international = true;
    } else if (groups.first().startsWith(QStringLiteral("86")) && !localWithExtension &&
               groups.join(QString()).size() == kMobileLength + 2 &&
               groups.join(QString()).at(2) == u'1') {
        groups.first().remove(0, 2);
        international = true;
    }
    if (groups.first().isEmpty()) {
        groups.removeFirst();
    }
    if (groups.isEmpty()) {
        return fail(shown, QStringLiteral("phone.unrecognized"),
                    QStringLiteral("国家区号后缺少号码,请填写完整的电话号码"),
                    QStringLiteral("The number after the country code is missing"));
    }
    if (international && groups.first().at(0) != u'0' && groups.first().at(0) != u'1') {
        groups.first().prepend(u'0');  // +86 29 81629900 → 029 81629900
    }

    const QString digits = groups.join(QString());
    const QChar lead = digits.at(0);
    if (lead == u'1') {
        if (!extension.isEmpty()) {
            return fail(shown, QStringLiteral("phone.invalid_extension"),
                        QStringLiteral("手机号不能带分机号,请去掉分机号"),
                        QStringLiteral("A mobile number has no extension; remove it"));
        }
        return validateMobile(digits, shown);
    }
    if (lead == u'0') {
        return validateLandline(groups, extension, shown);
    }
    if ((digits.startsWith(QStringLiteral("400")) || digits.startsWith(QStringLiteral("800"))) &&
        digits.size() == kServiceLength && extension.isEmpty() && !localWithExtension) {
        Result r = make(
            ValidationResult::ok(digits.left(3) + u'-' + digits.mid(3, 3) + u'-' + digits.mid(6)),
            Kind::Service);
        r.number = digits;
        return r;
    }
    // A local number without area code; an extension typed ("81629900转123") or as this
    // validator writes it ("81629900-123": digits after the 7–8 of the number), so that the value
    // returned validates to itself (found by fuzz/phone_fuzzer.cpp).
    QString local;
    qsizetype used = 0;
    while (used < groups.size() && local.size() < kLocalMin) {
        local += groups.at(used++);
    }
    const QString rest = groups.mid(used).join(QString());
    if (local.size() >= kLocalMin && local.size() <= kLocalMax && !international &&
        (rest.isEmpty() || extension.isEmpty())) {
        if (!rest.isEmpty()) {
            extension = rest;
        }
        if (extension.size() > kExtensionMax) {
            return extensionTooLong(extension, shown);
        }
        QString value = local;
        if (!extension.isEmpty()) {
            value += u'-' + extension;
        }
        Result r = make(ValidationResult::warning(
                            value, QStringLiteral("phone.no_area_code"),
                            QStringLiteral("座机号码缺少区号,请在前面加上区号,如029-81629900"),
                            QStringLiteral("The landline number has no area code; add it in front, "
                                           "e.g. 029-81629900")),
                        Kind::Landline);
        r.number = local;
        r.extension = extension;
        return r;
    }
    return fail(shown, QStringLiteral("phone.unrecognized"),
                QStringLiteral("无法识别的电话号码:手机号为11位(如13812345678),"
                               "座机为“区号-号码”(如029-81629900)"),
                QStringLiteral("Unrecognised phone number: a mobile has 11 digits (e.g. "
                               "13812345678), a landline is AREA-NUMBER (e.g. 029-81629900)"));
}

QString PhoneValidator::maskPhone(const QString& phone) {
    const Result r = validate(phone);
    const QString stars = QStringLiteral("****");
    switch (r.kind) {
        case Kind::Mobile:
            return r.number.left(3) + stars + r.number.right(kTailVisible);
        case Kind::Landline:
            if (!r.areaCode.isEmpty()) {
                return r.areaCode + u'-' + stars + r.number.right(kTailVisible);
            }
            break;
        case Kind::Service:
            return r.number.left(3) + QStringLiteral("-***-") + r.number.right(kTailVisible);
        case Kind::Unknown:
            break;
    }
    const QString digits = TextNormalizer::digitsOnly(r.number.isEmpty() ? phone : r.number);
    if (digits.size() > kTailVisible + 2) {
        return stars + digits.right(kTailVisible);
    }
    return stars;
}

QString PhoneValidator::phoneTail(const QString& phone, int count) {
    if (count <= 0) {
        return {};
    }
    const Result r = validate(phone);
    if (r.kind != Kind::Unknown) {
        return r.number.right(count);
    }
    return TextNormalizer::digitsOnly(phone).right(count);
}

}  // namespace hc::domain
