#pragma once

#include "ArgParser.h"
#include "hc/domain/ValidationResult.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/ServiceError.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace hc::storage {
class Database;
}

namespace hc::cli {

enum ExitCode { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

/// What every command gets: the parsed arguments, the database path and the message language.
struct CliContext {
    const ArgParser& args;
    QString dbPath;
    domain::MessageLanguage language = domain::MessageLanguage::Zh;
    QStringList operands;  ///< positional arguments after the command word(s)
    /// The CLI's "now": every default date (--as-of, --date, --at) comes from it.
    services::Clock clock = services::systemClock();
    [[nodiscard]] QDate today() const { return clock().date(); }
};

/// Translates a CLI message (context "hc::cli"). lupdate cannot see the texts passed to this
/// wrapper: write QCoreApplication::translate("hc::cli", "…") at the call site instead.
QString tr(const char* text);

/// Writes UTF-8 text to stdout / stderr (a line break is appended to err()).
void out(const QString& text);
void outUtf8(const QByteArray& bytes);
void err(const QString& text);

/// Prints the message and the usage of `command` (or the general usage) on stderr; returns 2.
int usageError(const QString& message, const QString& command = {});
/// The usage text of a command, or of the program when `command` is empty.
QString usageText(const QString& command = {});

/// Checks that only `allowed` options were given and `min`..`max` operands; prints the usage error
/// and returns false otherwise.
bool checkArguments(const CliContext& ctx, const QString& command, const QStringList& allowed,
                    int minOperands, int maxOperands, int* exitCode);

/// Opens and migrates the database; on failure prints a message in plain words and returns
/// nullptr. Only `create` (init, demo) makes a new database: otherwise a missing or 0-byte file is
/// an error saying so. A damaged file (quick_check) opens read-only with a message offering the
/// latest verified backup; `write` commands then stop.
std::unique_ptr<storage::Database> openDatabase(const CliContext& ctx, bool write,
                                                bool create = false);

/// "--as-of" (default: today) parsed with DateParser; prints a usage error and returns nullopt
/// when it is not a date.
std::optional<QDate> asOfDate(const CliContext& ctx, const QString& command, int* exitCode);

/// Prints a service error on stderr; returns 1.
int serviceFailure(const services::ServiceError& error);

/// The acting user of CLI runs: "system" (id 0).
services::ActingUser cliUser();

}  // namespace hc::cli
