#pragma once

#include "hc/domain/AbcAnalysis.h"
#include "hc/domain/CustomerFacts.h"
#include "hc/domain/Money.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::storage {

class Database;

/// A saved ABC run of one period (report_runs kind 'abc' + report_run_rows).
struct SavedAbcRun {
    std::int64_t id = 0;
    QString period;  ///< 'YYYY-MM'
    QDate asOf;
    domain::Fen totalFen = 0;
    QDateTime createdAt;
    std::optional<std::int64_t> createdBy;
    /// Rank order; runningFen and cumulativeBp are recomputed from the amounts.
    std::vector<domain::AbcRow> rows;

    /// The run as an AbcResult (for compareAbc).
    [[nodiscard]] domain::AbcResult result() const;
};

/// One vehicle with its current owner, as the churn analysis reads it (the owner's class comes
/// from the classification in the service).
struct ChurnVehicleRow {
    domain::VehicleId vehicleId = 0;
    domain::CustomerId ownerId = 0;
    QString region;  ///< the owner's region; empty when unknown
    QString model;   ///< empty when unknown
    QDate purchaseDate;
};

/// One satisfaction answer with the customer who gave it.
struct CustomerAnswer {
    domain::CustomerId customerId = 0;
    QString itemKey;
    int score = 0;
};

/// Reads and writes of the monthly report (schema/0004_reports.sql) and the report-only reads
/// that the other repositories do not offer. Raw forward-only statements for the bulk reads;
/// throws StorageError. Writes run inside the caller's transaction.
class ReportRepository {
public:
    explicit ReportRepository(Database& db) : db_(db) {}

    /// Saves (or replaces) the ABC run of `period`; returns the run id.
    std::int64_t saveAbcRun(const QString& period, const QDate& asOf, const domain::AbcResult& abc,
                            const QDateTime& at, std::int64_t userId);
    [[nodiscard]] std::optional<SavedAbcRun> loadAbcRun(const QString& period) const;
    /// The latest period with a saved ABC run strictly before `period`.
    [[nodiscard]] std::optional<QString> previousAbcPeriod(const QString& period) const;
    /// Periods with a saved ABC run, oldest first.
    [[nodiscard]] std::vector<QString> abcPeriods() const;

    /// Every vehicle with its current owner's id and region, ordered by vehicle id.
    [[nodiscard]] std::vector<ChurnVehicleRow> churnVehicles() const;
    /// Satisfaction answers of the calls dated in [from, to] with the calling customer.
    [[nodiscard]] std::vector<CustomerAnswer> satisfactionAnswers(const QDate& from,
                                                                  const QDate& to) const;
    /// Visits (customer, date only) dated in [from, until] of the customers with a win-back
    /// call dated in [from, to].
    [[nodiscard]] std::vector<domain::Visit> winbackVisits(const QDate& from, const QDate& to,
                                                           const QDate& until) const;

private:
    Database& db_;
};

}  // namespace hc::storage
