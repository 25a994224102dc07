#include "hc/services/ImportMapping.h"

#include "hc/services/CustomerRowMapper.h"
#include "hc/services/VisitRowMapper.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace hc::services {

namespace {

/// Every field a column can be mapped to (visit and customer imports).
QStringList knownFields() {
    QStringList fields;
    for (int c = 0; c < VisitRowMapper::ColumnCount; ++c) {
        fields << VisitRowMapper::columnKey(static_cast<VisitRowMapper::Column>(c));
    }
    for (int c = 0; c < CustomerRowMapper::ColumnCount; ++c) {
        const QString key = CustomerRowMapper::columnKey(static_cast<CustomerRowMapper::Column>(c));
        if (!fields.contains(key)) {
            fields << key;
        }
    }
    return fields;
}

QString columnName(const QString& header) {
    QString s = header;
    s.remove(QChar(0xFEFF));
    return s.trimmed();
}

ServiceError invalid(const QString& message) {
    return ServiceError{ServiceError::Code::Invalid, message, QStringLiteral("mapping"), {}};
}

}  // namespace

QByteArray ImportMapping::toJson() const {
    QJsonObject object;  // keys sorted
    for (const auto& [column, field] : columnToField) {
        object.insert(column, field);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<ImportMapping> ImportMapping::fromJson(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return invalid(QCoreApplication::translate("hc::services",
                                                   "映射文件不是有效的 JSON(第 %1 个字符:%2)。")
                           .arg(error.offset + 1)
                           .arg(error.errorString()));
    }
    if (!doc.isObject()) {
        return invalid(QCoreApplication::translate(
            "hc::services", "映射文件必须是一个 JSON 对象:{\"文件中的列名\": \"字段\"}。"));
    }
    const QStringList fields = knownFields();
    ImportMapping mapping;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            return invalid(QCoreApplication::translate("hc::services",
                                                       "映射文件中列“%1”对应的字段必须是文字。")
                               .arg(it.key()));
        }
        const QString field = it.value().toString().trimmed();
        if (!field.isEmpty() && !fields.contains(field)) {
            return invalid(QCoreApplication::translate(
                               "hc::services", "映射文件中列“%1”对应的字段“%2”未知(可用:%3)。")
                               .arg(it.key(), field, fields.join(QStringLiteral(", "))));
        }
        mapping.columnToField[columnName(it.key())] = field;
    }
    return mapping;
}

QStringList ImportMapping::apply(const QStringList& header) const {
    if (columnToField.empty()) {
        return header;
    }
    QStringList out = header;
    for (QString& h : out) {
        const auto it = columnToField.find(columnName(h));
        if (it != columnToField.end()) {
            h = it->second;  // "" = ignored: matches no column
        }
    }
    return out;
}

}  // namespace hc::services
