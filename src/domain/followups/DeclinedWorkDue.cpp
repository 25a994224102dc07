#include "hc/domain/DeclinedWorkDue.h"

#include "hc/domain/MaintenanceDueEstimator.h"

#include <QCoreApplication>

#include <algorithm>

namespace hc::domain {

namespace {

int urgencyDays(DeclinedUrgency urgency, const DeclinedWorkSettings& s) {
    switch (urgency) {
        case DeclinedUrgency::Safety:
            return s.safetyDays;
        case DeclinedUrgency::Soon:
            return s.soonDays;
        case DeclinedUrgency::Later:
            return s.laterDays;
    }
    return s.soonDays;
}

QString groupThousands(long long n) {
    QString digits = QString::number(n < 0 ? -n : n);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
        digits.insert(i, QLatin1Char(','));
    }
    return n < 0 ? QStringLiteral("-") + digits : digits;
}

}  // namespace

QString yuanText(Fen fen) {
    const Fen abs = fen < 0 ? -fen : fen;
    return QStringLiteral("%1¥%2.%3")
        .arg(fen < 0 ? QStringLiteral("-") : QString(), groupThousands(abs / 100))
        .arg(static_cast<int>(abs % 100), 2, 10, QLatin1Char('0'));
}

DeclinedDue declinedWorkDue(const DeclinedItem& item, const std::vector<Visit>& vehicleVisits,
                            const Vehicle* vehicle, const FollowUpSettings& settings,
                            const QDate& asOf) {
    DeclinedDue out;
    if (!item.visitDate.isValid()) {
        return out;
    }
    out.dueByDate = item.dueDate;
    if (item.dueMileage) {
        std::vector<Visit> known;
        for (const Visit& v : vehicleVisits) {
            const bool sameVehicle = !item.vehicleId || v.vehicleId == item.vehicleId;
            if (sameVehicle && v.date.isValid() && (!asOf.isValid() || v.date <= asOf)) {
                known.push_back(v);
            }
        }
        if (const auto last = MaintenanceDueEstimator::latestReading(known, vehicle)) {
            const MileageDate at = MaintenanceDueEstimator::dateAfterKm(
                last->date, static_cast<long long>(*item.dueMileage) - last->km,
                MaintenanceDueEstimator::mileageRate(known, vehicle), settings.defaultKmPerDay);
            out.dueByMileageDate = at.date;
            out.rateIsDefault = at.rateIsDefault;
        }
    }
    if (out.dueByMileageDate.isValid() &&
        (!out.dueByDate.isValid() || out.dueByMileageDate < out.dueByDate)) {
        out.due = out.dueByMileageDate;
        out.dueByMileageFirst = true;
    } else if (out.dueByDate.isValid()) {
        out.due = out.dueByDate;
    } else {
        out.due = item.visitDate.addDays(urgencyDays(item.urgency, settings.declined));
        out.byUrgencyDefault = true;
    }
    const DeclinedWorkSettings& s = settings.declined;
    out.listFrom = std::max(item.visitDate.addDays(1), out.due.addDays(-s.leadDays));
    out.listUntil = std::max(out.listFrom, out.due.addDays(s.listDays));
    return out;
}

bool isDeclinedFollowUpDue(const DeclinedItem& item, const DeclinedDue& due, const QDate& day) {
    return item.isOpen() && due.isValid() && day.isValid() && due.listFrom <= day &&
           day <= due.listUntil;
}

QString declinedReason(const DeclinedItem& item, const DeclinedDue& due) {
    QString reason = QCoreApplication::translate("hc::domain", "未做项目:%1 %2(%3)")
                         .arg(item.what, yuanText(item.amountFen), toLabel(item.urgency));
    reason += QCoreApplication::translate("hc::domain", ",%1 进厂时建议")
                  .arg(item.visitDate.toString(Qt::ISODate));
    reason +=
        QCoreApplication::translate("hc::domain", ",到期 %1").arg(due.due.toString(Qt::ISODate));
    if (due.dueByMileageFirst && item.dueMileage) {
        reason += QCoreApplication::translate("hc::domain", "(按里程 %1 km)")
                      .arg(groupThousands(*item.dueMileage));
    }
    return reason;
}

}  // namespace hc::domain
