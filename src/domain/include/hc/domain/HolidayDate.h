#pragma once

#include <QDate>
#include <QString>

namespace hc::domain {

/// One holiday on a concrete day (a HolidayRule of FollowUpSettings resolved for a year), the
/// planner's input for holiday greetings (节日问候).
struct HolidayDate {
    QString name;  ///< "春节"
    QDate date;    ///< 2027-02-06
    friend bool operator==(const HolidayDate&, const HolidayDate&) = default;
};

}  // namespace hc::domain
