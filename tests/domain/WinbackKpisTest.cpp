#include "hc/domain/WinbackKpis.h"

#include <gtest/gtest.h>

#include <vector>

using namespace hc::domain;

namespace {

FollowUpCall call(CustomerId cid, const char* date, CallOutcome outcome,
                  FollowUpKind kind = FollowUpKind::Winback,
                  std::optional<ChurnReason> reason = std::nullopt) {
    FollowUpCall c;
    c.customerId = cid;
    c.date = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
    c.kind = kind;
    c.outcome = outcome;
    c.churnReason = reason;
    return c;
}

Visit visit(CustomerId cid, const char* date) {
    Visit v;
    v.customerId = cid;
    v.date = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
    return v;
}

using O = CallOutcome;
using R = ChurnReason;

TEST(WinbackKpis, MonthCounts) {
    const std::vector<FollowUpCall> calls = {
        // 1: no answer, then will come; came back on 2026-12-20 (within 30 days).
        call(1, "2026-12-01", O::NoAnswer),
        call(1, "2026-12-02", O::WillCome),
        // 2: refuses, price.
        call(2, "2026-12-03", O::Refuses, FollowUpKind::Winback, R::Price),
        // 3: wrong number; 4: vehicle sold → invalid data.
        call(3, "2026-12-04", O::WrongNumber),
        call(4, "2026-12-05", O::VehicleSold, FollowUpKind::Winback, R::VehicleSold),
        // 5: reached, came back on day 30 after the call (boundary, counts).
        call(5, "2026-12-10", O::Reached, FollowUpKind::Winback, R::OutOfTown),
        // 6: reached, came back on day 31 (does not count).
        call(6, "2026-12-10", O::Reached),
        // 7: only no-answers.
        call(7, "2026-12-11", O::NoAnswer),
        call(7, "2026-12-12", O::NoAnswer),
        // 8: called in November (other month), 9: a maintenance call (not win-back).
        call(8, "2026-11-30", O::WillCome),
        call(9, "2026-12-15", O::WillCome, FollowUpKind::Maintenance),
    };
    const std::vector<Visit> visits = {
        visit(1, "2026-12-20"), visit(5, "2027-01-09"), visit(6, "2027-01-10"),
        visit(8, "2026-12-05"), visit(9, "2026-12-16"), visit(2, "2026-11-01"),  // before the call
    };
    const auto k = computeWinbackKpis(2026, 12, calls, visits);
    EXPECT_EQ(k.calls, 9);
    EXPECT_EQ(k.reminded, 7);
    EXPECT_EQ(k.returned, 2);
    EXPECT_EQ(k.intending, 1);
    EXPECT_EQ(k.refusals, 1);
    EXPECT_EQ(k.invalidData, 2);
    EXPECT_EQ(k.reached, 2);
    EXPECT_EQ(k.noAnswer, 1);
    EXPECT_EQ(k.intending + k.refusals + k.invalidData + k.reached + k.noAnswer, k.reminded);
    EXPECT_EQ(k.reasons[static_cast<std::size_t>(R::Price)], 1);
    EXPECT_EQ(k.reasons[static_cast<std::size_t>(R::VehicleSold)], 1);
    EXPECT_EQ(k.reasons[static_cast<std::size_t>(R::OutOfTown)], 1);
    EXPECT_EQ(k.internalReasons, 1);
    EXPECT_EQ(k.externalReasons, 2);
    EXPECT_EQ(k.returnRateBp, 2857);  // 2 of 7 = 28.571… %
}

TEST(WinbackKpis, ReturnWindowIsASetting) {
    const std::vector<FollowUpCall> calls = {call(6, "2026-12-10", O::Reached)};
    const std::vector<Visit> visits = {visit(6, "2027-01-10")};
    EXPECT_EQ(computeWinbackKpis(2026, 12, calls, visits, 30).returned, 0);
    EXPECT_EQ(computeWinbackKpis(2026, 12, calls, visits, 31).returned, 1);
}

TEST(WinbackKpis, VisitOnTheCallDayCounts) {
    const std::vector<FollowUpCall> calls = {call(1, "2026-12-10", O::WillCome)};
    EXPECT_EQ(computeWinbackKpis(2026, 12, calls, {visit(1, "2026-12-10")}).returned, 1);
    EXPECT_EQ(computeWinbackKpis(2026, 12, calls, {visit(1, "2026-12-09")}).returned, 0);
}

TEST(WinbackKpis, LastOutcomeOfTheMonthDecides) {
    const std::vector<FollowUpCall> calls = {call(1, "2026-12-20", O::WillCome),
                                             call(1, "2026-12-02", O::Refuses)};
    const auto k = computeWinbackKpis(2026, 12, calls, {});
    EXPECT_EQ(k.reminded, 1);
    EXPECT_EQ(k.intending, 1);
    EXPECT_EQ(k.refusals, 0);
}

TEST(WinbackKpis, EmptyMonth) {
    const auto k = computeWinbackKpis(2026, 2, {}, {});
    EXPECT_EQ(k, WinbackKpis{});
    EXPECT_EQ(computeWinbackKpis(2026, 13, {call(1, "2026-12-01", O::Reached)}, {}), WinbackKpis{});
}

}  // namespace

namespace {

TEST(WinbackKpis, LatestReasonGivenCounts) {
    const std::vector<FollowUpCall> calls = {
        call(1, "2026-12-20", O::Refuses, FollowUpKind::Winback, R::Distance),
        call(1, "2026-12-02", O::Reached, FollowUpKind::Winback, R::Price),
        call(1, "2026-12-21", O::NoAnswer)};
    const auto k = computeWinbackKpis(2026, 12, calls, {});
    EXPECT_EQ(k.reasons[static_cast<std::size_t>(R::Distance)], 1);
    EXPECT_EQ(k.reasons[static_cast<std::size_t>(R::Price)], 0);
    EXPECT_EQ(k.externalReasons, 1);
    EXPECT_EQ(k.noAnswer, 1);  // the last call of the month was not answered
}

}  // namespace
