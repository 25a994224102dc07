#pragma once

#include "CliContext.h"

namespace hc::cli {

/// huichang-cli followups [--date YYYY-MM-DD] [--assignee USER] [--json]: the daily follow-up list
/// (contract in docs/cli.md and docs/followups.md).
int runFollowups(CliContext& ctx);

}  // namespace hc::cli
