#pragma once

#include "CliContext.h"

namespace hc::cli {

/// `consent set --customer-id N --purpose service|marketing --state granted|refused --source TEXT`
int runConsent(CliContext& ctx);
/// `messages export --template KEY (--date D | --campaign ID) -o FILE.csv [--json]`
int runMessages(CliContext& ctx);
/// `optout import FILE.csv [--json]`
int runOptout(CliContext& ctx);

}  // namespace hc::cli
