#pragma once

#include "CliContext.h"

namespace hc::cli {

/// Duplicate customers (services::DuplicateService; contracts in docs/cli.md):
/// huichang-cli duplicates [--json]
/// huichang-cli duplicates dismiss|undismiss --ids A,B[,C…] [--json]
int runDuplicates(CliContext& ctx);
/// huichang-cli merge --keep A --remove B [--json]
int runMerge(CliContext& ctx);
/// huichang-cli unmerge MERGE_ID [--json]
int runUnmerge(CliContext& ctx);

}  // namespace hc::cli
