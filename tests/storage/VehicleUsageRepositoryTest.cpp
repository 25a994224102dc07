#include "TempDatabase.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VehicleUsageRepository.h"
#include "hc/storage/VisitRepository.h"

#include <gtest/gtest.h>

namespace hc::storage {
namespace {

using test::TempDatabase;

TEST(VehicleUsageRepositoryTest, RatesFromReadingsAtLeastMinDaysApart) {
    TempDatabase t;
    domain::Customer c;
    c.name = QStringLiteral("甲");
    const auto owner = CustomerRepository(t.db()).insert(c);
    const auto addVehicle = [&](const char* plate) {
        domain::Vehicle v;
        v.customerId = owner;
        v.plate = QString::fromUtf8(plate);
        return VehicleRepository(t.db()).insert(v, QDate(2025, 1, 1));
    };
    const auto addVisit = [&](domain::VehicleId vehicle, QDate date, std::optional<int> km) {
        domain::Visit v;
        v.customerId = owner;
        v.vehicleId = vehicle;
        v.date = date;
        v.mileage = km;
        VisitRepository(t.db()).insert(v);
    };
    const auto highKm = addVehicle("陕A00001");
    const auto close = addVehicle("陕A00002");
    const auto none = addVehicle("陕A00003");
    addVisit(highKm, QDate(2026, 1, 1), 10000);
    addVisit(highKm, QDate(2026, 2, 1), std::nullopt);
    addVisit(highKm, QDate(2026, 4, 11), 20000);  // 100 days, 10 000 km
    addVisit(highKm, QDate(2026, 7, 1), 99999);   // after D: ignored
    addVisit(close, QDate(2026, 3, 1), 5000);
    addVisit(close, QDate(2026, 3, 20), 5600);  // 19 days apart: no rate
    addVisit(none, QDate(2026, 3, 1), std::nullopt);

    const auto usage = VehicleUsageRepository(t.db()).load(QDate(2026, 6, 30), 30);
    ASSERT_EQ(usage.size(), 3u);
    EXPECT_EQ(usage[0].customerId, owner);
    ASSERT_TRUE(usage[0].rate.has_value());
    EXPECT_EQ(usage[0].rate->km, 10000);
    EXPECT_EQ(usage[0].rate->days, 100);
    EXPECT_FALSE(usage[1].rate.has_value());
    EXPECT_FALSE(usage[2].rate.has_value());
    // With a 10-day minimum the close readings give a rate.
    const auto loose = VehicleUsageRepository(t.db()).load(QDate(2026, 6, 30), 10);
    ASSERT_TRUE(loose[1].rate.has_value());
    EXPECT_EQ(loose[1].rate->km, 600);
    EXPECT_EQ(loose[1].rate->days, 19);
}

}  // namespace
}  // namespace hc::storage
