#include "hc/services/CustomerRowMapper.h"

#include "hc/domain/DateParser.h"
#include "hc/domain/IdNumberValidator.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/domain/PlateValidator.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/domain/VinValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace hc::services {

namespace {

/// Accepted header spellings per column (compared as VisitRowMapper does).
const std::array<QStringList, CustomerRowMapper::ColumnCount>& aliases() {
    static const std::array<QStringList, CustomerRowMapper::ColumnCount> table = {
        QStringList{QStringLiteral("客户姓名"), QStringLiteral("姓名"), QStringLiteral("客户"),
                    QStringLiteral("客户名称"), QStringLiteral("车主"), QStringLiteral("name"),
                    QStringLiteral("customer"), QStringLiteral("customername")},
        QStringList{QStringLiteral("电话"), QStringLiteral("手机"), QStringLiteral("联系电话"),
                    QStringLiteral("手机号"), QStringLiteral("电话号码"), QStringLiteral("phone"),
                    QStringLiteral("mobile"), QStringLiteral("tel")},
        QStringList{QStringLiteral("电话2"), QStringLiteral("备用电话"), QStringLiteral("其他电话"),
                    QStringLiteral("固定电话"), QStringLiteral("座机"), QStringLiteral("phone2")},
        QStringList{QStringLiteral("身份证号"), QStringLiteral("身份证"),
                    QStringLiteral("身份证号码"), QStringLiteral("证件号码"),
                    QStringLiteral("idnumber")},
        QStringList{QStringLiteral("地址"), QStringLiteral("联系地址"), QStringLiteral("住址"),
                    QStringLiteral("address")},
        QStringList{QStringLiteral("地区"), QStringLiteral("所在区域"), QStringLiteral("区域"),
                    QStringLiteral("region")},
        QStringList{QStringLiteral("车牌号"), QStringLiteral("车牌"), QStringLiteral("牌照号"),
                    QStringLiteral("车牌号码"), QStringLiteral("plate"), QStringLiteral("plates"),
                    QStringLiteral("plateno"), QStringLiteral("licenseplate")},
        QStringList{QStringLiteral("车架号"), QStringLiteral("底盘号"), QStringLiteral("vin"),
                    QStringLiteral("vins"), QStringLiteral("vin码"), QStringLiteral("chassis")},
        QStringList{QStringLiteral("车型"), QStringLiteral("model"), QStringLiteral("models"),
                    QStringLiteral("车辆型号")},
        QStringList{QStringLiteral("购车日期"), QStringLiteral("purchasedate"),
                    QStringLiteral("purchasedates")},
    };
    return table;
}

QString headerKey(const QString& text) {
    QString s = domain::TextNormalizer::toHalfWidth(text).trimmed().toLower();
    s.remove(QChar(0xFEFF));
    s.remove(u' ');
    s.remove(u'_');
    const qsizetype bracket = s.indexOf(u'(');
    if (bracket > 0) {
        s.truncate(bracket);
    }
    return s;
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
    static const char* const keys[] = {"name",   "phone", "phone2", "id_number", "address",
                                       "region", "plate", "vin",    "model",     "purchase_date"};
    return QString::fromLatin1(keys[column]);
}

std::optional<CustomerRowMapper::Column> CustomerRowMapper::columnOfHeader(const QString& header) {
    for (int c = 0; c < ColumnCount; ++c) {
        if (header == columnKey(static_cast<Column>(c))) {
            return static_cast<Column>(c);
        }
    }
    const QString key = headerKey(header);
    for (int c = 0; c < ColumnCount; ++c) {
        if (aliases()[c].contains(key)) {
            return static_cast<Column>(c);
        }
    }
    return std::nullopt;
}

std::optional<CustomerRowMapper> CustomerRowMapper::fromHeader(const QStringList& mapped,
                                                               const QStringList& fileHeader,
                                                               domain::MessageLanguage language,
                                                               QString* error) {
    CustomerRowMapper m;
    m.index_.fill(-1);
    m.header_ = fileHeader;
    m.language_ = language;
    for (qsizetype i = 0; i < mapped.size(); ++i) {  // field keys (a mapping) first
        for (int c = 0; c < ColumnCount; ++c) {
            if (m.index_[c] < 0 && mapped.at(i) == columnKey(static_cast<Column>(c))) {
                m.index_[c] = static_cast<int>(i);
                break;
            }
        }
    }
    for (qsizetype i = 0; i < mapped.size(); ++i) {
        if (std::find(m.index_.begin(), m.index_.end(), static_cast<int>(i)) != m.index_.end()) {
            continue;
        }
        const QString key = headerKey(mapped.at(i));
        for (int c = 0; c < ColumnCount; ++c) {
            if (m.index_[c] < 0 && aliases()[c].contains(key)) {
                m.index_[c] = static_cast<int>(i);
                break;
            }
        }
    }
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
