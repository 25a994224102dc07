#pragma once

#include "Query.h"

namespace hc::storage {

/// Former name of the raw statement of the bulk read paths, now the one statement wrapper Query.
/// Kept so that branches written against it still build; new code uses Query.
using SqliteStatement = Query;

}  // namespace hc::storage
