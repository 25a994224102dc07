#pragma once

#include "hc/report/ReportTable.h"
#include "hc/services/MonthlyReport.h"
#include "hc/services/Result.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace hc::services {
class MonthlyReportService;
}

namespace hc::ui {

class WarmUpQueue;

/// Builds monthly reports off the GUI thread: a thread of its own with its own connection to the
/// database (MonthlyReportService::openSibling), so the screen never freezes while a report of
/// 100 000 customers is built. Answers come back on the loader's (GUI) thread; answers still on
/// their way when the loader is destroyed are dropped. Without a second connection the build runs
/// on the GUI thread. With each report come the tables the screen shows
/// (report::ReportTables::forScreen), built on the loader thread too. After each build the freed
/// memory goes back to the system (releaseFreedMemory).
class ReportLoader : public QObject {
    Q_OBJECT
public:
    /// The screen's tables of a report (shared: its views keep them alive).
    using Sections = std::shared_ptr<const std::vector<report::ReportSection>>;
    using Done = std::function<void(services::Result<services::MonthlyReport>, Sections)>;
    /// The report so far, its first section built (MonthlyReport::complete false).
    using First = std::function<void(services::MonthlyReport, Sections)>;

    /// The tables the report screen shows of `report` (ReportTables::forScreen).
    [[nodiscard]] static Sections screenTables(const services::MonthlyReport& report);

    explicit ReportLoader(services::MonthlyReportService& reports, QObject* parent = nullptr);
    ~ReportLoader() override;
    ReportLoader(const ReportLoader&) = delete;
    ReportLoader& operator=(const ReportLoader&) = delete;

    /// Builds `month`; `first` (optional) and then `done` run later on this object's thread.
    /// `first` gets the report with its first section while the rest is built — from this build,
    /// or from the warm-up of the same month still running when build() was called; it is not
    /// called when the whole report is at hand at once (built ahead).
    void build(const services::ReportMonth& month, First first, Done done);
    void build(const services::ReportMonth& month, Done done) { build(month, {}, std::move(done)); }
    /// Builds `month` ahead on the loader thread (no answer): the loader's service keeps it, so
    /// the screen's first build() of that month is answered from that copy when no write came in
    /// between; a build() requested meanwhile gets the warm-up's first section.
    /// Through `queue` (key "reports") when given: a build() of that month before the warm-up's
    /// turn cancels it (the build is the quicker answer, and the month is not built twice).
    void warmUp(const services::ReportMonth& month, WarmUpQueue* queue = nullptr);

private:
    services::MonthlyReportService* threadService();
    /// On this object's thread: the first section of the warm-up of `month` arrived.
    void warmFirstArrived(const services::ReportMonth& month, services::MonthlyReport partial,
                          Sections sections);

    services::MonthlyReportService& reports_;
    QThread thread_;
    QObject* worker_;
    std::unique_ptr<services::MonthlyReportService> own_;  ///< lives on the loader thread
    bool opened_ = false;
    // The warm-up on its way (GUI thread state): its month, its first section once built, and
    // the First of a build() of that month waiting for it.
    std::optional<services::ReportMonth> warming_;
    std::optional<services::MonthlyReport> warmFirst_;
    Sections warmFirstSections_;
    First waitingFirst_;
    /// The warm-up's state, shared with its job: queued, started (on the worker) or cancelled.
    enum WarmState : int { Queued, Started, Cancelled };
    std::shared_ptr<std::atomic<int>> warmState_;
};

}  // namespace hc::ui
