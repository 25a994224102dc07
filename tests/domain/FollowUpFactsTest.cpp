// The follow-up list's rules applied to the facts storage loads (storage applies none):
// validity and stage (FollowUpPlanner::classifyCustomers) and the complaint follow-up deadline.
#include "hc/domain/FollowUpPlanner.h"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace hc::domain;

const QDate kDay(2026, 6, 15);

struct Case {
    const char* name;
    QDate invalidSince;
    const char* phone;
    QDate lastVisit;  ///< null = no visit
    bool valid;
    std::optional<Stage> stage;
};

class ClassifyCustomersTest : public ::testing::TestWithParam<Case> {};

TEST_P(ClassifyCustomersTest, ValidityAndStageFromFacts) {
    const auto& c = GetParam();
    FollowUpInput in;
    in.date = kDay;
    PlannerCustomer p;
    p.id = 1;
    p.phone = QString::fromUtf8(c.phone);
    p.invalidSince = c.invalidSince;
    in.customers.push_back(p);
    if (c.lastVisit.isValid()) {
        Visit v;
        v.customerId = 1;
        v.date = c.lastVisit;
        in.visits.push_back(v);
        Visit future = v;  // after D: ignored (a past day can be re-planned)
        future.date = kDay.addDays(3);
        in.visits.push_back(future);
    }
    FollowUpPlanner::classifyCustomers(in, LifecycleSettings{});
    EXPECT_EQ(in.customers[0].valid, c.valid) << c.name;
    EXPECT_EQ(in.customers[0].stage, c.stage) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Golden, ClassifyCustomersTest,
    ::testing::Values(
        Case{"recent", {}, "13812345678", kDay.addDays(-10), true, Stage::Active},
        Case{"seven_months", {}, "13812345678", kDay.addMonths(-7), true, Stage::NotLost},
        Case{"exactly_twelve_months",
             {},
             "13812345678",
             kDay.addMonths(-12),
             true,
             Stage::QuasiLost},
        Case{"thirteen_months", {}, "13812345678", kDay.addMonths(-13), true, Stage::Lost},
        Case{"marked_before_d", kDay.addDays(-1), "13812345678", kDay.addDays(-10), false,
             std::nullopt},
        Case{"marked_after_d", kDay.addDays(1), "13812345678", kDay.addDays(-10), true,
             Stage::Active},
        Case{"blank_phone", {}, "   ", kDay.addDays(-10), false, std::nullopt},
        Case{"no_visit", {}, "13812345678", {}, true, std::nullopt}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ComplaintFollowUpDueTest, ComesFromTheStoredDeadlineSetting) {
    FollowUpInput in;
    in.date = kDay;
    PlannerCustomer p;
    p.id = 1;
    p.name = QStringLiteral("甲");
    in.customers.push_back(p);
    OpenComplaint c;
    c.complaintId = 9;
    c.customerId = 1;
    c.resolved = QDateTime(QDate(2026, 6, 13), QTime(23, 0));
    in.complaints.push_back(c);

    FollowUpSettings s;  // default 72 h
    auto items = FollowUpPlanner(s).plan(in);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0].due, QDate(2026, 6, 16));
    s.complaint.followUpWithin = std::chrono::minutes(24 * 60);  // a shop's 1 day
    items = FollowUpPlanner(s).plan(in);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0].due, QDate(2026, 6, 14));
}

}  // namespace
