#include "hc/domain/AuditRedaction.h"

#include "hc/domain/CustomerAnonymisation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hc::domain {

namespace {

bool containsPersonal(const QString& text, const QStringList& values) {
    for (const QString& v : values) {
        if (v.size() >= 2 && text.contains(v, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

QJsonValue redactValue(const QJsonValue& value, const QStringList& values);

QJsonObject redactObject(const QJsonObject& object, const QStringList& values) {
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool personal = AuditRedaction::personalKeys().contains(it.key());
        if (personal && !it.value().isNull()) {
            out.insert(it.key(), CustomerAnonymisation::redactedText());
        } else {
            out.insert(it.key(), redactValue(it.value(), values));
        }
    }
    return out;
}

QJsonValue redactValue(const QJsonValue& value, const QStringList& values) {
    if (value.isObject()) {
        return redactObject(value.toObject(), values);
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const auto& v : value.toArray()) {
            out.append(redactValue(v, values));
        }
        return out;
    }
    if (value.isString() && containsPersonal(value.toString(), values)) {
        return CustomerAnonymisation::redactedText();
    }
    return value;
}

}  // namespace

const QStringList& AuditRedaction::personalKeys() {
    static const QStringList keys{
        QStringLiteral("name"),          QStringLiteral("phone"),
        QStringLiteral("phone2"),        QStringLiteral("id_number"),
        QStringLiteral("address"),       QStringLiteral("postal_code"),
        QStringLiteral("birthday"),      QStringLiteral("gender"),
        QStringLiteral("behaviour"),     QStringLiteral("decision_style"),
        QStringLiteral("note"),          QStringLiteral("invalid_note"),
        QStringLiteral("plate"),         QStringLiteral("vin"),
        QStringLiteral("engine_no"),     QStringLiteral("key_no"),
        QStringLiteral("work_done"),     QStringLiteral("recommendations"),
        QStringLiteral("void_reason"),   QStringLiteral("description"),
        QStringLiteral("resolution"),    QStringLiteral("purpose"),
        QStringLiteral("cancel_reason"), QStringLiteral("text"),
    };
    return keys;
}

QString AuditRedaction::redact(const QString& json, const QStringList& personalValues) {
    if (json.isEmpty()) {
        return json;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{CustomerAnonymisation::redactedText()})
                                     .toJson(QJsonDocument::Compact));
    }
    if (doc.isObject()) {
        return QString::fromUtf8(QJsonDocument(redactObject(doc.object(), personalValues))
                                     .toJson(QJsonDocument::Compact));
    }
    QJsonArray out;
    for (const auto& v : doc.array()) {
        out.append(redactValue(v, personalValues));
    }
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

}  // namespace hc::domain
