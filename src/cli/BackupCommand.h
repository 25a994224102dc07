#pragma once

#include "CliContext.h"

namespace hc::cli {

/// Exit code of `audit verify` when the audit chain is broken.
inline constexpr int kExitAuditBroken = 3;

/// backup create [--to DIR] [--json] | backup list [--json] | backup verify FILE
int runBackup(CliContext& ctx);
/// restore FILE --yes
int runRestore(CliContext& ctx);
/// audit verify [--expect ID:HASH] [--json]
int runAudit(CliContext& ctx);

}  // namespace hc::cli
