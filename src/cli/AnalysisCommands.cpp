#include "AnalysisCommands.h"

#include "hc/storage/Database.h"

#include <nlohmann/json.hpp>

namespace hc::cli {

std::optional<AnalysisRun> startAnalysis(CliContext& ctx, const QString& command,
                                         const QStringList& extraOptions, int* exitCode) {
    QStringList allowed = extraOptions;
    allowed << QStringLiteral("as-of") << QStringLiteral("json");
    if (!checkArguments(ctx, command, allowed, 0, 0, exitCode)) {
        return std::nullopt;
    }
    const auto asOf = asOfDate(ctx, command, exitCode);
    if (!asOf) {
        return std::nullopt;
    }
    AnalysisRun run;
    run.asOf = *asOf;
    run.db = openDatabase(ctx, false);
    if (!run.db) {
        *exitCode = kExitFailure;
        return std::nullopt;
    }
    run.service = std::make_unique<services::AnalysisService>(*run.db);
    return run;
}

QByteArray jsonString(const QString& text) {
    return QByteArray::fromStdString(nlohmann::json(text.toStdString()).dump());
}

QByteArray jsonDate(const QDate& date) {
    return date.isValid() ? jsonString(date.toString(Qt::ISODate)) : QByteArray("null");
}

}  // namespace hc::cli
