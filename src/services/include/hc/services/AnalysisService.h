#pragma once

#include "hc/domain/AnalysisSettings.h"
#include "hc/services/AnalysisReports.h"
#include "hc/services/Result.h"

#include <QDate>

#include <optional>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// The analysis reports (domain.md §2–§5): reads the customer facts once per call
/// (AnalysisRepository::loadFacts) and applies the domain rules with the shop's settings
/// (settings key "analysis", domain.md defaults when absent). Read-only; never throws.
class AnalysisService {
public:
    explicit AnalysisService(storage::Database& db);
    /// With fixed settings instead of the stored ones (tests, benchmarks).
    AnalysisService(storage::Database& db, const domain::AnalysisSettings& settings);

    Result<ClassificationReport> classify(const QDate& asOf) const;
    /// ABC over the window ending at asOf: `months` when given, else the ABC setting.
    Result<AbcReport> abc(const QDate& asOf, std::optional<int> months = std::nullopt) const;
    /// The ABC ranking itself (the rows of abc() without names): what a caller needs for grades
    /// only (the day's call list), without a name per customer.
    Result<domain::AbcResult> abcResult(const QDate& asOf) const;
    Result<MatrixReport> matrix(const QDate& asOf) const;
    Result<RfmReport> rfm(const QDate& asOf) const;
    /// classify + abc + matrix (+ rfm when `withRfm`) as of asOf from one loadFacts pass per
    /// distinct window (one pass with the default settings): the monthly report. `abcMonths` as
    /// in abc(); it applies to the ABC report only (the matrix keeps the ABC setting, as matrix()).
    Result<AnalysisBundle> analyze(const QDate& asOf, std::optional<int> abcMonths = std::nullopt,
                                   bool withRfm = false) const;
    /// Class, stage, ABC grade, matrix cell and RFM segment of one customer.
    Result<CustomerAnalysisSummary> customerSummary(domain::CustomerId id, const QDate& asOf) const;

    /// The settings in use (stored or fixed).
    Result<domain::AnalysisSettings> settings() const;

    /// First day of a window of `span` ending at asOf (inclusive): asOf − span + 1 day.
    [[nodiscard]] static QDate windowStart(const QDate& asOf, const domain::Span& span);

private:
    storage::Database& db_;
    std::optional<domain::AnalysisSettings> fixed_;
};

}  // namespace hc::services
