#pragma once

#include "CliContext.h"

namespace hc::cli {

// Correcting history, the shop profile and printing (issue 9): one function per command, in
// VisitCommand.cpp, ShopCommand.cpp and PrintCommand.cpp. Contracts in docs/cli.md.

/// huichang-cli visit void --work-order W --reason TEXT: voids the visit (VisitService::voidVisit
/// as the CLI's system user, a manager; audited "visit.void").
int runVisit(CliContext& ctx);
/// huichang-cli shop set --name N [--phone P] [--address A] [--hours H] (manager, audited
/// "settings.shop"; options not given keep their stored value) and shop show [--json]
/// ({"name","phone","address","hours"}).
int runShop(CliContext& ctx);
/// huichang-cli print visit --work-order W -o FILE.pdf: the visit receipt (结算单) as a PDF
/// (ReceiptService + report::ReceiptRenderer, the same renderer as the app's print preview).
int runPrint(CliContext& ctx);

/// Usage texts of the three commands ("" for another command).
QString correctionUsage(const QString& command);

}  // namespace hc::cli
