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
    // SQLite rolls the whole transaction back by itself after some errors (out of memory, a full
    // disk, I/O). Were such an error missed, the use case's remaining statements would each commit
    // on their own (e.g. the audit record without its visit: found by the allocation-fault sweep).
    // While the guard is open, only its own COMMIT may commit: any other commit is refused and
    // turned into a rollback (the statement fails with SQLITE_CONSTRAINT_COMMITHOOK).
    sqlite3_commit_hook(
        db_.handle(),
        [](void* guard) -> int {
            return static_cast<TransactionGuard*>(guard)->committed_ ? 0 : 1;
        },
        this);
}

TransactionGuard::~TransactionGuard() {
    if (!committed_) {
        // Never throw from a destructor; a failed rollback leaves SQLite to roll back on close.
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    sqlite3_commit_hook(db_.handle(), nullptr, nullptr);
}

void TransactionGuard::commit() {
    committed_ = true;  // lets the commit hook pass this COMMIT
    try {
        execRaw(db_, "COMMIT");
    } catch (...) {
        committed_ = false;
        throw;
    }
}

}  // namespace hc::storage
