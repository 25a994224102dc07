#include "TempDatabase.h"
#include "hc/storage/CustomerBaseRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/VisitRepository.h"

#include <QDateTime>

#include <gtest/gtest.h>

namespace hc::storage {
namespace {

using test::TempDatabase;

class CustomerBaseRepositoryTest : public ::testing::Test {
protected:
    domain::CustomerId addCustomer(const QString& name) {
        domain::Customer c;
        c.name = name;
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

TEST_F(CustomerBaseRepositoryTest, VisitsUpToTheDateInYuanOrderedByCustomerAndDate) {
    const auto b = addCustomer(QStringLiteral("乙"));
    const auto a = addCustomer(QStringLiteral("甲"));
    addVisit(a, QDate(2026, 3, 1), 12345);
    addVisit(b, QDate(2026, 1, 5), 80000);
    addVisit(a, QDate(2026, 1, 1), 0);
    addVisit(a, QDate(2026, 6, 30), 100);  // the day itself: included
    addVisit(a, QDate(2026, 7, 1), 999);   // after: excluded
    const auto events = CustomerBaseRepository(t.db()).loadVisits(QDate(2026, 6, 30));
    ASSERT_EQ(events.size(), 4u);
    const auto first = std::min(a, b);
    EXPECT_EQ(events[0].customerId, first);
    if (first == b) {
        EXPECT_EQ(events[0], (domain::PurchaseEvent{b, QDate(2026, 1, 5), 800.0}));
        EXPECT_EQ(events[1], (domain::PurchaseEvent{a, QDate(2026, 1, 1), 0.0}));
        EXPECT_EQ(events[2], (domain::PurchaseEvent{a, QDate(2026, 3, 1), 123.45}));
    } else {
        EXPECT_EQ(events[0], (domain::PurchaseEvent{a, QDate(2026, 1, 1), 0.0}));
        EXPECT_EQ(events[1], (domain::PurchaseEvent{a, QDate(2026, 3, 1), 123.45}));
        EXPECT_EQ(events[3], (domain::PurchaseEvent{b, QDate(2026, 1, 5), 800.0}));
    }
    EXPECT_TRUE(CustomerBaseRepository(t.db()).loadVisits(QDate(2025, 12, 31)).empty());
}

TEST_F(CustomerBaseRepositoryTest, SettingsDefaultsStoredValuesAndBadJson) {
    CustomerBaseRepository repo(t.db());
    EXPECT_EQ(repo.loadSettings(), domain::CustomerBaseSettings{});
    EXPECT_EQ(repo.loadSettings().minRepeatCustomers, 200);
    EXPECT_EQ(repo.loadSettings().marginBp, 10000);
    EXPECT_EQ(repo.loadSettings().horizonWeeks, 52);

    domain::CustomerBaseSettings s;
    s.marginBp = 3500;
    s.minRepeatCustomers = 50;
    s.horizonWeeks = 26;
    SettingsRepository(t.db()).put(QString::fromLatin1(CustomerBaseRepository::kSettingsKey),
                                   CustomerBaseRepository::settingsToJson(s),
                                   QDateTime(QDate(2026, 1, 1), QTime(9, 0)), 0);
    EXPECT_EQ(repo.loadSettings(), s);

    // Missing or mistyped fields keep their defaults.
    const auto partial = CustomerBaseRepository::settingsFromJson(
        QStringLiteral(R"({"marginBp": 4000, "horizonWeeks": "many"})"));
    EXPECT_EQ(partial.marginBp, 4000);
    EXPECT_EQ(partial.horizonWeeks, 52);
    EXPECT_EQ(CustomerBaseRepository::settingsFromJson(QStringLiteral("not json")),
              domain::CustomerBaseSettings{});
}

}  // namespace
}  // namespace hc::storage
