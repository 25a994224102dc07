// CustomerCardRepository on a real SQLite file: the facts of one customer equal those of the
// whole-archive pass (AnalysisRepository::loadFacts); the data version moves with every write.
#include "TempDatabase.h"
#include "hc/storage/AnalysisRepository.h"
#include "hc/storage/CustomerCardRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/VisitRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace hc::storage {
namespace {

using test::TempDatabase;

class CustomerCardRepositoryTest : public ::testing::Test {
protected:
    domain::CustomerId addCustomer(const QString& name, const QString& phone = {}) {
        domain::Customer c;
        c.name = name;
        c.phone = phone;
        return CustomerRepository(t.db()).insert(c);
    }
    void addVisit(domain::CustomerId c, QDate date, domain::Fen amount) {
        domain::Visit v;
        v.customerId = c;
        v.date = date;
        v.amountFen = amount;
        VisitRepository(t.db()).insert(v);
    }
    TempDatabase t;
};

TEST_F(CustomerCardRepositoryTest, FactsOfOneCustomerEqualTheWholeArchivePass) {
    const auto a = addCustomer(QStringLiteral("甲"), QStringLiteral("13800000001"));
    const auto none = addCustomer(QStringLiteral("乙"));
    const auto b = addCustomer(QStringLiteral("丙"), QStringLiteral("13800000003"));
    const auto future = addCustomer(QStringLiteral("丁"));
    addVisit(a, QDate(2023, 2, 1), 50000);   // first ever, outside the window
    addVisit(a, QDate(2025, 7, 1), 10000);   // window start, inclusive
    addVisit(a, QDate(2026, 6, 30), 20000);  // D, inclusive
    addVisit(a, QDate(2026, 7, 1), 99900);   // after D
    addVisit(b, QDate(2025, 6, 30), 30000);  // one day before the window
    addVisit(future, QDate(2026, 8, 1), 1000);
    CustomerRepository(t.db()).markInvalid(b, domain::InvalidReason::WrongNumber, {},
                                           QDate(2026, 5, 1), 0, {});

    const CustomerCardRepository cards(t.db());
    for (const auto& [asOf, from] : {std::pair{QDate(2026, 6, 30), QDate(2025, 7, 1)},
                                     std::pair{QDate(2026, 8, 31), QDate(2023, 1, 1)},
                                     std::pair{QDate(2020, 1, 1), QDate(2019, 1, 2)}}) {
        const auto all = AnalysisRepository(t.db()).loadFacts(asOf, from);
        ASSERT_EQ(all.size(), 4U);
        for (const auto& expected : all) {
            SCOPED_TRACE(expected.id);
            const auto f = cards.factsOf(expected.id, asOf, from);
            ASSERT_TRUE(f.has_value());
            EXPECT_EQ(f->id, expected.id);
            EXPECT_EQ(f->name, expected.name);
            EXPECT_EQ(f->phone, expected.phone);
            EXPECT_EQ(f->invalidSince, expected.invalidSince);
            EXPECT_EQ(f->firstVisit, expected.firstVisit);
            EXPECT_EQ(f->lastVisit, expected.lastVisit);
            EXPECT_EQ(f->windowAmountFen, expected.windowAmountFen);
            EXPECT_EQ(f->windowVisits, expected.windowVisits);
        }
    }
    const auto f = cards.factsOf(a, QDate(2026, 6, 30), QDate(2025, 7, 1));
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->windowAmountFen, 30000);
    EXPECT_EQ(f->windowVisits, 2);
    EXPECT_FALSE(cards.factsOf(none + future + 100, QDate(2026, 6, 30), QDate(2025, 7, 1)));
}

TEST_F(CustomerCardRepositoryTest, DataVersionMovesWithEveryWrite) {
    const CustomerCardRepository cards(t.db());
    const auto empty = cards.dataVersion();
    EXPECT_EQ(empty, DataVersion{});
    const auto a = addCustomer(QStringLiteral("甲"));
    const auto v1 = cards.dataVersion();
    EXPECT_NE(v1, empty);
    EXPECT_EQ(cards.dataVersion(), v1);  // reading changes nothing
    addVisit(a, QDate(2026, 1, 1), 100);
    const auto v2 = cards.dataVersion();
    EXPECT_NE(v2, v1);
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "INSERT INTO audit_log (at, action, entity) VALUES ('2026-01-01T00:00:00', 'x', 'y')")));
    EXPECT_NE(cards.dataVersion(), v2);
}

}  // namespace
}  // namespace hc::storage
