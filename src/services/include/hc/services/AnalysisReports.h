#pragma once

#include "hc/domain/AbcAnalysis.h"
#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/Composition.h"
#include "hc/domain/CustomerClass.h"
#include "hc/domain/CustomerFacts.h"
#include "hc/domain/LoyaltyMatrix.h"
#include "hc/domain/Money.h"
#include "hc/domain/RfmAnalysis.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace hc::services {

/// One customer classified as of a date (domain.md §2).
struct ClassifiedCustomer {
    domain::CustomerId id = 0;
    QString name;
    QString phone;
    domain::CustomerClass cls = domain::CustomerClass::NoVisit;
    std::optional<domain::Stage> stage;
    bool isNew = false;
    QDate firstVisit;  ///< null when none
    QDate lastVisit;   ///< last visit on or before the date; null when none
};

struct ClassificationReport {
    QDate asOf;
    domain::Composition counts;
    std::vector<ClassifiedCustomer> customers;  ///< by customer id
};

/// One ranked ABC row with the customer's name.
struct AbcReportRow {
    domain::AbcRow row;
    QString name;
};

struct AbcReport {
    QDate from;  ///< first day of the window (inclusive)
    QDate to;    ///< the as-of date (inclusive)
    domain::Fen totalFen = 0;
    std::array<int, domain::kAbcGradeCount> gradeCounts{};
    std::vector<AbcReportRow> rows;  ///< rank order
};

struct MatrixReport {
    QDate asOf;
    QDate from;  ///< window of the ABC grades and the visit counts
    domain::LoyaltyMatrixResult matrix;
};

struct RfmReport {
    QDate asOf;
    QDate from;
    domain::RfmResult rfm;
};

/// The monthly reports built together from ONE read of the customer facts
/// (AnalysisService::analyze): each member equals what the single call returns.
struct AnalysisBundle {
    ClassificationReport classification;  ///< = classify(asOf)
    AbcReport abc;                        ///< = abc(asOf, months)
    MatrixReport matrix;                  ///< = matrix(asOf)
    std::optional<RfmReport> rfm;         ///< = rfm(asOf) when asked for
};

/// Everything the analysis says about one customer (for the customer screen).
struct CustomerAnalysisSummary {
    domain::CustomerId id = 0;
    QString name;
    domain::CustomerClass cls = domain::CustomerClass::NoVisit;
    std::optional<domain::Stage> stage;
    bool isNew = false;
    QDate lastVisit;
    std::optional<domain::AbcGrade> abcGrade;  ///< none outside the ABC population
    int abcRank = 0;                           ///< 0 when no grade
    std::optional<domain::MatrixCell> matrixCell;
    std::optional<domain::RfmSegment> rfmSegment;
    domain::Fen windowAmountFen = 0;
    int windowVisits = 0;
};

}  // namespace hc::services
