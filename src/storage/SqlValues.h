#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>

namespace hc::storage {

class Database;

/// Conversions between domain values and column values shared by the repositories
/// (storage-private).

/// 'YYYY-MM-DDTHH:MM:SS' (local time, no zone), or NULL for an invalid date-time.
QVariant timestampValue(const QDateTime& at);
/// The timestamp to store: `at` when valid, else the time of the database's injected clock.
QString timestampOr(const QDateTime& at, const Database& db);
/// Parses a stored timestamp; invalid for NULL or unparsable text.
QDateTime timestampFrom(const QVariant& v);
/// NULL for nullopt, else the integer.
QVariant optIntValue(const std::optional<std::int64_t>& v);
/// nullopt for NULL, else the integer.
std::optional<std::int64_t> optIntFrom(const QVariant& v);
/// NULL for an id of 0 (the "system" user), else the id.
QVariant userIdValue(std::int64_t userId);
/// NULL for an empty string, else the text.
QVariant textValue(const QString& s);

}  // namespace hc::storage
