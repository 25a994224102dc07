// Imports from an ImportTable (issue 14 items 1, 3, 4): the same data as CSV and as .xlsx give the
// same archive, mapping profiles, dry run, progress and cancel, and the customer list import with
// the visit import's matching.
#include "ServiceFixture.h"
#include "SqlRows.h"
#include "hc/services/CustomerImportService.h"
#include "hc/services/ImportFileReader.h"
#include "hc/services/ImportMapping.h"
#include "hc/services/VisitImportService.h"

#include <QFile>

#include <gtest/gtest.h>

namespace hc::services {
namespace {

using test::sqlRows;

QByteArray data(const char* name) {
    QFile f(QStringLiteral(HC_TEST_DATA_DIR "/xlsx/") + QString::fromUtf8(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

ImportTable tableOf(const QByteArray& bytes, const QString& sheet = {}) {
    auto r = ImportFileReader::read(bytes, sheet);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message.toStdString());
    return r.ok() ? r.value() : ImportTable{};
}

/// Everything an import writes, ids included.
QStringList archive(storage::Database& db) {
    QStringList out;
    for (const char* sql :
         {"SELECT * FROM customers ORDER BY id", "SELECT * FROM vehicles ORDER BY id",
          "SELECT * FROM vehicle_owners ORDER BY 1, 2, 3", "SELECT * FROM visits ORDER BY id"}) {
        out << QString::fromLatin1(sql) << sqlRows(db, QString::fromLatin1(sql));
    }
    return out;
}

int count(storage::Database& db, const char* table) {
    return sqlRows(db, QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))
        .value(0)
        .toInt();
}

class TableImport : public test::ServiceFixture {
protected:
    Result<ImportSummary> importVisits(storage::Database& into, const ImportTable& table,
                                       const ImportOptions& options = {}) {
        // The other databases of a test have no user rows: the system user there.
        const ActingUser user = &into == &db() ? manager : ActingUser{};
        return VisitImportService(into, clock()).importVisits(user, table, options);
    }
    Result<ImportSummary> importCustomers(const ImportTable& table,
                                          const ImportOptions& options = {}) {
        return CustomerImportService(db(), clock()).importCustomers(manager, table, options);
    }
};

TEST_F(TableImport, CsvAndXlsxInBothDateSystemsGiveTheSameArchive) {
    test::TempDatabase fromCsv;
    test::TempDatabase fromXlsx;
    test::TempDatabase from1904;
    const auto csv = importVisits(fromCsv.db(), tableOf(data("visits.csv")));
    const auto xlsx = importVisits(fromXlsx.db(), tableOf(data("visits.xlsx")));
    const auto mac = importVisits(from1904.db(), tableOf(data("visits_1904.xlsx")));
    ASSERT_TRUE(csv.ok() && xlsx.ok() && mac.ok());
    for (const auto* s : {&xlsx.value(), &mac.value()}) {
        EXPECT_EQ(s->rows, csv.value().rows);
        EXPECT_EQ(s->imported, csv.value().imported);
        EXPECT_EQ(s->rejected, csv.value().rejected);
        EXPECT_EQ(s->customersCreated, csv.value().customersCreated);
        EXPECT_EQ(s->vehiclesCreated, csv.value().vehiclesCreated);
    }
    EXPECT_EQ(csv.value().rows, 8);
    EXPECT_EQ(csv.value().imported, 8);
    EXPECT_EQ(csv.value().customersCreated, 4);
    const QStringList expected = archive(fromCsv.db());
    EXPECT_EQ(archive(fromXlsx.db()), expected);
    EXPECT_EQ(archive(from1904.db()), expected);
    // The landline kept its leading zero (as a number it would have lost it and been rejected).
    EXPECT_EQ(sqlRows(fromXlsx.db(), QStringLiteral("SELECT phone FROM customers WHERE name = "
                                                    "'张丽'")),
              QStringList{QStringLiteral("029-81629900")});
    EXPECT_EQ(sqlRows(fromXlsx.db(), QStringLiteral("SELECT amount_fen FROM visits ORDER BY id "
                                                    "LIMIT 2")),
              (QStringList{QStringLiteral("60000"), QStringLiteral("58050")}));
}

TEST_F(TableImport, ByteImportReadsXlsxToo) {
    const auto r = VisitImportService(db(), clock()).importVisits(manager, data("visits.xlsx"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value().imported, 8);
    const auto damaged =
        VisitImportService(db(), clock()).importVisits(manager, data("damaged.xlsx"));
    ASSERT_FALSE(damaged.ok());
    EXPECT_TRUE(damaged.error().message.contains(u".xlsx"));
}

TEST_F(TableImport, RejectsNameTheXlsxRowAndTheColumnAsInTheFile) {
    // The xlsx with a mapping renaming nothing but moving "电话" to be ignored: rows without a
    // plate then have nothing to find their customer by.
    ImportMapping mapping;
    mapping.columnToField[QStringLiteral("车牌号")] = QString();  // ignored
    ImportOptions options;
    options.mapping = mapping;
    const auto r = importVisits(db(), tableOf(data("visits.xlsx")), options);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value().rejected, 1);  // 李强 has no phone
    ASSERT_FALSE(r.value().rejects.empty());
    EXPECT_EQ(r.value().rejects.front().line, 11);  // the sheet's row
    EXPECT_EQ(r.value().rejects.front().column, u"电话");
    EXPECT_TRUE(r.value().rejects.front().original.startsWith(u"李强,,陕E67890"));
}

TEST_F(TableImport, MappingProfileJsonRoundTripAndErrors) {
    const auto m = ImportMapping::fromJson(
        QStringLiteral(R"({"联系方式": "phone", " 车主大名 ": "name", "备注": ""})").toUtf8());
    ASSERT_TRUE(m.ok()) << m.error().message.toStdString();
    EXPECT_EQ(m.value().columnToField.at(QStringLiteral("车主大名")), u"name");  // trimmed
    const auto again = ImportMapping::fromJson(m.value().toJson());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().columnToField, m.value().columnToField);
    EXPECT_EQ(m.value().apply({QStringLiteral("车主大名"), QStringLiteral("联系方式"),
                               QStringLiteral("备注"), QStringLiteral("车牌号")}),
              (QStringList{QStringLiteral("name"), QStringLiteral("phone"), QString(),
                           QStringLiteral("车牌号")}));

    for (const char* bad : {"{", "[1]", R"({"a": 1})", R"({"a": "telephone"})"}) {
        const auto r = ImportMapping::fromJson(QByteArray(bad));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().code, ServiceError::Code::Invalid);
        EXPECT_FALSE(r.error().message.isEmpty());
    }
    const auto unknown = ImportMapping::fromJson(QByteArray(R"({"a": "telephone"})"));
    EXPECT_TRUE(unknown.error().message.contains(u"telephone"));
}

TEST_F(TableImport, MappedColumnWinsOverSynonymsAndRejectsUseTheFileHeader) {
    const QByteArray csv = QStringLiteral(
                               "车牌号,电话,联系方式,进厂日期,金额,姓名\n"
                               "陕A11111,13800000000,13911112222,2016-01-01,100,甲\n"
                               "陕A22222,13800000000,12345,2016-01-02,100,乙\n")
                               .toUtf8();
    const auto m = ImportMapping::fromJson(QByteArray(R"({"联系方式": "phone"})"));
    ASSERT_TRUE(m.ok());
    ImportOptions options;
    options.mapping = m.value();
    const auto r = importVisits(db(), tableOf(csv), options);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value().imported, 1);
    ASSERT_EQ(r.value().rejects.size(), 1u);
    EXPECT_EQ(r.value().rejects[0].column, u"联系方式");
    EXPECT_EQ(r.value().rejects[0].line, 3);
    EXPECT_EQ(sqlRows(db(), QStringLiteral("SELECT phone FROM customers")),
              QStringList{QStringLiteral("13911112222")});
}

TEST_F(TableImport, DryRunCountsEverythingAndWritesNothing) {
    const ImportTable table = tableOf(data("visits.xlsx"));
    ImportOptions dry;
    dry.dryRun = true;
    const QStringList before = archive(db());
    const int audits = count(db(), "audit_log");
    const auto preview = importVisits(db(), table, dry);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(archive(db()), before);
    EXPECT_EQ(count(db(), "audit_log"), audits);
    const auto real = importVisits(db(), table);
    ASSERT_TRUE(real.ok());
    EXPECT_EQ(preview.value().imported, real.value().imported);
    EXPECT_EQ(preview.value().customersCreated, real.value().customersCreated);
    EXPECT_EQ(preview.value().vehiclesCreated, real.value().vehiclesCreated);
    EXPECT_EQ(count(db(), "visits"), 8);
}

TEST_F(TableImport, ProgressReportsAndCancelKeepsNothing) {
    QString csv = QStringLiteral("车牌号,进厂日期,金额,姓名\n");
    for (int i = 0; i < 1200; ++i) {
        csv += QStringLiteral("陕A%1,2016-01-01,100,客户%1\n").arg(10000 + i);
    }
    const ImportTable table = tableOf(csv.toUtf8());
    std::vector<std::pair<int, int>> calls;
    ImportOptions options;
    options.progress = [&](int done, int total) {
        calls.emplace_back(done, total);
        return done < 1000;  // cancel at row 1000
    };
    const auto r = importVisits(db(), table, options);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ServiceError::Code::Failed);
    EXPECT_EQ(r.error().field, u"cancelled");
    EXPECT_EQ(count(db(), "visits"), 0);
    EXPECT_EQ(count(db(), "customers"), 0);
    ASSERT_GE(calls.size(), 3u);
    EXPECT_EQ(calls.front(), std::make_pair(0, 1200));
    EXPECT_EQ(calls.back(), std::make_pair(1000, 1200));

    calls.clear();
    options.progress = [&](int done, int total) {
        calls.emplace_back(done, total);
        return true;
    };
    const auto all = importVisits(db(), table, options);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all.value().imported, 1200);
    EXPECT_EQ(calls.back(), std::make_pair(1200, 1200));

    // The customer import cancels the same way.
    options.progress = [](int, int) { return false; };
    options.mapping.columnToField[QStringLiteral("车主大名")] = QStringLiteral("name");
    const auto c = importCustomers(tableOf(data("customers.csv")), options);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().field, u"cancelled");
}

TEST_F(TableImport, CustomerListNeedsItsNameColumnMapped) {
    const ImportTable table = tableOf(data("customers.xlsx"), QStringLiteral("客户名单"));
    const auto unmapped = importCustomers(table);
    ASSERT_FALSE(unmapped.ok());
    EXPECT_TRUE(unmapped.error().message.contains(u"客户姓名/name"));
    ImportOptions options;
    options.mapping.columnToField[QStringLiteral("车主大名")] = QStringLiteral("name");
    const auto r = importCustomers(table, options);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value().rows, 4);
    EXPECT_EQ(r.value().imported, 4);
    EXPECT_EQ(r.value().customersCreated, 4);
    EXPECT_EQ(r.value().vehiclesCreated, 4);  // 刘春江 has two cars in one row
    EXPECT_EQ(sqlRows(db(), QStringLiteral(
                                "SELECT c.name, v.plate, v.model, v.purchase_date FROM vehicles v "
                                "JOIN customers c ON c.id = v.customer_id ORDER BY v.id LIMIT 2")),
              (QStringList{QStringLiteral("刘春江|陕A12345|奔驰|2013-05-20"),
                           QStringLiteral("刘春江|陕A54321|宝马|2018-03-01")}));
    EXPECT_EQ(sqlRows(db(), QStringLiteral("SELECT phone, phone2, id_number, address FROM "
                                           "customers WHERE name = '赵敏'")),
              QStringList{QStringLiteral("13700001111|029-88776655|NULL|西安市碑林区")});
    // The CSV of the same list adds nothing: every row is matched.
    const auto again = importCustomers(tableOf(data("customers.csv")), options);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().duplicatesSkipped, 4);
    EXPECT_EQ(again.value().customersMatched, 4);
    EXPECT_EQ(again.value().imported, 0);
    EXPECT_EQ(count(db(), "customers"), 4);
}

TEST_F(TableImport, CustomerListMatchesLikeTheVisitImport) {
    ASSERT_TRUE(importVisits(db(), tableOf(data("visits.csv"))).ok());  // 4 customers, 4 cars
    const QByteArray list =
        QStringLiteral(
            "姓名,电话,车牌号,车架号,车型,身份证号\n"
            // by phone: the stored 刘春江, a second car added to him
            "刘春江,13891234501,陕A99999,,哈弗,\n"
            // by plate (no phone): 李强's car, nothing new
            "李强,,陕E67890,,,\n"
            // by VIN: 刘春江's car under another spelling of his name, nothing new
            "刘 春江,,,LSVAA4182E2123456,,\n"
            // new customer, two cars
            "周杰,13512345678,陕A70001/陕A70002,,,11010519491231002X\n"
            // the same new customer again by phone in the same file: matched
            "周杰,13512345678,陕A70002,,,\n"
            // no name and nothing known: rejected
            ",13600009999,,,,\n"
            // bad ID number: rejected with its column
            "吴用,13600008888,,,,110105194912310021\n"
            // nothing to identify the customer by
            "郑和,,,,,\n")
            .toUtf8();
    const auto r = importCustomers(tableOf(list));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const ImportSummary& s = r.value();
    EXPECT_EQ(s.rows, 8);
    EXPECT_EQ(s.imported, 2);
    EXPECT_EQ(s.duplicatesSkipped, 3);
    EXPECT_EQ(s.rejected, 3);
    EXPECT_EQ(s.imported + s.rejected + s.duplicatesSkipped, s.rows);
    EXPECT_EQ(s.customersCreated, 1);
    EXPECT_EQ(s.customersMatched, 4);
    EXPECT_EQ(s.vehiclesCreated, 3);
    EXPECT_EQ(sqlRows(db(), QStringLiteral("SELECT c.name FROM vehicles v JOIN customers c ON "
                                           "c.id = v.customer_id WHERE v.plate = '陕A99999'")),
              QStringList{QStringLiteral("刘春江")});
    EXPECT_EQ(sqlRows(db(), QStringLiteral("SELECT count(*) FROM customers WHERE name = '周杰'")),
              QStringList{QStringLiteral("1")});
    QStringList columns;
    for (const auto& reject : s.rejects) {
        columns << QString::number(reject.line) + QLatin1Char(':') + reject.column;
    }
    EXPECT_EQ(columns, (QStringList{QStringLiteral("7:姓名"), QStringLiteral("8:身份证号"),
                                    QStringLiteral("9:电话")}));
}

}  // namespace
}  // namespace hc::services
