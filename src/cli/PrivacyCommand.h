#pragma once

#include "CliContext.h"

namespace hc::cli {

/// PIPL requests (services::PrivacyService; contracts in docs/cli.md):
/// huichang-cli customer export --id N -o FILE.json|FILE.pdf [--format json|pdf] [--json]
int runCustomerExport(CliContext& ctx);
/// huichang-cli customer erase --id N --yes [--json]
int runCustomerErase(CliContext& ctx);
/// huichang-cli privacy anonymise [--years N] [--as-of DATE] [--dry-run] [--yes] [--json]
int runPrivacy(CliContext& ctx);

}  // namespace hc::cli
