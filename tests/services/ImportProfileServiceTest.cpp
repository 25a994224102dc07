// The import wizard's saved column mappings: stored under one settings key as the JSON of
// ImportMapping, manager only, audited, replaced by name; and the table import's dry run and
// cancel keep nothing.
#include "ServiceFixture.h"
#include "SqlRows.h"
#include "hc/services/ImportFileReader.h"
#include "hc/services/ImportProfileService.h"
#include "hc/services/VisitImportService.h"
#include "hc/storage/SettingsRepository.h"

#include <gtest/gtest.h>

namespace hc::services {
namespace {

class ImportProfileServiceTest : public test::ServiceFixture {};

TEST_F(ImportProfileServiceTest, SavesReplacesAndReadsProfilesManagerOnly) {
    ImportProfileService profiles(db(), clock());
    EXPECT_TRUE(profiles.profiles(ImportProfileKind::Visits).value().empty());
    ImportMapping m;
    m.columnToField = {{QStringLiteral("牌照"), QStringLiteral("plate")},
                       {QStringLiteral("备注"), QString()}};
    EXPECT_EQ(
        profiles.save(advisor, QStringLiteral("老系统"), ImportProfileKind::Visits, m).error().code,
        ServiceError::Code::Denied);
    EXPECT_EQ(
        profiles.save(manager, QStringLiteral("  "), ImportProfileKind::Visits, m).error().field,
        QStringLiteral("name"));
    ASSERT_TRUE(
        profiles.save(manager, QStringLiteral("老系统"), ImportProfileKind::Visits, m).ok());
    m.columnToField[QStringLiteral("日期")] = QStringLiteral("visit_date");
    ASSERT_TRUE(
        profiles.save(manager, QStringLiteral("老系统"), ImportProfileKind::Visits, m).ok());
    ASSERT_TRUE(
        profiles.save(manager, QStringLiteral("other"), ImportProfileKind::Visits, ImportMapping{})
            .ok());
    const auto read = profiles.profiles(ImportProfileKind::Visits);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read.value().size(), 2u);
    EXPECT_EQ(read.value().at(QStringLiteral("老系统")).columnToField, m.columnToField);
    EXPECT_EQ(test::sqlRows(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                 "'settings.import_profile'")),
              QStringList{QStringLiteral("3")});
}

TEST_F(ImportProfileServiceTest, ProfilesRecordTheirModeAndOldOnesAreVisitProfiles) {
    // Stored before the mode was recorded: no "$mode" key.
    storage::SettingsRepository(db()).put(QStringLiteral("import.profiles"),
                                          QStringLiteral(R"({"旧方案": {"牌照": "plate"}})"), now,
                                          manager.id);
    ImportProfileService profiles(db(), clock());
    ImportMapping customers;
    customers.columnToField = {{QStringLiteral("客户"), QStringLiteral("name")},
                               {QStringLiteral("备用"), QStringLiteral("phone2")}};
    ASSERT_TRUE(
        profiles.save(manager, QStringLiteral("名单"), ImportProfileKind::Customers, customers)
            .ok());
    ImportMapping visits;
    visits.columnToField = {{QStringLiteral("日期"), QStringLiteral("visit_date")}};
    ASSERT_TRUE(
        profiles.save(manager, QStringLiteral("工单"), ImportProfileKind::Visits, visits).ok());

    const auto visitProfiles = profiles.profiles(ImportProfileKind::Visits).value();
    ASSERT_EQ(visitProfiles.size(), 2u);
    EXPECT_EQ(visitProfiles.at(QStringLiteral("旧方案")).columnToField.at(QStringLiteral("牌照")),
              QStringLiteral("plate"));
    EXPECT_EQ(visitProfiles.at(QStringLiteral("工单")).columnToField, visits.columnToField);
    const auto customerProfiles = profiles.profiles(ImportProfileKind::Customers).value();
    ASSERT_EQ(customerProfiles.size(), 1u);
    EXPECT_EQ(customerProfiles.at(QStringLiteral("名单")).columnToField, customers.columnToField);
    // The mode is a key of the stored profile; the old profile is left as it was.
    const auto stored = storage::SettingsRepository(db()).get(QStringLiteral("import.profiles"));
    ASSERT_TRUE(stored.has_value());
    EXPECT_TRUE(stored->contains(QStringLiteral(R"("$mode":"customers")")));
    EXPECT_TRUE(stored->contains(QStringLiteral(R"("$mode":"visits")")));
    EXPECT_TRUE(stored->contains(QStringLiteral(R"("旧方案":{"牌照":"plate"})")));

    // Saved again under the same name for customer lists: it moves to the customer profiles.
    ASSERT_TRUE(
        profiles.save(manager, QStringLiteral("工单"), ImportProfileKind::Customers, customers)
            .ok());
    EXPECT_EQ(profiles.profiles(ImportProfileKind::Visits).value().count(QStringLiteral("工单")),
              0u);
    EXPECT_EQ(profiles.profiles(ImportProfileKind::Customers).value().size(), 2u);

    // A file column named "$mode" cannot be kept in a profile: refused, nothing changed.
    ImportMapping clash;
    clash.columnToField = {{QStringLiteral("$mode"), QStringLiteral("name")}};
    const auto refused =
        profiles.save(manager, QStringLiteral("x"), ImportProfileKind::Visits, clash);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("mapping"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("$mode")));
    EXPECT_EQ(profiles.profiles(ImportProfileKind::Visits).value().count(QStringLiteral("x")), 0u);
}

TEST_F(ImportProfileServiceTest, TableImportDryRunAndCancelKeepNothing) {
    const QByteArray csv = QStringLiteral(
                               "牌照,日期,金额,姓名\n京A12345,2026-01-05,100,Li\n"
                               "京B12345,2026-01-06,200,Wu\n")
                               .toUtf8();
    const auto table = ImportFileReader::read(csv);
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table.value().records.size(), 2u);
    ImportOptions options;
    options.mapping.columnToField = {{QStringLiteral("牌照"), QStringLiteral("plate")}};
    options.dryRun = true;
    VisitImportService import(db(), clock());
    auto dry = import.importVisits(manager, table.value(), options);
    ASSERT_TRUE(dry.ok()) << dry.error().message.toStdString();
    EXPECT_EQ(dry.value().imported, 2);
    EXPECT_EQ(test::sqlRows(db(), QStringLiteral("SELECT count(*) FROM visits")),
              QStringList{QStringLiteral("0")});
    options.dryRun = false;
    options.progress = [](int, int) { return false; };
    const auto cancelled = import.importVisits(manager, table.value(), options);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().field, QStringLiteral("cancelled"));
    EXPECT_EQ(test::sqlRows(db(), QStringLiteral("SELECT count(*) FROM visits")),
              QStringList{QStringLiteral("0")});
    options.progress = {};
    const auto done = import.importVisits(manager, table.value(), options);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(test::sqlRows(db(), QStringLiteral("SELECT count(*) FROM visits")),
              QStringList{QStringLiteral("2")});
}

}  // namespace
}  // namespace hc::services
