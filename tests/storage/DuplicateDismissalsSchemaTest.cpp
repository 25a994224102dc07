// Schema 0018 ("not the same customer" marks): the duplicate_dismissals constraints (STRICT, lower
// id first, one mark per pair, foreign keys with cascade) and DuplicateRepository on a real file.
#include "SqlRows.h"
#include "TempDatabase.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/DuplicateRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace hc::storage {
namespace {

bool exec(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

class DuplicateDismissalsSchema : public ::testing::Test {
protected:
    void SetUp() override {
        for (const char* phone : {"13800000001", "13800000002", "13800000003"}) {
            domain::Customer c;
            c.name = QStringLiteral("刘春江");
            c.phone = QString::fromLatin1(phone);
            c.createdAt = c.updatedAt = at;
            ids.push_back(CustomerRepository(t.db()).insert(c));
        }
    }
    int count() {
        return test::sqlRows(t.db(), QStringLiteral("SELECT COUNT(*) FROM duplicate_dismissals"))
            .value(0)
            .toInt();
    }
    test::TempDatabase t;
    const QDateTime at{QDate(2026, 6, 15), QTime(9, 30)};
    std::vector<std::int64_t> ids;
};

TEST_F(DuplicateDismissalsSchema, ConstraintsHold) {
    const QString insert = QStringLiteral(
        "INSERT INTO duplicate_dismissals (low_id, high_id, dismissed_at) VALUES (%1, %2, "
        "'2026-06-15T09:30:00')");
    EXPECT_TRUE(exec(t.db(), insert.arg(ids[0]).arg(ids[1])));
    EXPECT_FALSE(exec(t.db(), insert.arg(ids[0]).arg(ids[1])));  // one mark per pair
    EXPECT_FALSE(exec(t.db(), insert.arg(ids[2]).arg(ids[1])));  // lower id first
    EXPECT_FALSE(exec(t.db(), insert.arg(ids[1]).arg(ids[1])));
    EXPECT_FALSE(exec(t.db(), insert.arg(ids[1]).arg(999)));  // foreign key
    EXPECT_FALSE(exec(t.db(), QStringLiteral("INSERT INTO duplicate_dismissals (low_id, high_id, "
                                             "dismissed_at) VALUES ('x', %1, 'now')")
                                  .arg(ids[2])));  // STRICT
    EXPECT_EQ(count(), 1);
    // Deleting a customer deletes its marks.
    ASSERT_TRUE(exec(
        t.db(), QStringLiteral("DELETE FROM search_pinyin WHERE customer_id = %1").arg(ids[1])));
    ASSERT_TRUE(exec(t.db(), QStringLiteral("DELETE FROM customers WHERE id = %1").arg(ids[1])));
    EXPECT_EQ(count(), 0);
}

TEST_F(DuplicateDismissalsSchema, RepositoryMarksUnmarksAndLeavesErasedCustomersOut) {
    DuplicateRepository repo(t.db());
    EXPECT_TRUE(repo.dismiss(ids[0], ids[1], at, 0));
    EXPECT_FALSE(repo.dismiss(ids[0], ids[1], at.addDays(1), 0));  // the first mark stays
    EXPECT_TRUE(repo.dismiss(ids[1], ids[2], at, 0));
    const auto mark = repo.dismissal(ids[0], ids[1]);
    ASSERT_TRUE(mark.has_value());
    EXPECT_EQ(mark->at, QStringLiteral("2026-06-15T09:30:00"));
    EXPECT_FALSE(mark->by.has_value());  // the system
    EXPECT_FALSE(repo.dismissal(ids[0], ids[2]).has_value());
    using Pairs = std::set<std::pair<std::int64_t, std::int64_t>>;
    EXPECT_EQ(repo.dismissedPairs(), (Pairs{{ids[0], ids[1]}, {ids[1], ids[2]}}));
    ASSERT_TRUE(exec(t.db(), QStringLiteral("UPDATE customers SET erased_at = "
                                            "'2026-06-16T08:00:00' WHERE id = %1")
                                 .arg(ids[2])));
    EXPECT_EQ(repo.dismissedPairs(), (Pairs{{ids[0], ids[1]}}));
    EXPECT_TRUE(repo.undismiss(ids[0], ids[1]));
    EXPECT_FALSE(repo.undismiss(ids[0], ids[1]));
    EXPECT_EQ(count(), 1);
}

}  // namespace
}  // namespace hc::storage
