#include "hc/services/CustomerRowMapper.h"

#include "hc/domain/DateParser.h"
#include "hc/domain/IdNumberValidator.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/domain/PlateValidator.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/domain/VinValidator.h"
#include "hc/services/HeaderMatcher.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace hc::services {

namespace {

/// The columns in the order of CustomerRowMapper::Column: field key and accepted spellings.
const HeaderMatcher& matcher() {
    static const HeaderMatcher m({
        {QStringLiteral("name"),
         {QStringLiteral("客户姓名"), QStringLiteral("姓名"), QStringLiteral("客户"),
          QStringLiteral("客户名称"), QStringLiteral("车主"), QStringLiteral("name"),
          QStringLiteral("customer"), QStringLiteral("customername")}},
        {QStringLiteral("phone"),
         {QStringLiteral("电话"), QStringLiteral("手机"), QStringLiteral("联系电话"),
          QStringLiteral("手机号"), QStringLiteral("电话号码"), QStringLiteral("phone"),
          QStringLiteral("mobile"), QStringLiteral("tel")}},
        {QStringLiteral("phone2"),
         {QStringLiteral("电话2"), QStringLiteral("备用电话"), QStringLiteral("其他电话"),
          QStringLiteral("固定电话"), QStringLiteral("座机"), QStringLiteral("phone2")}},
        {QStringLiteral("id_number"),
         {QStringLiteral("身份证号"), QStringLiteral("身份证"), QStringLiteral("身份证号码"),
          QStringLiteral("证件号码"), QStringLiteral("idnumber")}},
        {QStringLiteral("address"),
         {QStringLiteral("地址"), QStringLiteral("联系地址"), QStringLiteral("住址"),
          QStringLiteral("address")}},
        {QStringLiteral("region"),
         {QStringLiteral("地区"), QStringLiteral("所在区域"), QStringLiteral("区域"),
          QStringLiteral("region")}},
        {QStringLiteral("plate"),
         {QStringLiteral("车牌号"), QStringLiteral("车牌"), QStringLiteral("牌照号"),
          QStringLiteral("车牌号码"), QStringLiteral("plate"), QStringLiteral("plates"),
          QStringLiteral("plateno"), QStringLiteral("licenseplate")}},
        {QStringLiteral("vin"),
         {QStringLiteral("车架号"), QStringLiteral("底盘号"), QStringLiteral("vin"),
          QStringLiteral("vins"), QStringLiteral("vin码"), QStringLiteral("chassis")}},
        {QStringLiteral("model"),
         {QStringLiteral("车型"), QStringLiteral("model"), QStringLiteral("models"),
          QStringLiteral("车辆型号")}},
        {QStringLiteral("purchase_date"),
         {QStringLiteral("购车日期"), QStringLiteral("purchasedate"),
          QStringLiteral("purchasedates")}},
    });
    return m;
}

/// A list cell split into its items (codes: also at '/', ',' and spaces).
QStringList items(const QString& text, bool code) {
    static const QRegularExpression codeSeparators(QStringLiteral("[;；、/|,，\\s]+"));
    static const QRegularExpression textSeparators(QStringLiteral("[;；、|\\n\\r]+"));
    QStringList out = text.split(code ? codeSeparators : textSeparators, Qt::SkipEmptyParts);
    for (QString& s : out) {
        s = s.trimmed();
    }
    out.removeAll(QString());
    return out;
}

}  // namespace

QString CustomerRowMapper::columnKey(Column column) {
    return matcher().key(column);
}

std::optional<CustomerRowMapper::Column> CustomerRowMapper::columnOfHeader(const QString& header) {
    const auto c = matcher().columnOf(header);
    return c ? std::optional(static_cast<Column>(*c)) : std::nullopt;
}

std::optional<CustomerRowMapper> CustomerRowMapper::fromHeader(const QStringList& mapped,
                                                               const QStringList& fileHeader,
                                                               domain::MessageLanguage language,
                                                               QString* error) {
    CustomerRowMapper m;
    m.header_ = fileHeader;
    m.language_ = language;
    const std::vector<int> index = matcher().match(mapped);
    std::copy(index.begin(), index.end(), m.index_.begin());
    QStringList missing;
    if (m.index_[Name] < 0) {
        missing << QStringLiteral("客户姓名/name");
    }
    if (m.index_[Phone] < 0 && m.index_[Plate] < 0 && m.index_[Vin] < 0) {
        missing << QStringLiteral("电话/phone") +
                       QCoreApplication::translate("hc::services", "或") +
                       QStringLiteral("车牌号/plate") +
                       QCoreApplication::translate("hc::services", "或") +
                       QStringLiteral("车架号/vin");
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

QString CustomerRowMapper::headerOf(Column column) const {
    const int i = index_[column];
    return i >= 0 && i < header_.size() ? header_.at(i).trimmed().remove(QChar(0xFEFF))
                                        : columnKey(column);
}

std::optional<CustomerImportRow> CustomerRowMapper::map(const CsvRecord& record, const QDate& today,
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

    CustomerImportRow row;
    row.line = record.line;
    row.raw = record.raw;
    if (record.unterminatedQuote) {
        reject(ColumnCount, QCoreApplication::translate(
                                "hc::services", "引号没有闭合(从这一行到文件末尾被当作一个字段)"));
        return std::nullopt;
    }
    row.name = domain::TextNormalizer::text(field(Name));
    row.address = domain::TextNormalizer::text(field(Address));
    row.region = domain::TextNormalizer::text(field(Region));
    for (const Column c : {Phone, Phone2}) {
        const QString phone = field(c);
        if (phone.isEmpty()) {
            continue;
        }
        const auto r = domain::PhoneValidator::validate(phone);
        if (r.isError()) {
            reject(c, message(r));
        } else {
            (c == Phone ? row.phone : row.phone2) = r.value;
        }
    }
    if (const QString id = field(IdNumber); !id.isEmpty()) {
        const auto r = domain::IdNumberValidator::validate(id, today);
        if (r.isError()) {
            reject(IdNumber, message(r));
        } else {
            row.idNumber = r.value;
        }
    }
    const QStringList plates = items(field(Plate), true);
    const QStringList vins = items(field(Vin), true);
    const QStringList models = items(field(Model), false);
    const QStringList dates = items(field(PurchaseDate), false);
    const qsizetype cars = std::max(plates.size(), vins.size());
    for (qsizetype i = 0; i < cars; ++i) {
        CustomerImportRow::Car car;
        if (i < plates.size()) {
            const auto r = domain::PlateValidator::validate(plates.at(i));
            if (r.isError()) {
                reject(Plate, message(r));
            } else {
                car.plate = r.value;
            }
        }
        if (i < vins.size()) {
            const auto r = domain::VinValidator::validate(vins.at(i));
            if (r.isError()) {
                reject(Vin, message(r));
            } else {
                car.vin = r.value;
            }
        }
        if (i < models.size()) {
            car.model = domain::TextNormalizer::text(models.at(i));
        }
        if (i < dates.size()) {
            const auto r = domain::DateParser::parse(dates.at(i));
            if (r.isError() || !r.date) {
                reject(PurchaseDate, message(r));
            } else if (*r.date > today) {
                reject(PurchaseDate,
                       QCoreApplication::translate("hc::services", "购车日期 %1 在今天之后")
                           .arg(r.date->toString(Qt::ISODate)));
            } else {
                car.purchaseDate = *r.date;
            }
        }
        row.cars.push_back(car);
    }
    if (models.size() > cars && cars > 0) {
        reject(Model, QCoreApplication::translate("hc::services",
                                                  "车型比车牌号 / 车架号多:无法对应到车辆"));
    }
    if (field(Phone).isEmpty() && field(Phone2).isEmpty() && cars == 0) {
        reject(index_[Phone] >= 0 ? Phone : (index_[Plate] >= 0 ? Plate : Vin),
               QCoreApplication::translate(
                   "hc::services", "电话、车牌号和车架号都为空:至少需要其中一个才能识别客户"));
    }
    if (rejects.size() != before) {
        return std::nullopt;
    }
    return row;
}

}  // namespace hc::services
