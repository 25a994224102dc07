// Stored fits of the customer-base model (schema 0014): every field round-trips, the newest fit is
// the one in use, "calibrated by" picks the fit in effect at a date, the table rejects nonsense,
// and the visits of a set of customers come back by id.
#include "TempDatabase.h"
#include "hc/domain/Customer.h"
#include "hc/domain/Visit.h"
#include "hc/storage/CustomerBaseFitRepository.h"
#include "hc/storage/CustomerBaseRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"
#include "hc/storage/VisitRepository.h"

#include <gtest/gtest.h>

namespace hc::storage {
namespace {

using test::TempDatabase;

domain::CustomerBaseFit sampleFit(const QDate& end, const QDateTime& at) {
    domain::CustomerBaseFit f;
    f.fittedAt = at;
    f.dataFrom = QDate(2019, 3, 4);
    f.calibrationEnd = end;
    f.bgnbd = {0.242595, 4.413602, 0.792922, 2.425907};
    f.logLikelihood = -9582.429207;
    f.spend = domain::GammaGammaParameters{6.2496, 3.7442, 15.4435};
    f.customers = 2357;
    f.repeatCustomers = 946;
    f.settings.marginBp = 3500;
    f.settings.minRepeatCustomers = 150;
    f.settings.horizonWeeks = 26;
    for (int i = 1; i <= 99; ++i) {
        f.valueCuts.push_back(i * 12.5 + 0.125);
    }
    return f;
}

TEST(CustomerBaseFitRepository, RoundTripAndNewestInUse) {
    TempDatabase t;
    CustomerBaseFitRepository repo(t.db());
    EXPECT_FALSE(repo.latest().has_value());

    auto june = sampleFit(QDate(2026, 5, 31), QDateTime(QDate(2026, 6, 1), QTime(7, 5, 9)));
    june.id = repo.insert(june, 0);
    auto july = sampleFit(QDate(2026, 6, 30), QDateTime(QDate(2026, 7, 1), QTime(7, 0, 0)));
    july.spend.reset();
    july.valueCuts.clear();
    july.id = repo.insert(july, 0);

    const auto latest = repo.latest();
    ASSERT_TRUE(latest.has_value());
    EXPECT_EQ(latest->id, july.id);
    EXPECT_FALSE(latest->spend.has_value());
    EXPECT_TRUE(latest->valueCuts.empty());

    const auto byJune = repo.latestCalibratedBy(QDate(2026, 6, 29));
    ASSERT_TRUE(byJune.has_value());
    const auto& r = *byJune;
    EXPECT_EQ(r.id, june.id);
    EXPECT_EQ(r.fittedAt, june.fittedAt);
    EXPECT_EQ(r.dataFrom, june.dataFrom);
    EXPECT_EQ(r.calibrationEnd, june.calibrationEnd);
    EXPECT_EQ(r.bgnbd, june.bgnbd);  // REAL columns keep doubles exactly
    EXPECT_EQ(r.logLikelihood, june.logLikelihood);
    EXPECT_EQ(r.spend, june.spend);
    EXPECT_EQ(r.customers, 2357);
    EXPECT_EQ(r.repeatCustomers, 946);
    EXPECT_EQ(r.settings, june.settings);
    EXPECT_EQ(r.valueCuts, june.valueCuts);
    EXPECT_FALSE(repo.latestCalibratedBy(QDate(2026, 5, 30)).has_value());

    const auto recent = repo.recent(5);
    ASSERT_EQ(recent.size(), 2u);
    EXPECT_EQ(recent[0].id, july.id);
    EXPECT_EQ(recent[1].id, june.id);
}

TEST(CustomerBaseFitRepository, RejectsNonPositiveParameters) {
    TempDatabase t;
    auto bad = sampleFit(QDate(2026, 5, 31), QDateTime(QDate(2026, 6, 1), QTime(7, 0)));
    bad.bgnbd.alpha = 0.0;
    EXPECT_THROW((void)CustomerBaseFitRepository(t.db()).insert(bad, 0), StorageError);
    EXPECT_FALSE(CustomerBaseFitRepository(t.db()).latest().has_value());
}

TEST(CustomerBaseRepository, VisitsOfSomeCustomersOnly) {
    TempDatabase t;
    std::vector<domain::CustomerId> ids;
    for (int i = 0; i < 3; ++i) {
        domain::Customer c;
        c.name = QStringLiteral("客户%1").arg(i);
        ids.push_back(CustomerRepository(t.db()).insert(c));
        for (int k = 0; k < 2; ++k) {
            domain::Visit v;
            v.customerId = ids.back();
            v.date = QDate(2026, 1 + k * 3, 10);
            v.amountFen = 12345 * (k + 1);
            VisitRepository(t.db()).insert(v);
        }
    }
    const auto events =
        CustomerBaseRepository(t.db()).loadVisitsOf({ids[2], ids[0]}, QDate(2026, 3, 31));
    ASSERT_EQ(events.size(), 2u);  // the April visits are after the date
    EXPECT_EQ(events[0].customerId, ids[0]);
    EXPECT_EQ(events[1].customerId, ids[2]);
    EXPECT_EQ(events[0].date, QDate(2026, 1, 10));
    EXPECT_DOUBLE_EQ(events[0].amount, 123.45);
    EXPECT_TRUE(CustomerBaseRepository(t.db()).loadVisitsOf({}, QDate(2026, 3, 31)).empty());
}

}  // namespace
}  // namespace hc::storage
