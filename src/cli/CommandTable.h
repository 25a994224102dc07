#pragma once

#include "CliContext.h"

#include <QString>

#include <vector>

namespace hc::cli {

using CommandRunner = int (*)(CliContext&);

/// One line of the general usage: the syntax and what it does. Both are source texts of the
/// "hc::cli" context (QT_TRANSLATE_NOOP), translated when printed.
struct CommandHelpLine {
    const char* synopsis;
    const char* summary;
};

/// A command of huichang-cli: its first word, the function that runs it and its lines in --help.
/// The one table both the dispatch (main.cpp) and the general usage read, so they cannot drift
/// (tests/cli/CliHelpTest.cpp checks every name of this file's table against `--help`).
struct CommandSpec {
    const char* name;
    /// nullptr: the command is documented but its module is not part of this build yet (it is
    /// reported as unknown); set when the module is merged.
    CommandRunner run;
    std::vector<CommandHelpLine> help;
};

/// Every command, in the order of the usage text.
const std::vector<CommandSpec>& commandTable();

/// The command named `name` with a runner, or nullptr.
const CommandSpec* findCommand(const QString& name);

/// The "命令:" block of the general usage: one line per help line of the table, aligned.
QString commandListText();

}  // namespace hc::cli
