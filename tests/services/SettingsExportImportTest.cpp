// SettingsService: export / import (all or nothing, validated, audited), the migration of the
// maintenance interval stored twice by older versions, and the SettingsNotifier.
#include "ServiceFixture.h"
#include "hc/domain/ShopProfile.h"
#include "hc/services/AuditService.h"
#include "hc/services/SettingsNotifier.h"
#include "hc/services/SettingsService.h"
#include "hc/storage/DuplicateRepository.h"
#include "hc/storage/SettingsRepository.h"

#include <QSignalSpy>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <string>

namespace hc::services {
namespace {

using domain::Span;
using nlohmann::json;

class SettingsExportImportTest : public test::ServiceFixture {
protected:
    QString stored(const char* key) {
        return storage::SettingsRepository(db()).get(QString::fromLatin1(key)).value_or(QString());
    }
    int settingsAudits() {
        return static_cast<int>(
            AuditService(db()).trail(QStringLiteral("settings"), std::nullopt).value().size());
    }
    static json parse(const QString& text) { return json::parse(text.toStdString()); }
    static QString dump(const json& j) { return QString::fromStdString(j.dump()); }

    SettingsNotifier notifier;
    SettingsService settings{db(), clock(), &notifier};
};

TEST_F(SettingsExportImportTest, ExportHasEverySectionWithDefaults) {
    const auto out = settings.exportJson();
    ASSERT_TRUE(out.ok());
    const json j = parse(out.value());
    EXPECT_EQ(j["analysis"]["lifecycle"]["loyal"]["count"], 6);
    EXPECT_FALSE(j["analysis"]["lifecycle"].contains("quasiLostUntil"));
    EXPECT_FALSE(j["analysis"]["matrix"].contains("maintenanceInterval"));
    EXPECT_EQ(j["followups"]["maintenance"]["interval"]["count"], 6);
    EXPECT_EQ(j["followups"]["maxNoAnswerAttempts"], 3);
    EXPECT_EQ(j["security"]["maxFailures"], 5);
    EXPECT_EQ(j["followups"]["declined"]["safetyDays"], 7);
    EXPECT_EQ(j["followups"]["declined"]["listDays"], 30);
    EXPECT_EQ(j["customer_base"],
              json({{"marginBp", 10000}, {"minRepeatCustomers", 200}, {"horizonWeeks", 52}}));
    EXPECT_EQ(j["analysis"]["satisfaction"],
              json({{"marginX100", 20}, {"lowestCount", 3}, {"minAnswers", 1}}));
}

TEST_F(SettingsExportImportTest, SatisfactionMarginIsAStoredValidatedSetting) {
    json j = parse(settings.exportJson().value());
    j["analysis"]["satisfaction"]["marginX100"] = 35;
    ASSERT_TRUE(settings.importJson(manager, dump(j)).ok());
    EXPECT_EQ(settings.analysis().value().satisfaction.marginX100, 35);
    j["analysis"]["satisfaction"]["marginX100"] = 500;  // more than the 1–5 scale spans
    const auto refused = settings.importJson(manager, dump(j));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("analysis.satisfaction.marginX100"));
    EXPECT_EQ(settings.analysis().value().satisfaction.marginX100, 35);
}

TEST_F(SettingsExportImportTest, DeclinedWorkAndCustomerBaseSettingsRoundTrip) {
    json j = parse(settings.exportJson().value());
    j["followups"]["declined"] = {
        {"safetyDays", 3}, {"soonDays", 14}, {"laterDays", 120}, {"leadDays", 5}, {"listDays", 45}};
    j["customer_base"] = {{"marginBp", 3500}, {"minRepeatCustomers", 80}, {"horizonWeeks", 26}};
    QSignalSpy customerBaseSpy(&notifier, &SettingsNotifier::customerBaseChanged);
    const auto r = settings.importJson(manager, dump(j));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const auto declined = settings.followUps().value().declined;
    EXPECT_EQ(declined, (domain::DeclinedWorkSettings{3, 14, 120, 5, 45}));
    EXPECT_EQ(settings.customerBase().value(), (domain::CustomerBaseSettings{3500, 80, 26}));
    EXPECT_EQ(customerBaseSpy.count(), 1);
    EXPECT_EQ(parse(settings.exportJson().value()), j);
    int modelAudits = 0;
    for (const auto& e :
         AuditService(db()).trail(QStringLiteral("settings"), std::nullopt).value()) {
        modelAudits += e.action == QLatin1String("settings.customer_base") ? 1 : 0;
    }
    EXPECT_EQ(modelAudits, 1);

    // Only the model section: the rest stays; out of range or mistyped: refused, nothing changed.
    ASSERT_TRUE(
        settings.importJson(manager, QStringLiteral(R"({"customer_base": {"marginBp": 4000}})"))
            .ok());
    EXPECT_EQ(settings.customerBase().value(), (domain::CustomerBaseSettings{4000, 200, 52}));
    EXPECT_EQ(settings.followUps().value().declined.laterDays, 120);
    const std::pair<const char*, const char*> bad[] = {
        {R"({"customer_base": {"marginBp": 0}})", "customer_base.marginBp"},
        {R"({"customer_base": {"minRepeatCustomers": 5}})", "customer_base.minRepeatCustomers"},
        {R"({"customer_base": {"horizonWeeks": "52"}})", "customer_base.horizonWeeks"},
        {R"({"customer_base": {"margin": 10}})", "customer_base.margin"},
        {R"({"followups": {"declined": {"laterDays": 0}}})", "followups.declined.laterDays"},
    };
    for (const auto& [text, field] : bad) {
        const auto refused = settings.importJson(manager, QString::fromUtf8(text));
        ASSERT_FALSE(refused.ok()) << text;
        EXPECT_EQ(refused.error().field, QString::fromLatin1(field)) << text;
    }
    EXPECT_EQ(settings.customerBase().value(), (domain::CustomerBaseSettings{4000, 200, 52}));
}

TEST_F(SettingsExportImportTest, DuplicateScoresRoundTripAndAreValidated) {
    // The duplicate-customer scores are a stored setting like the others: exported, imported
    // (audited), refused out of range. Before, `settings export` left them out.
    json j = parse(settings.exportJson().value());
    ASSERT_TRUE(j.contains("duplicates"));
    EXPECT_EQ(j["duplicates"]["minimumScore"], 50);
    j["duplicates"]["minimumScore"] = 70;
    j["duplicates"]["sameVin"] = 95;
    const auto r = settings.importJson(manager, dump(j));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const auto stored = storage::DuplicateRepository(db()).loadSettings();
    EXPECT_EQ(stored.minimumScore, 70);
    EXPECT_EQ(stored.sameVin, 95);
    EXPECT_EQ(parse(settings.exportJson().value()), j);
    int audits = 0;
    for (const auto& e :
         AuditService(db()).trail(QStringLiteral("settings"), std::nullopt).value()) {
        audits += e.action == QLatin1String("settings.duplicates") ? 1 : 0;
    }
    EXPECT_EQ(audits, 1);
    const auto refused =
        settings.importJson(manager, QStringLiteral(R"({"duplicates": {"minimumScore": 101}})"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("duplicates.minimumScore"));
    EXPECT_EQ(storage::DuplicateRepository(db()).loadSettings().minimumScore, 70);
}

TEST_F(SettingsExportImportTest, AnalysisTabSavesTheModelSettingsInOneTransaction) {
    auto analysis = settings.analysis().value();
    analysis.abc.aThresholdBp = 7500;
    const int before = settingsAudits();
    // Unchanged model settings: only the analysis is saved and audited.
    ASSERT_TRUE(settings.saveAnalysis(manager, analysis, settings.customerBase().value()).ok());
    EXPECT_EQ(settingsAudits(), before + 1);
    // A bad model value: nothing saved, the field named under customer_base.
    analysis.abc.aThresholdBp = 7000;
    const auto bad = settings.saveAnalysis(manager, analysis, {10000, 200, 0});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, QStringLiteral("customer_base.horizonWeeks"));
    EXPECT_EQ(settings.analysis().value().abc.aThresholdBp, 7500);
    EXPECT_EQ(settingsAudits(), before + 1);
    // Both changed: both stored, two audit records, both notified.
    QSignalSpy analysisSpy(&notifier, &SettingsNotifier::analysisChanged);
    QSignalSpy customerBaseSpy(&notifier, &SettingsNotifier::customerBaseChanged);
    ASSERT_TRUE(settings.saveAnalysis(manager, analysis, {5000, 150, 40}).ok());
    EXPECT_EQ(settings.analysis().value().abc.aThresholdBp, 7000);
    EXPECT_EQ(settings.customerBase().value(), (domain::CustomerBaseSettings{5000, 150, 40}));
    EXPECT_EQ(settingsAudits(), before + 3);
    EXPECT_EQ(analysisSpy.count(), 1);
    EXPECT_EQ(customerBaseSpy.count(), 1);
    // Manager only.
    EXPECT_EQ(settings.saveCustomerBase(advisor, {5000, 150, 40}).error().code,
              ServiceError::Code::Denied);
}

TEST_F(SettingsExportImportTest, ImportRoundTripsAndIsAuditedAndNotified) {
    json j = parse(settings.exportJson().value());
    j["analysis"]["lifecycle"]["loyal"] = {{"count", 45}, {"unit", "days"}};
    j["analysis"]["lifecycle"]["notLostUntil"] = {{"count", 90}, {"unit", "days"}};
    j["analysis"]["lifecycle"]["lost"] = {{"count", 180}, {"unit", "days"}};
    j["followups"]["maintenance"]["interval"] = {{"count", 3}, {"unit", "months"}};
    QSignalSpy analysisSpy(&notifier, &SettingsNotifier::analysisChanged);
    QSignalSpy followUpsSpy(&notifier, &SettingsNotifier::followUpsChanged);
    QSignalSpy changedSpy(&notifier, &SettingsNotifier::changed);
    const int before = settingsAudits();
    const auto r = settings.importJson(manager, dump(j));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(settings.analysis().value().lifecycle.loyal, Span::days(45));
    EXPECT_EQ(settings.followUps().value().maintenance.interval, Span::months(3));
    EXPECT_EQ(settingsAudits(),
              before + 6);  // one per section (analysis, followups, security, privacy,
                            // customer_base, duplicates)
    EXPECT_EQ(analysisSpy.count(), 1);
    EXPECT_EQ(followUpsSpy.count(), 1);
    EXPECT_EQ(changedSpy.count(), 1);
    // The export gives back exactly what was imported.
    EXPECT_EQ(parse(settings.exportJson().value()), j);
}

TEST_F(SettingsExportImportTest, TheShopProfileTravelsWithTheSettings) {
    EXPECT_FALSE(parse(settings.exportJson().value()).contains("shop"));  // none stored yet
    domain::ShopProfile shop;
    shop.name = QStringLiteral("城南汽修");
    shop.phone = QStringLiteral("029-88886666");
    ASSERT_TRUE(settings.saveShopProfile(manager, shop).ok());
    json j = parse(settings.exportJson().value());
    ASSERT_TRUE(j.contains("shop"));
    EXPECT_EQ(j["shop"]["name"], "城南汽修");
    j["shop"]["name"] = "城北汽修";
    ASSERT_TRUE(settings.importJson(manager, dump(j)).ok());
    EXPECT_EQ(settings.shopProfile().value().name, QStringLiteral("城北汽修"));
    // A bad phone in the file: refused with its field, nothing changed (all or nothing).
    j["shop"]["name"] = "第三家";
    j["shop"]["phone"] = "12";
    j["analysis"]["lifecycle"]["loyal"] = {{"count", 45}, {"unit", "days"}};
    const auto bad = settings.importJson(manager, dump(j));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, QStringLiteral("shop.phone"));
    EXPECT_EQ(settings.shopProfile().value().name, QStringLiteral("城北汽修"));
    EXPECT_EQ(settings.analysis().value().lifecycle.loyal, Span::months(6));
}

TEST_F(SettingsExportImportTest, InvalidImportChangesNothing) {
    const QString analysisBefore = stored("analysis");
    const QString followUpsBefore = stored("followups");
    const int audits = settingsAudits();
    QSignalSpy changedSpy(&notifier, &SettingsNotifier::changed);
    const json good = parse(settings.exportJson().value());

    struct Bad {
        const char* name;
        QString text;
        QString field;
    };
    json wrongType = good;
    wrongType["followups"]["maxNoAnswerAttempts"] = "3";
    json unknownField = good;
    unknownField["analysis"]["abc"]["aThreshold"] = 8000;
    json outOfRange = good;
    outOfRange["followups"]["maintenance"]["interval"]["count"] = 0;
    json badOrder = good;  // valid follow-ups, invalid analysis: neither is stored
    badOrder["followups"]["maxNoAnswerAttempts"] = 5;
    badOrder["analysis"]["lifecycle"]["loyal"]["count"] = 12;
    json unknownSection = good;
    unknownSection["printing"] = json::object();
    const Bad cases[] = {
        {"not_json", QStringLiteral("{oops"), QStringLiteral("json")},
        {"array", QStringLiteral("[1,2]"), QStringLiteral("json")},
        {"empty_object", QStringLiteral("{}"), QStringLiteral("json")},
        {"section_not_object", QStringLiteral("{\"analysis\": 3}"), QStringLiteral("analysis")},
        {"unknown_section", dump(unknownSection), QStringLiteral("printing")},
        {"wrong_type", dump(wrongType), QStringLiteral("followups.maxNoAnswerAttempts")},
        {"unknown_field", dump(unknownField), QStringLiteral("analysis.abc.aThreshold")},
        {"out_of_range", dump(outOfRange), QStringLiteral("followups.maintenance.interval")},
        {"bad_order", dump(badOrder), QStringLiteral("analysis.lifecycle")},
    };
    for (const auto& c : cases) {
        const auto r = settings.importJson(manager, c.text);
        ASSERT_FALSE(r.ok()) << c.name;
        EXPECT_EQ(r.error().code, ServiceError::Code::Invalid) << c.name;
        EXPECT_EQ(r.error().field, c.field) << c.name;
        EXPECT_FALSE(r.error().message.isEmpty()) << c.name;
    }
    EXPECT_EQ(stored("analysis"), analysisBefore);
    EXPECT_EQ(stored("followups"), followUpsBefore);
    EXPECT_EQ(settingsAudits(), audits);
    EXPECT_EQ(changedSpy.count(), 0);
    // Only a manager imports.
    const auto denied = settings.importJson(advisor, dump(good));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ServiceError::Code::Denied);
}

TEST_F(SettingsExportImportTest, LegacyMaintenanceIntervalIsMigratedTransparently) {
    // An older version stored the interval with the analysis settings (and quasiLostUntil).
    storage::SettingsRepository repo(db());
    repo.put(
        QStringLiteral("analysis"),
        QStringLiteral("{\"lifecycle\":{\"quasiLostUntil\":{\"count\":10,\"unit\":\"months\"}},"
                       "\"matrix\":{\"maintenanceInterval\":{\"count\":4,\"unit\":\"months\"}}}"),
        now, manager.id);
    // Read: the follow-up settings (reminders) and the matrix both use the one interval.
    EXPECT_EQ(settings.followUps().value().maintenance.interval, Span::months(4));
    EXPECT_EQ(settings.analysis().value(), domain::AnalysisSettings{});
    // Saving the analysis settings (without the old key) first moves it to the follow-ups.
    ASSERT_TRUE(settings.saveAnalysis(manager, settings.analysis().value()).ok());
    EXPECT_FALSE(parse(stored("analysis"))["matrix"].contains("maintenanceInterval"));
    EXPECT_EQ(parse(stored("followups"))["maintenance"]["interval"]["count"], 4);
    EXPECT_EQ(settings.followUps().value().maintenance.interval, Span::months(4));

    // A follow-up interval of its own wins over a legacy one.
    repo.put(
        QStringLiteral("analysis"),
        QStringLiteral("{\"matrix\":{\"maintenanceInterval\":{\"count\":9,\"unit\":\"months\"}}}"),
        now, manager.id);
    EXPECT_EQ(settings.followUps().value().maintenance.interval, Span::months(4));
    // An old export with the legacy key imports (the key is read, not refused).
    const auto r = settings.importJson(
        manager, QStringLiteral("{\"analysis\":{\"matrix\":{\"maintenanceInterval\":{\"count\":2,"
                                "\"unit\":\"months\"}}},\"followups\":{}}"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(settings.followUps().value().maintenance.interval, Span::months(2));
}

TEST_F(SettingsExportImportTest, SavesNotifyOnlyAfterCommit) {
    QSignalSpy followUpsSpy(&notifier, &SettingsNotifier::followUpsChanged);
    QSignalSpy analysisSpy(&notifier, &SettingsNotifier::analysisChanged);
    auto s = settings.followUps().value();
    s.maxNoAnswerAttempts = 0;  // refused
    EXPECT_FALSE(settings.saveFollowUps(manager, s).ok());
    EXPECT_EQ(followUpsSpy.count(), 0);
    s.maxNoAnswerAttempts = 4;
    EXPECT_TRUE(settings.saveFollowUps(manager, s).ok());
    EXPECT_EQ(followUpsSpy.count(), 1);
    EXPECT_EQ(analysisSpy.count(), 0);
    EXPECT_TRUE(settings.saveAnalysis(manager, domain::AnalysisSettings{}).ok());
    EXPECT_EQ(analysisSpy.count(), 1);
}

}  // namespace
}  // namespace hc::services
