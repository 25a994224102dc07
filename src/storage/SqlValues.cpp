#include "SqlValues.h"

#include "hc/storage/Database.h"

namespace hc::storage {

QVariant timestampValue(const QDateTime& at) {
    if (!at.isValid()) {
        return QVariant(QMetaType::fromType<QString>());
    }
    return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString timestampOr(const QDateTime& at, const Database& db) {
    return (at.isValid() ? at : db.now())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime timestampFrom(const QVariant& v) {
    if (v.isNull()) {
        return {};
    }
    return QDateTime::fromString(v.toString(), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QVariant optIntValue(const std::optional<std::int64_t>& v) {
    return v ? QVariant::fromValue<qlonglong>(*v) : QVariant(QMetaType::fromType<qlonglong>());
}

std::optional<std::int64_t> optIntFrom(const QVariant& v) {
    if (v.isNull()) {
        return std::nullopt;
    }
    return v.toLongLong();
}

QVariant userIdValue(std::int64_t userId) {
    return userId == 0 ? QVariant(QMetaType::fromType<qlonglong>())
                       : QVariant::fromValue<qlonglong>(userId);
}

QVariant textValue(const QString& s) {
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

}  // namespace hc::storage
