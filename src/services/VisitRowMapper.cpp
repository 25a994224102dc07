#include "hc/services/VisitRowMapper.h"

#include "hc/domain/DateParser.h"
#include "hc/domain/MileageParser.h"
#include "hc/domain/MoneyParser.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/domain/PlateValidator.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/domain/VinValidator.h"
#include "hc/services/HeaderMatcher.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>

namespace hc::services {

namespace {

using domain::MessageLanguage;

/// The columns in the order of VisitRowMapper::Column: field key and accepted spellings (the
/// first one is the canonical Chinese header).
const HeaderMatcher& matcher() {
    static const HeaderMatcher m({
        {QStringLiteral("name"),
         {QStringLiteral("客户姓名"), QStringLiteral("姓名"), QStringLiteral("客户"),
          QStringLiteral("客户名称"), QStringLiteral("name"), QStringLiteral("customer"),
          QStringLiteral("customername")}},
        {QStringLiteral("phone"),
         {QStringLiteral("电话"), QStringLiteral("手机"), QStringLiteral("联系电话"),
          QStringLiteral("手机号"), QStringLiteral("电话号码"), QStringLiteral("phone"),
          QStringLiteral("mobile"), QStringLiteral("tel")}},
        {QStringLiteral("plate"),
         {QStringLiteral("车牌号"), QStringLiteral("车牌"), QStringLiteral("牌照号"),
          QStringLiteral("车牌号码"), QStringLiteral("plate"), QStringLiteral("plateno"),
          QStringLiteral("licenseplate")}},
        {QStringLiteral("vin"),
         {QStringLiteral("车架号"), QStringLiteral("底盘号"), QStringLiteral("vin"),
          QStringLiteral("vin码"), QStringLiteral("chassis")}},
        {QStringLiteral("model"),
         {QStringLiteral("车型"), QStringLiteral("model"), QStringLiteral("车辆型号")}},
        {QStringLiteral("purchase_date"),
         {QStringLiteral("购车日期"), QStringLiteral("purchasedate")}},
        {QStringLiteral("region"),
         {QStringLiteral("地区"), QStringLiteral("所在区域"), QStringLiteral("区域"),
          QStringLiteral("region")}},
        {QStringLiteral("visit_date"),
         {QStringLiteral("进厂日期"), QStringLiteral("维修日期"), QStringLiteral("日期"),
          QStringLiteral("visitdate"), QStringLiteral("date")}},
        {QStringLiteral("mileage"),
         {QStringLiteral("里程"), QStringLiteral("进厂里程"), QStringLiteral("公里数"),
          QStringLiteral("mileage"), QStringLiteral("km")}},
        {QStringLiteral("category"),
         {QStringLiteral("维修类别"), QStringLiteral("类别"), QStringLiteral("维修类型"),
          QStringLiteral("category")}},
        {QStringLiteral("work_order"),
         {QStringLiteral("工单号"), QStringLiteral("派工单编号"), QStringLiteral("工单编号"),
          QStringLiteral("workorder"), QStringLiteral("wo")}},
        {QStringLiteral("amount"),
         {QStringLiteral("实收金额"), QStringLiteral("金额"), QStringLiteral("实收"),
          QStringLiteral("amount"), QStringLiteral("amountyuan")}},
    });
    return m;
}

// Fast paths for the well-formed values that make up nearly every row of a shop export. Each
// accepts only input for which the domain validator provably returns the input itself (or the
// number read from it) without an error; anything else goes to the validator, which stays the
// authority (and writes the message).

bool isDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView s) {
    for (const QChar c : s) {
        if (!isDigit(c)) {
            return false;
        }
    }
    return true;
}

std::int64_t digitsValue(QStringView s) {
    std::int64_t v = 0;
    for (const QChar c : s) {
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

/// TextNormalizer::text leaves `s` unchanged: no white space at all, nothing full-width.
bool isNormalText(QStringView s) {
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u >= 0xFF01 && u <= 0xFF5E) || u == 0x3000 || c.isSpace()) {
            return false;
        }
    }
    return true;
}

QString normalText(const QString& s) {
    return isNormalText(s) ? s : domain::TextNormalizer::text(s);
}

/// TextNormalizer::code leaves `s` unchanged: ASCII, no white space, no lower case.
QString normalCode(const QString& s) {
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || (u >= u'a' && u <= u'z') || c.isSpace()) {
            return domain::TextNormalizer::code(s);
        }
    }
    return s;
}

/// PhoneValidator accepts an 11-digit mobile 1[3-9]xxxxxxxxx as is.
bool isPlainMobile(QStringView s) {
    return s.size() == 11 && allDigits(s) && s[0] == u'1' && s[1] >= u'3';
}

/// DateParser: 'YYYY-MM-DD' of a real date in 1900–2199.
std::optional<QDate> plainIsoDate(QStringView s) {
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-' || !allDigits(s.first(4)) ||
        !allDigits(s.sliced(5, 2)) || !allDigits(s.sliced(8, 2))) {
        return std::nullopt;
    }
    const auto y = static_cast<int>(digitsValue(s.first(4)));
    const auto m = static_cast<int>(digitsValue(s.sliced(5, 2)));
    const auto d = static_cast<int>(digitsValue(s.sliced(8, 2)));
    if (y < 1900 || y > 2199 || m < 1 || m > 12) {
        return std::nullopt;
    }
    const QDate date(y, m, d);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

/// MoneyParser: up to 15 digits, optionally '.' and 1–2 decimals → fen.
std::optional<domain::Fen> plainAmount(QStringView s) {
    const qsizetype dot = s.indexOf(u'.');
    const QStringView whole = dot < 0 ? s : s.first(dot);
    const QStringView cents = dot < 0 ? QStringView() : s.sliced(dot + 1);
    if (whole.isEmpty() || whole.size() > 15 || !allDigits(whole) ||
        (dot >= 0 && (cents.isEmpty() || cents.size() > 2 || !allDigits(cents)))) {
        return std::nullopt;
    }
    domain::Fen fen = digitsValue(whole) * 100;
    if (!cents.isEmpty()) {
        fen += digitsValue(cents) * (cents.size() == 1 ? 10 : 1);
    }
    return fen;
}

/// MileageParser: 1–12 digits → km.
std::optional<std::int64_t> plainMileage(QStringView s) {
    if (s.isEmpty() || s.size() > 12 || !allDigits(s)) {
        return std::nullopt;
    }
    return digitsValue(s);
}

}  // namespace

QString VisitRowMapper::columnKey(Column column) {
    return matcher().key(column);
}

std::optional<VisitRowMapper::Column> VisitRowMapper::columnOfHeader(const QString& header) {
    const auto c = matcher().columnOf(header);
    return c ? std::optional(static_cast<Column>(*c)) : std::nullopt;
}

QString VisitRowMapper::columnChinese(Column column) {
    return matcher().firstAlias(column);
}

std::optional<VisitRowMapper> VisitRowMapper::fromHeader(const QStringList& header,
                                                         domain::MessageLanguage language,
                                                         QString* error) {
    return fromHeader(header, header, language, error);
}

std::optional<VisitRowMapper> VisitRowMapper::fromHeader(const QStringList& header,
                                                         const QStringList& fileHeader,
                                                         domain::MessageLanguage language,
                                                         QString* error) {
    VisitRowMapper m;
    m.header_ = fileHeader;
    m.language_ = language;
    // Field keys first (what a mapping profile writes), then the synonyms.
    const std::vector<int> index = matcher().match(header);
    std::copy(index.begin(), index.end(), m.index_.begin());
    QStringList missing;
    if (m.index_[VisitDate] < 0) {
        missing << QStringLiteral("进厂日期/visit_date");
    }
    if (m.index_[Amount] < 0) {
        missing << QStringLiteral("实收金额/amount");
    }
    if (m.index_[Plate] < 0 && m.index_[Phone] < 0) {
        missing << QStringLiteral("车牌号/plate") +
                       QCoreApplication::translate("hc::services", "或") +
                       QStringLiteral("电话/phone");
    }
    if (!missing.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("hc::services",
                                                 "文件缺少必需的列:%1。第一行必须是列标题。")
                         .arg(missing.join(QStringLiteral(", ")));
        }
        return std::nullopt;
    }
    return m;
}

QString VisitRowMapper::headerOf(Column column) const {
    const int i = index_[column];
    return i >= 0 && i < header_.size() ? header_.at(i).trimmed().remove(QChar(0xFEFF))
                                        : columnKey(column);
}

std::optional<QString> VisitRowMapper::categoryKey(const QString& text) {
    // The keys as written (the usual case): no normalisation, no allocation.
    static const std::array<QString, 6> keys = {
        QStringLiteral("maintenance"), QStringLiteral("repair"),    QStringLiteral("accident"),
        QStringLiteral("warranty"),    QStringLiteral("insurance"), QStringLiteral("other")};
    for (const QString& key : keys) {
        if (text == key) {
            return key;
        }
    }
    const QString t = domain::TextNormalizer::text(text).toLower();
    if (t.isEmpty()) {
        return QStringLiteral("other");
    }
    static const std::pair<const char16_t*, const char*> table[] = {
        {u"保养", "maintenance"},    {u"维修", "repair"},       {u"事故", "accident"},
        {u"质保", "warranty"},       {u"保修", "warranty"},     {u"保险", "insurance"},
        {u"其他", "other"},          {u"其它", "other"},        {u"maintenance", "maintenance"},
        {u"repair", "repair"},       {u"accident", "accident"}, {u"warranty", "warranty"},
        {u"insurance", "insurance"}, {u"other", "other"},
    };
    for (const auto& [name, key] : table) {
        if (t == QStringView(name)) {
            return QString::fromLatin1(key);
        }
    }
    return std::nullopt;
}

std::optional<VisitImportRow> VisitRowMapper::map(const CsvRecord& record, const QDate& today,
                                                  std::vector<ImportReject>& rejects) const {
    const std::size_t before = rejects.size();
    auto field = [&](Column c) -> QString {
        const int i = index_[c];
        return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
    };
    auto reject = [&](Column c, const QString& reason) {
        rejects.push_back(ImportReject{record.line, c == ColumnCount ? QString() : headerOf(c),
                                       reason, record.raw});
    };
    auto message = [&](const domain::ValidationResult& r) { return r.message(language_); };

    VisitImportRow row;
    row.line = record.line;
    row.raw = record.raw;
    if (record.unterminatedQuote) {
        reject(ColumnCount, QCoreApplication::translate(
                                "hc::services", "引号没有闭合(从这一行到文件末尾被当作一个字段)"));
        return std::nullopt;
    }

    row.name = normalText(field(Name));
    row.model = normalText(field(Model));
    row.region = normalText(field(Region));
    row.workOrder = normalCode(field(WorkOrder));

    const QString phone = field(Phone);
    if (isPlainMobile(phone)) {
        row.phone = phone;
    } else if (!phone.isEmpty()) {
        const auto r = domain::PhoneValidator::validate(phone);
        if (r.isError()) {
            reject(Phone, message(r));
        } else {
            row.phone = r.value;
        }
    }
    const QString plate = field(Plate);
    if (!plate.isEmpty()) {
        const auto r = domain::PlateValidator::validate(plate);
        if (r.isError()) {
            reject(Plate, message(r));
        } else {
            row.plate = r.value;
        }
    }
    const QString vin = field(Vin);
    if (!vin.isEmpty()) {
        const auto r = domain::VinValidator::validate(vin);
        if (r.isError()) {
            reject(Vin, message(r));
        } else {
            row.vin = r.value;
        }
    }
    if (phone.isEmpty() && plate.isEmpty()) {
        reject(index_[Plate] >= 0 ? Plate : Phone,
               QCoreApplication::translate("hc::services",
                                           "车牌号和电话都为空:至少需要其中一个才能找到客户"));
    }

    const QString visitDate = field(VisitDate);
    const auto plainVisitDate = plainIsoDate(visitDate);
    if (plainVisitDate && *plainVisitDate <= today) {
        row.visitDate = *plainVisitDate;
    } else if (visitDate.isEmpty()) {
        reject(VisitDate, QCoreApplication::translate("hc::services", "进厂日期为空"));
    } else {
        const auto r = domain::DateParser::parse(visitDate);
        if (r.isError() || !r.date) {
            reject(VisitDate, message(r));
        } else if (*r.date > today) {
            reject(VisitDate, QCoreApplication::translate("hc::services", "进厂日期 %1 在今天之后")
                                  .arg(r.date->toString(Qt::ISODate)));
        } else {
            row.visitDate = *r.date;
        }
    }
    const QString purchase = field(PurchaseDate);
    if (const auto plain = plainIsoDate(purchase)) {
        row.purchaseDate = *plain;
    } else if (!purchase.isEmpty()) {
        const auto r = domain::DateParser::parse(purchase);
        if (r.isError() || !r.date) {
            reject(PurchaseDate, message(r));
        } else {
            row.purchaseDate = *r.date;
        }
    }

    const QString amount = field(Amount);
    if (const auto plain = plainAmount(amount)) {
        row.amountFen = *plain;
    } else if (amount.isEmpty()) {
        reject(Amount, QCoreApplication::translate("hc::services", "实收金额为空"));
    } else {
        const auto r = domain::MoneyParser::parse(amount);
        if (r.isError() || !r.fen) {
            reject(Amount, message(r));
        } else {
            row.amountFen = *r.fen;
        }
    }
    const QString mileage = field(Mileage);
    if (!mileage.isEmpty()) {
        std::optional<std::int64_t> km = plainMileage(mileage);
        if (!km) {
            const auto r = domain::MileageParser::parse(mileage);
            if (r.isError() || !r.km) {
                reject(Mileage, message(r));
            } else {
                km = r.km;
            }
        }
        if (km && *km > std::numeric_limits<int>::max()) {
            reject(Mileage, QCoreApplication::translate("hc::services", "里程数太大"));
        } else if (km) {
            row.mileage = static_cast<int>(*km);
        }
    }
    const QString categoryText = field(Category);
    const auto category = categoryKey(categoryText);
    if (!category) {
        reject(Category,
               QCoreApplication::translate(
                   "hc::services", "未知的维修类别“%1”(可用:保养、维修、事故、质保、保险、其他)")
                   .arg(categoryText));
    } else {
        row.category = *category;
    }
    if (rejects.size() != before) {
        return std::nullopt;
    }
    return row;
}

}  // namespace hc::services
