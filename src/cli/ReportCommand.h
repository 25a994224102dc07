#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace hc::cli {

/// huichang-cli report monthly --month YYYY-MM [--format json|pdf|xlsx|csv] [-o FILE]: the
/// monthly manager report through MonthlyReportService::exportReport (manager, audited
/// "report.export", saves the month's ABC run). JSON goes to stdout without -o. Contract in
/// docs/cli.md and docs/reports.md.
int runReport(CliContext& ctx);

/// The application object of the CLI: a QGuiApplication (offscreen platform unless
/// QT_QPA_PLATFORM is set) when the command is "report" or "print" (PDF painting and fonts need
/// it), else a QCoreApplication.
std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv);

/// Rewrites the short option "-o" to "--output" (before "--").
QStringList expandShortOptions(QStringList arguments);

}  // namespace hc::cli
