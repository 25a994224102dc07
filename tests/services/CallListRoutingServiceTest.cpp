// CallListService with the by_region / by_advisor splits on a real database: the routing table is
// stored with the follow-up settings (round trip), the customers' regions and last advisors come
// from storage, and the day's list follows the table; invalid tables are refused and nothing is
// stored. Also AppointmentService::upcomingOf (the card's line).
#include "ServiceFixture.h"
#include "hc/services/AppointmentService.h"
#include "hc/services/CallListService.h"
#include "hc/services/SettingsService.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace hc::services {
namespace {

class CallListRoutingServiceTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        // Six customers with a repair visit each on 06-09 … 06-14 (post-service callbacks due
        // 06-12 … 06-17, the first four listed on 06-15); regions alternate; advisors 王芳 / 陈强.
        for (int k = 0; k < 6; ++k) {
            domain::Customer c;
            c.name = QStringLiteral("客户%1").arg(k);
            c.phone = QStringLiteral("1381234%1").arg(5670 + k);
            c.region = k % 2 == 0 ? QStringLiteral("雁塔区") : QStringLiteral("碑林区");
            c.createdAt = c.updatedAt = now;
            const auto id = storage::CustomerRepository(db()).insert(c);
            domain::Vehicle v;
            v.customerId = id;
            v.plate = QStringLiteral("陕A1234%1").arg(k);
            const auto vehicle = storage::VehicleRepository(db()).insert(v, QDate(2024, 1, 1));
            for (const auto& [date, advisor] :
                 {std::pair{QDate(2026, 1, 5), QStringLiteral("陈强")},
                  {QDate(2026, 6, 9).addDays(k),
                   k < 3 ? QStringLiteral("王芳") : QStringLiteral("陈强")}}) {
                domain::Visit visit;
                visit.customerId = id;
                visit.vehicleId = vehicle;
                visit.date = date;
                visit.mileage = 30000;
                visit.category = QStringLiteral("repair");
                visit.advisor = advisor;
                visit.amountFen = 10000;
                visit.createdAt = now;
                storage::VisitRepository(db()).insert(visit);
            }
            customers.push_back(id);
            vehicles.push_back(vehicle);
        }
        for (const auto* name : {"li", "zhao"}) {
            auto id = users->addUser(manager, QString::fromLatin1(name), domain::Role::Callback,
                                     QStringLiteral("secret-cb-2026"), QString());
            ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        }
    }

    VoidResult save(domain::CallSplit split, std::vector<domain::CallRoute> routes) {
        SettingsService settings(db(), clock());
        auto s = settings.followUps().value();
        s.callList.split = split;
        s.callList.routes = std::move(routes);
        return settings.saveFollowUps(manager, s);
    }

    std::map<domain::CustomerId, QString> assignees(const QDate& day) {
        auto r = CallListService(db(), clock()).dayList(day);
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        std::map<domain::CustomerId, QString> out;
        std::set<domain::CustomerId> seen;
        for (const auto& e : r.value().entries) {
            EXPECT_TRUE(seen.insert(e.item.customerId).second) << "each item once";
            out[e.item.customerId] = e.today ? e.assignee : QStringLiteral("-");
        }
        return out;
    }

    std::vector<domain::CustomerId> customers;
    std::vector<domain::VehicleId> vehicles;
};

TEST_F(CallListRoutingServiceTest, RoutesAreStoredAndTheRegionDecides) {
    ASSERT_TRUE(
        save(domain::CallSplit::ByRegion, {{QStringLiteral("雁塔区"), QStringLiteral("zhao")},
                                           {QStringLiteral("碑林区"), QStringLiteral("li")}}));
    const auto stored = SettingsService(db(), clock()).followUps().value();
    EXPECT_EQ(stored.callList.split, domain::CallSplit::ByRegion);
    ASSERT_EQ(stored.callList.routes.size(), 2U);
    EXPECT_EQ(stored.callList.routes[0].key, QStringLiteral("雁塔区"));
    EXPECT_EQ(stored.callList.routes[0].user, QStringLiteral("zhao"));

    const auto got = assignees(QDate(2026, 6, 15));
    ASSERT_EQ(got.size(), 4U) << "post-service callbacks due by 06-15";
    for (int k = 0; k < 4; ++k) {
        EXPECT_EQ(got.at(customers[k]), k % 2 == 0 ? QStringLiteral("zhao") : QStringLiteral("li"))
            << k;
    }
}

TEST_F(CallListRoutingServiceTest, TheAdvisorOfTheLastVisitDecides) {
    // 王芳 served the latest visit of customers 0–2, 陈强 that of 3 (and the older ones of all).
    ASSERT_TRUE(
        save(domain::CallSplit::ByAdvisor, {{QStringLiteral("王芳"), QStringLiteral("li")},
                                            {QStringLiteral("陈强"), QStringLiteral("zhao")}}));
    const auto got = assignees(QDate(2026, 6, 15));
    ASSERT_EQ(got.size(), 4U);
    EXPECT_EQ(got.at(customers[0]), QStringLiteral("li"));
    EXPECT_EQ(got.at(customers[1]), QStringLiteral("li"));
    EXPECT_EQ(got.at(customers[2]), QStringLiteral("li"));
    EXPECT_EQ(got.at(customers[3]), QStringLiteral("zhao"));
}

TEST_F(CallListRoutingServiceTest, AnInvalidTableIsRefusedAndNothingIsStored) {
    const auto r =
        save(domain::CallSplit::ByRegion, {{QStringLiteral("雁塔区"), QStringLiteral("li")},
                                           {QStringLiteral("雁塔区 "), QStringLiteral("zhao")}});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("callList.routes"));
    EXPECT_TRUE(SettingsService(db(), clock()).followUps().value().callList.routes.empty());
}

TEST_F(CallListRoutingServiceTest, UpcomingAppointmentsOfOneCustomer) {
    AppointmentService appointments(db(), clock());
    const QDate today = clock()().date();
    for (const auto& [day, time] : {std::pair{today.addDays(3), QTime()},
                                    {today.addDays(1), QTime(9, 30)},
                                    {today.addDays(-2), QTime(8, 0)}}) {
        AppointmentInput in;
        in.customerId = customers[0];
        in.vehicleId = vehicles[0];
        in.date = day;
        in.time = time;
        in.purpose = QStringLiteral("保养");
        if (day >= today) {
            ASSERT_TRUE(appointments.book(manager, in).ok());
        }
    }
    AppointmentInput other;
    other.customerId = customers[1];
    other.date = today.addDays(1);
    ASSERT_TRUE(appointments.book(manager, other).ok());

    const auto upcoming = appointments.upcomingOf(customers[0]);
    ASSERT_TRUE(upcoming.ok());
    ASSERT_EQ(upcoming.value().size(), 2U);
    EXPECT_EQ(upcoming.value()[0].appointment.date, today.addDays(1)) << "by date";
    EXPECT_EQ(upcoming.value()[0].status, domain::AppointmentStatus::Booked);
    EXPECT_EQ(upcoming.value()[1].appointment.date, today.addDays(3));
    EXPECT_EQ(appointments.upcomingOf(customers[0], 1).value().size(), 1U) << "limit";
    EXPECT_TRUE(appointments.upcomingOf(customers[2]).value().empty());
}

}  // namespace
}  // namespace hc::services
