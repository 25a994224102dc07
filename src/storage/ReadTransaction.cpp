#include "hc/storage/ReadTransaction.h"

#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <QString>

#include <sqlite3.h>

namespace hc::storage {

ReadTransaction::ReadTransaction(Database& db) : db_(db) {
    char* err = nullptr;
    const int rc = sqlite3_exec(db_.handle(), "BEGIN", nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        const int code = sqlite3_extended_errcode(db_.handle());
        throw StorageError(StorageError::kindForCode(code), code, message, QStringLiteral("BEGIN"));
    }
}

ReadTransaction::~ReadTransaction() {
    // Nothing was written: ending the transaction only releases the snapshot.
    sqlite3_exec(db_.handle(), "COMMIT", nullptr, nullptr, nullptr);
}

}  // namespace hc::storage
