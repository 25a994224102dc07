#pragma once

#include "hc/services/ServiceError.h"

namespace hc::storage {
class StorageError;
}

namespace hc::services {

/// The one mapping of storage failures (hc::storage::StorageError, with its SQLite code) to
/// user-level errors. Every service reports a storage failure through it (runUseCase, runRead,
/// storageFailure); the CLI and the GUI start-up word a database that cannot be opened with it.
class StorageMessages {
public:
    /// The error for `e`: the code (Busy, Damaged, Duplicate for a unique constraint, Invalid for
    /// another constraint, NotFound, Failed), the message in the UI language, and the technical
    /// detail (driver text and statement) for the log.
    [[nodiscard]] static ServiceError describe(const storage::StorageError& e);
};

}  // namespace hc::services
