#pragma once

#include <QDate>

namespace hc::domain {

/// "Returned" after a contact (domain.md §6 campaigns, §7 win-back KPIs): the one definition. A
/// customer contacted on day C (a win-back call, a campaign start) has returned when a visit is
/// dated on or after C and at most `days` days later: C ≤ visit ≤ C + days (both ends inclusive,
/// so a visit on the contact day itself counts).
struct ReturnWindow {
    QDate contact;
    int days = 0;

    /// The last day that still counts (C + days); null when the contact date is null.
    [[nodiscard]] QDate last() const { return contact.isValid() ? contact.addDays(days) : QDate(); }
    /// True when a visit on `visit` counts as a return.
    [[nodiscard]] bool contains(const QDate& visit) const {
        return contact.isValid() && visit.isValid() && days >= 0 && visit >= contact &&
               visit <= last();
    }
    /// True while the window is open on `day` (C ≤ day ≤ C + days).
    [[nodiscard]] bool isOpenOn(const QDate& day) const { return contains(day); }
};

}  // namespace hc::domain
