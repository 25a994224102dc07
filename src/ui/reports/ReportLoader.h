#pragma once

#include "hc/services/MonthlyReport.h"
#include "hc/services/Result.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace hc::services {
class MonthlyReportService;
}

namespace hc::ui {

/// Builds monthly reports off the GUI thread: a thread of its own with its own connection to the
/// database (MonthlyReportService::openSibling), so the screen never freezes while a report of
/// 100 000 customers is built. Answers come back on the loader's (GUI) thread; answers still on
/// their way when the loader is destroyed are dropped. Without a second connection the build runs
/// on the GUI thread.
class ReportLoader : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(services::Result<services::MonthlyReport>)>;

    explicit ReportLoader(services::MonthlyReportService& reports, QObject* parent = nullptr);
    ~ReportLoader() override;
    ReportLoader(const ReportLoader&) = delete;
    ReportLoader& operator=(const ReportLoader&) = delete;

    /// Builds `month`; `done` runs later on this object's thread.
    void build(const services::ReportMonth& month, Done done);
    /// Builds `month` ahead on the loader thread (no answer): the loader's service keeps it, so
    /// the screen's first build() of that month is answered from that copy when no write came in
    /// between.
    void warmUp(const services::ReportMonth& month);

private:
    services::MonthlyReportService* threadService();

    services::MonthlyReportService& reports_;
    QThread thread_;
    QObject* worker_;
    std::unique_ptr<services::MonthlyReportService> own_;  ///< lives on the loader thread
    bool opened_ = false;
};

}  // namespace hc::ui
