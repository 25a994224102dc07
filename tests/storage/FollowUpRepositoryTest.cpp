// FollowUpRepository::loadInput on a real SQLite file: what the planner gets for a day.
#include "TempDatabase.h"
#include "hc/domain/FollowUpPlanner.h"
#include "hc/storage/CallRepository.h"
#include "hc/storage/ComplaintRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/FollowUpRepository.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace hc::storage {
namespace {

using test::TempDatabase;

const QDateTime kAt(QDate(2026, 6, 15), QTime(9, 30, 0));
const QDate kDay(2026, 6, 15);

struct Archive {
    domain::CustomerId recent = 0;   // visit 10 days ago
    domain::CustomerId old = 0;      // visits 30 and 26 months ago, invalid
    domain::CustomerId noVisit = 0;  // no visit, no phone
    domain::VehicleId car = 0;
};

Archive seed(Database& db) {
    CustomerRepository customers(db);
    VehicleRepository vehicles(db);
    VisitRepository visits(db);
    Archive a;
    domain::Customer c;
    c.name = QStringLiteral("近期");
    c.phone = QStringLiteral("13800000001");
    c.birthday = QDate(1980, 6, 17);
    c.createdAt = c.updatedAt = kAt;
    a.recent = customers.insert(c);
    c.name = QStringLiteral("久远");
    c.phone = QStringLiteral("13800000002");
    c.birthday = {};
    a.old = customers.insert(c);
    customers.markInvalid(a.old, domain::InvalidReason::WrongNumber, QStringLiteral("x"),
                          QDate(2026, 1, 1), 0, kAt);
    c.name = QStringLiteral("无电话");
    c.phone.clear();
    a.noVisit = customers.insert(c);

    domain::Vehicle v;
    v.customerId = a.recent;
    v.plate = QStringLiteral("陕A12345");
    v.insuranceDue = QDate(2026, 7, 1);
    a.car = vehicles.insert(v, QDate(2020, 1, 1));

    domain::Visit visit;
    visit.customerId = a.recent;
    visit.vehicleId = a.car;
    visit.date = kDay.addDays(-10);
    visit.mileage = 20000;
    visit.category = QStringLiteral("maintenance");
    visit.advisor = QStringLiteral("王芳");
    visit.amountFen = 30000;
    visit.createdAt = kAt;
    visits.insert(visit);
    visit.date = kDay.addDays(3);  // after D: not loaded
    visits.insert(visit);
    visit.customerId = a.old;
    visit.vehicleId.reset();
    visit.date = kDay.addMonths(-30);
    visits.insert(visit);
    visit.date = kDay.addMonths(-26);
    visit.category = QStringLiteral("repair");
    visits.insert(visit);
    return a;
}

TEST(FollowUpRepository, LoadsCustomerFactsAndVisitsOfTheWindow) {
    TempDatabase t;
    const Archive a = seed(t.db());
    auto in = FollowUpRepository(t.db()).loadInput(kDay, QStringLiteral("callback"));
    // Storage loads facts only; the domain derives validity and stage from them.
    EXPECT_TRUE(in.customers[1].invalidSince.isValid());
    EXPECT_TRUE(in.customers[2].phone.isEmpty());
    EXPECT_FALSE(in.customers[0].stage);
    domain::FollowUpPlanner::classifyCustomers(in, domain::LifecycleSettings{});
    EXPECT_EQ(in.date, kDay);
    EXPECT_EQ(in.assignee, QStringLiteral("callback"));
    ASSERT_EQ(in.customers.size(), 3u);
    const auto& recent = in.customers[0];
    EXPECT_EQ(recent.id, a.recent);
    EXPECT_TRUE(recent.valid);
    EXPECT_EQ(recent.stage, domain::Stage::Active);
    EXPECT_EQ(recent.birthday, QDate(1980, 6, 17));
    const auto& old = in.customers[1];
    EXPECT_FALSE(old.valid);  // marked invalid before D
    const auto& none = in.customers[2];
    EXPECT_FALSE(none.valid);  // no phone
    EXPECT_FALSE(none.stage);

    // The recent visit with every planner field; the old customer's visits are outside the
    // 24-month window, so only the last one comes, as a date.
    std::vector<domain::Visit> ofRecent;
    std::vector<domain::Visit> ofOld;
    for (const auto& v : in.visits) {
        (v.customerId == a.recent ? ofRecent : ofOld).push_back(v);
    }
    ASSERT_EQ(ofRecent.size(), 1u);
    EXPECT_EQ(ofRecent[0].date, kDay.addDays(-10));
    EXPECT_EQ(ofRecent[0].mileage, 20000);
    EXPECT_EQ(ofRecent[0].category, QStringLiteral("maintenance"));
    EXPECT_EQ(ofRecent[0].advisor, QStringLiteral("王芳"));
    EXPECT_EQ(ofRecent[0].vehicleId, a.car);
    ASSERT_EQ(ofOld.size(), 1u);
    EXPECT_EQ(ofOld[0].date, kDay.addMonths(-26));
    EXPECT_GT(ofOld[0].id, 0);

    ASSERT_EQ(in.vehicles.size(), 1u);
    EXPECT_EQ(in.vehicles[0].plate, QStringLiteral("陕A12345"));
    EXPECT_EQ(in.vehicles[0].insuranceDue, QDate(2026, 7, 1));
}

// The older last visit comes only for customers without a visit in the window (the window's
// visits are loaded whole); a visit after D never counts, not even as the last one.
TEST(FollowUpRepository, OlderLastVisitOnlyForCustomersWithoutOneInTheWindow) {
    TempDatabase t;
    seed(t.db());
    CustomerRepository customers(t.db());
    VisitRepository visits(t.db());
    domain::Customer c;
    c.name = QStringLiteral("两段");
    c.phone = QStringLiteral("13800000003");
    c.createdAt = c.updatedAt = kAt;
    const auto both = customers.insert(c);  // 30 months ago and 3 months ago
    c.phone = QStringLiteral("13800000004");
    const auto later = customers.insert(c);  // 28 months ago and after D
    c.phone = QStringLiteral("13800000005");
    const auto edge = customers.insert(c);  // exactly 24 months ago (outside the window)

    struct Row {
        domain::CustomerId customer;
        QDate date;
    };
    const Row rows[] = {{both, kDay.addMonths(-30)},
                        {both, kDay.addMonths(-3)},
                        {later, kDay.addMonths(-28)},
                        {later, kDay.addDays(5)},
                        {edge, kDay.addMonths(-24)}};
    for (const Row& r : rows) {
        domain::Visit v;
        v.customerId = r.customer;
        v.date = r.date;
        v.category = QStringLiteral("repair");
        v.createdAt = kAt;
        visits.insert(v);
    }
    const auto in = FollowUpRepository(t.db()).loadInput(kDay, QString());
    const auto datesOf = [&in](domain::CustomerId id) {
        std::vector<QDate> out;
        for (const auto& v : in.visits) {
            if (v.customerId == id) {
                out.push_back(v.date);
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    EXPECT_EQ(datesOf(both), std::vector<QDate>{kDay.addMonths(-3)});
    EXPECT_EQ(datesOf(later), std::vector<QDate>{kDay.addMonths(-28)});
    EXPECT_EQ(datesOf(edge), std::vector<QDate>{kDay.addMonths(-24)});
    EXPECT_EQ(in.customers.size(), 6u);
}

TEST(FollowUpRepository, LoadsCallsUpToTheDayAndResolvedComplaintsNotFollowedUp) {
    TempDatabase t;
    const Archive a = seed(t.db());
    CallRepository calls(t.db());
    domain::CallRecord r;
    r.customerId = a.recent;
    r.kind = domain::FollowUpKind::PostService;
    r.outcome = domain::CallOutcome::NoAnswer;
    r.calledAt = kAt.addDays(-1);
    calls.insert(r);
    r.calledAt = kAt.addDays(1);  // after D
    calls.insert(r);

    ComplaintRepository complaints(t.db());
    domain::Complaint c;
    c.customerId = a.recent;
    c.description = QStringLiteral("等待时间太长");
    c.received = kAt.addDays(-3);
    complaints.insert(c);  // not resolved: not on the call list yet
    c.resolved = QDateTime(QDate(2026, 6, 13), QTime(23, 0));
    const auto resolved = complaints.insert(c);

    const auto in = FollowUpRepository(t.db()).loadInput(kDay, {});
    ASSERT_EQ(in.calls.size(), 1u);
    EXPECT_EQ(in.calls[0].date, kDay.addDays(-1));
    EXPECT_EQ(in.calls[0].outcome, domain::CallOutcome::NoAnswer);
    ASSERT_EQ(in.complaints.size(), 1u);
    EXPECT_EQ(in.complaints[0].complaintId, resolved);
    EXPECT_EQ(in.complaints[0].resolved, QDateTime(QDate(2026, 6, 13), QTime(23, 0)));
    EXPECT_FALSE(in.complaints[0].due.isValid());  // the deadline is the planner's (domain)
    EXPECT_EQ(in.complaints[0].summary, QStringLiteral("等待时间太长"));
}

}  // namespace
}  // namespace hc::storage
