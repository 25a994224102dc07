#pragma once

#include "CliContext.h"
#include "hc/services/AnalysisService.h"

#include <memory>
#include <optional>

namespace hc::cli {

/// Shared start of the analysis commands (classify, abc, matrix, rfm): checks the arguments,
/// reads --as-of and opens the existing database. On failure sets `exitCode` and returns nullopt.
struct AnalysisRun {
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<services::AnalysisService> service;
    QDate asOf;
};
std::optional<AnalysisRun> startAnalysis(CliContext& ctx, const QString& command,
                                         const QStringList& extraOptions, int* exitCode);

/// A JSON string token (quoted, escaped, UTF-8).
QByteArray jsonString(const QString& text);
/// An ISO date as a JSON string, or null.
QByteArray jsonDate(const QDate& date);

}  // namespace hc::cli
