#include "hc/domain/WinbackKpis.h"

#include "hc/domain/Percent.h"
#include "hc/domain/ReturnWindow.h"

#include <map>

namespace hc::domain {

namespace {

struct PerCustomer {
    const FollowUpCall* last = nullptr;
    std::optional<ChurnReason> reason;
    QDate reasonDate;
    std::vector<QDate> callDates;
};

}  // namespace

WinbackKpis computeWinbackKpis(int year, int month, const std::vector<FollowUpCall>& calls,
                               const std::vector<Visit>& visits, int returnWindowDays) {
    WinbackKpis k;
    const QDate first(year, month, 1);
    if (!first.isValid()) {
        return k;
    }
    const QDate last = first.addDays(first.daysInMonth() - 1);

    std::map<CustomerId, PerCustomer> customers;
    for (const auto& c : calls) {
        if (c.kind != FollowUpKind::Winback || !c.date.isValid() || c.date < first ||
            c.date > last) {
            continue;
        }
        ++k.calls;
        PerCustomer& p = customers[c.customerId];
        // The last call of the month decides; on one day the later entry in the list wins.
        if (p.last == nullptr || c.date >= p.last->date) {
            p.last = &c;
        }
        if (c.churnReason && (!p.reason || c.date >= p.reasonDate)) {
            p.reason = c.churnReason;
            p.reasonDate = c.date;
        }
        p.callDates.push_back(c.date);
    }

    std::map<CustomerId, std::vector<QDate>> visitDates;
    for (const auto& v : visits) {
        if (v.date.isValid() && customers.contains(v.customerId)) {
            visitDates[v.customerId].push_back(v.date);
        }
    }

    for (const auto& [id, p] : customers) {
        ++k.reminded;
        switch (p.last->outcome) {
            case CallOutcome::Reached:
                ++k.reached;
                break;
            case CallOutcome::WillCome:
                ++k.intending;
                break;
            case CallOutcome::Refuses:
                ++k.refusals;
                break;
            case CallOutcome::WrongNumber:
            case CallOutcome::VehicleSold:
                ++k.invalidData;
                break;
            case CallOutcome::NoAnswer:
                ++k.noAnswer;
                break;
        }
        if (p.reason) {
            ++k.reasons[static_cast<std::size_t>(*p.reason)];
            if (isInternal(*p.reason)) {
                ++k.internalReasons;
            } else {
                ++k.externalReasons;
            }
        }
        bool back = false;
        if (auto it = visitDates.find(id); it != visitDates.end()) {
            for (const QDate& call : p.callDates) {
                for (const QDate& visit : it->second) {
                    back = back || ReturnWindow{call, returnWindowDays}.contains(visit);
                }
            }
        }
        k.returned += back ? 1 : 0;
    }
    k.returnRateBp = percentBp(k.returned, k.reminded);
    return k;
}

}  // namespace hc::domain
