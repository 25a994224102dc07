#pragma once

#include "CliContext.h"

namespace hc::cli {

/// huichang-cli customer show --id N [--as-of YYYY-MM-DD] [--json]: what the customer card shows
/// for one customer (services::CustomerCardService; contract in docs/cli.md).
int runCustomer(CliContext& ctx);

}  // namespace hc::cli
