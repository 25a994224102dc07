// AnalysisService feeds the share-of-wallet loyalty (domain.md §4) with the vehicles' own driving
// rates from the archive: a high-km car with one visit is "−", a low-mileage car with one visit
// "+".
#include "TempDatabase.h"
#include "hc/domain/LoyaltyMatrix.h"
#include "hc/services/AnalysisService.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <gtest/gtest.h>

namespace hc::services {
namespace {

using test::TempDatabase;

class ShareOfWalletServiceTest : public ::testing::Test {
protected:
    domain::CustomerId customer(const char* name, const char* phone) {
        domain::Customer c;
        c.name = QString::fromUtf8(name);
        c.phone = QString::fromLatin1(phone);
        return storage::CustomerRepository(t.db()).insert(c);
    }
    domain::VehicleId vehicle(domain::CustomerId owner, const char* plate) {
        domain::Vehicle v;
        v.customerId = owner;
        v.plate = QString::fromUtf8(plate);
        return storage::VehicleRepository(t.db()).insert(v, QDate(2024, 1, 1));
    }
    void visit(domain::CustomerId c, domain::VehicleId v, QDate date, domain::Fen amount,
               std::optional<int> km) {
        domain::Visit visit;
        visit.customerId = c;
        visit.vehicleId = v;
        visit.date = date;
        visit.amountFen = amount;
        visit.mileage = km;
        storage::VisitRepository(t.db()).insert(visit);
    }
    TempDatabase t;
};

TEST_F(ShareOfWalletServiceTest, HighKmCarWithOneVisitIsMinusLowMileagePlus) {
    const QDate asOf(2026, 6, 30);
    // Both A (equal amounts), one visit each in the last 12 months.
    const auto high = customer("高里程", "13800000001");
    const auto low = customer("低里程", "13800000002");
    const auto highCar = vehicle(high, "陕A10001");
    const auto lowCar = vehicle(low, "陕A10002");
    // Odometer history before the window: 100 km a day vs 10 km a day.
    visit(high, highCar, QDate(2025, 1, 1), 0, 10000);
    visit(high, highCar, QDate(2025, 4, 11), 0, 20000);
    visit(high, highCar, QDate(2026, 3, 1), 100000, std::nullopt);
    visit(low, lowCar, QDate(2025, 1, 1), 0, 10000);
    visit(low, lowCar, QDate(2025, 4, 11), 0, 11000);
    visit(low, lowCar, QDate(2026, 3, 1), 100000, std::nullopt);

    const AnalysisService service(t.db());
    const auto r = service.matrix(asOf);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const auto& m = r.value().matrix;
    ASSERT_EQ(m.entries.size(), 2u);
    for (const auto& e : m.entries) {
        EXPECT_EQ(e.windowVisits, 1);
        if (e.customerId == high) {
            EXPECT_FALSE(e.plus);
            EXPECT_EQ(e.loyaltyBp, 1369);  // 1 of 7.30 needed
        } else {
            EXPECT_TRUE(e.plus);
            EXPECT_EQ(e.loyaltyBp, 5000);  // 1 of 2 needed
        }
    }
    // The per-customer summary agrees.
    const auto summary = service.customerSummary(high, asOf);
    ASSERT_TRUE(summary.ok());
    ASSERT_TRUE(summary.value().matrixCell.has_value());
    EXPECT_FALSE(domain::toKey(*summary.value().matrixCell).endsWith(u'+'));
}

}  // namespace
}  // namespace hc::services
