// PrivacyService on a real database file: PIPL export of everything held about one customer,
// erasure (nothing personal left in any table), visits kept for the statistics, bulk
// anonymisation of customers without contact.
#include "ServiceFixture.h"
#include "SqlRows.h"
#include "hc/domain/CustomerAnonymisation.h"
#include "hc/services/AnalysisService.h"
#include "hc/services/AuditService.h"
#include "hc/services/PrivacyService.h"
#include "hc/services/SearchService.h"
#include "hc/services/SettingsService.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/PrivacyRepository.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QSqlQuery>

#include <thread>

#include <gtest/gtest.h>

namespace hc::services {
namespace {

using nlohmann::json;

const QString kName = QStringLiteral("刘春江");
const QString kPhone = QStringLiteral("13812345678");
const QString kPhone2 = QStringLiteral("13987654321");
const QString kIdNumber = QStringLiteral("610102198001011234");
const QString kAddress = QStringLiteral("西安市雁塔区科技路88号");
const QString kPlate = QStringLiteral("陕A12345");
const QString kVin = QStringLiteral("1M8GDM9AXKP042788");
const QString kEngine = QStringLiteral("ENG778899");
const QString kNote = QStringLiteral("老客户备注春江");
const QString kAdvice = QStringLiteral("建议春江下次更换轮胎");
const QString kCallNote = QStringLiteral("春江说月底再来");
const QString kComplaint = QStringLiteral("春江投诉等待太久");

class PrivacyServiceTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        target = addCustomer(kName, kPhone, QDate(2020, 1, 1));
        other =
            addCustomer(QStringLiteral("王大户"), QStringLiteral("13900001111"), QDate(2020, 1, 1));
        car = addVehicle(target, kPlate, kVin);
        addVehicle(other, QStringLiteral("陕A88888"), {});
        firstVisit = addVisit(target, car, QDate(2025, 6, 20), 25000, 30000, kAdvice);
        addVisit(target, car, QDate(2025, 12, 20), 30000, 50000, {});
        addVisit(other, std::nullopt, QDate(2026, 5, 2), std::nullopt, 100000, {});
        exec(QStringLiteral("UPDATE customers SET phone2 = '%1', id_number = '%2', address = '%3', "
                            "postal_code = '710065', birthday = '1980-01-01', gender = 'male', "
                            "note = '%4' WHERE id = %5")
                 .arg(kPhone2, kIdNumber, kAddress, kNote)
                 .arg(target));
        exec(QStringLiteral("UPDATE vehicles SET engine_no = '%1', key_no = 'K-17' WHERE id = %2")
                 .arg(kEngine)
                 .arg(car));
        exec(QStringLiteral("UPDATE vehicle_owners SET note = '%1' WHERE customer_id = %2")
                 .arg(kNote)
                 .arg(target));
        exec(QStringLiteral(
                 "INSERT INTO calls (id, customer_id, vehicle_id, visit_id, kind, called_at, "
                 "call_date, outcome, note) VALUES (1, %1, %2, %3, 'post_service', "
                 "'2025-06-23T10:00:00', '2025-06-23', 'reached', '%4')")
                 .arg(target)
                 .arg(car)
                 .arg(firstVisit)
                 .arg(kCallNote));
        exec(
            QStringLiteral("INSERT INTO satisfaction_answers (call_id, item_id, score) "
                           "SELECT 1, id, 4 FROM satisfaction_items"));
        exec(QStringLiteral(
                 "INSERT INTO complaints (id, customer_id, vehicle_id, description, received_at, "
                 "resolution, created_at, updated_at) VALUES (1, %1, %2, '%3', "
                 "'2025-06-25T09:00:00', '%4', '2025-06-25T09:00:00', '2025-06-25T09:00:00')")
                 .arg(target)
                 .arg(car)
                 .arg(kComplaint, kNote));
        exec(QStringLiteral("INSERT INTO complaint_events (complaint_id, at, to_status, note) "
                            "VALUES (1, '2025-06-25T09:00:00', 'received', '%1')")
                 .arg(kCallNote));
        exec(
            QStringLiteral("INSERT INTO campaigns (id, name, start_date, created_at) VALUES "
                           "(1, '秋季保养', '2025-09-01', '2025-09-01T08:00:00')"));
        exec(QStringLiteral("INSERT INTO campaign_invites (campaign_id, customer_id, invited_at) "
                            "VALUES (1, %1, '2025-09-01T08:00:00')")
                 .arg(target));
        exec(
            QStringLiteral("INSERT INTO report_runs (id, period, kind, as_of, created_at) VALUES "
                           "(1, '2025-12', 'abc', '2025-12-31', '2025-12-31T20:00:00')"));
        exec(QStringLiteral("INSERT INTO report_run_rows (run_id, customer_id, rank, grade, "
                            "amount_fen) VALUES (1, %1, 1, 'A', 80000)")
                 .arg(target));
        // As CustomerService writes it: the record of the creation names the customer.
        storage::AuditRepository(db()).append(
            now, manager.id, QStringLiteral("customer.create"), QStringLiteral("customer"), target,
            {}, QString::fromStdString(json{{"name", kName.toStdString()}}.dump()));
        ASSERT_TRUE(SearchService(db()).refreshIndex().ok());
        privacy = std::make_unique<PrivacyService>(db(), clock());
    }

    void exec(const QString& sql) {
        QSqlQuery q(db().connection());
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
    }

    domain::CustomerId addCustomer(const QString& name, const QString& phone,
                                   const QDate& created) {
        domain::Customer c;
        c.name = name;
        c.phone = phone;
        c.createdAt = c.updatedAt = QDateTime(created, QTime(8, 0));
        return storage::CustomerRepository(db()).insert(c);
    }

    domain::VehicleId addVehicle(domain::CustomerId owner, const QString& plate,
                                 const QString& vin) {
        domain::Vehicle v;
        v.customerId = owner;
        v.plate = plate;
        v.vin = vin;
        v.model = QStringLiteral("朗逸");
        return storage::VehicleRepository(db()).insert(v, QDate(2024, 1, 1));
    }

    domain::VisitId addVisit(domain::CustomerId customer, std::optional<domain::VehicleId> vehicle,
                             const QDate& date, std::optional<int> km, domain::Fen amount,
                             const QString& advice) {
        domain::Visit v;
        v.customerId = customer;
        v.vehicleId = vehicle;
        v.date = date;
        v.mileage = km;
        v.category = QStringLiteral("maintenance");
        v.amountFen = amount;
        v.recommendations = advice;
        v.createdAt = now;
        return storage::VisitRepository(db()).insert(v);
    }

    /// Every text value of every table (FTS shadow tables included), as "table.column=value".
    QStringList allTexts(const QStringList& skipTables = {}) {
        QStringList out;
        const auto tables = test::sqlRows(
            db(),
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        for (const QString& table : tables) {
            if (skipTables.contains(table)) {
                continue;
            }
            QSqlQuery q(db().connection());
            EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i) {
                    const QVariant v = q.value(i);
                    const QString text = v.typeId() == QMetaType::QByteArray
                                             ? QString::fromUtf8(v.toByteArray())
                                             : v.toString();
                    out << table + QLatin1Char('.') + q.record().fieldName(i) + QLatin1Char('=') +
                               text;
                }
            }
        }
        return out;
    }

    /// The personal values of the customer that appear in `texts`.
    static QStringList leaks(const QStringList& texts) {
        QStringList found;
        for (const QString& secret :
             {kName, QStringLiteral("春江"), kPhone, QStringLiteral("12345678"), kPhone2, kIdNumber,
              kAddress, kPlate, QStringLiteral("A12345"), kVin, kEngine, kNote, kAdvice, kCallNote,
              kComplaint}) {
            for (const QString& t : texts) {
                if (t.contains(secret)) {
                    found << secret + QStringLiteral(" in ") + t;
                }
            }
        }
        return found;
    }

    json exportJson() {
        const auto r = privacy->exportCustomer(manager, target, QStringLiteral("json"), {}, {});
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? json::parse(r.value().toJson().toStdString()) : json{};
    }

    std::unique_ptr<PrivacyService> privacy;
    domain::CustomerId target = 0;
    domain::CustomerId other = 0;
    domain::VehicleId car = 0;
    domain::VisitId firstVisit = 0;
};

TEST_F(PrivacyServiceTest, ExportHoldsTheRowsOfEveryTableAboutTheCustomer) {
    const json j = exportJson();
    EXPECT_EQ(j["customer_id"], target);
    EXPECT_TRUE(j["erased_at"].is_null());
    const json& t = j["tables"];
    ASSERT_EQ(t["customers"].size(), 1U);
    EXPECT_EQ(t["customers"][0]["name"], kName.toStdString());
    EXPECT_EQ(t["customers"][0]["phone"], kPhone.toStdString());
    EXPECT_EQ(t["customers"][0]["id_number"], kIdNumber.toStdString());
    EXPECT_EQ(t["customers"][0]["address"], kAddress.toStdString());
    ASSERT_EQ(t["vehicles"].size(), 1U);
    EXPECT_EQ(t["vehicles"][0]["plate"], kPlate.toStdString());
    EXPECT_EQ(t["vehicles"][0]["vin"], kVin.toStdString());
    EXPECT_EQ(t["vehicle_owners"].size(), 1U);
    ASSERT_EQ(t["visits"].size(), 2U);
    EXPECT_EQ(t["visits"][0]["amount_fen"], 30000);  // numbers stay numbers
    EXPECT_EQ(t["calls"].size(), 1U);
    EXPECT_EQ(t["satisfaction_answers"].size(), 5U);
    EXPECT_EQ(t["complaints"].size(), 1U);
    EXPECT_EQ(t["complaint_events"].size(), 1U);
    EXPECT_EQ(t["campaign_invites"].size(), 1U);
    EXPECT_EQ(t["report_run_rows"].size(), 1U);
    ASSERT_GE(t["audit_log"].size(), 1U);
    EXPECT_EQ(t["audit_log"][0]["action"], "customer.create");
    // Nothing of the other customer.
    EXPECT_EQ(j.dump().find("王大户"), std::string::npos);
    EXPECT_EQ(j.dump().find("陕A88888"), std::string::npos);
}

TEST_F(PrivacyServiceTest, ExportReadsEveryTableThatHasACustomerColumn) {
    // A table added by a later migration with a customer_id column must be in the export list
    // (storage::PrivacyRepository) — and its personal columns in the erasure steps.
    const QStringList listed = storage::PrivacyRepository::exportTables();
    const auto tables = test::sqlRows(
        db(), QStringLiteral("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND "
                             "EXISTS (SELECT 1 FROM pragma_table_info(m.name) c "
                             "WHERE c.name = 'customer_id')"));
    ASSERT_FALSE(tables.isEmpty());
    for (const QString& table : tables) {
        if (table == u"search_pinyin") {
            continue;  // the search index: removed by the erasure, not data about the customer
        }
        EXPECT_TRUE(listed.contains(table)) << table.toStdString();
    }
}

TEST_F(PrivacyServiceTest, ExportIsManagerOnlyAuditedAndWritesTheJsonFile) {
    const QString file = temp.filePath(QStringLiteral("export.json"));
    const auto refused = privacy->exportCustomer(
        advisor, target, QStringLiteral("json"), file,
        [&](const CustomerDataExport& d) { return PrivacyService::writeJsonFile(d, file); });
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ServiceError::Code::Denied);
    EXPECT_FALSE(QFile::exists(file));

    const auto r = privacy->exportCustomer(
        manager, target, QStringLiteral("json"), file,
        [&](const CustomerDataExport& d) { return PrivacyService::writeJsonFile(d, file); });
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const json j = json::parse(f.readAll().toStdString());
    EXPECT_EQ(j["tables"]["customers"][0]["name"], kName.toStdString());
    const auto trail = AuditService(db()).trail(QStringLiteral("customer"), target).value();
    ASSERT_FALSE(trail.empty());
    EXPECT_EQ(trail.back().action, QStringLiteral("customer.export"));
    EXPECT_EQ(json::parse(trail.back().afterJson.toStdString())["format"], "json");

    const auto missing = privacy->exportCustomer(manager, 9999, QStringLiteral("json"), {}, {});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ServiceError::Code::NotFound);
}

TEST_F(PrivacyServiceTest, ExportFileIsRemovedWhenTheWriterFails) {
    const QString file = temp.filePath(QStringLiteral("fail.json"));
    const auto r = privacy->exportCustomer(manager, target, QStringLiteral("json"), file,
                                           [&](const CustomerDataExport&) -> VoidResult {
                                               QFile(file).open(QIODevice::WriteOnly);
                                               ServiceError e;
                                               e.code = ServiceError::Code::Failed;
                                               return e;
                                           });
    EXPECT_FALSE(r.ok());
    const auto trail = AuditService(db()).trail(QStringLiteral("customer"), target).value();
    EXPECT_EQ(trail.back().action, QStringLiteral("customer.create"));  // record rolled back
}

TEST_F(PrivacyServiceTest, EraseLeavesNothingPersonalInAnyTable) {
    ASSERT_FALSE(leaks(allTexts()).isEmpty());  // the check can see them before
    const auto r = privacy->erase(manager, target);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_FALSE(r.value().backupFile.isEmpty());
    EXPECT_TRUE(QFile::exists(r.value().backupFile));

    // Every text column of every table, FTS shadow tables included, the audit log too: the
    // records written before the erasure are redacted (schema v17, docs/security.md).
    const QStringList found = leaks(allTexts());
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();

    // The erasure's own record names the customer by id and counts only.
    const auto trail = AuditService(db()).trail(QStringLiteral("customer"), target).value();
    ASSERT_FALSE(trail.empty());
    const auto& record = trail.back();
    EXPECT_EQ(record.action, QStringLiteral("customer.erase"));
    EXPECT_TRUE(leaks({record.beforeJson, record.afterJson}).isEmpty());
    const json after = json::parse(record.afterJson.toStdString());
    EXPECT_EQ(after["tables"]["customers"], 1);
    EXPECT_EQ(after["tables"]["visits"], 2);
    EXPECT_EQ(after["tables"]["vehicles"], 1);
    EXPECT_EQ(after["tables"]["audit_log"], 1);  // the customer.create record of the fixture
    EXPECT_TRUE(storage::AuditRepository(db()).verifyChain().ok);

    // The replacement name, and the other customer untouched.
    EXPECT_EQ(
        test::sqlRows(
            db(), QStringLiteral("SELECT name, phone FROM customers WHERE id = %1").arg(target)),
        QStringList{domain::CustomerAnonymisation::erasedName(target) + QStringLiteral("|NULL")});
    EXPECT_EQ(
        test::sqlRows(db(),
                      QStringLiteral("SELECT name, phone FROM customers WHERE id = %1").arg(other)),
        QStringList{QStringLiteral("王大户|13900001111")});
    EXPECT_EQ(
        test::sqlRows(
            db(), QStringLiteral("SELECT plate FROM vehicles WHERE customer_id = %1").arg(other)),
        QStringList{QStringLiteral("陕A88888")});
}

TEST_F(PrivacyServiceTest, ASiblingErasesOnAThreadOfItsOwnWithTheSameBackupAndCheck) {
    // The app erases off the GUI thread (issue 9 item 11): a service on a connection of its own,
    // opened, used and closed on that thread; the result is the same as on the first connection.
    services::Result<services::CustomerErasure> r = services::ServiceError{};
    std::thread job([&] {
        auto own = privacy->openSibling();
        ASSERT_NE(own, nullptr);
        r = own->erase(manager, target);
    });
    job.join();
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_TRUE(QFile::exists(r.value().backupFile));
    const QStringList found = leaks(allTexts());  // read on the first connection
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
    const auto again = privacy->erase(manager, target);
    EXPECT_FALSE(again.ok()) << "erased already, as the first connection sees";
}

TEST_F(PrivacyServiceTest, EraseRedactsTheEarlierAuditRecordsAndTheChainStillVerifies) {
    storage::AuditRepository audit(db());
    const auto record = [&](const QString& action, const QString& entity, std::int64_t id,
                            const json& after) {
        return audit.append(now, manager.id, action, entity, id, {},
                            QString::fromStdString(after.dump()));
    };
    const auto vehicleRow =
        record(QStringLiteral("vehicle.create"), QStringLiteral("vehicle"), car,
               {{"plate", kPlate.toStdString()}, {"vin", kVin.toStdString()}, {"model", "朗逸"}});
    const auto visitRow =
        record(QStringLiteral("visit.create"), QStringLiteral("visit"), firstVisit,
               {{"recommendations", kAdvice.toStdString()}, {"amount_fen", 30000}});
    const auto walkinRow =
        record(QStringLiteral("walkin.create"), QStringLiteral("customer"), target,
               {{"customer", {{"name", kName.toStdString()}, {"phone", kPhone.toStdString()}}},
                {"visit", {{"amount_fen", 1200}, {"category", "maintenance"}}},
                {"summary", ("致电 " + kPhone).toStdString()}});
    const auto otherRow = record(QStringLiteral("customer.create"), QStringLiteral("customer"),
                                 other, {{"name", "王大户"}});
    const QString otherBefore = test::sqlRows(
        db(), QStringLiteral("SELECT after_json FROM audit_log WHERE id = %1").arg(otherRow))[0];

    const auto r = privacy->erase(manager, target);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const QStringList found = leaks(allTexts());
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
    const auto check = audit.verifyChain();
    EXPECT_TRUE(check.ok) << check.problem.toStdString();

    // What is not personal stays; the other customer's record is untouched.
    const auto afterOf = [&](std::int64_t id) {
        return json::parse(
            test::sqlRows(
                db(), QStringLiteral("SELECT after_json FROM audit_log WHERE id = %1").arg(id))[0]
                .toStdString());
    };
    EXPECT_EQ(afterOf(vehicleRow)["model"], "朗逸");
    EXPECT_EQ(afterOf(visitRow)["amount_fen"], 30000);
    EXPECT_EQ(afterOf(walkinRow)["visit"]["amount_fen"], 1200);
    EXPECT_EQ(afterOf(walkinRow)["customer"]["name"], "已删除");
    EXPECT_EQ(test::sqlRows(db(), QStringLiteral("SELECT after_json, redacted_by IS NULL FROM "
                                                 "audit_log WHERE id = %1")
                                      .arg(otherRow)),
              QStringList{otherBefore + QStringLiteral("|1")});

    // Who and when: one 'audit.redact' record by the manager, listing the redacted rows.
    const auto redactions = test::sqlRows(
        db(), QStringLiteral("SELECT id, user_id, entity_id, after_json FROM audit_log WHERE "
                             "action = 'audit.redact'"));
    ASSERT_EQ(redactions.size(), 1);
    const QStringList parts = redactions[0].split(QLatin1Char('|'));
    EXPECT_EQ(parts[1], QString::number(manager.id));
    EXPECT_EQ(parts[2], QString::number(target));
    const json listed = json::parse(parts[3].toStdString());
    // The fixture's customer.create and the vehicle, visit and walk-in records above.
    EXPECT_EQ(listed["rows"].size(), 4u);
    EXPECT_EQ(test::sqlRows(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                 "redacted_by = %1")
                                      .arg(parts[0])),
              QStringList{QString::number(listed["rows"].size())});

    // An edit of a redacted row after the erasure is found.
    db().execScript(QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET at = "
                                   "'2020-01-01T00:00:00' WHERE id = %1")
                        .arg(visitRow));
    EXPECT_EQ(audit.verifyChain().firstBadId, visitRow);
}

TEST_F(PrivacyServiceTest, EraseKeepsVisitsAndAmountsAndLeavesTheCustomerInvalid) {
    const QDate asOf(2026, 6, 15);
    const AnalysisService analysis(db());
    const auto classesBefore = analysis.classify(asOf).value();
    const auto abcBefore = analysis.abc(asOf).value();
    const auto visitsBefore = test::sqlRows(
        db(), QStringLiteral("SELECT customer_id, vehicle_id, visit_date, mileage, amount_fen, "
                             "category FROM visits ORDER BY id"));

    ASSERT_TRUE(privacy->erase(manager, target).ok());

    EXPECT_EQ(test::sqlRows(db(), QStringLiteral("SELECT customer_id, vehicle_id, visit_date, "
                                                 "mileage, amount_fen, category FROM visits "
                                                 "ORDER BY id")),
              visitsBefore);
    EXPECT_EQ(
        test::sqlRows(db(), QStringLiteral("SELECT model FROM vehicles WHERE id = %1").arg(car)),
        QStringList{QStringLiteral("朗逸")});
    // Every customer is still classified, with the same visits; the erased one has no contact
    // left, so (domain.md §1) it counts as invalid: never called again, not in the ABC ranking.
    const auto classesAfter = analysis.classify(asOf).value();
    ASSERT_EQ(classesAfter.customers.size(), classesBefore.customers.size());
    for (std::size_t i = 0; i < classesAfter.customers.size(); ++i) {
        const auto& a = classesAfter.customers[i];
        const auto& b = classesBefore.customers[i];
        EXPECT_EQ(a.firstVisit, b.firstVisit);
        EXPECT_EQ(a.lastVisit, b.lastVisit);
        EXPECT_EQ(a.isNew, b.isNew);
        if (a.id == target) {
            EXPECT_EQ(a.cls, domain::CustomerClass::Invalid);
            EXPECT_TRUE(a.phone.isEmpty());
        } else {
            EXPECT_EQ(a.cls, b.cls);
        }
    }
    const auto abcAfter = analysis.abc(asOf).value();
    ASSERT_EQ(abcBefore.rows.size(), 2U);
    ASSERT_EQ(abcAfter.rows.size(), 1U);
    EXPECT_EQ(abcAfter.rows.front().row.customerId, other);
    EXPECT_EQ(abcAfter.totalFen, abcBefore.totalFen - 80000);  // the target's 300 + 500 yuan
}

TEST_F(PrivacyServiceTest, ErasedCustomerIsNotFoundByTheOldNamePhonePlateOrVin) {
    SearchService search(db());
    ASSERT_FALSE(search.search(kPhone).value().empty());
    ASSERT_TRUE(privacy->erase(manager, target).ok());
    for (const QString& q :
         {kName, QStringLiteral("春江"), QStringLiteral("liuchunjiang"), QStringLiteral("lcj"),
          kPhone, QStringLiteral("5678"), kPlate, QStringLiteral("A12345"), kVin.left(8)}) {
        const auto hits = search.search(q);
        ASSERT_TRUE(hits.ok());
        for (const auto& hit : hits.value()) {
            EXPECT_NE(hit.customerId, target) << q.toStdString();
        }
    }
    // Also after the whole index is rebuilt (application start).
    ASSERT_TRUE(search.rebuildIndex().ok());
    for (const QString& q : {kName, kPhone, kPlate, QStringLiteral("lcj")}) {
        const auto hits = search.search(q);
        ASSERT_TRUE(hits.ok());
        for (const auto& hit : hits.value()) {
            EXPECT_NE(hit.customerId, target) << q.toStdString();
        }
    }
}

TEST_F(PrivacyServiceTest, EraseIsManagerOnlyAndOnlyOnce) {
    const auto refused = privacy->erase(advisor, target);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ServiceError::Code::Denied);
    EXPECT_EQ(
        test::sqlRows(db(), QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(target)),
        QStringList{kName});
    ASSERT_TRUE(privacy->erase(manager, target).ok());
    const auto again = privacy->erase(manager, target);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ServiceError::Code::Invalid);
    const auto missing = privacy->erase(manager, 9999);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ServiceError::Code::NotFound);
    // An export after the erasure says so.
    const json j = exportJson();
    EXPECT_FALSE(j["erased_at"].is_null());
}

struct CutoffCase {
    const char* name;
    int years;                   ///< the stored setting
    const char* asOf;            ///< the day of the run
    std::vector<bool> expected;  ///< target (last contact 2025-12-20), other (2026-05-02)
};

class PrivacyCutoffTest : public PrivacyServiceTest,
                          public ::testing::WithParamInterface<CutoffCase> {};

TEST_P(PrivacyCutoffTest, DryRunListsCustomersWithoutContactSinceTheCutoff) {
    const auto& c = GetParam();
    SettingsService settings(db(), clock());
    domain::PrivacySettings p;
    p.inactiveYears = c.years;
    ASSERT_TRUE(settings.savePrivacy(manager, p).ok());
    const auto r =
        privacy->inactive(manager, QDate::fromString(QString::fromLatin1(c.asOf), Qt::ISODate));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value().years, c.years);
    const auto& ids = r.value().customerIds;
    const bool hasTarget = std::find(ids.begin(), ids.end(), target) != ids.end();
    const bool hasOther = std::find(ids.begin(), ids.end(), other) != ids.end();
    EXPECT_EQ(hasTarget, c.expected[0]) << c.name;
    EXPECT_EQ(hasOther, c.expected[1]) << c.name;
    EXPECT_FALSE(r.value().done);
    // A dry run changes nothing.
    EXPECT_EQ(test::sqlRows(db(), QStringLiteral("SELECT count(*) FROM customers WHERE erased_at "
                                                 "IS NOT NULL")),
              QStringList{QStringLiteral("0")});
}

// The target's last contact is the visit of 2025-12-20 (the call 2025-06-23 and complaint
// 2025-06-25 are earlier); the other's the visit of 2026-05-02.
INSTANTIATE_TEST_SUITE_P(
    Cases, PrivacyCutoffTest,
    ::testing::Values(
        CutoffCase{"three years, nobody", 3, "2026-06-15", {false, false}},
        CutoffCase{"one year, the day after", 1, "2026-12-21", {true, false}},
        CutoffCase{
            "one year, exactly a year: not before the cut-off", 1, "2026-12-20", {false, false}},
        CutoffCase{"three years later, both", 3, "2029-05-03", {true, true}},
        CutoffCase{"three years, the other's anniversary", 3, "2029-05-02", {true, false}}),
    [](const auto& info) { return "Case" + std::to_string(info.index); });

TEST_F(PrivacyServiceTest, AnonymiseInactiveErasesThemAllInOneAuditedRun) {
    const QDate asOf(2027, 1, 1);
    const auto refused = privacy->anonymiseInactive(advisor, asOf, 1);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ServiceError::Code::Denied);
    const auto bad = privacy->inactive(manager, asOf, 0);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, QStringLiteral("years"));

    const auto r = privacy->anonymiseInactive(manager, asOf, 1);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_TRUE(r.value().done);
    EXPECT_EQ(r.value().cutoff, QDate(2026, 1, 1));
    EXPECT_EQ(r.value().customerIds, std::vector<std::int64_t>{target});
    EXPECT_TRUE(leaks(allTexts()).isEmpty());
    EXPECT_TRUE(storage::AuditRepository(db()).verifyChain().ok);
    EXPECT_EQ(
        test::sqlRows(db(), QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(other)),
        QStringList{QStringLiteral("王大户")});
    const auto recent = AuditService(db()).trail(QStringLiteral("customer"), std::nullopt);
    ASSERT_TRUE(recent.ok());
    bool found = false;
    for (const auto& a : recent.value()) {
        if (a.action == u"privacy.anonymise") {
            found = true;
            const json j = json::parse(a.afterJson.toStdString());
            EXPECT_EQ(j["customers"], 1);
            EXPECT_EQ(j["years"], 1);
            EXPECT_EQ(j["cutoff"], "2026-01-01");
        }
    }
    EXPECT_TRUE(found);
    // Once anonymised, not listed again.
    EXPECT_TRUE(privacy->inactive(manager, asOf, 1).value().customerIds.empty());
}

TEST_F(PrivacyServiceTest, PrivacySettingIsValidatedExportedAndImported) {
    SettingsService settings(db(), clock());
    EXPECT_EQ(settings.privacy().value().inactiveYears, 3);  // the default
    domain::PrivacySettings p;
    p.inactiveYears = 0;
    const auto refused = settings.savePrivacy(manager, p);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("inactiveYears"));
    json j = json::parse(settings.exportJson().value().toStdString());
    EXPECT_EQ(j["privacy"]["inactiveYears"], 3);
    j["privacy"]["inactiveYears"] = 5;
    ASSERT_TRUE(settings.importJson(manager, QString::fromStdString(j.dump())).ok());
    EXPECT_EQ(settings.privacy().value().inactiveYears, 5);
    j["privacy"]["inactiveYears"] = 99;
    const auto bad = settings.importJson(manager, QString::fromStdString(j.dump()));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, QStringLiteral("privacy.inactiveYears"));
    EXPECT_EQ(settings.privacy().value().inactiveYears, 5);
}

}  // namespace
}  // namespace hc::services

namespace hc::services {
namespace {

TEST_F(PrivacyServiceTest, CreationDayCountsOnlyForCustomersWithoutAnyContact) {
    // Imported today with a visit of 2020: inactive. Registered today, never came: not (yet).
    const auto imported =
        addCustomer(QStringLiteral("导入客户"), QStringLiteral("13700000001"), QDate(2026, 6, 15));
    addVisit(imported, std::nullopt, QDate(2020, 3, 1), std::nullopt, 10000, {});
    const auto fresh =
        addCustomer(QStringLiteral("新客户"), QStringLiteral("13700000002"), QDate(2026, 6, 15));
    const auto ids = privacy->inactive(manager, QDate(2026, 6, 15), 3).value().customerIds;
    EXPECT_NE(std::find(ids.begin(), ids.end(), imported), ids.end());
    EXPECT_EQ(std::find(ids.begin(), ids.end(), fresh), ids.end());
    EXPECT_EQ(std::find(ids.begin(), ids.end(), target), ids.end());
}

}  // namespace
}  // namespace hc::services

namespace hc::services {
namespace {

TEST_F(PrivacyServiceTest, AnonymiseInactiveErasesManyCustomersInOnePass) {
    const auto r = privacy->anonymiseInactive(manager, QDate(2030, 1, 1), 1);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value().customerIds, (std::vector<std::int64_t>{target, other}));
    EXPECT_EQ(test::sqlRows(db(), QStringLiteral("SELECT name FROM customers ORDER BY id")),
              (QStringList{domain::CustomerAnonymisation::erasedName(target),
                           domain::CustomerAnonymisation::erasedName(other)}));
    EXPECT_TRUE(leaks(allTexts({QStringLiteral("audit_log")})).isEmpty());
    const QStringList texts = allTexts({QStringLiteral("audit_log")});
    for (const QString& t : texts) {
        EXPECT_FALSE(t.contains(QStringLiteral("王大户")) || t.contains(QStringLiteral("陕A88888")))
            << t.toStdString();
    }
}

}  // namespace
}  // namespace hc::services
