// TransactionGuard lets only its own COMMIT commit (issue 13 item 3, found by the allocation-fault
// sweep): when SQLite has rolled the transaction back by itself (out of memory, a full disk) and
// the error went unnoticed, the use case's next statement must fail instead of committing alone.
#include "TempDatabase.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"
#include "hc/storage/TransactionGuard.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

namespace hc::storage {
namespace {

domain::Customer customer(const QString& name) {
    domain::Customer c;
    c.name = name;
    c.phone = QStringLiteral("13812345678");
    return c;
}

TEST(TransactionGuard, RefusesStatementsCommittingOnTheirOwnAfterSqliteRolledBack) {
    test::TempDatabase t;
    CustomerRepository customers(t.db());
    const auto before = customers.count();
    {
        TransactionGuard tx(t.db());
        customers.insert(customer(QStringLiteral("甲")));
        // What SQLite does by itself after SQLITE_NOMEM / SQLITE_FULL in the middle of a
        // transaction: the whole transaction is gone, the connection is in autocommit mode.
        ASSERT_EQ(sqlite3_exec(t.db().handle(), "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        try {
            customers.insert(customer(QStringLiteral("乙")));
            ADD_FAILURE() << "the statement committed on its own";
        } catch (const StorageError& e) {
            EXPECT_EQ(e.sqliteCode() & 0xff, SQLITE_CONSTRAINT);  // _COMMITHOOK
            EXPECT_EQ(e.kind(), StorageError::Kind::Other);       // not a problem of the data
        }
        EXPECT_THROW(tx.commit(), StorageError);  // no transaction left to commit
    }
    EXPECT_EQ(customers.count(), before);

    // The hook leaves with the guard: the next guard commits, writes outside a guard autocommit.
    {
        TransactionGuard tx(t.db());
        customers.insert(customer(QStringLiteral("丙")));
        tx.commit();
    }
    customers.insert(customer(QStringLiteral("丁")));
    t.reopen();
    EXPECT_EQ(CustomerRepository(t.db()).count(), before + 2);
}

}  // namespace
}  // namespace hc::storage
