#include "hc/storage/StorageError.h"

#include <sqlite3.h>

#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>

namespace hc::storage {

namespace {
/// Below this much free space an I/O error is taken for a full disk.
constexpr qint64 kNearlyFullBytes = 1024 * 1024;
}  // namespace

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
            // A commit refused by TransactionGuard: the transaction had been rolled back by
            // SQLite after an earlier error; not a constraint of the data.
            return sqliteCode == SQLITE_CONSTRAINT_COMMITHOOK ? Kind::Other : Kind::Constraint;
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
    if ((sqliteCode & 0xff) == SQLITE_CONSTRAINT && db != nullptr) {
        // QtSql reports the primary code only; the connection knows the extended one.
        return kindForCode(sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_COMMITHOOK
                               ? SQLITE_CONSTRAINT_COMMITHOOK
                               : sqliteCode);
    }
    if ((sqliteCode & 0xff) != SQLITE_IOERR) {
        return kindForCode(sqliteCode);
    }
    // SQLite records the system error only on some paths: a failed fsync during COMMIT leaves
    // sqlite3_system_errno() unset. errno of the failed call usually survives the rollback (no
    // system call fails in between); and a disk with (almost) no space left is full whatever
    // the error said.
    const int lastErrno = errno;
    if (lastErrno == ENOSPC || (db != nullptr && sqlite3_system_errno(db) == ENOSPC)) {
        return Kind::Full;
    }
    const char* file = db != nullptr ? sqlite3_db_filename(db, "main") : nullptr;
    if (file != nullptr && *file != '\0') {
        try {
            const QStorageInfo volume(QFileInfo(QString::fromUtf8(file)).absolutePath());
            if (volume.isValid() && volume.bytesAvailable() >= 0 &&
                volume.bytesAvailable() < kNearlyFullBytes) {
                return Kind::Full;
            }
        } catch (...) {  // out of memory while asking: keep the code's own kind
        }
    }
    return kindForCode(sqliteCode);
}

}  // namespace hc::storage
