#pragma once

#include "hc/domain/AbcAnalysis.h"
#include "hc/domain/AbcComparison.h"
#include "hc/domain/AbcSummary.h"
#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/AppointmentSummary.h"
#include "hc/domain/ChurnAnalysis.h"
#include "hc/domain/ChurnReasonSummary.h"
#include "hc/domain/ComplaintDeadlines.h"
#include "hc/domain/CompositionReport.h"
#include "hc/domain/CustomerFacts.h"
#include "hc/domain/DeclinedWorkSummary.h"
#include "hc/domain/LoyaltyMatrix.h"
#include "hc/domain/MatrixSummary.h"
#include "hc/domain/ReturnBand.h"
#include "hc/domain/RfmAnalysis.h"
#include "hc/domain/SatisfactionSummary.h"
#include "hc/domain/WinbackKpis.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

namespace hc::services {

/// Customer ids behind one number of the report, ascending and distinct.
using CustomerIds = std::vector<domain::CustomerId>;

/// The month of a report: "YYYY-MM", reported as of its last day — or as of today while the month
/// is still running (a report never looks into the future).
struct ReportMonth {
    int year = 0;
    int month = 0;

    /// Parses "YYYY-MM" (nullopt otherwise).
    [[nodiscard]] static std::optional<ReportMonth> parse(const QString& text);
    [[nodiscard]] static ReportMonth of(const QDate& date) { return {date.year(), date.month()}; }
    [[nodiscard]] QString key() const;  ///< "2026-08"
    [[nodiscard]] QDate first() const { return QDate(year, month, 1); }
    [[nodiscard]] QDate last() const { return first().addMonths(1).addDays(-1); }
    [[nodiscard]] ReportMonth previous() const { return of(first().addMonths(-1)); }
    /// The day the report is computed as of: today while the month runs, else its last day.
    [[nodiscard]] QDate asOf(const QDate& today) const {
        return inProgress(today) ? today : last();
    }
    /// True while `today` lies inside the month before its last day.
    [[nodiscard]] bool inProgress(const QDate& today) const {
        return today >= first() && today < last();
    }
    [[nodiscard]] bool isValid() const { return first().isValid(); }
    friend bool operator==(const ReportMonth&, const ReportMonth&) = default;
};

/// §1 composition as of the month end, compared with the previous month end.
struct CompositionSection {
    QDate asOf;
    QDate previousAsOf;
    domain::CompositionReport report;
};

/// §2 ABC over the window ending at the month end, its Pareto series and the comparison with the
/// previous saved run (or, without one, with the previous month computed from the archive).
struct AbcSection {
    QDate from;
    QDate asOf;
    domain::AbcResult result;  ///< rank order
    domain::AbcSummary summary;
    std::vector<domain::AbcChange> changes;
    int rankMoveThreshold = 10;
    /// "saved" (a run saved for previousPeriod), "computed" (the previous month end, recomputed)
    /// or "none".
    QString previousSource = QStringLiteral("none");
    QString previousPeriod;  ///< "YYYY-MM" of the run compared with; empty for "none"
};

/// §3 loyalty × contribution.
struct MatrixSection {
    QDate from;
    domain::LoyaltyMatrixResult matrix;
    domain::MatrixSummary summary;
};

/// §4 RFM.
struct RfmSection {
    domain::RfmResult rfm;
};

/// §5 churn per vehicle and §6 churn reasons.
struct ChurnSection {
    domain::ChurnAnalysisResult analysis;
    domain::ChurnReasonSummary reasons;
};

/// §7 win-back KPIs of the month.
struct WinbackSection {
    domain::WinbackKpis kpis;
    int returnWindowDays = 30;
};

/// Appointments (预约) dated in the month: booked, kept (arrived), no-show, the no-show rate
/// (domain summarizeAppointments; a finished month has every day decided).
struct AppointmentSection {
    domain::AppointmentSummary summary;
    /// noShow / (kept + noShow) in basis points; nullopt when none was decided yet.
    std::optional<int> noShowRateBp;
};

/// Declined work (建议项目) of the month in money: declined at visits dated in the month,
/// recovered (done at a later visit dated in the month), dropped, open at the month end, and the
/// recovery rate = recovered ÷ declined in money (domain summarizeDeclinedWork; docs/reports.md
/// "Declined work").
struct DeclinedWorkSection {
    domain::DeclinedWorkSummary summary;
};

/// §8 satisfaction by questionnaire item.
struct SatisfactionSection {
    domain::SatisfactionSummary summary;
};

/// §9 complaints received in the month and 2123 compliance, evaluated at `evaluatedAt` (the end
/// of the month, or now for the running month).
struct ComplaintSection {
    domain::ComplaintStats stats;
    QDateTime evaluatedAt;
};

/// Customer base (客户基础模型, docs/customer-base.md): from the stored fit, when one exists.
/// Bands of the chance of return in the next 12 months as of the report date (drill keys
/// "customer_base.p_return.0" … ".4" for 0–20 %, 20–40 %, 40–60 %, 60–80 %, 80–100 %), the expected
/// visits from the day after the report date to the end of the next month, and the forecast of
/// the report month made from the visits up to the previous month end against the actual visits.
struct CustomerBaseSection {
    bool fitted = false;  ///< false: no stored fit — the rule-based view only
    int minRepeatCustomers = 200;
    QDateTime fittedAt;
    QDate dataFrom;
    QDate calibrationEnd;
    int fitCustomers = 0;
    int fitRepeatCustomers = 0;
    int scored = 0;  ///< customers with a visit on or before the report date
    std::array<int, domain::kReturnBands>
        pReturnBands{};         ///< customers per 20 % band of P(return in 12 months)
    QDate nextFrom;             ///< the day after the report date
    QDate nextTo;               ///< the end of the next month
    double expectedNext = 0.0;  ///< Σ expected visits in [nextFrom, nextTo]
    /// The report month's forecast: made with the fit calibrated by the previous month end (or,
    /// `retrospective`, the current fit when none was), for (forecastFrom − 1, forecastTo].
    bool forecastMade = false;
    bool retrospective = false;
    QDate forecastFrom;
    QDate forecastTo;
    int forecastCustomers = 0;  ///< customers with a visit by the previous month end
    double forecastVisits = 0.0;
    int actualVisits = 0;  ///< their distinct visit days in the period
};

/// The monthly manager report (domain.md §9, docs/reports.md): plain data for the GUI, the
/// exporters and the CLI. Every number that counts customers can be drilled into with
/// customersBehind(key); the keys are listed in docs/reports.md ("Drill-down keys"), e.g.
/// "composition.loyal", "composition.stage.quasi_lost", "abc.grade.A", "abc.pareto.3" (point
/// index), "abc.changes", "matrix.A-", "rfm.important_value", "churn.lost",
/// "churn.region.市区", "churn.model.凯美瑞.lost", "churn.model.凯美瑞.population",
/// "churn.age.<1y", "churn.age.unknown", "churn.reason.price", "winback.returned",
/// "satisfaction.quality", "complaints.late".
struct MonthlyReport {
    ReportMonth month;
    QDate asOf;               ///< last day of the month, or today while the month runs
    bool inProgress = false;  ///< the month is not over: figures as of today
    QDate previousAsOf;       ///< last day of the previous month
    QString shopName;
    /// The audit chain's head when the report was built (id 0: empty log): printed on the PDF so
    /// a paper copy can later prove the log unchanged (`huichang-cli audit verify --expect
    /// ID:HASH`).
    std::int64_t auditHeadId = 0;
    QString auditHeadHash;  ///< the shop profile's name (page headers); empty when none is set
    /// The stored lifecycle settings the report was built with (stage texts show their ranges).
    domain::LifecycleSettings lifecycle;
    /// False for the report handed out while it is built (MonthlyReportService's FirstSection):
    /// only the header, `names` and the composition section with its drill-down keys are filled;
    /// the other sections are still empty. Exports and the CLI only ever see complete reports.
    bool complete = true;
    CompositionSection composition;
    AbcSection abc;
    MatrixSection matrix;
    RfmSection rfm;
    ChurnSection churn;
    WinbackSection winback;
    AppointmentSection appointments;
    DeclinedWorkSection declinedWork;
    SatisfactionSection satisfaction;
    ComplaintSection complaints;
    CustomerBaseSection customerBase;

    /// Names of every customer of the archive (drill-down lists, ABC tables).
    std::unordered_map<domain::CustomerId, QString> names;
    /// Customer ids behind each number (see the keys above).
    std::map<QString, CustomerIds> drill;

    /// The customers behind a number; empty for an unknown key or nobody.
    [[nodiscard]] const CustomerIds& customersBehind(const QString& key) const;
    /// Name of a customer ("" when unknown).
    [[nodiscard]] QString nameOf(domain::CustomerId id) const;
};

}  // namespace hc::services
