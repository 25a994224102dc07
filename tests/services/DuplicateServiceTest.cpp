// DuplicateService on a real database file: the finder over the archive, a merge that moves every
// row referring to the removed customer (calls, complaints, messages, consents, appointments,
// campaign invites…) and its undo, which restores every table exactly (audit and merge log aside).
#include "ServiceFixture.h"
#include "SqlRows.h"
#include "hc/services/DuplicateService.h"
#include "hc/services/PrivacyService.h"
#include "hc/services/SearchService.h"
#include "hc/storage/CustomerMergeRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

#include <algorithm>

namespace hc::services {
namespace {

using Side = domain::CustomerMergeRule::Side;

class DuplicateServiceTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        kept = addCustomer(QStringLiteral("刘春江"), QStringLiteral("13812345678"));
        removed = addCustomer(QStringLiteral("刘春江"), QStringLiteral("13812345679"));
        other = addCustomer(QStringLiteral("王大户"), QStringLiteral("13900001111"));
        exec(QStringLiteral("UPDATE customers SET address = '西安市科技路88号', "
                            "marketing_opt_out = 1, note = '老客户' WHERE id = %1")
                 .arg(removed));
        keptCar = addVehicle(kept, QStringLiteral("陕A12345"));
        removedCar = addVehicle(removed, QStringLiteral("陕A54321"));
        firstVisit = addVisit(removed, removedCar, QDate(2025, 6, 20));
        addVisit(kept, keptCar, QDate(2025, 7, 1));
        exec(QStringLiteral(
                 "INSERT INTO calls (id, customer_id, vehicle_id, visit_id, kind, called_at, "
                 "call_date, outcome, note) VALUES (1, %1, %2, %3, 'post_service', "
                 "'2025-06-23T10:00:00', '2025-06-23', 'reached', '说月底再来')")
                 .arg(removed)
                 .arg(removedCar)
                 .arg(firstVisit));
        exec(
            QStringLiteral("INSERT INTO satisfaction_answers (call_id, item_id, score) "
                           "SELECT 1, id, 4 FROM satisfaction_items"));
        exec(QStringLiteral(
                 "INSERT INTO complaints (id, customer_id, vehicle_id, description, received_at, "
                 "created_at, updated_at) VALUES (1, %1, %2, '等待太久', "
                 "'2025-06-25T09:00:00', '2025-06-25T09:00:00', '2025-06-25T09:00:00')")
                 .arg(removed)
                 .arg(removedCar));
        exec(
            QStringLiteral("INSERT INTO complaint_events (complaint_id, at, to_status, note) "
                           "VALUES (1, '2025-06-25T09:00:00', 'received', '记录')"));
        exec(
            QStringLiteral("INSERT INTO campaigns (id, name, start_date, created_at) VALUES "
                           "(1, '秋季保养', '2025-09-01', '2025-09-01T08:00:00')"));
        // Both invited to the same campaign: the removed one's invite clashes (UNIQUE).
        for (const auto id : {kept, removed}) {
            exec(QStringLiteral("INSERT INTO campaign_invites (campaign_id, customer_id, "
                                "invited_at) VALUES (1, %1, '2025-09-01T08:00:00')")
                     .arg(id));
        }
        exec(QStringLiteral("INSERT INTO appointments (customer_id, vehicle_id, appt_date, "
                            "appt_time, purpose, created_at) VALUES (%1, %2, '2026-06-20', "
                            "'09:30', '保养', '2026-06-10T08:00:00')")
                 .arg(removed)
                 .arg(removedCar));
        exec(QStringLiteral("INSERT INTO consent_events (customer_id, purpose, state, source, at) "
                            "VALUES (%1, 'marketing', 'refused', 'call', '2025-06-23T10:00:00')")
                 .arg(removed));
        exec(QStringLiteral(
                 "INSERT INTO message_log (customer_id, vehicle_id, template_key, purpose, phone, "
                 "text, segments, channel, result, sent_at, sent_date) VALUES (%1, %2, "
                 "'post_service', 'service', '13812345679', '感谢光临', 1, 'export', 'exported', "
                 "'2025-06-21T10:00:00', '2025-06-21')")
                 .arg(removed)
                 .arg(removedCar));
        exec(
            QStringLiteral("INSERT INTO report_runs (id, period, kind, as_of, created_at) VALUES "
                           "(1, '2025-12', 'abc', '2025-12-31', '2025-12-31T20:00:00')"));
        exec(QStringLiteral("INSERT INTO report_run_rows (run_id, customer_id, rank, grade, "
                            "amount_fen) VALUES (1, %1, 1, 'A', 80000)")
                 .arg(removed));
        ASSERT_TRUE(SearchService(db()).refreshIndex().ok());
        service = std::make_unique<DuplicateService>(db(), clock());
    }

    void exec(const QString& sql) {
        QSqlQuery q(db().connection());
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
    }

    domain::CustomerId addCustomer(const QString& name, const QString& phone) {
        domain::Customer c;
        c.name = name;
        c.phone = phone;
        c.createdAt = c.updatedAt = QDateTime(QDate(2020, 1, 1), QTime(8, 0));
        return storage::CustomerRepository(db()).insert(c);
    }

    domain::VehicleId addVehicle(domain::CustomerId owner, const QString& plate) {
        domain::Vehicle v;
        v.customerId = owner;
        v.plate = plate;
        v.model = QStringLiteral("朗逸");
        return storage::VehicleRepository(db()).insert(v, QDate(2024, 1, 1));
    }

    domain::VisitId addVisit(domain::CustomerId customer, domain::VehicleId vehicle,
                             const QDate& date) {
        domain::Visit v;
        v.customerId = customer;
        v.vehicleId = vehicle;
        v.date = date;
        v.category = QStringLiteral("maintenance");
        v.amountFen = 30000;
        v.createdAt = now;
        return storage::VisitRepository(db()).insert(v);
    }

    /// Every row of every table, sorted, as "table|v1|v2|…" — the audit log, the merge log and
    /// the FTS shadow tables left out (the full-text tables themselves are read).
    QStringList dump() {
        QStringList out;
        const auto tables = test::sqlRows(
            db(), QStringLiteral("SELECT name, sql LIKE 'CREATE VIRTUAL%' FROM sqlite_master WHERE "
                                 "type = 'table' AND name "
                                 "NOT IN ('audit_log', 'customer_merges') AND name NOT LIKE "
                                 "'search\\_%\\_fts\\_%' ESCAPE '\\' ORDER BY name"));
        for (const QString& entry : tables) {
            // Full-text tables by rowid (= customers.id / vehicles.id), the others by their
            // columns.
            const QString table = entry.section(QLatin1Char('|'), 0, 0);
            const bool virtualTable = entry.endsWith(QStringLiteral("|1"));
            QStringList rows = test::sqlRows(
                db(), QStringLiteral("SELECT %1* FROM \"%2\"")
                          .arg(virtualTable ? QStringLiteral("rowid, ") : QString(), table));
            for (QString& r : rows) {
                r.prepend(table + QLatin1Char('|'));
            }
            rows.sort();
            out << rows;
        }
        return out;
    }

    int count(const QString& sql) { return test::sqlRows(db(), sql).value(0).toInt(); }

    std::unique_ptr<DuplicateService> service;
    domain::CustomerId kept = 0;
    domain::CustomerId removed = 0;
    domain::CustomerId other = 0;
    domain::VehicleId keptCar = 0;
    domain::VehicleId removedCar = 0;
    domain::VisitId firstVisit = 0;
};

TEST_F(DuplicateServiceTest, FindsTheSameNameWithAPhoneOneDigitApart) {
    const auto groups = service->find(manager);
    ASSERT_TRUE(groups.ok()) << groups.error().message.toStdString();
    ASSERT_EQ(groups.value().size(), 1U);
    const auto& g = groups.value().front();
    EXPECT_EQ(g.group.customerIds, (std::vector<domain::CustomerId>{kept, removed}));
    EXPECT_EQ(g.group.reasonKey(), QStringLiteral("pinyin_phone"));
    EXPECT_EQ(g.group.score, 60);
    EXPECT_EQ(g.names, (QStringList{QStringLiteral("刘春江"), QStringLiteral("刘春江")}));
    EXPECT_EQ(g.group.findings.front().value, QStringLiteral("liuchunjiang"));
}

TEST_F(DuplicateServiceTest, FindsPlateAndMobileDuplicatesWithStoredScores) {
    // A visit of the kept customer's car registered under "other", who never owned it.
    addVisit(other, keptCar, QDate(2025, 8, 1));
    exec(QStringLiteral("UPDATE customers SET phone2 = '13900001111' WHERE id = %1").arg(removed));
    domain::DuplicateSettings s = service->settings().value();
    s.plateOwners = 75;
    ASSERT_TRUE(service->saveSettings(manager, s).ok());
    const auto groups = service->find(manager).value();
    std::vector<std::string> got;
    for (const auto& g : groups) {
        got.push_back(std::to_string(g.group.customerIds.front()) + "," +
                      std::to_string(g.group.customerIds.back()) + " " +
                      g.group.reasonKey().toStdString() + " " + std::to_string(g.group.score));
    }
    const std::string k = std::to_string(kept);
    const std::string r = std::to_string(removed);
    const std::string o = std::to_string(other);
    EXPECT_EQ(got, (std::vector<std::string>{r + "," + o + " same_mobile 90",
                                             k + "," + o + " plate_owners 75",
                                             k + "," + r + " pinyin_phone 60"}));
    s.minimumScore = 101;
    EXPECT_EQ(service->saveSettings(manager, s).error().field, QStringLiteral("minimumScore"));
    EXPECT_EQ(service->saveSettings(advisor, s).error().code, ServiceError::Code::Denied);
}

TEST_F(DuplicateServiceTest, MergeMovesEveryRowAndUnmergeRestoresEveryTable) {
    const QStringList before = dump();
    const auto preview = service->preview(manager, kept, removed);
    ASSERT_TRUE(preview.ok());
    const auto address = std::find_if(preview.value().fields.begin(), preview.value().fields.end(),
                                      [](const MergeField& f) { return f.column == u"address"; });
    ASSERT_NE(address, preview.value().fields.end());
    EXPECT_EQ(address->defaultChoice, Side::Removed);  // the kept customer has none

    const auto merged =
        service->merge(manager, kept, removed, {{QStringLiteral("phone"), Side::Removed}});
    ASSERT_TRUE(merged.ok()) << merged.error().message.toStdString();
    EXPECT_TRUE(QFile::exists(merged.value().backupFile));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = %1").arg(removed)),
              0);
    for (const char* table :
         {"vehicles", "vehicle_owners", "visits", "calls", "complaints", "appointments",
          "consent_events", "message_log", "campaign_invites"}) {
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE customer_id = %2")
                            .arg(QString::fromLatin1(table))
                            .arg(removed)),
                  0)
            << table;
    }
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM visits WHERE customer_id = %1").arg(kept)),
              2);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM calls WHERE customer_id = %1").arg(kept)),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM campaign_invites")), 1);  // set aside
    // The saved report run is a snapshot: it keeps naming the removed id.
    EXPECT_EQ(count(QStringLiteral("SELECT customer_id FROM report_run_rows")), removed);
    EXPECT_EQ(test::sqlRows(db(), QStringLiteral("SELECT phone, address, note, marketing_opt_out "
                                                 "FROM customers WHERE id = %1")
                                      .arg(kept)),
              QStringList{QStringLiteral("13812345679|西安市科技路88号|老客户|1")});
    const auto audit = test::sqlRows(
        db(), QStringLiteral("SELECT entity_id, after_json FROM audit_log WHERE action = "
                             "'customer.merge'"));
    ASSERT_EQ(audit.size(), 1);
    EXPECT_TRUE(audit[0].startsWith(QString::number(kept) + QLatin1Char('|')));
    EXPECT_FALSE(audit[0].contains(QStringLiteral("西安")));  // ids and counts only

    const auto history = service->history(manager).value();
    ASSERT_EQ(history.size(), 1U);
    EXPECT_EQ(history[0].mergeId, merged.value().mergeId);
    EXPECT_EQ(history[0].removedName, QStringLiteral("刘春江"));
    EXPECT_TRUE(history[0].undoneAt.isEmpty());

    const auto undone = service->unmerge(manager, merged.value().mergeId);
    ASSERT_TRUE(undone.ok()) << undone.error().message.toStdString();
    EXPECT_TRUE(undone.value().keptLaterEdits.isEmpty());
    EXPECT_EQ(dump(), before);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'customer.unmerge' AND entity_id = %1")
                        .arg(removed)),
              1);
    EXPECT_FALSE(service->history(manager).value()[0].undoneAt.isEmpty());
    const auto again = service->unmerge(manager, merged.value().mergeId);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().field, QStringLiteral("merge"));
}

TEST_F(DuplicateServiceTest, EveryColumnReferringToACustomerIsMovedOrKeptOnPurpose) {
    // A table added by a later migration (as declined_items will be) is found in the schema:
    // by its customer_id column, or by a foreign key to customers under another name.
    exec(
        QStringLiteral("CREATE TABLE later_items (id INTEGER PRIMARY KEY, customer_id INTEGER NOT "
                       "NULL REFERENCES customers (id), item TEXT NOT NULL) STRICT"));
    exec(
        QStringLiteral("CREATE TABLE later_links (payer INTEGER REFERENCES customers (id), "
                       "label TEXT) STRICT"));
    exec(QStringLiteral("INSERT INTO later_items (customer_id, item) VALUES (%1, '刹车片')")
             .arg(removed));
    exec(QStringLiteral("INSERT INTO later_links (payer, label) VALUES (%1, 'x'), (%2, 'y')")
             .arg(removed)
             .arg(kept));
    storage::CustomerMergeRepository repo(db());
    const auto refs = repo.customerReferences();
    const auto schemaTables = test::sqlRows(
        db(), QStringLiteral("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND "
                             "EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = "
                             "'customer_id')"));
    for (const QString& table : schemaTables) {
        EXPECT_TRUE(std::any_of(refs.begin(), refs.end(), [&](const auto& r) {
            return r.table == table;
        })) << table.toStdString();
    }
    EXPECT_NE(std::find(refs.begin(), refs.end(),
                        storage::CustomerReference{QStringLiteral("later_links"),
                                                   QStringLiteral("payer")}),
              refs.end());
    // The tables kept in place exist (the list does not go stale).
    for (const auto& k : storage::CustomerMergeRepository::keptInPlace()) {
        EXPECT_NE(std::find(refs.begin(), refs.end(), k), refs.end()) << k.table.toStdString();
    }

    const QStringList before = dump();
    const auto merged = service->merge(manager, kept, removed);
    ASSERT_TRUE(merged.ok()) << merged.error().message.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT customer_id FROM later_items")), kept);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM later_links WHERE payer = %1").arg(kept)),
              2);
    ASSERT_TRUE(service->unmerge(manager, merged.value().mergeId).ok());
    EXPECT_EQ(dump(), before);
}

TEST_F(DuplicateServiceTest, UnmergeKeepsLaterEditsAndRowsAddedToTheKeptCustomer) {
    const auto merged = service->merge(manager, kept, removed);
    ASSERT_TRUE(merged.ok());
    // After the merge: the kept customer's phone edited, a new visit, a moved call updated.
    now = now.addDays(1);
    exec(QStringLiteral("UPDATE customers SET phone = '13700000000', updated_at = "
                        "'2026-06-16T10:00:00' WHERE id = %1")
             .arg(kept));
    const auto laterVisit = addVisit(kept, removedCar, QDate(2026, 6, 16));
    exec(QStringLiteral("UPDATE calls SET note = '已回访' WHERE id = 1"));

    const auto undone = service->unmerge(manager, merged.value().mergeId);
    ASSERT_TRUE(undone.ok()) << undone.error().message.toStdString();
    EXPECT_EQ(undone.value().keptLaterEdits, QStringList{QStringLiteral("phone")});
    EXPECT_EQ(
        test::sqlRows(db(), QStringLiteral("SELECT phone FROM customers WHERE id = %1").arg(kept)),
        QStringList{QStringLiteral("13700000000")});
    EXPECT_EQ(
        test::sqlRows(db(), QStringLiteral("SELECT customer_id, note FROM calls WHERE id = 1")),
        QStringList{QStringLiteral("%1|已回访").arg(removed)});
    EXPECT_EQ(count(QStringLiteral("SELECT customer_id FROM visits WHERE id = %1").arg(laterVisit)),
              kept);
    EXPECT_EQ(test::sqlRows(
                  db(), QStringLiteral("SELECT address FROM customers WHERE id = %1").arg(kept)),
              QStringList{QStringLiteral("NULL")});
}

TEST_F(DuplicateServiceTest, UnmergeRefusesWhenAMovedRowWentElsewhereAndChangesNothing) {
    const auto merged = service->merge(manager, kept, removed);
    ASSERT_TRUE(merged.ok());
    // The removed customer's car was sold to "other" after the merge.
    storage::VehicleRepository(db()).transfer(removedCar, other, QDate(2026, 6, 16), {}, now);
    const QStringList before = dump();
    const auto undone = service->unmerge(manager, merged.value().mergeId);
    ASSERT_FALSE(undone.ok());
    EXPECT_EQ(undone.error().field, QStringLiteral("merge"));
    EXPECT_TRUE(undone.error().message.contains(QStringLiteral("vehicle")));
    EXPECT_TRUE(undone.error().message.contains(merged.value().backupFile));
    EXPECT_EQ(dump(), before);
}

TEST_F(DuplicateServiceTest, UnmergeRefusesWhileTheKeptCustomerIsMergedIntoAnother) {
    const auto first = service->merge(manager, kept, removed);
    ASSERT_TRUE(first.ok());
    const auto second = service->merge(manager, other, kept);
    ASSERT_TRUE(second.ok());
    const auto refused = service->unmerge(manager, first.value().mergeId);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QString::number(kept)));
    ASSERT_TRUE(service->unmerge(manager, second.value().mergeId).ok());
    ASSERT_TRUE(service->unmerge(manager, first.value().mergeId).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM customers")), 3);
}

TEST_F(DuplicateServiceTest, ErasingTheKeptCustomerClearsTheMergeRecordAndEndsTheUndo) {
    const auto merged = service->merge(manager, kept, removed);
    ASSERT_TRUE(merged.ok());
    const auto before =
        test::sqlRows(db(), QStringLiteral("SELECT removed_row FROM customer_merges"));
    ASSERT_TRUE(before.value(0).contains(QStringLiteral("西安市科技路88号")));
    ASSERT_TRUE(PrivacyService(db(), clock()).erase(manager, kept).ok());
    const auto after = test::sqlRows(
        db(), QStringLiteral("SELECT removed_row || kept_before || kept_after || search_rows "
                             "FROM customer_merges"));
    ASSERT_EQ(after.size(), 1);
    EXPECT_FALSE(after[0].contains(QStringLiteral("西安"))) << after[0].toStdString();
    EXPECT_FALSE(after[0].contains(QStringLiteral("刘春江"))) << after[0].toStdString();
    EXPECT_FALSE(after[0].contains(QStringLiteral("1381234567"))) << after[0].toStdString();
    const auto refused = service->unmerge(manager, merged.value().mergeId);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("merge"));
}

TEST_F(DuplicateServiceTest, ManagerOnlyAndClearErrors) {
    EXPECT_EQ(service->find(advisor).error().code, ServiceError::Code::Denied);
    EXPECT_EQ(service->merge(advisor, kept, removed).error().code, ServiceError::Code::Denied);
    EXPECT_EQ(service->unmerge(advisor, 1).error().code, ServiceError::Code::Denied);
    EXPECT_EQ(service->history(advisor).error().code, ServiceError::Code::Denied);
    EXPECT_EQ(service->merge(manager, kept, kept).error().field, QStringLiteral("customer"));
    EXPECT_EQ(service->merge(manager, kept, 999).error().code, ServiceError::Code::NotFound);
    EXPECT_EQ(service->unmerge(manager, 42).error().code, ServiceError::Code::NotFound);
    EXPECT_EQ(
        service->merge(manager, kept, removed, {{QStringLiteral("created_at"), Side::Removed}})
            .error()
            .field,
        QStringLiteral("created_at"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM customers")), 3);
}

// "Not the same customer" (schema 0018).
TEST_F(DuplicateServiceTest, DismissedPairIsNoLongerSuggestedAndUndismissBringsItBack) {
    ASSERT_EQ(service->find(manager).value().size(), 1U);
    const auto done = service->dismiss(manager, {removed, kept});
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(done.value().changed, 1);
    ASSERT_EQ(done.value().pairs.size(), 1U);
    EXPECT_EQ(done.value().pairs[0], std::make_pair(std::int64_t{kept}, std::int64_t{removed}));
    EXPECT_TRUE(service->find(manager).value().empty());
    EXPECT_EQ(test::sqlRows(db(), QStringLiteral("SELECT low_id, high_id, dismissed_at, "
                                                 "dismissed_by FROM duplicate_dismissals")),
              QStringList{QStringLiteral("%1|%2|%3|%4")
                              .arg(kept)
                              .arg(removed)
                              .arg(now.toString(Qt::ISODate))
                              .arg(manager.id)});
    const QString audited = QStringLiteral(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'customer.not_duplicate' AND "
        "entity = 'customer' AND entity_id = %1 AND after_json = '{\"pairs\":[[%1,%2]]}'");
    EXPECT_EQ(count(audited.arg(kept).arg(removed)), 1);

    // Marked already: nothing changes, nothing more is audited.
    const auto again = service->dismiss(manager, {kept, removed});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().changed, 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'customer.not_duplicate'")),
              1);

    const auto undone = service->undismiss(manager, {kept, removed});
    ASSERT_TRUE(undone.ok()) << undone.error().message.toStdString();
    EXPECT_EQ(undone.value().changed, 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM duplicate_dismissals")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'customer.not_duplicate_undo'")),
              1);
    // The pairs unmarked are the record's old state (the mark's audit record had them as new).
    EXPECT_EQ(count(QStringLiteral(
                        "SELECT COUNT(*) FROM audit_log WHERE action = "
                        "'customer.not_duplicate_undo' AND entity = 'customer' AND entity_id = %1 "
                        "AND before_json = '{\"pairs\":[[%1,%2]]}' AND after_json IS NULL")
                        .arg(kept)
                        .arg(removed)),
              1);
    EXPECT_EQ(service->find(manager).value().size(), 1U);
    EXPECT_EQ(service->undismiss(manager, {kept, removed}).value().changed, 0);
}

TEST_F(DuplicateServiceTest, DismissingAGroupMarksEveryPairAndBadIdsChangeNothing) {
    const auto done = service->dismiss(manager, {other, removed, kept, kept});
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done.value().changed, 3);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM duplicate_dismissals")), 3);
    ASSERT_TRUE(service->undismiss(manager, {kept, removed, other}).ok());

    EXPECT_EQ(service->dismiss(advisor, {kept, removed}).error().code, ServiceError::Code::Denied);
    EXPECT_EQ(service->undismiss(advisor, {kept, removed}).error().code,
              ServiceError::Code::Denied);
    EXPECT_EQ(service->dismiss(manager, {kept}).error().field, QStringLiteral("ids"));
    EXPECT_EQ(service->dismiss(manager, {kept, kept}).error().field, QStringLiteral("ids"));
    EXPECT_EQ(service->undismiss(manager, {}).error().field, QStringLiteral("ids"));
    EXPECT_EQ(service->dismiss(manager, {kept, removed, 999}).error().code,
              ServiceError::Code::NotFound);
    ASSERT_TRUE(PrivacyService(db(), clock()).erase(manager, other).ok());
    EXPECT_EQ(service->dismiss(manager, {kept, other}).error().field, QStringLiteral("customer"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM duplicate_dismissals")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE "
                                   "'customer.not_duplicate%'")),
              2);
}

TEST_F(DuplicateServiceTest, MergeSetsTheRemovedCustomersMarksAsideAndUndoPutsThemBack) {
    ASSERT_TRUE(service->dismiss(manager, {kept, other}).ok());
    ASSERT_TRUE(service->dismiss(manager, {removed, other}).ok());
    ASSERT_TRUE(service->dismiss(manager, {kept, removed}).ok());
    const QStringList before = dump();
    const auto merged = service->merge(manager, kept, removed);
    ASSERT_TRUE(merged.ok()) << merged.error().message.toStdString();
    // Only the kept customer's own mark with "other" stays; the marks of the removed customer
    // (with "other", and with the kept customer itself) are in the merge record.
    EXPECT_EQ(test::sqlRows(db(), QStringLiteral("SELECT low_id, high_id FROM "
                                                 "duplicate_dismissals")),
              QStringList{QStringLiteral("%1|%2").arg(kept).arg(other)});
    int marks = 0;  // listed per column (low_id, high_id)
    for (const auto& [table, n] : merged.value().rows) {
        marks += table == u"duplicate_dismissals" ? n : 0;
    }
    EXPECT_EQ(marks, 2);
    ASSERT_TRUE(service->unmerge(manager, merged.value().mergeId).ok());
    EXPECT_EQ(dump(), before);
}

TEST_F(DuplicateServiceTest, ErasingACustomerDeletesItsMarks) {
    ASSERT_TRUE(service->dismiss(manager, {kept, removed, other}).ok());
    ASSERT_TRUE(PrivacyService(db(), clock()).erase(manager, other).ok());
    EXPECT_EQ(test::sqlRows(db(), QStringLiteral("SELECT low_id, high_id FROM "
                                                 "duplicate_dismissals")),
              QStringList{QStringLiteral("%1|%2").arg(kept).arg(removed)});
    // Deleting a customer row deletes its marks (ON DELETE CASCADE).
    const auto fourth = addCustomer(QStringLiteral("赵四"), QStringLiteral("13700001111"));
    ASSERT_TRUE(service->dismiss(manager, {kept, fourth}).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM duplicate_dismissals")), 2);
    exec(QStringLiteral("DELETE FROM search_pinyin WHERE customer_id = %1").arg(fourth));
    exec(QStringLiteral("DELETE FROM customers WHERE id = %1").arg(fourth));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM duplicate_dismissals")), 1);
}

TEST_F(DuplicateServiceTest, UndoSkipsAMarkWhoseOtherCustomerIsGoneSince) {
    const auto fourth = addCustomer(QStringLiteral("赵四"), QStringLiteral("13700001111"));
    ASSERT_TRUE(service->dismiss(manager, {removed, fourth}).ok());
    const auto first = service->merge(manager, kept, removed);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    // The other customer of the set-aside mark is merged away in the meantime.
    ASSERT_TRUE(service->merge(manager, other, fourth).ok());
    const auto undone = service->unmerge(manager, first.value().mergeId);
    ASSERT_TRUE(undone.ok()) << undone.error().message.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = %1").arg(removed)),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM duplicate_dismissals")), 0);
}

}  // namespace
}  // namespace hc::services
