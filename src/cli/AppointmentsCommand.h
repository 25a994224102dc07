#pragma once

#include "CliContext.h"

namespace hc::cli {

/// huichang-cli appointments [--date YYYY-MM-DD] [--json]: the appointments of a day with their
/// status (contract in docs/cli.md).
int runAppointments(CliContext& ctx);

/// huichang-cli appointment book --customer-id N [--vehicle-id V] --date D [--time HH:MM]
/// [--purpose TEXT] [--advisor USER] [--json]; appointment cancel --id N [--reason TEXT].
int runAppointment(CliContext& ctx);

}  // namespace hc::cli
