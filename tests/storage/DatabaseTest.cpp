#include "TempDatabase.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"
#include "hc/storage/TransactionGuard.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <gtest/gtest.h>

#include <algorithm>

namespace hc::storage {
namespace {

using test::TempDatabase;

QString scalar(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toString() : QString();
}

domain::Customer customer(const QString& name) {
    domain::Customer c;
    c.name = name;
    c.phone = QStringLiteral("13812345678");
    return c;
}

domain::Visit visit(domain::CustomerId customer, const QString& date, domain::Fen amount) {
    domain::Visit v;
    v.customerId = customer;
    v.date = QDate::fromString(date, Qt::ISODate);
    v.amountFen = amount;
    v.category = QStringLiteral("maintenance");
    return v;
}

/// Runs `f`, expects a StorageError and returns it.
template <typename F>
StorageError expectStorageError(F&& f) {
    try {
        f();
    } catch (const StorageError& e) {
        return e;
    }
    ADD_FAILURE() << "no StorageError thrown";
    return StorageError(StorageError::Kind::Other, 0, QStringLiteral("none"));
}

TEST(Database, MigratesAnEmptyFileToTheLatestVersionWithStrictTables) {
    TempDatabase t;
    EXPECT_GE(Database::latestSchemaVersion(), 1);
    EXPECT_EQ(t.db().schemaVersion(), Database::latestSchemaVersion());

    // Every ordinary table is STRICT; FTS virtual tables and their shadow tables cannot be.
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY sql LIKE 'CREATE VIRTUAL%' DESC")));
    QStringList tables;
    QStringList virtualTables;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString sql = q.value(1).toString();
        tables << name;
        if (sql.startsWith(QStringLiteral("CREATE VIRTUAL"))) {
            virtualTables << name;
            continue;
        }
        const bool shadow =
            std::any_of(virtualTables.begin(), virtualTables.end(),
                        [&](const QString& v) { return name.startsWith(v + QLatin1Char('_')); });
        if (!shadow) {
            EXPECT_TRUE(sql.contains(QStringLiteral("STRICT"))) << name.toStdString();
        }
    }
    for (const char* name :
         {"users", "customers", "vehicles", "vehicle_owners", "visits", "audit_log", "settings"}) {
        EXPECT_TRUE(tables.contains(QString::fromLatin1(name))) << name;
    }
}

TEST(Database, PragmasReadBackAsRequired) {
    TempDatabase t;
    EXPECT_EQ(scalar(t.db(), QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(scalar(t.db(), QStringLiteral("PRAGMA synchronous")), QStringLiteral("2"));
    EXPECT_EQ(scalar(t.db(), QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    EXPECT_EQ(scalar(t.db(), QStringLiteral("PRAGMA busy_timeout")), QStringLiteral("5000"));
    EXPECT_EQ(t.db().quickCheck(), QStringLiteral("ok"));
}

TEST(Database, ReopeningIsIdempotent) {
    TempDatabase t;
    CustomerRepository(t.db()).insert(customer(QStringLiteral("张三")));
    t.reopen();
    EXPECT_EQ(t.db().schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(t.db().migrate(), 0);
    EXPECT_EQ(CustomerRepository(t.db()).count(), 1);
    // No backup is made when nothing needs upgrading.
    EXPECT_FALSE(QFile::exists(t.path() + QStringLiteral(".v1.bak")));
}

TEST(Database, GarbageFileIsCorruptWithNotADatabaseCode) {
    TempDatabase t;
    const QString path = t.filePath(QStringLiteral("garbage.db"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        QByteArray junk(8192, '\0');
        for (int i = 0; i < junk.size(); ++i) {
            junk[i] = static_cast<char>((i * 7919 + 13) & 0xff);
        }
        f.write(junk);
    }
    const StorageError e = expectStorageError([&] { (void)Database::open(path); });
    EXPECT_EQ(e.kind(), StorageError::Kind::Corrupt);
    EXPECT_EQ(e.sqliteCode() & 0xff, 26);
}

TEST(Database, NewerSchemaIsRefused) {
    TempDatabase t;
    t.db().execScript(
        QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
    t.close();
    const StorageError e = expectStorageError([&] { (void)Database::open(t.path()); });
    EXPECT_EQ(e.kind(), StorageError::Kind::Schema);
}

TEST(Database, MissingFileWithoutCreateIsAnError) {
    TempDatabase t;
    Database::Options o;
    o.create = false;
    const StorageError e =
        expectStorageError([&] { (void)Database::open(t.filePath(QStringLiteral("none.db")), o); });
    EXPECT_EQ(e.kind(), StorageError::Kind::ReadOnly);
}

TEST(Database, ConstraintsThrowConstraintWithCode19) {
    TempDatabase t;
    CustomerRepository customers(t.db());
    VisitRepository visits(t.db());
    const auto id = customers.insert(customer(QStringLiteral("李四")));

    auto badCategory = visit(id, QStringLiteral("2026-01-05"), 100);
    badCategory.category = QStringLiteral("tuning");
    auto negative = visit(id, QStringLiteral("2026-01-05"), -1);
    auto missingCustomer = visit(id + 1000, QStringLiteral("2026-01-05"), 100);
    auto first = visit(id, QStringLiteral("2026-01-05"), 100);
    first.workOrder = QStringLiteral("WO-1");
    visits.insert(first);
    auto duplicate = visit(id, QStringLiteral("2026-01-06"), 200);
    duplicate.workOrder = QStringLiteral("WO-1");

    for (const auto* v : {&badCategory, &negative, &missingCustomer, &duplicate}) {
        const StorageError e = expectStorageError([&] { visits.insert(*v); });
        EXPECT_EQ(e.kind(), StorageError::Kind::Constraint) << e.what();
        EXPECT_EQ(e.sqliteCode() & 0xff, 19) << e.what();
    }
    EXPECT_EQ(visits.count(), 1);
}

TEST(Database, TransactionGuardRollsBackUnlessCommitted) {
    TempDatabase t;
    CustomerRepository customers(t.db());
    domain::CustomerId rolledBack = 0;
    {
        TransactionGuard tx(t.db());
        rolledBack = customers.insert(customer(QStringLiteral("回滚")));
        EXPECT_TRUE(customers.exists(rolledBack));
    }
    EXPECT_FALSE(customers.exists(rolledBack));

    domain::CustomerId committed = 0;
    {
        TransactionGuard tx(t.db());
        committed = customers.insert(customer(QStringLiteral("提交")));
        tx.commit();
        EXPECT_TRUE(tx.committed());
    }
    EXPECT_TRUE(customers.exists(committed));
    t.reopen();
    EXPECT_TRUE(CustomerRepository(t.db()).exists(committed));
}

TEST(Database, SecondWriterIsBusy) {
    TempDatabase t;
    Database::Options o;
    o.busyTimeoutMs = 50;
    auto other = Database::open(t.path(), o);
    TransactionGuard tx(t.db());
    const StorageError e = expectStorageError([&] { TransactionGuard second(*other); });
    EXPECT_EQ(e.kind(), StorageError::Kind::Busy);
}

TEST(Database, AuditLogIsAppendOnly) {
    TempDatabase t;
    AuditRepository audit(t.db());
    const auto id = audit.append(QDateTime(QDate(2026, 3, 1), QTime(9, 0)), 0,
                                 QStringLiteral("customer.create"), QStringLiteral("customer"), 1,
                                 {}, QStringLiteral("{\"name\":\"张三\"}"));
    EXPECT_GT(id, 0);
    const StorageError upd = expectStorageError(
        [&] { t.db().execScript(QStringLiteral("UPDATE audit_log SET action = 'x'")); });
    EXPECT_EQ(upd.kind(), StorageError::Kind::Constraint);
    const StorageError del =
        expectStorageError([&] { t.db().execScript(QStringLiteral("DELETE FROM audit_log")); });
    EXPECT_EQ(del.kind(), StorageError::Kind::Constraint);
    const StorageError badJson = expectStorageError([&] {
        audit.append({}, 0, QStringLiteral("x"), QStringLiteral("customer"), 1, {},
                     QStringLiteral("{not json"));
    });
    EXPECT_EQ(badJson.kind(), StorageError::Kind::Constraint);
    ASSERT_EQ(audit.list(QStringLiteral("customer"), 1).size(), 1u);
}

TEST(Database, VacuumIntoBackupIsAValidCopy) {
    TempDatabase t;
    CustomerRepository customers(t.db());
    VisitRepository visits(t.db());
    const auto a = customers.insert(customer(QStringLiteral("王五")));
    customers.insert(customer(QStringLiteral("赵六")));
    visits.insert(visit(a, QStringLiteral("2026-02-01"), 12345));

    const QString backup = t.filePath(QStringLiteral("backup.db"));
    t.db().backupTo(backup);
    EXPECT_THROW(t.db().backupTo(backup), StorageError);  // never overwrites

    auto copy = Database::open(backup);
    EXPECT_EQ(copy->quickCheck(), QStringLiteral("ok"));
    EXPECT_EQ(copy->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(CustomerRepository(*copy).count(), 2);
    const auto copied = VisitRepository(*copy).ofCustomer(a);
    ASSERT_EQ(copied.size(), 1u);
    EXPECT_EQ(copied.front().amountFen, 12345);
}

}  // namespace
}  // namespace hc::storage
