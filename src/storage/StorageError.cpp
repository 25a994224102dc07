#include "hc/storage/StorageError.h"

#include <sqlite3.h>

#include <cerrno>

namespace hc::storage {

StorageError::StorageError(Kind kind, int sqliteCode, const QString& message, const QString& detail)
    : std::runtime_error(
          (message + (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail)).toStdString()),
      kind_(kind),
      sqliteCode_(sqliteCode),
      message_(message),
      detail_(detail) {}

StorageError::Kind StorageError::kindForCode(int sqliteCode) noexcept {
    switch (sqliteCode & 0xff) {
        case SQLITE_CONSTRAINT:
            return Kind::Constraint;
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return Kind::Busy;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return Kind::Corrupt;
        case SQLITE_READONLY:
        case SQLITE_CANTOPEN:
        case SQLITE_PERM:
        case SQLITE_AUTH:
            return Kind::ReadOnly;
        case SQLITE_FULL:
            return Kind::Full;
        default:
            return Kind::Other;
    }
}

StorageError::Kind StorageError::kindForCode(sqlite3* db, int sqliteCode) noexcept {
    if ((sqliteCode & 0xff) == SQLITE_IOERR && db != nullptr &&
        sqlite3_system_errno(db) == ENOSPC) {
        return Kind::Full;
    }
    return kindForCode(sqliteCode);
}

}  // namespace hc::storage
