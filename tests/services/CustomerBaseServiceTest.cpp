#include "BgNbdSimulation.h"
#include "TempDatabase.h"
#include "hc/services/CustomerBaseService.h"
#include "hc/services/PurchaseEventCsv.h"
#include "hc/storage/CustomerBaseRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/VisitRepository.h"

#include <QDateTime>
#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

namespace hc::services {
namespace {

using test::TempDatabase;

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

/// Visits from simulated histories: first visit at `start` + a customer-specific offset, repeat
/// visits spread evenly up to t_x (whole days).
std::vector<domain::PurchaseEvent> simulatedEvents(int customers, unsigned seed) {
    const auto histories = test::simulateBgNbd(domain::BgNbdParameters{0.8, 20.0, 0.6, 3.0},
                                               customers, 104.0, 52.0, seed);
    std::vector<domain::PurchaseEvent> events;
    const QDate end(2026, 6, 30);
    for (const auto& h : histories) {
        const QDate first = end.addDays(-static_cast<int>(h.T * 7.0));
        events.push_back({h.id, first, 300.0});
        for (int k = 1; k <= h.x; ++k) {
            const int day = std::max(k, static_cast<int>(h.tx * 7.0 * k / h.x));
            events.push_back({h.id, first.addDays(day), 200.0 + 10.0 * (h.id % 7)});
        }
    }
    return events;
}

TEST(PurchaseEventCsvTest, NamedColumnsBothDateFormatsGbkAndOptionalAmount) {
    TempDatabase t;
    const QString path = t.filePath(QStringLiteral("e.csv"));
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk.encode(
        QStringLiteral("客户,日子,实收\n7,20260105,120.5\n\"7\",2026-02-01,80\n9,2026-03-01,\n"));
    writeFile(path, bytes);
    PurchaseEventCsv::Columns c;
    c.customer = QStringLiteral("客户");
    c.date = QStringLiteral("日子");
    c.amount = QStringLiteral("实收");
    c.amountOptional = false;
    const auto r = PurchaseEventCsv::read(path, c);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r.value().size(), 3u);
    EXPECT_EQ(r.value()[0], (domain::PurchaseEvent{7, QDate(2026, 1, 5), 120.5}));
    EXPECT_EQ(r.value()[1], (domain::PurchaseEvent{7, QDate(2026, 2, 1), 80.0}));
    EXPECT_EQ(r.value()[2], (domain::PurchaseEvent{9, QDate(2026, 3, 1), 0.0}));

    // Default names, no amount column: amounts 0.
    writeFile(path, "date,customer\n2026-01-01,1\n");
    const auto noAmount = PurchaseEventCsv::read(path, PurchaseEventCsv::Columns{});
    ASSERT_TRUE(noAmount.ok());
    EXPECT_EQ(noAmount.value()[0].amount, 0.0);

    // Errors name the line and the value.
    writeFile(path, "customer,date,amount\n1,2026-01-01,5\n1,2026-01-02,-3\n");
    const auto negative = PurchaseEventCsv::read(path, PurchaseEventCsv::Columns{});
    ASSERT_FALSE(negative.ok());
    EXPECT_EQ(negative.error().field, QStringLiteral("events"));
    EXPECT_TRUE(negative.error().message.contains(QStringLiteral("3")));
    EXPECT_TRUE(negative.error().message.contains(QStringLiteral("-3")));
    writeFile(path, "customer,date\nabc,2026-01-01\n");
    EXPECT_FALSE(PurchaseEventCsv::read(path, PurchaseEventCsv::Columns{}).ok());
    writeFile(path, "");
    EXPECT_FALSE(PurchaseEventCsv::read(path, PurchaseEventCsv::Columns{}).ok());
    EXPECT_FALSE(
        PurchaseEventCsv::read(t.filePath(QStringLiteral("none.csv")), PurchaseEventCsv::Columns{})
            .ok());
}

TEST(CustomerBaseServiceTest, FitPredictHoldoutOnSimulatedVisits) {
    const auto events = simulatedEvents(4000, 5);
    domain::CustomerBaseSettings s;
    s.marginBp = 4000;
    const auto fit = CustomerBaseService::fit(events, QDate(2026, 6, 30), s);
    ASSERT_TRUE(fit.ok()) << fit.error().message.toStdString();
    EXPECT_EQ(fit.value().customers, 4000);
    EXPECT_EQ(fit.value().bgnbd.status, domain::FitStatus::Ok);
    ASSERT_TRUE(fit.value().spend.has_value());

    const auto p = CustomerBaseService::predict(events, QDate(2026, 6, 30), 26.0, s);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p.value().scores.customers.size(), 4000u);
    EXPECT_EQ(p.value().marginBp, 4000);
    for (const auto& c : p.value().scores.customers) {
        ASSERT_TRUE(c.expectedValue.has_value());
        EXPECT_NEAR(*c.expectedValue, c.expectedVisits * *c.expectedSpend * 0.4, 1e-9);
    }

    const auto h = CustomerBaseService::holdout(events, QDate(2026, 1, 31), QDate(2026, 6, 30), s);
    ASSERT_TRUE(h.ok());
    EXPECT_NEAR(h.value().result.holdoutWeeks, 150.0 / 7.0, 1e-12);
    EXPECT_GT(h.value().result.actualTotal, 0);

    EXPECT_FALSE(
        CustomerBaseService::holdout(events, QDate(2026, 6, 30), QDate(2026, 6, 30), s).ok());
    EXPECT_FALSE(CustomerBaseService::predict(events, QDate(2026, 6, 30), 0.0, s).ok());
    EXPECT_FALSE(CustomerBaseService::fit(events, QDate(), s).ok());
}

TEST(CustomerBaseServiceTest, NotEnoughDataNamesTheCounts) {
    std::vector<domain::PurchaseEvent> events;
    for (int i = 1; i <= 50; ++i) {
        events.push_back({i, QDate(2026, 1, 1), 100});
        if (i <= 10) {
            events.push_back({i, QDate(2026, 3, 1), 100});
        }
    }
    const auto r = CustomerBaseService::fit(events, QDate(2026, 6, 30),
                                            CustomerBaseService::defaultSettings());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ServiceError::Code::Invalid);
    EXPECT_EQ(r.error().field, QStringLiteral("data"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("50")));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("10")));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("200")));
}

TEST(CustomerBaseServiceTest, StoredSettingsAndArchiveVisits) {
    TempDatabase t;
    domain::Customer c;
    c.name = QStringLiteral("甲");
    const auto id = storage::CustomerRepository(t.db()).insert(c);
    domain::Visit v;
    v.customerId = id;
    v.date = QDate(2026, 2, 1);
    v.amountFen = 45600;
    storage::VisitRepository(t.db()).insert(v);
    domain::CustomerBaseSettings s;
    s.minRepeatCustomers = 30;
    storage::SettingsRepository(t.db()).put(
        QString::fromLatin1(storage::CustomerBaseRepository::kSettingsKey),
        storage::CustomerBaseRepository::settingsToJson(s), QDateTime::currentDateTime(), 0);

    CustomerBaseService service(t.db());
    ASSERT_TRUE(service.settings().ok());
    EXPECT_EQ(service.settings().value().minRepeatCustomers, 30);
    const auto visits = service.visits(QDate(2026, 6, 30));
    ASSERT_TRUE(visits.ok());
    ASSERT_EQ(visits.value().size(), 1u);
    EXPECT_EQ(visits.value()[0], (domain::PurchaseEvent{id, QDate(2026, 2, 1), 456.0}));
    EXPECT_FALSE(service.visits(QDate()).ok());
}

}  // namespace
}  // namespace hc::services
