#include "hc/domain/CustomerBaseSummary.h"

#include <algorithm>

namespace hc::domain {

std::vector<CustomerHistory> CustomerBaseSummary::build(std::vector<PurchaseEvent> events,
                                                        const QDate& calibrationEnd,
                                                        const QDate& holdoutEnd) {
    std::vector<CustomerHistory> out;
    if (!calibrationEnd.isValid()) {
        return out;
    }
    std::erase_if(events, [](const PurchaseEvent& e) { return !e.date.isValid(); });
    std::sort(events.begin(), events.end(), [](const PurchaseEvent& l, const PurchaseEvent& r) {
        return l.customerId != r.customerId ? l.customerId < r.customerId : l.date < r.date;
    });
    std::size_t i = 0;
    while (i < events.size()) {
        const CustomerId id = events[i].customerId;
        std::size_t end = i;
        while (end < events.size() && events[end].customerId == id) {
            ++end;
        }
        const QDate first = events[i].date;
        if (first <= calibrationEnd) {
            CustomerHistory h;
            h.id = id;
            h.firstVisit = first;
            double repeatSum = 0.0;
            QDate lastRepeat = first;
            std::size_t k = i;
            while (k < end) {
                // One transaction per day: add up the amounts of the same day.
                const QDate day = events[k].date;
                double amount = 0.0;
                while (k < end && events[k].date == day) {
                    amount += events[k].amount;
                    ++k;
                }
                if (day == first) {
                    continue;
                }
                if (day <= calibrationEnd) {
                    ++h.x;
                    repeatSum += amount;
                    lastRepeat = day;
                } else if (holdoutEnd.isValid() && day <= holdoutEnd) {
                    ++h.holdoutVisits;
                }
            }
            h.tx = static_cast<double>(first.daysTo(lastRepeat)) / 7.0;
            h.T = static_cast<double>(first.daysTo(calibrationEnd)) / 7.0;
            h.meanRepeatSpend = h.x > 0 ? repeatSum / h.x : 0.0;
            out.push_back(h);
        }
        i = end;
    }
    return out;
}

int CustomerBaseSummary::repeatCustomers(const std::vector<CustomerHistory>& histories) {
    return static_cast<int>(std::count_if(histories.begin(), histories.end(),
                                          [](const CustomerHistory& h) { return h.x > 0; }));
}

}  // namespace hc::domain
