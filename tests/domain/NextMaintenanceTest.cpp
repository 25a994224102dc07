// nextMaintenance: the one next-maintenance rule of the card, the callback list and the CLI.
#include "hc/domain/NextMaintenance.h"

#include <gtest/gtest.h>

#include <optional>
#include <vector>

using hc::domain::FollowUpSettings;
using hc::domain::MaintenanceDueEstimator;
using hc::domain::Span;
using hc::domain::Visit;

namespace {

Visit visit(const char* iso, std::optional<int> km, const char* category = "maintenance") {
    Visit v;
    v.date = QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    v.mileage = km;
    v.category = QString::fromLatin1(category);
    return v;
}

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

FollowUpSettings settings(Span interval, int intervalKm, int defaultKmPerDay) {
    FollowUpSettings s;
    s.maintenance.interval = interval;
    s.maintenance.intervalKm = intervalKm;
    s.defaultKmPerDay = defaultKmPerDay;
    return s;
}

struct Case {
    const char* name;
    std::vector<Visit> visits;
    FollowUpSettings settings;
    const char* asOf;
    const char* nextDue;  // "" when none
    std::optional<int> km;
    bool byMileageFirst;
    const char* base;
};

TEST(NextMaintenanceTest, GoldenCases) {
    const std::vector<Case> cases = {
        {"own rate: the estimator decides (date first)",
         {visit("2025-06-20", 25000), visit("2025-12-20", 30000)},
         FollowUpSettings{},
         "2026-06-15",
         "2026-06-20",
         std::nullopt,  // checked against the estimator below
         false,
         "2025-12-20"},
        {"one reading, 40 km/day default: 5000 km after 125 days",
         {visit("2026-01-10", 40000)},
         FollowUpSettings{},
         "2026-06-15",
         "2026-05-15",
         45000,
         true,
         "2026-01-10"},
        {"one reading, 10 km/day: the 6 months come first, km at that rate",
         {visit("2026-01-10", 40000)},
         settings(Span::months(6), 5000, 10),
         "2026-06-15",
         "2026-07-10",
         40000 + 10 * 181,
         false,
         "2026-01-10"},
        {"stored 3-month interval",
         {visit("2025-12-20", 30000), visit("2025-06-20", 25000)},
         settings(Span::months(3), 5000, 40),
         "2026-06-15",
         "2026-03-20",
         std::nullopt,
         false,
         "2025-12-20"},
        {"visits after D are ignored",
         {visit("2026-01-10", 40000), visit("2026-07-01", 41000)},
         FollowUpSettings{},
         "2026-06-15",
         "2026-05-15",
         45000,
         true,
         "2026-01-10"},
        {"history of the last 24 months: an older maintenance does not count",
         {visit("2023-11-01", 10000), visit("2026-03-01", 60000, "repair")},
         settings(Span::months(6), 0, 40),
         "2026-06-15",
         "2026-09-01",
         std::nullopt,
         false,
         "2026-03-01"},
        {"nothing in 24 months: the whole history up to D",
         {visit("2023-11-01", std::nullopt)},
         FollowUpSettings{},
         "2026-06-15",
         "2024-05-01",
         std::nullopt,
         false,
         "2023-11-01"},
        {"no visit: no date", {}, FollowUpSettings{}, "2026-06-15", "", std::nullopt, false, ""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const auto due = hc::domain::nextMaintenance(c.visits, nullptr, c.settings, d(c.asOf));
        EXPECT_EQ(due.nextDue, d(c.nextDue));
        EXPECT_EQ(due.baseDate, d(c.base));
        EXPECT_EQ(due.dueByMileageFirst, c.byMileageFirst);
        if (c.km) {
            EXPECT_EQ(due.mileageAtNextDue, c.km);
        }
        // The planner's form over pointers (in reverse order: any order) gives the same answer.
        std::vector<const Visit*> refs;
        for (auto it = c.visits.rbegin(); it != c.visits.rend(); ++it) {
            refs.push_back(&*it);
        }
        const auto viaRefs = hc::domain::nextMaintenanceOf(refs, nullptr, c.settings, d(c.asOf));
        EXPECT_EQ(viaRefs.nextDue, due.nextDue);
        EXPECT_EQ(viaRefs.baseDate, due.baseDate);
        EXPECT_EQ(viaRefs.baseMileage, due.baseMileage);
        EXPECT_EQ(viaRefs.baseIsMaintenance, due.baseIsMaintenance);
        EXPECT_EQ(viaRefs.dueByMileageFirst, due.dueByMileageFirst);
        EXPECT_EQ(viaRefs.dueByMileageDate, due.dueByMileageDate);
        EXPECT_EQ(viaRefs.mileageAtNextDue, due.mileageAtNextDue);
        EXPECT_EQ(viaRefs.rate.has_value(), due.rate.has_value());
        if (viaRefs.rate && due.rate) {
            EXPECT_EQ(viaRefs.rate->km, due.rate->km);
            EXPECT_EQ(viaRefs.rate->days, due.rate->days);
        }
    }
    // With the vehicle's own rate the result is the estimator's, unchanged.
    const std::vector<Visit> own = {visit("2025-06-20", 25000), visit("2025-12-20", 30000)};
    const auto viaRule =
        hc::domain::nextMaintenance(own, nullptr, FollowUpSettings{}, d("2026-06-15"));
    const auto direct = MaintenanceDueEstimator(FollowUpSettings{}.maintenance).estimate(own);
    EXPECT_EQ(viaRule.nextDue, direct.nextDue);
    EXPECT_EQ(viaRule.mileageAtNextDue, direct.mileageAtNextDue);
    EXPECT_EQ(viaRule.dueByMileageDate, direct.dueByMileageDate);
}

}  // namespace
