// The import wizard's saved column mappings: stored under one settings key as the JSON of
// ImportMapping, manager only, audited, replaced by name; and the table import's dry run and
// cancel keep nothing.
#include "ServiceFixture.h"
#include "SqlRows.h"
#include "hc/services/ImportFileReader.h"
#include "hc/services/ImportProfileService.h"
#include "hc/services/VisitImportService.h"

#include <gtest/gtest.h>

namespace hc::services {
namespace {

class ImportProfileServiceTest : public test::ServiceFixture {};

TEST_F(ImportProfileServiceTest, SavesReplacesAndReadsProfilesManagerOnly) {
    ImportProfileService profiles(db(), clock());
    EXPECT_TRUE(profiles.profiles().value().empty());
    ImportMapping m;
    m.columnToField = {{QStringLiteral("牌照"), QStringLiteral("plate")},
                       {QStringLiteral("备注"), QString()}};
    EXPECT_EQ(profiles.save(advisor, QStringLiteral("老系统"), m).error().code,
              ServiceError::Code::Denied);
    EXPECT_EQ(profiles.save(manager, QStringLiteral("  "), m).error().field,
              QStringLiteral("name"));
    ASSERT_TRUE(profiles.save(manager, QStringLiteral("老系统"), m).ok());
    m.columnToField[QStringLiteral("日期")] = QStringLiteral("visit_date");
    ASSERT_TRUE(profiles.save(manager, QStringLiteral("老系统"), m).ok());
    ASSERT_TRUE(profiles.save(manager, QStringLiteral("other"), ImportMapping{}).ok());
    const auto read = profiles.profiles();
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read.value().size(), 2u);
    EXPECT_EQ(read.value().at(QStringLiteral("老系统")).columnToField, m.columnToField);
    EXPECT_EQ(test::sqlRows(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                 "'settings.import_profile'")),
              QStringList{QStringLiteral("3")});
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
