// Storage takes the time from the injected clock (issue 10 item 6): a row written without its
// time gets the clock's time, never the system's.
#include "TempDatabase.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/VehicleRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace hc::storage {
namespace {

QString scalar(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toString() : QString();
}

TEST(StorageClockTest, RowsWithoutATimeGetTheInjectedClocksTime) {
    test::TempDatabase t;
    const QDateTime fixed(QDate(2031, 2, 3), QTime(4, 5, 6));
    t.db().setClock([fixed] { return fixed; });
    EXPECT_EQ(t.db().now(), fixed);

    domain::Customer c;
    c.name = QStringLiteral("钟表");  // createdAt, updatedAt left invalid
    const auto id = CustomerRepository(t.db()).insert(c);
    EXPECT_EQ(
        scalar(t.db(), QStringLiteral("SELECT created_at FROM customers WHERE id = %1").arg(id)),
        QStringLiteral("2031-02-03T04:05:06"));
    EXPECT_EQ(
        scalar(t.db(), QStringLiteral("SELECT updated_at FROM customers WHERE id = %1").arg(id)),
        QStringLiteral("2031-02-03T04:05:06"));

    domain::Vehicle v;  // no purchase date, no ownership start: owned from the clock's day
    v.customerId = id;
    v.plate = QStringLiteral("陕A00001");
    const auto vehicle = VehicleRepository(t.db()).insert(v, QDate());
    EXPECT_EQ(scalar(t.db(), QStringLiteral("SELECT min(from_date) FROM vehicle_owners WHERE "
                                            "vehicle_id = %1")
                                 .arg(vehicle)),
              QStringLiteral("2031-02-03"));

    AuditRepository(t.db()).append(QDateTime(), 0, QStringLiteral("test.clock"),
                                   QStringLiteral("customer"), id, QString(), QString());
    EXPECT_EQ(
        scalar(t.db(), QStringLiteral("SELECT at FROM audit_log WHERE action = 'test.clock'")),
        QStringLiteral("2031-02-03T04:05:06"));
}

TEST(StorageClockTest, AGivenTimeWinsOverTheClock) {
    test::TempDatabase t;
    t.db().setClock([] { return QDateTime(QDate(2031, 2, 3), QTime(4, 5, 6)); });
    domain::Customer c;
    c.name = QStringLiteral("准时");
    c.createdAt = QDateTime(QDate(2026, 1, 2), QTime(8, 0, 0));
    c.updatedAt = c.createdAt;
    const auto id = CustomerRepository(t.db()).insert(c);
    EXPECT_EQ(
        scalar(t.db(), QStringLiteral("SELECT created_at FROM customers WHERE id = %1").arg(id)),
        QStringLiteral("2026-01-02T08:00:00"));
}

}  // namespace
}  // namespace hc::storage
