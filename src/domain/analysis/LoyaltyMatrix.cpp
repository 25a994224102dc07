#include "hc/domain/LoyaltyMatrix.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace hc::domain {

namespace {

// One month in units of 1/4800 day (Gregorian mean month = 146097 / 4800 days).
constexpr long long kMonthIn4800thDays = 146097;
constexpr long long kDayIn4800thDays = 4800;

long long spanLength(const Span& span, bool inDays) {
    if (!inDays) {
        return span.count;
    }
    return span.unit == Span::Unit::Months ? span.count * kMonthIn4800thDays
                                           : span.count * kDayIn4800thDays;
}

}  // namespace

QString toKey(MatrixCell cell) {
    switch (cell) {
        case MatrixCell::APlus:
            return QStringLiteral("A+");
        case MatrixCell::AMinus:
            return QStringLiteral("A-");
        case MatrixCell::BPlus:
            return QStringLiteral("B+");
        case MatrixCell::BMinus:
            return QStringLiteral("B-");
        case MatrixCell::CPlus:
            return QStringLiteral("C+");
        case MatrixCell::CMinus:
            break;
    }
    return QStringLiteral("C-");
}

std::optional<MatrixCell> matrixCellFromKey(const QString& key) {
    for (int i = 0; i < kMatrixCellCount; ++i) {
        const auto cell = static_cast<MatrixCell>(i);
        if (toKey(cell) == key) {
            return cell;
        }
    }
    return std::nullopt;
}

MatrixCell matrixCell(AbcGrade grade, bool loyal) {
    switch (grade) {
        case AbcGrade::A:
            return loyal ? MatrixCell::APlus : MatrixCell::AMinus;
        case AbcGrade::B:
            return loyal ? MatrixCell::BPlus : MatrixCell::BMinus;
        case AbcGrade::C:
            break;
    }
    return loyal ? MatrixCell::CPlus : MatrixCell::CMinus;
}

int Loyalty::basisPoints() const {
    return static_cast<int>((numerator * 20000 + denominator) / (2 * denominator));
}

bool Loyalty::atLeastPct(int pct) const {
    return numerator * 100 >= pct * denominator;
}

Loyalty loyalty(int windowVisits, const MatrixSettings& settings,
                const MaintenanceDueSettings& maintenance) {
    const bool inDays = settings.window.unit != maintenance.interval.unit;
    long long window = spanLength(settings.window, inDays);
    long long interval = spanLength(maintenance.interval, inDays);
    if (window <= 0 || interval <= 0) {
        window = 1;
        interval = 1;
    }
    Loyalty result;
    result.denominator = window;
    result.numerator = std::max(0LL, static_cast<long long>(windowVisits) * interval);
    result.numerator = std::min(result.numerator, result.denominator);  // cap at 100 %
    return result;
}

double servicesNeeded(const std::optional<MileageRate>& rate, const MatrixSettings& settings,
                      const MaintenanceDueSettings& maintenance) {
    const auto window = static_cast<double>(spanLength(settings.window, true));
    const auto interval = static_cast<double>(spanLength(maintenance.interval, true));
    const double byTime = window > 0 && interval > 0 ? window / interval : 1.0;
    if (!rate || rate->days <= 0 || maintenance.intervalKm <= 0 || window <= 0) {
        return byTime;
    }
    const double windowDays = window / static_cast<double>(kDayIn4800thDays);
    const double byKm = rate->kmPerDay() * windowDays / maintenance.intervalKm;
    return std::max(byTime, byKm);
}

Loyalty shareOfWallet(int windowVisits, const std::vector<std::optional<MileageRate>>& vehicles,
                      const MatrixSettings& settings, const MaintenanceDueSettings& maintenance) {
    if (vehicles.empty() || (vehicles.size() == 1 && !vehicles.front())) {
        // Exact: one vehicle needing window ÷ interval.
        return loyalty(windowVisits, settings, maintenance);
    }
    double needed = 0.0;
    for (const auto& rate : vehicles) {
        needed += servicesNeeded(rate, settings, maintenance);
    }
    // As an exact fraction in millionths of a service.
    constexpr double kScale = 1'000'000.0;
    Loyalty result;
    result.denominator = std::max(1LL, static_cast<long long>(std::llround(needed * kScale)));
    result.numerator =
        std::max(0LL, static_cast<long long>(windowVisits)) * static_cast<long long>(kScale);
    result.numerator = std::min(result.numerator, result.denominator);
    return result;
}

bool isLoyalPlus(int windowVisits, const MatrixSettings& settings,
                 const MaintenanceDueSettings& maintenance) {
    return loyalty(windowVisits, settings, maintenance).atLeastPct(settings.loyaltyThresholdPct);
}

LoyaltyMatrixResult buildLoyaltyMatrix(const AbcResult& abc,
                                       const std::vector<CustomerFacts>& facts,
                                       const MatrixSettings& settings,
                                       const MaintenanceDueSettings& maintenance,
                                       const std::vector<VehicleUsage>& vehicles) {
    std::unordered_map<CustomerId, int> visits;
    visits.reserve(facts.size());
    for (const auto& f : facts) {
        visits[f.id] = f.windowVisits;
    }
    std::unordered_map<CustomerId, std::vector<std::optional<MileageRate>>> rates;
    for (const auto& v : vehicles) {
        rates[v.customerId].push_back(v.rate);
    }
    static const std::vector<std::optional<MileageRate>> kNoVehicle;
    LoyaltyMatrixResult result;
    result.entries.reserve(abc.rows.size());
    for (const auto& row : abc.rows) {
        MatrixEntry entry;
        entry.customerId = row.customerId;
        entry.grade = row.grade;
        const auto it = visits.find(row.customerId);
        entry.windowVisits = it == visits.end() ? 0 : it->second;
        const auto r = rates.find(row.customerId);
        const Loyalty l = shareOfWallet(
            entry.windowVisits, r == rates.end() ? kNoVehicle : r->second, settings, maintenance);
        entry.loyaltyBp = l.basisPoints();
        entry.plus = l.atLeastPct(settings.loyaltyThresholdPct);
        entry.cell = matrixCell(entry.grade, entry.plus);
        result.customers.at(static_cast<std::size_t>(entry.cell)).push_back(entry.customerId);
        result.entries.push_back(entry);
    }
    return result;
}

}  // namespace hc::domain
