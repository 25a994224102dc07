#include "Query.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>

namespace hc::storage {

void throwSqlError(const QSqlError& error, const QString& context, sqlite3* handle) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const int sqliteCode = ok ? code : 0;
    QString text = error.databaseText();
    if (text.isEmpty()) {
        text = error.text();
    }
    throw StorageError(StorageError::kindForCode(handle, sqliteCode), sqliteCode, text, context);
}

QVariant dateValue(const QDate& date) {
    if (!date.isValid()) {
        return QVariant(QMetaType::fromType<QString>());
    }
    return date.toString(Qt::ISODate);
}

QString nowTimestamp() {
    return QDateTime::currentDateTime().toString(Qt::ISODate).left(19);
}

Query::Query(const Database& db, const QString& sql)
    : query_(db.connection()), sql_(sql), handle_(db.handle()) {
    query_.setForwardOnly(true);
    if (!query_.prepare(sql)) {
        throwSqlError(query_.lastError(), sql, handle_);
    }
}

Query& Query::bind(const QString& placeholder, const QVariant& value) {
    query_.bindValue(placeholder, value);
    return *this;
}

Query& Query::bindText(const QString& placeholder, const QString& value) {
    query_.bindValue(placeholder,
                     value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value));
    return *this;
}

Query& Query::bindDate(const QString& placeholder, const QDate& date) {
    query_.bindValue(placeholder, dateValue(date));
    return *this;
}

Query& Query::bindInt(const QString& placeholder, std::int64_t value) {
    query_.bindValue(placeholder, QVariant::fromValue<qlonglong>(value));
    return *this;
}

Query& Query::bindOptInt(const QString& placeholder, std::optional<std::int64_t> value) {
    query_.bindValue(placeholder, value ? QVariant::fromValue<qlonglong>(*value)
                                        : QVariant(QMetaType::fromType<qlonglong>()));
    return *this;
}

Query& Query::exec() {
    if (!query_.exec()) {
        throwSqlError(query_.lastError(), sql_, handle_);
    }
    return *this;
}

bool Query::next() {
    return query_.next();
}

QVariant Query::value(int column) const {
    return query_.value(column);
}

QString Query::text(int column) const {
    return query_.value(column).toString();
}

std::int64_t Query::integer(int column) const {
    return query_.value(column).toLongLong();
}

QDate Query::date(int column) const {
    const QVariant v = query_.value(column);
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

bool Query::isNull(int column) const {
    return query_.value(column).isNull();
}

std::int64_t Query::lastInsertId() const {
    return query_.lastInsertId().toLongLong();
}

int Query::rowsAffected() const {
    return query_.numRowsAffected();
}

}  // namespace hc::storage
