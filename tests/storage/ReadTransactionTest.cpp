// A read transaction sees one snapshot: a row committed by another connection meanwhile is not
// seen until it ends (WAL), so a report built from several queries is never split.
#include "TempDatabase.h"

#include "hc/storage/ReadTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace hc::storage {
namespace {

int customerCount(Database& db) {
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")));
    EXPECT_TRUE(q.next());
    return q.value(0).toInt();
}

void addCustomer(Database& db, const QString& name) {
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO customers (name, created_at, updated_at) "
                       "VALUES (?, '2026-09-01T10:00:00', '2026-09-01T10:00:00')"));
    q.addBindValue(name);
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
}

TEST(ReadTransactionTest, SeesOneSnapshotUntilItEnds) {
    test::TempDatabase temp;
    auto writer = Database::open(temp.path());
    addCustomer(temp.db(), QStringLiteral("甲"));
    {
        const ReadTransaction snapshot(temp.db());
        EXPECT_EQ(customerCount(temp.db()), 1);
        addCustomer(*writer, QStringLiteral("乙"));  // committed by another connection
        EXPECT_EQ(customerCount(temp.db()), 1);      // not seen inside the snapshot
    }
    EXPECT_EQ(customerCount(temp.db()), 2);  // seen once the read transaction ended
}

}  // namespace
}  // namespace hc::storage
