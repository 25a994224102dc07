#pragma once

#include "CliContext.h"

namespace hc::cli {

// One function per command, each in its own file; all return the exit code.
int runInit(CliContext& ctx);
int runUser(CliContext& ctx);
int runDemo(CliContext& ctx);
int runImport(CliContext& ctx);
int runClassify(CliContext& ctx);
int runAbc(CliContext& ctx);
int runMatrix(CliContext& ctx);
int runRfm(CliContext& ctx);
int runClv(CliContext& ctx);
int runSettings(CliContext& ctx);

}  // namespace hc::cli
