#pragma once

#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/Classification.h"
#include "hc/domain/FollowUpSettings.h"
#include "hc/services/MonthlyReport.h"
#include "hc/services/MonthlyReportService.h"

#include <QDateTime>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// Assembles a MonthlyReport section by section from the repositories and the domain rules
/// (services-private; throws StorageError, the service turns it into a ServiceError). Uses the
/// resolved settings it is given (`followUp`, not `options.followUp`).
class MonthlyReportBuilder {
public:
    MonthlyReportBuilder(storage::Database& db, const domain::AnalysisSettings& analysis,
                         const domain::FollowUpSettings& followUp,
                         const MonthlyReportOptions& options, QDateTime now);

    /// Every section in order; `first` (when set) gets a copy of the report after the first
    /// section (MonthlyReportService::FirstSection).
    [[nodiscard]] MonthlyReport build(const ReportMonth& month,
                                      const MonthlyReportService::FirstSection& first = {}) const;
    /// Only the ABC run of the month (what saveAbcRun stores).
    [[nodiscard]] domain::AbcResult abcOnly(const ReportMonth& month) const;

private:
    void composition(MonthlyReport& r, const std::vector<domain::CustomerFacts>& facts,
                     const std::vector<domain::ClassificationResult>& classes,
                     const std::vector<domain::CustomerFacts>& previousFacts) const;
    void abc(MonthlyReport& r, const std::vector<domain::CustomerFacts>& facts,
             const std::vector<domain::CustomerFacts>& previousFacts) const;
    void matrixAndRfm(MonthlyReport& r, const std::vector<domain::CustomerFacts>& facts) const;
    void churn(MonthlyReport& r, const std::vector<domain::CustomerFacts>& facts,
               const std::vector<domain::ClassificationResult>& classes) const;
    void winback(MonthlyReport& r) const;
    void appointments(MonthlyReport& r) const;
    void declinedWork(MonthlyReport& r) const;
    void satisfaction(MonthlyReport& r) const;
    void complaints(MonthlyReport& r) const;
    void customerBase(MonthlyReport& r) const;

    storage::Database& db_;
    domain::AnalysisSettings analysis_;
    domain::FollowUpSettings followUp_;
    MonthlyReportOptions options_;
    QDateTime now_;
};

}  // namespace hc::services
