#include "TempDatabase.h"
#include "hc/storage/AnalysisRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/VisitRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace hc::storage {
namespace {

using test::TempDatabase;

class AnalysisRepositoryTest : public ::testing::Test {
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

TEST_F(AnalysisRepositoryTest, FirstLastAndWindowSumsIncludingCustomersWithoutVisits) {
    const QDate asOf(2026, 6, 30);
    const QDate from(2025, 7, 1);
    const auto a = addCustomer(QStringLiteral("甲"), QStringLiteral("13800000001"));
    const auto none = addCustomer(QStringLiteral("乙"));
    const auto b = addCustomer(QStringLiteral("丙"), QStringLiteral("13800000003"));
    const auto future = addCustomer(QStringLiteral("丁"));

    addVisit(a, QDate(2023, 2, 1), 50000);   // first ever, outside the window
    addVisit(a, QDate(2025, 7, 1), 10000);   // window start, inclusive
    addVisit(a, QDate(2026, 6, 30), 20000);  // D, inclusive
    addVisit(a, QDate(2026, 7, 1), 99900);   // after D: ignored except for the first visit
    addVisit(b, QDate(2025, 6, 30), 30000);  // one day before the window
    addVisit(future, QDate(2026, 8, 1), 1000);
    CustomerRepository(t.db()).markInvalid(b, domain::InvalidReason::WrongNumber, {},
                                           QDate(2026, 5, 1), 0, {});

    AnalysisRepository repo(t.db());
    const auto facts = repo.loadFacts(asOf, from);
    ASSERT_EQ(facts.size(), 4u);

    EXPECT_EQ(facts[0].id, a);
    EXPECT_EQ(facts[0].name, QStringLiteral("甲"));
    EXPECT_EQ(facts[0].phone, QStringLiteral("13800000001"));
    EXPECT_EQ(facts[0].firstVisit, QDate(2023, 2, 1));
    EXPECT_EQ(facts[0].lastVisit, QDate(2026, 6, 30));
    EXPECT_EQ(facts[0].windowAmountFen, 30000);
    EXPECT_EQ(facts[0].windowVisits, 2);
    EXPECT_FALSE(facts[0].invalidSince.isValid());

    EXPECT_EQ(facts[1].id, none);
    EXPECT_FALSE(facts[1].firstVisit.isValid());
    EXPECT_FALSE(facts[1].lastVisit.isValid());
    EXPECT_EQ(facts[1].windowAmountFen, 0);
    EXPECT_EQ(facts[1].windowVisits, 0);
    EXPECT_TRUE(facts[1].phone.isEmpty());

    EXPECT_EQ(facts[2].id, b);
    EXPECT_EQ(facts[2].lastVisit, QDate(2025, 6, 30));
    EXPECT_EQ(facts[2].windowAmountFen, 0);
    EXPECT_EQ(facts[2].windowVisits, 0);
    EXPECT_EQ(facts[2].invalidSince, QDate(2026, 5, 1));

    EXPECT_EQ(facts[3].id, future);
    EXPECT_EQ(facts[3].firstVisit, QDate(2026, 8, 1));
    EXPECT_FALSE(facts[3].lastVisit.isValid());

    EXPECT_EQ(repo.customerCount(), 4);
    EXPECT_EQ(repo.visitCount(), 6);
}

TEST_F(AnalysisRepositoryTest, EmptyDatabaseGivesNoFacts) {
    EXPECT_TRUE(AnalysisRepository(t.db()).loadFacts(QDate(2026, 1, 1), QDate(2025, 1, 2)).empty());
}

// The plan of the visit pass: RepositoryPlansTest (the statement the repository really runs).

}  // namespace
}  // namespace hc::storage
