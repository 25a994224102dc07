#pragma once

#include "hc/domain/SatisfactionSettings.h"
#include "hc/domain/Span.h"

namespace hc::domain {

/// Recency classes and callback stages (domain.md §2). A last visit exactly at a boundary belongs
/// to the more recent class/stage. The stage ladder shares the class boundaries (one setting per
/// concept): active = loyal, not_lost starts at `loyal`, and the lost stages start at `lost`, so
/// the stage and the class can never disagree.
struct LifecycleSettings {
    Span loyal = Span::months(6);         ///< loyal when L ≥ D − loyal
    Span lost = Span::months(12);         ///< lost when L < D − lost; swing in between
    Span notLostUntil = Span::months(8);  ///< not_lost: D − 8m ≤ L < D − loyal; quasi_lost until
                                          ///< D − lost
    Span lostUntil = Span::months(24);          ///< lost: D − 24m ≤ L < D − lost
    Span trendingLostUntil = Span::months(36);  ///< trending_lost: D − 36m ≤ L < D − 24m
    /// "New" when the first visit lies in the reporting period containing D.
    enum class Period { Month, Quarter, Year };
    Period newPeriod = Period::Month;
    friend bool operator==(const LifecycleSettings&, const LifecycleSettings&) = default;
};

/// ABC analysis (domain.md §3). Thresholds in basis points of the total (8000 = 80 %).
struct AbcSettings {
    Span window = Span::months(12);  ///< the window ending at D
    int aThresholdBp = 8000;         ///< A while cumulative share ≤ 80 %
    int bThresholdBp = 9500;         ///< B while ≤ 95 %, C above
    int rankMoveThreshold = 10;      ///< flag rank moves larger than this between runs
    friend bool operator==(const AbcSettings&, const AbcSettings&) = default;
};

/// Loyalty × contribution matrix (domain.md §4): loyalty = share of wallet, services done here in
/// the window ÷ services the customer's vehicles needed, capped at 100 %. The maintenance interval
/// (months and km) the need is measured with is the one maintenance setting,
/// FollowUpSettings::maintenance (passed separately).
struct MatrixSettings {
    Span window = Span::months(12);  ///< visits counted in the window ending at D
    int loyaltyThresholdPct = 50;    ///< "+" when loyalty ≥ 50 %
    /// A vehicle's km per day needs two odometer readings at least this many days apart.
    int mileageMinDays = 30;
    friend bool operator==(const MatrixSettings&, const MatrixSettings&) = default;
};

/// RFM 8 segments (domain.md §5, seed 004). Recency is high when L ≥ D − recency; frequency is high
/// when visits in the window ≥ frequencyHigh; monetary is high when the window amount ≥ the
/// threshold: a fixed amount in fen when monetaryHighFen > 0, else the mean over the customers
/// analysed.
struct RfmSettings {
    Span recency = Span::months(6);
    int frequencyHigh = 2;
    long long monetaryHighFen = 0;
    friend bool operator==(const RfmSettings&, const RfmSettings&) = default;
};

/// Fleet size by vehicle count (domain.md §1): ≥10 large (大户), 5–9 medium (中户), 2–4 small
/// (小户), 1 single (散户).
struct FleetSettings {
    int large = 10;
    int medium = 5;
    int small = 2;
    friend bool operator==(const FleetSettings&, const FleetSettings&) = default;
};

/// Every analysis threshold, with the defaults of domain.md.
struct AnalysisSettings {
    LifecycleSettings lifecycle;
    AbcSettings abc;
    MatrixSettings matrix;
    RfmSettings rfm;
    FleetSettings fleet;
    /// Strong / weak / lowest satisfaction items of the monthly report (domain.md §9).
    SatisfactionSettings satisfaction;
    friend bool operator==(const AnalysisSettings&, const AnalysisSettings&) = default;
};

}  // namespace hc::domain
