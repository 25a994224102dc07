#pragma once

#include "hc/services/ServiceError.h"

#include <QString>

namespace hc::storage {
class StorageError;
}

namespace hc::services {

/// A user-level error for a storage failure (services-private). `consequence` is appended to the
/// message, e.g. "没有导入任何数据。" for an import that was rolled back.
[[nodiscard]] ServiceError storageFailure(const storage::StorageError& error,
                                          const QString& consequence = {});

}  // namespace hc::services
