// BulkWriter on real files: queued multi-row inserts (ids, order, remainders), deferred indexes
// (dropped and rebuilt identically, uniqueness still enforced before the commit, rollback restores
// them) and the deferred search index.
#include "SqlRows.h"
#include "TempDatabase.h"
#include "hc/storage/BulkWriter.h"
#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"
#include "hc/storage/TransactionGuard.h"

#include <QStringList>

#include <gtest/gtest.h>

namespace hc::storage {
namespace {

using test::sqlRows;
using test::TempDatabase;

QStringList archiveIndexes(Database& db) {
    return sqlRows(db,
                   QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                  "tbl_name IN ('customers', 'vehicles', 'vehicle_owners', "
                                  "'visits') AND sql IS NOT NULL ORDER BY name"));
}

domain::Customer customer(int i) {
    domain::Customer c;
    c.name = QStringLiteral("客户%1").arg(i);
    c.phone = QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0'));
    return c;
}

domain::Vehicle vehicle(domain::CustomerId owner, const QString& plate) {
    domain::Vehicle v;
    v.customerId = owner;
    v.plate = plate;
    return v;
}

domain::Visit visit(domain::CustomerId customer, std::optional<domain::VehicleId> vehicle,
                    domain::Fen amount, const QString& workOrder) {
    domain::Visit v;
    v.customerId = customer;
    v.vehicleId = vehicle;
    v.date = QDate(2026, 3, 1).addDays(amount % 200);
    v.amountFen = amount;
    v.workOrder = workOrder;
    v.category = QStringLiteral("repair");
    v.source = QStringLiteral("import");
    return v;
}

TEST(BulkWriter, QueuedRowsGetTheIdsTheyWereGivenInCallOrder) {
    TempDatabase t;
    // More rows than one queue holds, and counts that leave remainders of every size.
    constexpr int kCustomers = 2237;
    {
        TransactionGuard tx(t.db());
        BulkWriter writer(t.db());
        for (int i = 1; i <= kCustomers; ++i) {
            const auto c = writer.insertCustomer(customer(i));
            ASSERT_EQ(c, i);
            std::optional<domain::VehicleId> v;
            if (i % 3 != 0) {
                v = writer.insertVehicle(
                    vehicle(c, QStringLiteral("陕A%1").arg(i, 5, 10, QLatin1Char('0'))),
                    QDate(2020, 1, 1));
            }
            for (int k = 0; k < i % 4; ++k) {
                writer.addVisit(visit(c, v, i * 10 + k, QStringLiteral("WO-%1-%2").arg(i).arg(k)));
            }
        }
        writer.flushVisits();
        tx.commit();
    }
    auto& db = t.db();
    EXPECT_EQ(sqlRows(db, QStringLiteral("SELECT COUNT(*), MIN(id), MAX(id) FROM customers")),
              QStringList{QStringLiteral("%1|1|%1").arg(kCustomers)});
    EXPECT_EQ(sqlRows(db, QStringLiteral("SELECT COUNT(*) FROM vehicles")),
              QStringList{QString::number(kCustomers - kCustomers / 3)});
    // Every visit belongs to the customer (and that customer's vehicle) it was queued for, and
    // visits went in in call order.
    EXPECT_EQ(sqlRows(db, QStringLiteral("SELECT COUNT(*) FROM visits v JOIN customers c ON c.id = "
                                         "v.customer_id WHERE v.amount_fen / 10 <> c.id")),
              QStringList{QStringLiteral("0")});
    EXPECT_EQ(sqlRows(db, QStringLiteral("SELECT COUNT(*) FROM visits v JOIN vehicles h ON h.id = "
                                         "v.vehicle_id WHERE h.customer_id <> v.customer_id")),
              QStringList{QStringLiteral("0")});
    EXPECT_EQ(
        sqlRows(db, QStringLiteral("SELECT COUNT(*) FROM visits a JOIN visits b ON b.id = a.id "
                                   "+ 1 WHERE b.amount_fen <= a.amount_fen")),
        QStringList{QStringLiteral("0")});
    int expectedVisits = 0;
    for (int i = 1; i <= kCustomers; ++i) {
        expectedVisits += i % 4;
    }
    EXPECT_EQ(sqlRows(db, QStringLiteral("SELECT COUNT(*) FROM visits")),
              QStringList{QString::number(expectedVisits)});
    EXPECT_EQ(sqlRows(db, QStringLiteral("SELECT COUNT(*) FROM vehicle_owners o JOIN vehicles h ON "
                                         "h.id = o.vehicle_id AND h.customer_id = o.customer_id "
                                         "WHERE o.to_date IS NULL")),
              QStringList{QString::number(kCustomers - kCustomers / 3)});
}

TEST(BulkWriter, DeferredIndexesComeBackIdentical) {
    TempDatabase t;
    const QStringList before = archiveIndexes(t.db());
    ASSERT_GE(before.size(), 15);
    {
        TransactionGuard tx(t.db());
        BulkWriter writer(t.db());
        writer.deferIndexes();
        EXPECT_TRUE(archiveIndexes(t.db()).isEmpty());
        const auto c = writer.insertCustomer(customer(1));
        const auto v = writer.insertVehicle(vehicle(c, QStringLiteral("陕A00001")), QDate());
        writer.addVisit(visit(c, v, 100, QStringLiteral("WO-1")));
        writer.restoreIndexes();
        tx.commit();
    }
    EXPECT_EQ(archiveIndexes(t.db()), before);
    EXPECT_EQ(sqlRows(t.db(), QStringLiteral("PRAGMA integrity_check")),
              QStringList{QStringLiteral("ok")});
    // The rebuilt indexes answer lookups.
    EXPECT_EQ(sqlRows(t.db(), QStringLiteral("SELECT customer_id FROM visits INDEXED BY "
                                             "visits_work_order WHERE work_order = 'WO-1'")),
              QStringList{QStringLiteral("1")});
}

TEST(BulkWriter, ADuplicateWhileIndexesAreDeferredFailsBeforeTheCommitAndRollsBack) {
    TempDatabase t;
    const QStringList before = archiveIndexes(t.db());
    for (const bool plate : {true, false}) {
        try {
            TransactionGuard tx(t.db());
            BulkWriter writer(t.db());
            writer.deferIndexes();
            const auto c = writer.insertCustomer(customer(1));
            const auto v1 = writer.insertVehicle(vehicle(c, QStringLiteral("陕A00001")), QDate());
            const auto v2 = writer.insertVehicle(
                vehicle(c, plate ? QStringLiteral("陕A00001") : QStringLiteral("陕A00002")),
                QDate());
            writer.addVisit(visit(c, v1, 100, QStringLiteral("WO-1")));
            writer.addVisit(
                visit(c, v2, 200, plate ? QStringLiteral("WO-2") : QStringLiteral("WO-1")));
            writer.restoreIndexes();
            tx.commit();
            ADD_FAILURE() << "a duplicate " << (plate ? "plate" : "work order") << " went in";
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::Constraint) << e.what();
        }
        EXPECT_EQ(archiveIndexes(t.db()), before);
        EXPECT_EQ(
            sqlRows(t.db(), QStringLiteral("SELECT (SELECT COUNT(*) FROM customers) + (SELECT "
                                           "COUNT(*) FROM vehicles) + (SELECT COUNT(*) FROM "
                                           "visits)")),
            QStringList{QStringLiteral("0")});
    }
}

TEST(BulkWriter, DeferredSearchIndexFindsEveryNewRow) {
    TempDatabase t;
    {
        TransactionGuard tx(t.db());
        BulkWriter writer(t.db());
        writer.deferSearchIndex();
        // The insert triggers are gone while deferred (they are recognised by their text).
        EXPECT_EQ(sqlRows(t.db(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = "
                                                 "'trigger' AND name LIKE 'search_%_ai'")),
                  QStringList{QStringLiteral("0")});
        for (int i = 1; i <= 150; ++i) {
            const auto c = writer.insertCustomer(customer(i));
            writer.insertVehicle(
                vehicle(c, QStringLiteral("陕B%1").arg(i, 5, 10, QLatin1Char('0'))), QDate());
        }
        writer.restoreSearchIndex();
        tx.commit();
    }
    EXPECT_EQ(sqlRows(t.db(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = "
                                             "'trigger' AND name LIKE 'search_%_ai'")),
              QStringList{QStringLiteral("2")});
    EXPECT_EQ(sqlRows(t.db(), QStringLiteral("SELECT rowid FROM search_customer_fts WHERE "
                                             "search_customer_fts MATCH '\"00000150\"'")),
              QStringList{QStringLiteral("150")});
    EXPECT_EQ(sqlRows(t.db(), QStringLiteral("SELECT rowid FROM search_vehicle_fts WHERE "
                                             "search_vehicle_fts MATCH '\"00077\"'")),
              QStringList{QStringLiteral("77")});
    EXPECT_EQ(sqlRows(t.db(), QStringLiteral("SELECT COUNT(*) FROM search_pinyin WHERE name_src IS "
                                             "NULL")),
              QStringList{QStringLiteral("150")});
}

// schema/0009: the odometer insert trigger is deferred with the search index and replayed
// set-based; the rows equal those the trigger would have written, merged with the readings that
// were there before the batch.
TEST(BulkWriter, DeferredOdometerRowsEqualAFullRecount) {
    TempDatabase t;
    const QString recount = QStringLiteral(
        "SELECT vehicle_id, substr(min(k), 1, 10), CAST(substr(min(k), 11) AS INTEGER), "
        "substr(max(k), 1, 10), CAST(substr(max(k), 11) AS INTEGER) FROM (SELECT vehicle_id, "
        "visit_date || printf('%012d', mileage) AS k FROM visits WHERE vehicle_id IS NOT NULL AND "
        "mileage IS NOT NULL AND voided_at IS NULL) GROUP BY vehicle_id ORDER BY vehicle_id");
    std::vector<domain::VehicleId> cars;
    {
        // Readings before the batch (through the trigger).
        TransactionGuard tx(t.db());
        BulkWriter writer(t.db());
        for (int i = 1; i <= 40; ++i) {
            const auto c = writer.insertCustomer(customer(i));
            cars.push_back(writer.insertVehicle(
                vehicle(c, QStringLiteral("陕C%1").arg(i, 5, 10, QLatin1Char('0'))), QDate()));
            auto v = visit(c, cars.back(), 1000 * i, QStringLiteral("A%1").arg(i));
            v.mileage = 20000 + i;
            writer.insertVisit(v);
        }
        writer.flushVisits();
        tx.commit();
    }
    {
        TransactionGuard tx(t.db());
        BulkWriter writer(t.db());
        writer.deferSearchIndex();
        EXPECT_EQ(sqlRows(t.db(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                                 "'visits_odometer_ai'")),
                  QStringList{QStringLiteral("0")});
        for (int i = 1; i <= 300; ++i) {
            const auto car = cars[static_cast<std::size_t>(i % 40)];
            auto v = visit(car, car, 137 * i, QStringLiteral("B%1").arg(i));
            v.customerId = car;  // customer i and vehicle i were created together
            v.mileage = i % 7 == 0 ? std::optional<int>() : std::optional<int>(10000 + 97 * i);
            writer.insertVisit(v);
        }
        writer.restoreSearchIndex();
        tx.commit();
    }
    EXPECT_EQ(sqlRows(t.db(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                             "'visits_odometer_ai'")),
              QStringList{QStringLiteral("1")});
    const QStringList rows = sqlRows(
        t.db(), QStringLiteral("SELECT vehicle_id, first_date, first_km, last_date, last_km FROM "
                               "vehicle_odometer ORDER BY vehicle_id"));
    EXPECT_EQ(rows.size(), 40);
    EXPECT_EQ(rows, sqlRows(t.db(), recount));
}

}  // namespace
}  // namespace hc::storage
