// TEMP(audit): replaced by h/xlsx at merge
// A minimal ImportMapping (JSON profile {"column in file": "field"}) so the import wizard builds
// and is tested on this branch; the real one comes from h/xlsx.
#include "hc/services/ImportMapping.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace hc::services {

QByteArray ImportMapping::toJson() const {
    QJsonObject o;  // keys sorted
    for (const auto& [column, field] : columnToField) {
        o.insert(column, field);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<ImportMapping> ImportMapping::fromJson(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return ServiceError{
            ServiceError::Code::Invalid,
            QCoreApplication::translate("hc::services",
                                        "映射文件不是 JSON 对象 {\"文件中的列\": \"字段\"}"),
            QStringLiteral("mapping"), error.errorString()};
    }
    ImportMapping out;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString()) {
            return ServiceError{
                ServiceError::Code::Invalid,
                QCoreApplication::translate("hc::services", "映射中列“%1”的字段必须是文本")
                    .arg(it.key()),
                QStringLiteral("mapping"),
                {}};
        }
        out.columnToField[it.key()] = it.value().toString();
    }
    return out;
}

QStringList ImportMapping::apply(const QStringList& header) const {
    QStringList out = header;
    for (QString& h : out) {
        const auto it = columnToField.find(h.trimmed());
        if (it != columnToField.end()) {
            // "" = ignored: a header no synonym matches.
            h = it->second.isEmpty() ? QStringLiteral("#ignored:") + h : it->second;
        }
    }
    return out;
}

}  // namespace hc::services
