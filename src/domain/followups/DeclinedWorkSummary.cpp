#include "hc/domain/DeclinedWorkSummary.h"

namespace hc::domain {

DeclinedWorkSummary summarizeDeclinedWork(const std::vector<DeclinedItem>& items, const QDate& from,
                                          const QDate& to) {
    DeclinedWorkSummary s;
    auto inPeriod = [&](const QDate& d) { return d.isValid() && d >= from && d <= to; };
    for (const DeclinedItem& i : items) {
        if (!i.visitDate.isValid() || i.visitDate > to) {
            continue;
        }
        if (inPeriod(i.visitDate)) {
            ++s.declinedCount;
            s.declinedFen += i.amountFen;
        }
        const bool closedByEnd = !i.isOpen() && i.closedDate.isValid() && i.closedDate <= to;
        if (!closedByEnd) {
            ++s.openCount;
            s.openFen += i.amountFen;
            continue;
        }
        if (!inPeriod(i.closedDate)) {
            continue;
        }
        if (i.status == DeclinedStatus::Done) {
            ++s.recoveredCount;
            s.recoveredFen += i.amountFen;
        } else {
            ++s.droppedCount;
            s.droppedFen += i.amountFen;
        }
    }
    if (s.declinedFen > 0) {
        s.recoveryRateBp =
            static_cast<int>((s.recoveredFen * 20000 + s.declinedFen) / (2 * s.declinedFen));
    }
    return s;
}

}  // namespace hc::domain
