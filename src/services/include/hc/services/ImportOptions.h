#pragma once

#include "hc/services/ImportMapping.h"

#include <functional>

namespace hc::services {

/// Called during an import with the data rows done and the total; return false to cancel.
/// A cancelled import keeps nothing (its one transaction is rolled back) and returns a
/// ServiceError with code Failed and field "cancelled".
using ImportProgress = std::function<bool(int done, int total)>;

/// How an ImportTable is imported (VisitImportService, CustomerImportService).
struct ImportOptions {
    ImportMapping mapping;    ///< columns to fields; empty = header synonyms only
    bool dryRun = false;      ///< validate and count everything, write nothing (rolled back)
    ImportProgress progress;  ///< may be empty
};

}  // namespace hc::services
