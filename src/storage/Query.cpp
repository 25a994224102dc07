#include "Query.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QTime>

#include <array>

namespace hc::storage {

namespace {

int digits(const unsigned char* p, int n) {
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9') {
            return -1;
        }
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

/// A QVariant the QtSql SQLite driver bound as NULL: null variants and null strings, dates, ….
bool isNullValue(const QVariant& v) {
    if (v.isNull()) {
        return true;
    }
    switch (v.typeId()) {
        case QMetaType::QString:
            return v.toString().isNull();
        case QMetaType::QByteArray:
            return v.toByteArray().isNull();
        case QMetaType::QDate:
            return !v.toDate().isValid();
        case QMetaType::QDateTime:
            return !v.toDateTime().isValid();
        default:
            return false;
    }
}

}  // namespace

QVariant dateValue(const QDate& date) {
    if (!date.isValid()) {
        return QVariant(QMetaType::fromType<QString>());
    }
    return date.toString(Qt::ISODate);
}

QByteArray isoDateUtf8(const QDate& date) {
    if (!date.isValid() || date.year() < 0 || date.year() > 9999) {
        return date.isValid() ? date.toString(Qt::ISODate).toLatin1() : QByteArray();
    }
    std::array<char, 10> buf{};
    const int y = date.year();
    const int m = date.month();
    const int d = date.day();
    buf[0] = static_cast<char>('0' + (y / 1000) % 10);
    buf[1] = static_cast<char>('0' + (y / 100) % 10);
    buf[2] = static_cast<char>('0' + (y / 10) % 10);
    buf[3] = static_cast<char>('0' + y % 10);
    buf[4] = '-';
    buf[5] = static_cast<char>('0' + m / 10);
    buf[6] = static_cast<char>('0' + m % 10);
    buf[7] = '-';
    buf[8] = static_cast<char>('0' + d / 10);
    buf[9] = static_cast<char>('0' + d % 10);
    return QByteArray(buf.data(), static_cast<qsizetype>(buf.size()));
}

Query::Query(const Database& db, const QString& sql) : db_(db.handle()) {
    prepare(sql.toUtf8(), 0);
}

Query::Query(sqlite3* db, const char* sql, Reuse reuse) : db_(db) {
    prepare(QByteArray(sql), reuse == Reuse::Persistent ? SQLITE_PREPARE_PERSISTENT : 0);
}

void Query::prepare(const QByteArray& sql, unsigned flags) {
    const char* tail = nullptr;
    if (sqlite3_prepare_v3(db_, sql.constData(), static_cast<int>(sql.size()), flags, &stmt_,
                           &tail) != SQLITE_OK) {
        const int code = sqlite3_extended_errcode(db_);
        const QString message = QString::fromUtf8(sqlite3_errmsg(db_));
        sqlite3_finalize(stmt_);
        stmt_ = nullptr;
        throw StorageError(StorageError::kindForCode(db_, code), code, message,
                           QString::fromUtf8(sql));
    }
    if (stmt_ == nullptr || (tail != nullptr && !QByteArray(tail).trimmed().isEmpty())) {
        sqlite3_finalize(stmt_);
        stmt_ = nullptr;
        throw StorageError(StorageError::Kind::Other, SQLITE_MISUSE,
                           QStringLiteral("one statement expected"), QString::fromUtf8(sql));
    }
}

Query::~Query() {
    sqlite3_finalize(stmt_);
}

void Query::fail() const {
    const int code = sqlite3_extended_errcode(db_);
    throw StorageError(StorageError::kindForCode(db_, code), code,
                       QString::fromUtf8(sqlite3_errmsg(db_)),
                       QString::fromUtf8(sqlite3_sql(stmt_)));
}

void Query::check(int rc) const {
    if (rc != SQLITE_OK) {
        fail();
    }
}

void Query::rewindForBinding() {
    if (stepped_) {
        sqlite3_reset(stmt_);
        stepped_ = false;
        pending_ = false;
    }
}

int Query::indexOf(const QString& placeholder) const {
    return sqlite3_bind_parameter_index(stmt_, placeholder.toUtf8().constData());
}

// --- by name ----------------------------------------------------------------------------------

Query& Query::bind(const QString& placeholder, const QVariant& value) {
    if (const int i = indexOf(placeholder); i > 0) {
        bind(i, value);
    }
    return *this;
}

Query& Query::bindText(const QString& placeholder, const QString& value) {
    if (const int i = indexOf(placeholder); i > 0) {
        bindText(i, value);
    }
    return *this;
}

Query& Query::bindDate(const QString& placeholder, const QDate& date) {
    if (const int i = indexOf(placeholder); i > 0) {
        bindDate(i, date);
    }
    return *this;
}

Query& Query::bindInt(const QString& placeholder, std::int64_t value) {
    if (const int i = indexOf(placeholder); i > 0) {
        bindInt(i, value);
    }
    return *this;
}

Query& Query::bindOptInt(const QString& placeholder, std::optional<std::int64_t> value) {
    if (const int i = indexOf(placeholder); i > 0) {
        bindOptInt(i, value);
    }
    return *this;
}

// --- by index ---------------------------------------------------------------------------------

Query& Query::bindNull(int index) {
    rewindForBinding();
    check(sqlite3_bind_null(stmt_, index));
    return *this;
}

Query& Query::bindInt(int index, std::int64_t value) {
    rewindForBinding();
    check(sqlite3_bind_int64(stmt_, index, value));
    return *this;
}

Query& Query::bindOptInt(int index, const std::optional<std::int64_t>& value) {
    return value ? bindInt(index, *value) : bindNull(index);
}

Query& Query::bindReal(int index, double value) {
    rewindForBinding();
    check(sqlite3_bind_double(stmt_, index, value));
    return *this;
}

Query& Query::bindText(int index, const QString& value) {
    return value.isEmpty() ? bindNull(index) : bindUtf8(index, value.toUtf8());
}

Query& Query::bindUtf8OrNull(int index, const QByteArray& utf8) {
    return utf8.isEmpty() ? bindNull(index) : bindUtf8(index, utf8);
}

Query& Query::bindUtf8(int index, const QByteArray& utf8) {
    rewindForBinding();
    const auto i = static_cast<std::size_t>(index);
    if (i >= kept_.size()) {
        kept_.resize(i + 1);
    }
    kept_[i] = utf8;  // implicitly shared: no copy of the bytes
    check(sqlite3_bind_text(stmt_, index, kept_[i].constData(), static_cast<int>(kept_[i].size()),
                            SQLITE_STATIC));
    return *this;
}

Query& Query::bindDate(int index, const QDate& date) {
    return bindUtf8OrNull(index, isoDateUtf8(date));
}

Query& Query::bind(int index, const QVariant& value) {
    if (isNullValue(value)) {
        return bindNull(index);
    }
    switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::Char:
        case QMetaType::ULongLong:
        case QMetaType::ULong:
        case QMetaType::UShort:
        case QMetaType::UChar:
            return bindInt(index, value.toLongLong());
        case QMetaType::Double:
        case QMetaType::Float:
            return bindReal(index, value.toDouble());
        case QMetaType::QByteArray: {
            rewindForBinding();
            const QByteArray bytes = value.toByteArray();
            check(sqlite3_bind_blob(stmt_, index, bytes.constData(), static_cast<int>(bytes.size()),
                                    SQLITE_TRANSIENT));
            return *this;
        }
        case QMetaType::QDateTime:
            return bindUtf8(index, value.toDateTime().toString(Qt::ISODateWithMs).toUtf8());
        case QMetaType::QTime:
            return bindUtf8(index,
                            value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")).toUtf8());
        default: {
            // Text (an empty string stays an empty string, as with QtSql).
            rewindForBinding();
            const QByteArray utf8 = value.toString().toUtf8();
            check(sqlite3_bind_text(stmt_, index, utf8.constData(), static_cast<int>(utf8.size()),
                                    SQLITE_TRANSIENT));
            return *this;
        }
    }
}

// --- running ----------------------------------------------------------------------------------

Query& Query::exec() {
    if (stepped_) {
        sqlite3_reset(stmt_);
        stepped_ = false;
    }
    pending_ = step();
    return *this;
}

bool Query::next() {
    if (pending_) {
        pending_ = false;
        return true;
    }
    return step();
}

bool Query::step() {
    stepped_ = true;
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        const int code = sqlite3_extended_errcode(db_);
        const QString message = QString::fromUtf8(sqlite3_errmsg(db_));
        const QString sql = QString::fromUtf8(sqlite3_sql(stmt_));
        sqlite3_reset(stmt_);
        stepped_ = false;
        throw StorageError(StorageError::kindForCode(db_, code), code, message, sql);
    }
    return false;
}

std::int64_t Query::insert() {
    if (step()) {
        sqlite3_reset(stmt_);
        stepped_ = false;
        throw StorageError(StorageError::Kind::Other, SQLITE_MISUSE,
                           QStringLiteral("insert returned rows"),
                           QString::fromUtf8(sqlite3_sql(stmt_)));
    }
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    stepped_ = false;
    pending_ = false;
    return sqlite3_last_insert_rowid(db_);
}

void Query::reset() {
    sqlite3_reset(stmt_);
    stepped_ = false;
    pending_ = false;
}

// --- columns ----------------------------------------------------------------------------------

QVariant Query::value(int column) const {
    switch (sqlite3_column_type(stmt_, column)) {
        case SQLITE_INTEGER:
            return QVariant::fromValue<qlonglong>(sqlite3_column_int64(stmt_, column));
        case SQLITE_FLOAT:
            return sqlite3_column_double(stmt_, column);
        case SQLITE_BLOB: {
            const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
            return QByteArray(p, sqlite3_column_bytes(stmt_, column));
        }
        case SQLITE_NULL:
            return {};
        default:
            return text(column);
    }
}

QString Query::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (p == nullptr) {
        return {};
    }
    return QString::fromUtf8(p, sqlite3_column_bytes(stmt_, column));
}

QStringView Query::textView(int column) const {
    const auto* p = static_cast<const char16_t*>(sqlite3_column_text16(stmt_, column));
    return p ? QStringView(p, sqlite3_column_bytes16(stmt_, column) / 2) : QStringView();
}

std::int64_t Query::integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

std::optional<std::int64_t> Query::optInteger(int column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return sqlite3_column_int64(stmt_, column);
}

double Query::real(int column) const {
    return sqlite3_column_double(stmt_, column);
}

bool Query::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

QDate Query::date(int column) const {
    const unsigned char* p = sqlite3_column_text(stmt_, column);
    if (p == nullptr || sqlite3_column_bytes(stmt_, column) < 10 || p[4] != '-' || p[7] != '-') {
        return {};
    }
    const int y = digits(p, 4);
    const int m = digits(p + 5, 2);
    const int d = digits(p + 8, 2);
    if (y < 0 || m < 0 || d < 0) {
        return {};
    }
    return QDate(y, m, d);
}

std::int64_t Query::julianDay(int column, std::int64_t orElse) const {
    const QDate d = date(column);
    return d.isValid() ? d.toJulianDay() : orElse;
}

int Query::columnCount() const { return sqlite3_column_count(stmt_); }

QString Query::columnName(int column) const {
    return QString::fromUtf8(sqlite3_column_name(stmt_, column));
}

std::int64_t Query::lastInsertId() const {
    return sqlite3_last_insert_rowid(db_);
}

int Query::rowsAffected() const {
    return sqlite3_changes(db_);
}

}  // namespace hc::storage
