#include "StorageFailure.h"

#include "UseCase.h"
#include "hc/storage/StorageError.h"

#include <QCoreApplication>

namespace hc::services {

ServiceError storageFailure(const storage::StorageError& e, const QString& consequence) {
    // One mapping of storage failures to user-level messages (fromStorageError); bulk use cases
    // add what the failure meant for the user's data, e.g. that the whole import was undone.
    logStorageFailure("storage", e);
    ServiceError err = fromStorageError(e);
    if (!consequence.isEmpty()) {
        // Joined through translate: "…. …" in English, not the Chinese full stop "。".
        err.message =
            QCoreApplication::translate("hc::services", "%1。%2").arg(err.message, consequence);
    }
    return err;
}

}  // namespace hc::services
