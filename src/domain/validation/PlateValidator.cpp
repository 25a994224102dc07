#include "hc/domain/PlateValidator.h"

#include "hc/domain/TextNormalizer.h"

#include <optional>

namespace hc::domain {

namespace {

using Result = PlateValidator::Result;
using Kind = PlateValidator::Kind;

constexpr qsizetype kOrdinaryLength = 5;
constexpr qsizetype kNewEnergyLength = 6;
constexpr qsizetype kSpecialMin = 4;
constexpr qsizetype kEmbassyDigits = 6;

const QString& provinces() {
    static const QString kProvinces =
        QStringLiteral("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领");
    return kProvinces;
}

const QString& specialSuffixes() {
    static const QString kSuffixes = QStringLiteral("挂学警港澳领");
    return kSuffixes;
}

Result make(const ValidationResult& base, Kind kind = Kind::Unknown) {
    Result r;
    static_cast<ValidationResult&>(r) = base;
    r.kind = kind;
    return r;
}

Result fail(const QString& value, const QString& code, const QString& zh, const QString& en) {
    return make(ValidationResult::error(value, code, zh, en));
}

bool isPlateChar(QChar c) {
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z' && c != u'I' && c != u'O');
}

bool isDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

/// Checks the serial part (after province and letter); `offset` is the 1-based position of its
/// first character in the plate.
std::optional<Result> checkSerial(const QString& plate, const QString& serial, qsizetype offset) {
    for (qsizetype i = 0; i < serial.size(); ++i) {
        const QChar c = serial.at(i);
        if (c == u'I' || c == u'O') {
            const QChar likely = c == u'I' ? u'1' : u'0';
            return fail(plate, QStringLiteral("plate.forbidden_letter"),
                        QStringLiteral("车牌第%1位是字母%2,车牌不使用I和O,可能应为数字%3")
                            .arg(offset + i)
                            .arg(c)
                            .arg(likely),
                        QStringLiteral("Position %1 is the letter %2; plates never use I or O, it "
                                       "is probably the digit %3")
                            .arg(offset + i)
                            .arg(c)
                            .arg(likely));
        }
        if (!isPlateChar(c)) {
            return fail(
                plate, QStringLiteral("plate.invalid_char"),
                QStringLiteral("车牌第%1位“%2”无效,这里只能是字母或数字").arg(offset + i).arg(c),
                QStringLiteral("Position %1 (\"%2\") is invalid; only letters and digits "
                               "belong here")
                    .arg(offset + i)
                    .arg(c));
        }
    }
    return std::nullopt;
}

Result tooShort(const QString& plate) {
    return fail(plate, QStringLiteral("plate.too_short"),
                QStringLiteral("车牌号太短:应为省份简称+字母+5位(新能源6位),如陕A12345"),
                QStringLiteral("The plate is too short: province + letter + 5 characters (6 for "
                               "new-energy), e.g. 陕A12345"));
}

Result tooLong(const QString& plate) {
    return fail(plate, QStringLiteral("plate.too_long"),
                QStringLiteral("车牌号太长:应为省份简称+字母+5位(新能源6位),如陕A12345"),
                QStringLiteral("The plate is too long: province + letter + 5 characters (6 for "
                               "new-energy), e.g. 陕A12345"));
}

}  // namespace

QString PlateValidator::normalize(const QString& input) {
    QString s = TextNormalizer::code(input);
    s.remove(QChar(0x00B7));  // · middle dot
    s.remove(QChar(0x30FB));  // ・ katakana middle dot
    s.remove(QChar(0x2022));  // • bullet
    s.remove(u'.');
    s.remove(u'-');
    return s;
}

PlateValidator::Result PlateValidator::validate(const QString& input) {
    const QString plate = normalize(input);
    if (plate.isEmpty()) {
        return fail(plate, QStringLiteral("plate.empty"), QStringLiteral("请填写车牌号"),
                    QStringLiteral("Enter the plate number"));
    }
    const QChar province = plate.at(0);
    if (!provinces().contains(province)) {
        if (province.unicode() < 0x80) {
            return fail(plate, QStringLiteral("plate.missing_province"),
                        QStringLiteral("车牌第一位应为省份简称(如陕、京、粤),请补上"),
                        QStringLiteral("A plate starts with the province abbreviation (e.g. 陕, "
                                       "京, 粤); add it"));
        }
        return fail(plate, QStringLiteral("plate.invalid_province"),
                    QStringLiteral("“%1”不是省份简称,车牌第一位应为如陕、京、粤").arg(province),
                    QStringLiteral("\"%1\" is not a province abbreviation; a plate starts with "
                                   "e.g. 陕, 京, 粤")
                        .arg(province));
    }
    if (province == u'使') {
        const QString rest = plate.mid(1);
        bool allDigits = rest.size() == kEmbassyDigits;
        for (const QChar c : rest) {
            allDigits = allDigits && isDigit(c);
        }
        if (allDigits) {
            return make(ValidationResult::ok(plate), Kind::Embassy);
        }
    }
    if (plate.size() < 2) {
        return tooShort(plate);
    }
    const QChar authority = plate.at(1);
    if (authority < u'A' || authority > u'Z' || authority == u'I' || authority == u'O') {
        return fail(plate, QStringLiteral("plate.invalid_authority_letter"),
                    QStringLiteral("车牌第2位应为字母(A–Z,不含I、O),现在是“%1”").arg(authority),
                    QStringLiteral("The second character of a plate is a letter A–Z (not I or O), "
                                   "not \"%1\"")
                        .arg(authority));
    }
    QString serial = plate.mid(2);
    const bool special = !serial.isEmpty() && specialSuffixes().contains(serial.back());
    if (special) {
        serial.chop(1);
    }
    if (const auto bad = checkSerial(plate, serial, 3)) {
        return *bad;
    }
    if (special) {
        if (serial.size() < kSpecialMin) {
            return tooShort(plate);
        }
        if (serial.size() > kOrdinaryLength) {
            return tooLong(plate);
        }
        return make(ValidationResult::ok(plate), Kind::Special);
    }
    if (serial.size() < kOrdinaryLength) {
        return tooShort(plate);
    }
    if (serial.size() > kNewEnergyLength) {
        return tooLong(plate);
    }
    if (serial.size() == kOrdinaryLength) {
        return make(ValidationResult::ok(plate), Kind::Ordinary);
    }
    const auto isEnergyMarker = [](QChar c) { return c == u'D' || c == u'F'; };
    if (!isEnergyMarker(serial.front()) && !isEnergyMarker(serial.back())) {
        return fail(plate, QStringLiteral("plate.new_energy_marker"),
                    QStringLiteral("8位新能源车牌的第3位或最后一位应为D或F(如粤BD12345、"
                                   "粤B12345D);普通车牌字母后只有5位"),
                    QStringLiteral("An 8-character new-energy plate has D or F in position 3 or "
                                   "in the last position (e.g. 粤BD12345, 粤B12345D); ordinary "
                                   "plates have 5 characters after the letter"));
    }
    return make(ValidationResult::ok(plate), Kind::NewEnergy);
}

QStringList PlateValidator::plateSearchKeys(const QString& plate) {
    const QString p = normalize(plate);
    QStringList keys;
    const auto add = [&keys](const QString& key) {
        if (!key.isEmpty() && !keys.contains(key)) {
            keys.append(key);
        }
    };
    add(p);
    if (!p.isEmpty() && p.at(0).unicode() >= 0x80) {
        add(p.mid(1));
        add(p.mid(2));
    }
    QString digits;
    for (const QChar c : p) {
        if (isDigit(c)) {
            digits.append(c);
        }
    }
    add(digits);
    return keys;
}

}  // namespace hc::domain
