#pragma once

#include "CliContext.h"
#include "hc/services/DeclinedWork.h"

#include <nlohmann/json.hpp>

namespace hc::cli {

/// huichang-cli declined list [--customer-id N] [--vehicle-id V] [--status open|done|dropped]
/// [--json]; declined close --id N (--done [--visit-id V] | --drop --reason TEXT) [--json]
/// (contract in docs/cli.md).
int runDeclined(CliContext& ctx);

/// One declined item as in `declined list --json` (also `customer show --json`,
/// "declined_items").
nlohmann::ordered_json declinedItemJson(const services::DeclinedItemRow& row);

}  // namespace hc::cli
