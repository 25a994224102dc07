#pragma once

#include "hc/domain/AbcSummary.h"
#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/FollowUpSettings.h"
#include "hc/domain/SatisfactionSummary.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/MonthlyReport.h"
#include "hc/services/ReportFormat.h"
#include "hc/services/Result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {
class CustomerBaseModelService;

/// Settings of the monthly report; the analysis and follow-up settings are read from the database
/// (keys "analysis" and "followups", defaults when not stored) at each build unless given.
struct MonthlyReportOptions {
    std::optional<domain::AnalysisSettings> analysis;  ///< fixed (tests, benchmarks)
    /// Fixed win-back return window and complaint deadlines (tests, benchmarks).
    std::optional<domain::FollowUpSettings> followUp;
    domain::ParetoOptions pareto;
};

/// The monthly manager report (domain.md §9, docs/reports.md): assembles every section for a month
/// as of its last day, with the comparison against the previous month, saves ABC runs per period
/// and runs the audited, manager-only export. Reads never write; never throws.
class MonthlyReportService {
public:
    MonthlyReportService(storage::Database& db, Clock clock, MonthlyReportOptions options = {});
    ~MonthlyReportService();
    MonthlyReportService(const MonthlyReportService&) = delete;
    MonthlyReportService& operator=(const MonthlyReportService&) = delete;

    /// Every section of `month`. ABC changes are against the latest saved run of an earlier
    /// period, or (none saved) the previous month end computed from the archive. A report built
    /// ahead by prepare() for the same month, the same day and the same data version
    /// (storage::DataVersion, read in the same snapshot: no write since) is handed over instead of
    /// building again (once).
    /// With `first`: once the first section (composition) is built, a copy of the report so far
    /// (header, names, composition and its drill-down keys; `complete` false) is handed to it on
    /// the building thread while the other sections are built from the same read transaction
    /// (the report screen shows its first tab early). Not called when the report is handed over
    /// from prepare() or cannot be built.
    using FirstSection = std::function<void(MonthlyReport partial)>;
    [[nodiscard]] Result<MonthlyReport> build(const ReportMonth& month,
                                              const FirstSection& first = {}) const;
    /// Builds `month` ahead and keeps it for the next build() of the same month (the report
    /// screen's loader, at start: the screen shows it at once when first opened); `first` as in
    /// build().
    VoidResult prepare(const ReportMonth& month, const FirstSection& first = {}) const;

    /// A service on a connection of its own to the same database file (same clock and options):
    /// for building reports on a background thread (create, use and destroy it on that thread).
    /// nullptr when the file cannot be opened again (logged).
    [[nodiscard]] std::unique_ptr<MonthlyReportService> openSibling() const;

    /// The stored customer-base model on this service's connection (the reports screen's refit
    /// and holdout page; its section of the report reads the same table).
    [[nodiscard]] CustomerBaseModelService& customerBase() const;

    /// Saves (replaces) the ABC run of `month` for later comparisons; manager only; audited
    /// ("report.abc_run.save"). Returns the number of ranked customers saved.
    Result<int> saveAbcRun(const ActingUser& user, const ReportMonth& month);
    /// Periods with a saved ABC run, oldest first.
    [[nodiscard]] Result<std::vector<QString>> savedAbcPeriods() const;

    /// Writes the report of `month` to `target` in `format`: manager only (Denied otherwise,
    /// nothing built or written). Builds the report, calls `write` (the hc_report exporters), and
    /// when it succeeds saves the month's ABC run and appends the audit record "report.export"
    /// ({"month", "format", "file"}) in one transaction. Returns the report written.
    using Writer = std::function<VoidResult(const MonthlyReport&)>;
    Result<MonthlyReport> exportReport(const ActingUser& user, const ReportMonth& month,
                                       ReportFormat format, const QString& target,
                                       const Writer& write);

    /// Puts customers from a drill-down on the callback list: a campaign named `title` starting
    /// on `start` whose invitees appear as win-back items of the daily list
    /// (CampaignService::create + inviteCustomers; manager only, audited there). Returns the
    /// campaign id.
    Result<std::int64_t> addToCallbackList(const ActingUser& user, const CustomerIds& customers,
                                           const QString& title, const QDate& start);

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
