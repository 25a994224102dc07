#include "hc/storage/TransactionGuard.h"

#include "Query.h"
#include "hc/storage/Database.h"

#include <sqlite3.h>

namespace hc::storage {

namespace {
void execRaw(Database& db, const char* sql) {
    char* err = nullptr;
    const int rc = sqlite3_exec(db.handle(), sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        throw StorageError(
            StorageError::kindForCode(db.handle(), sqlite3_extended_errcode(db.handle())),
            sqlite3_extended_errcode(db.handle()), message, QString::fromUtf8(sql));
    }
}
}  // namespace

TransactionGuard::TransactionGuard(Database& db) : db_(db) {
    execRaw(db_, "BEGIN IMMEDIATE");
}

TransactionGuard::~TransactionGuard() {
    if (!committed_) {
        // Never throw from a destructor; a failed rollback leaves SQLite to roll back on close.
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void TransactionGuard::commit() {
    execRaw(db_, "COMMIT");
    committed_ = true;
}

}  // namespace hc::storage
