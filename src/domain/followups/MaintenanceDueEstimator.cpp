#include "hc/domain/MaintenanceDueEstimator.h"

#include <algorithm>
#include <utility>

namespace hc::domain {

namespace {

struct Reading {
    QDate date;
    int km = 0;
};

using VisitRefs = std::span<const Visit* const>;

std::vector<const Visit*> refsOf(const std::vector<Visit>& visits) {
    std::vector<const Visit*> refs;
    refs.reserve(visits.size());
    for (const Visit& v : visits) {
        refs.push_back(&v);
    }
    return refs;
}

std::vector<Reading> readings(VisitRefs visits, const Vehicle* vehicle) {
    std::vector<Reading> out;
    out.reserve(visits.size() + 1);
    for (const Visit* v : visits) {
        if (v->date.isValid() && v->mileage.has_value() && *v->mileage >= 0) {
            out.push_back({v->date, *v->mileage});
        }
    }
    if (vehicle != nullptr && vehicle->firstServiceDate.isValid() &&
        vehicle->firstServiceMileage.has_value() && *vehicle->firstServiceMileage >= 0) {
        out.push_back({vehicle->firstServiceDate, *vehicle->firstServiceMileage});
    }
    std::sort(out.begin(), out.end(), [](const Reading& a, const Reading& b) {
        return a.date != b.date ? a.date < b.date : a.km < b.km;
    });
    return out;
}

bool isMaintenance(const Visit& v) {
    return v.category == QLatin1String("maintenance");
}

}  // namespace

std::optional<long long> MileageRate::daysFor(long long k) const {
    if (km <= 0 || days <= 0) {
        return std::nullopt;
    }
    if (k <= 0) {
        return 0;
    }
    return (k * days + km - 1) / km;
}

MaintenanceDueEstimator::MaintenanceDueEstimator(MaintenanceDueSettings settings,
                                                 int defaultKmPerDay)
    : settings_(std::move(settings)), defaultKmPerDay_(defaultKmPerDay) {}

std::optional<int> MaintenanceDueEstimator::lastMileage(const std::vector<Visit>& visits) {
    std::optional<int> best;
    for (const auto& v : visits) {
        if (v.mileage.has_value() && (!best || *v.mileage > *best)) {
            best = v.mileage;
        }
    }
    return best;
}

namespace {

std::optional<MileageRate> rateOf(VisitRefs visits, const Vehicle* vehicle) {
    const auto rs = readings(visits, vehicle);
    if (rs.size() < 2) {
        return std::nullopt;
    }
    const Reading& first = rs.front();
    const Reading& last = rs.back();
    const long long days = first.date.daysTo(last.date);
    const long long km = static_cast<long long>(last.km) - first.km;
    if (days <= 0 || km < 0) {
        return std::nullopt;
    }
    return MileageRate{km, days};
}

}  // namespace

std::optional<MileageRate> MaintenanceDueEstimator::mileageRate(const std::vector<Visit>& visits,
                                                                const Vehicle* vehicle) {
    return rateOf(refsOf(visits), vehicle);
}

std::optional<OdometerReading> MaintenanceDueEstimator::latestReading(
    const std::vector<Visit>& visits, const Vehicle* vehicle) {
    const auto rs = readings(refsOf(visits), vehicle);
    if (rs.empty()) {
        return std::nullopt;
    }
    return OdometerReading{rs.back().date, rs.back().km};
}

MileageDate MaintenanceDueEstimator::dateAfterKm(const QDate& from, long long km,
                                                 const std::optional<MileageRate>& rate,
                                                 int defaultKmPerDay) {
    MileageDate out;
    if (!from.isValid()) {
        return out;
    }
    if (rate.has_value()) {
        if (const auto d = rate->daysFor(km)) {
            out.date = from.addDays(*d);
        }
    } else if (defaultKmPerDay > 0) {
        if (const auto d = MileageRate{defaultKmPerDay, 1}.daysFor(km)) {
            out.date = from.addDays(*d);
            out.rateIsDefault = true;
        }
    }
    return out;
}

MaintenanceDue MaintenanceDueEstimator::estimate(const std::vector<Visit>& visits,
                                                 const Vehicle* vehicle) const {
    return estimateOf(refsOf(visits), vehicle);
}

MaintenanceDue MaintenanceDueEstimator::estimateOf(std::span<const Visit* const> visits,
                                                   const Vehicle* vehicle) const {
    MaintenanceDue due;
    const Visit* base = nullptr;
    const Visit* latestAny = nullptr;
    for (const Visit* ref : visits) {
        const Visit& v = *ref;
        if (!v.date.isValid()) {
            continue;
        }
        // Latest by date; on the same day prefer the one with the higher odometer.
        auto later = [](const Visit* cur, const Visit& cand) {
            if (cur == nullptr || cand.date > cur->date) {
                return true;
            }
            return cand.date == cur->date && cand.mileage.value_or(-1) > cur->mileage.value_or(-1);
        };
        if (later(latestAny, v)) {
            latestAny = &v;
        }
        if (isMaintenance(v) && later(base, v)) {
            base = &v;
        }
    }
    due.baseIsMaintenance = base != nullptr;
    if (base == nullptr) {
        base = latestAny;
    }
    if (base == nullptr) {
        return due;
    }
    due.baseDate = base->date;
    due.baseMileage = base->mileage;
    due.rate = rateOf(visits, vehicle);
    due.dueByDate = settings_.interval.after(due.baseDate);
    due.nextDue = due.dueByDate;

    if (settings_.intervalKm > 0 && due.baseMileage.has_value()) {
        due.dueMileage = *due.baseMileage + settings_.intervalKm;
        // The vehicle's own rate, else the shop's default km/day.
        const MileageDate at =
            dateAfterKm(due.baseDate, settings_.intervalKm, due.rate, defaultKmPerDay_);
        due.dueByMileageDate = at.date;
        due.rateIsDefault = at.rateIsDefault;
    }
    if (due.dueByMileageDate.isValid() && due.dueByMileageDate < due.dueByDate) {
        due.nextDue = due.dueByMileageDate;
        due.dueByMileageFirst = true;
        due.mileageAtNextDue = due.dueMileage;
    } else if (due.baseMileage.has_value() && (due.rate.has_value() || due.rateIsDefault)) {
        // The expected odometer at the due date, at the vehicle's own rate or the default one.
        const MileageRate rate = due.rate.value_or(MileageRate{defaultKmPerDay_, 1});
        due.mileageAtNextDue = static_cast<int>(
            *due.baseMileage + rate.kmIn(std::max<qint64>(0, due.baseDate.daysTo(due.nextDue))));
    }
    return due;
}

}  // namespace hc::domain
