#pragma once

#include "CliContext.h"

namespace hc::cli {

/// huichang-cli complaints --overdue [--at YYYY-MM-DDTHH:MM[:SS]] [--json]: open complaints with a
/// 2123 step overdue at that moment (contract in docs/cli.md and docs/followups.md).
int runComplaints(CliContext& ctx);

}  // namespace hc::cli
