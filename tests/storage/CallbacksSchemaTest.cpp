// Schema 0003 (callbacks, complaints, campaigns, satisfaction, scripts) on a real SQLite file:
// the migration to the latest version creates the STRICT tables, and the constraints hold.
#include "TempDatabase.h"
#include "hc/domain/ReturnWindow.h"
#include "hc/storage/CallRepository.h"
#include "hc/storage/CampaignRepository.h"
#include "hc/storage/ComplaintRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/SatisfactionRepository.h"
#include "hc/storage/ScriptRepository.h"
#include "hc/storage/StorageError.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace hc::storage {
namespace {

using test::TempDatabase;

const QDateTime kAt(QDate(2026, 6, 15), QTime(9, 30, 0));

domain::CustomerId addCustomer(Database& db, const QString& name = QStringLiteral("张三")) {
    domain::Customer c;
    c.name = name;
    c.phone = QStringLiteral("13800000001");
    c.createdAt = kAt;
    c.updatedAt = kAt;
    return CustomerRepository(db).insert(c);
}

bool execFails(Database& db, const QString& sql) {
    try {
        db.execScript(sql);
    } catch (const StorageError& e) {
        return e.kind() == StorageError::Kind::Constraint;
    }
    return false;
}

TEST(CallbacksSchema, LatestMigrationCreatesStrictTables) {
    TempDatabase t;
    EXPECT_GE(Database::latestSchemaVersion(), 3);
    EXPECT_EQ(t.db().schemaVersion(), Database::latestSchemaVersion());
    for (const char* table :
         {"calls", "satisfaction_items", "satisfaction_answers", "complaints", "complaint_events",
          "campaigns", "campaign_invites", "call_scripts"}) {
        QSqlQuery q(t.db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT strict FROM pragma_table_list WHERE name = '%1'")
                               .arg(QString::fromLatin1(table))));
        ASSERT_TRUE(q.next()) << table;
        EXPECT_EQ(q.value(0).toInt(), 1) << table;
    }
    // Default questionnaire items are seeded.
    EXPECT_EQ(SatisfactionRepository(t.db()).items(false).size(), 5u);
}

TEST(CallbacksSchema, CallConstraints) {
    TempDatabase t;
    const auto c = addCustomer(t.db());
    CallRepository calls(t.db());
    domain::CallRecord r;
    r.customerId = c;
    r.kind = domain::FollowUpKind::Winback;
    r.calledAt = kAt;
    r.outcome = domain::CallOutcome::WillCome;
    // will_come without an appointment date is refused by the schema too.
    EXPECT_THROW(calls.insert(r), StorageError);
    r.appointment = QDate(2026, 6, 20);
    r.churnReason = domain::ChurnReason::Price;
    const auto id = calls.insert(r);
    const auto back = calls.find(id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->kind, domain::FollowUpKind::Winback);
    EXPECT_EQ(back->outcome, domain::CallOutcome::WillCome);
    EXPECT_EQ(back->appointment, QDate(2026, 6, 20));
    EXPECT_EQ(back->churnReason, domain::ChurnReason::Price);
    EXPECT_EQ(back->calledAt, kAt);
    // A complaint call needs the complaint; unknown keys and customers are refused.
    r.kind = domain::FollowUpKind::Complaint;
    EXPECT_THROW(calls.insert(r), StorageError);
    EXPECT_TRUE(execFails(
        t.db(), QStringLiteral("INSERT INTO calls (customer_id, kind, called_at, call_date, "
                               "outcome) VALUES (%1, 'visit', '2026-06-15T09:00:00', "
                               "'2026-06-15', 'reached')")
                    .arg(c)));
    EXPECT_TRUE(execFails(
        t.db(), QStringLiteral("INSERT INTO calls (customer_id, kind, called_at, call_date, "
                               "outcome) VALUES (999, 'care', '2026-06-15T09:00:00', "
                               "'2026-06-15', 'reached')")));
    EXPECT_TRUE(execFails(
        t.db(), QStringLiteral("INSERT INTO calls (customer_id, kind, called_at, call_date, "
                               "outcome, churn_reason) VALUES (%1, 'care', "
                               "'2026-06-15T09:00:00', '2026-06-15', 'refuses', 'cheap')")
                    .arg(c)));
    const auto history = calls.history({}, QDate(2026, 6, 15));
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history.front().date, QDate(2026, 6, 15));
    EXPECT_TRUE(calls.history({}, QDate(2026, 6, 14)).empty());
}

TEST(CallbacksSchema, SatisfactionScoreMustBeOneToFive) {
    TempDatabase t;
    const auto c = addCustomer(t.db());
    domain::CallRecord r;
    r.customerId = c;
    r.calledAt = kAt;
    const auto call = CallRepository(t.db()).insert(r);
    SatisfactionRepository repo(t.db());
    const auto items = repo.items(false);
    EXPECT_THROW(repo.addAnswers(call, {{items[0].id, 6}}), StorageError);
    EXPECT_THROW(repo.addAnswers(call, {{items[0].id, 0}}), StorageError);
    repo.addAnswers(call, {{items[0].id, 5}, {items[1].id, 3}});
    const auto answers = repo.answersBetween(QDate(2026, 6, 1), QDate(2026, 6, 30));
    ASSERT_EQ(answers.size(), 2u);
    EXPECT_EQ(answers[0].itemId, items[0].key);
    EXPECT_EQ(answers[0].score, 5);
    // Keys are unique.
    EXPECT_THROW(repo.insertItem({0, items[0].key, QStringLiteral("重复"), true, 9}), StorageError);
}

TEST(CallbacksSchema, ComplaintRoundTripEventsAndConstraints) {
    TempDatabase t;
    const auto cust = addCustomer(t.db());
    ComplaintRepository repo(t.db());
    domain::Complaint c;
    c.customerId = cust;
    c.description = QStringLiteral("刹车异响未修好");
    c.received = kAt;
    c.createdAt = kAt;
    const auto id = repo.insert(c);
    auto back = repo.find(id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->received, kAt);
    EXPECT_EQ(back->status, QStringLiteral("received"));
    EXPECT_EQ(repo.open().size(), 1u);
    EXPECT_EQ(repo.receivedBetween(QDate(2026, 6, 15), QDate(2026, 6, 15)).size(), 1u);
    EXPECT_TRUE(repo.receivedBetween(QDate(2026, 6, 16), QDate(2026, 6, 30)).empty());
    // A senior answer is for major complaints only; a follow-up needs the resolution.
    back->seniorAnswered = kAt.addSecs(3600);
    EXPECT_THROW(repo.update(*back, kAt), StorageError);
    back->seniorAnswered = {};
    back->followedUp = kAt.addDays(1);
    EXPECT_THROW(repo.update(*back, kAt), StorageError);
    back->resolved = kAt.addSecs(7200);
    back->status = QStringLiteral("closed");
    EXPECT_TRUE(repo.update(*back, kAt));
    EXPECT_TRUE(repo.open().empty());
    repo.addEvent({0, id, kAt, std::nullopt, {}, QStringLiteral("received"), {}});
    repo.addEvent({0, id, kAt.addDays(1), std::nullopt, QStringLiteral("received"),
                   QStringLiteral("closed"), QStringLiteral("回访")});
    const auto events = repo.events(id);
    ASSERT_EQ(events.size(), 2u);
    EXPECT_TRUE(events[0].fromStatus.isEmpty());
    EXPECT_EQ(events[1].toStatus, QStringLiteral("closed"));
    EXPECT_TRUE(execFails(t.db(), QStringLiteral("UPDATE complaints SET severity = 'huge'")));
}

TEST(CallbacksSchema, CampaignInvitesAreUniqueAndWindowed) {
    TempDatabase t;
    const auto a = addCustomer(t.db(), QStringLiteral("甲"));
    const auto b = addCustomer(t.db(), QStringLiteral("乙"));
    CampaignRepository repo(t.db());
    domain::CampaignRecord c;
    c.name = QStringLiteral("夏季空调清洗");
    c.targetStage = domain::Stage::QuasiLost;
    c.costPerCustomerFen = 1500;
    c.start = QDate(2026, 6, 1);
    const auto id = repo.insert(c);
    EXPECT_EQ(repo.find(id)->windowDays, 30);
    EXPECT_EQ(repo.invite(id, {a, b}, kAt), 2);
    EXPECT_EQ(repo.invite(id, {a}, kAt), 0);  // UNIQUE (campaign, customer)
    EXPECT_EQ(repo.invited(id), (std::vector<domain::CustomerId>{a, b}));
    EXPECT_EQ(repo.activeInvites(QDate(2026, 6, 1)).size(), 2u);
    EXPECT_EQ(repo.activeInvites(QDate(2026, 7, 1)).size(), 2u);
    // Storage only fetches facts: whether the window is still open is the domain's ReturnWindow.
    const auto later = repo.activeInvites(QDate(2026, 7, 2));
    ASSERT_EQ(later.size(), 2u);
    EXPECT_EQ(later[0].windowDays, 30);
    EXPECT_TRUE(hc::domain::ReturnWindow({later[0].start, later[0].windowDays})
                    .isOpenOn(QDate(2026, 7, 1)));  // day 30 still runs
    EXPECT_FALSE(hc::domain::ReturnWindow({later[0].start, later[0].windowDays})
                     .isOpenOn(QDate(2026, 7, 2)));
    EXPECT_TRUE(repo.activeInvites(QDate(2026, 5, 31)).empty());
    EXPECT_TRUE(execFails(t.db(), QStringLiteral("UPDATE campaigns SET window_days = 0")));
    EXPECT_TRUE(
        execFails(t.db(), QStringLiteral("UPDATE campaigns SET cost_per_customer_fen = -1")));
}

TEST(CallbacksSchema, ScriptsOverrideAndRemove) {
    TempDatabase t;
    ScriptRepository repo(t.db());
    EXPECT_FALSE(repo.get(QStringLiteral("stage.lost")));
    repo.put(QStringLiteral("stage.lost"), QStringLiteral("您好"), kAt, 0);
    repo.put(QStringLiteral("stage.lost"), QStringLiteral("您好!"), kAt, 0);
    EXPECT_EQ(repo.get(QStringLiteral("stage.lost")), QStringLiteral("您好!"));
    EXPECT_EQ(repo.all().size(), 1u);
    EXPECT_THROW(repo.put(QStringLiteral("bogus"), QStringLiteral("x"), kAt, 0), StorageError);
    EXPECT_TRUE(repo.remove(QStringLiteral("stage.lost")));
    EXPECT_FALSE(repo.remove(QStringLiteral("stage.lost")));
}

}  // namespace
}  // namespace hc::storage
