#pragma once

#include "CliContext.h"

namespace hc::cli {

/// `consent set --customer-id N --purpose service|marketing --state granted|refused --source TEXT`
int runConsent(CliContext& ctx);
/// `messages export --template KEY (--date D | --campaign ID | --month M --drill KEY) -o FILE.csv
/// [--json]`, `messages send --template KEY (--date D | --campaign ID | --month M --drill KEY)
/// [--json]` (through the stored HTTP gateway)
int runMessages(CliContext& ctx);
/// `optout import FILE.csv [--json]`
int runOptout(CliContext& ctx);

}  // namespace hc::cli
