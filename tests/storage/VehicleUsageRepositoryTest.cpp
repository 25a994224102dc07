#include "SqlRows.h"
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

/// The rates as the full scan of schema 8 computed them (every reading in (vehicle, date, km)
/// order), to compare with the per-vehicle rows of schema 9.
std::vector<std::optional<domain::MileageRate>> scanRates(Database& db, const QDate& asOf,
                                                          int minDays) {
    std::vector<std::optional<domain::MileageRate>> out;
    const QString day = asOf.toString(Qt::ISODate);
    for (const QString& vehicle :
         test::sqlRows(db, QStringLiteral("SELECT id FROM vehicles ORDER BY id"))) {
        const QStringList readings = test::sqlRows(
            db, QStringLiteral("SELECT visit_date, mileage FROM visits WHERE vehicle_id = %1 AND "
                               "mileage IS NOT NULL AND voided_at IS NULL AND visit_date <= '%2' "
                               "ORDER BY visit_date, mileage")
                    .arg(vehicle, day));
        std::optional<domain::MileageRate> rate;
        if (!readings.isEmpty()) {
            const auto first = readings.front().split(QLatin1Char('|'));
            const auto last = readings.back().split(QLatin1Char('|'));
            const auto days = QDate::fromString(first[0], Qt::ISODate)
                                  .daysTo(QDate::fromString(last[0], Qt::ISODate));
            const auto km = last[1].toLongLong() - first[1].toLongLong();
            if (days >= std::max(1, minDays) && km >= 0) {
                rate = domain::MileageRate{km, days};
            }
        }
        out.push_back(rate);
    }
    return out;
}

void hcExec(Database& db, const QString& sql) {
    EXPECT_NO_THROW(db.execScript(sql)) << sql.toStdString();
}

void expectSameAsScan(Database& db, const char* when) {
    for (const QDate& asOf : {QDate(2026, 12, 31), QDate(2026, 6, 30), QDate(2026, 3, 15)}) {
        const auto usage = VehicleUsageRepository(db).load(asOf, 10);
        const auto expected = scanRates(db, asOf, 10);
        ASSERT_EQ(usage.size(), expected.size()) << when;
        for (std::size_t i = 0; i < usage.size(); ++i) {
            EXPECT_EQ(usage[i].rate.has_value(), expected[i].has_value())
                << when << ", vehicle " << i << ", as of " << asOf.toString().toStdString();
            if (usage[i].rate && expected[i]) {
                EXPECT_EQ(usage[i].rate->km, expected[i]->km) << when << ", vehicle " << i;
                EXPECT_EQ(usage[i].rate->days, expected[i]->days) << when << ", vehicle " << i;
            }
        }
    }
}

// schema/0009: the first and last reading per vehicle follow every kind of write to visits, and
// the rates equal those of the full scan for today and for past dates.
TEST(VehicleUsageRepositoryTest, OdometerRowsFollowInsertsCorrectionsVoidsAndDeletes) {
    TempDatabase t;
    domain::Customer c;
    c.name = QStringLiteral("乙");
    const auto owner = CustomerRepository(t.db()).insert(c);
    std::vector<domain::VehicleId> cars;
    for (const char* plate : {"陕A10001", "陕A10002", "陕A10003"}) {
        domain::Vehicle v;
        v.customerId = owner;
        v.plate = QString::fromUtf8(plate);
        cars.push_back(VehicleRepository(t.db()).insert(v, QDate(2025, 1, 1)));
    }
    const auto addVisit = [&](domain::VehicleId vehicle, QDate date, std::optional<int> km) {
        domain::Visit v;
        v.customerId = owner;
        v.vehicleId = vehicle;
        v.date = date;
        v.mileage = km;
        return VisitRepository(t.db()).insert(v);
    };
    // Out of order, same-day readings, a reading after the past as-of dates.
    addVisit(cars[0], QDate(2026, 5, 1), 30000);
    const auto early = addVisit(cars[0], QDate(2026, 1, 10), 12000);
    addVisit(cars[0], QDate(2026, 5, 1), 29000);
    addVisit(cars[0], QDate(2026, 9, 1), 41000);
    addVisit(cars[1], QDate(2026, 2, 1), 8000);
    const auto second = addVisit(cars[1], QDate(2026, 4, 1), 9000);
    addVisit(cars[2], QDate(2026, 3, 1), std::nullopt);
    expectSameAsScan(t.db(), "after inserts");
    EXPECT_EQ(test::sqlRows(t.db(), QStringLiteral("SELECT vehicle_id, first_date, first_km, "
                                                   "last_date, last_km FROM vehicle_odometer")),
              (QStringList{QStringLiteral("%1|2026-01-10|12000|2026-09-01|41000").arg(cars[0]),
                           QStringLiteral("%1|2026-02-01|8000|2026-04-01|9000").arg(cars[1])}));

    hcExec(t.db(), QStringLiteral("UPDATE visits SET voided_at = '2026-09-02T10:00:00', "
                                  "void_reason = 'typo' "
                                  "WHERE id = %1")
                       .arg(early));
    expectSameAsScan(t.db(), "after a void");
    hcExec(t.db(), QStringLiteral(
                       "UPDATE visits SET mileage = 15000, visit_date = '2026-06-01' WHERE id = %1")
                       .arg(second));
    expectSameAsScan(t.db(), "after a correction");
    hcExec(
        t.db(),
        QStringLiteral("UPDATE visits SET vehicle_id = %1 WHERE id = %2").arg(cars[2]).arg(second));
    expectSameAsScan(t.db(), "after moving a visit to another vehicle");
    hcExec(t.db(), QStringLiteral("DELETE FROM visits WHERE vehicle_id = %1 AND mileage = 41000")
                       .arg(cars[0]));
    expectSameAsScan(t.db(), "after a delete");
    EXPECT_EQ(test::sqlRows(t.db(), QStringLiteral("SELECT first_date, first_km, last_date, "
                                                   "last_km FROM vehicle_odometer WHERE "
                                                   "vehicle_id = %1")
                                        .arg(cars[1])),
              QStringList{QStringLiteral("2026-02-01|8000|2026-02-01|8000")});
}

}  // namespace
}  // namespace hc::storage
