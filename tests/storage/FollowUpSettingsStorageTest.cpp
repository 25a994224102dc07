// The follow-up settings under the "followups" key: the documented JSON shape, a round trip of
// every field, defaults for missing or mistyped fields, and the row in a real database file.
#include "TempDatabase.h"
#include "hc/storage/SettingsRepository.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace hc::storage {
namespace {

using domain::FollowUpSettings;
using std::chrono::minutes;
using test::TempDatabase;

const QDateTime kAt(QDate(2026, 3, 15), QTime(10, 30, 5));

/// Every field different from its default.
FollowUpSettings everyFieldChanged() {
    FollowUpSettings s;
    s.postServiceDelayDays = 5;
    s.postServiceExpiryDays = 10;
    s.maintenance.interval = domain::Span::days(120);
    s.maintenance.intervalKm = 7500;
    s.defaultKmPerDay = 55;
    s.reminderLeadDays = 14;
    s.yellowWindowDays = 3;
    s.winback.notLostDays = 20;
    s.winback.quasiLostDays = 25;
    s.winback.lostDays = 45;
    s.winback.trendingLostDays = 100;
    s.winback.completelyLostDays = 365;
    s.winbackDailyLimit = 40;
    s.birthdayLeadDays = 1;
    s.insuranceLeadDays = 45;
    s.inspectionLeadDays = 21;
    s.maxNoAnswerAttempts = 5;
    s.winbackReturnWindowDays = 14;
    s.complaint.contactWithin = minutes(60);
    s.complaint.answerWithin = minutes(480);
    s.complaint.seniorAnswerWithin = minutes(1440);
    s.complaint.followUpWithin = minutes(2880);
    s.holidays = {{QStringLiteral("元宵节"), 1, 15, true}, {QStringLiteral("元旦"), 1, 1, false}};
    s.holidayLeadDays = 5;
    s.holidayFromStage = domain::Stage::Lost;
    s.callList.dailyCapacity = 45;
    s.callList.split = domain::CallSplit::ByCustomer;
    s.callList.weights = {40, 35, 25};
    s.callList.routes = {{QStringLiteral("雁塔区"), QStringLiteral("li")},
                         {QStringLiteral("王芳"), QStringLiteral("zhao")}};
    s.appointmentReminderLeadDays = 2;
    s.noShowFollowUpDays = 10;
    s.declined = {3, 14, 60, 5, 20};
    return s;
}

nlohmann::json parse(const QString& text) {
    return nlohmann::json::parse(text.toStdString());
}

std::set<std::string> keysOf(const nlohmann::json& j) {
    std::set<std::string> keys;
    for (const auto& [key, value] : j.items()) {
        keys.insert(key);
    }
    return keys;
}

TEST(FollowUpSettingsJson, DefaultsGiveExactlyTheDocumentedJson) {
    // docs/schema.md, settings key "followups".
    const auto documented = nlohmann::json::parse(R"({
        "postServiceDelayDays": 3, "postServiceExpiryDays": 7,
        "maintenance": {"interval": {"count": 6, "unit": "months"}, "intervalKm": 5000},
        "defaultKmPerDay": 40, "reminderLeadDays": 7, "yellowWindowDays": 7,
        "winback": {"notLostDays": 30, "quasiLostDays": 30, "lostDays": 60,
                    "trendingLostDays": 90, "completelyLostDays": 180},
        "winbackDailyLimit": 0, "birthdayLeadDays": 3, "insuranceLeadDays": 30,
        "inspectionLeadDays": 30, "maxNoAnswerAttempts": 3, "winbackReturnWindowDays": 30,
        "complaint": {"contactMinutes": 120, "answerMinutes": 1440, "seniorAnswerMinutes": 2880,
                      "followUpMinutes": 4320},
        "holidays": [{"name": "元旦", "month": 1, "day": 1, "calendar": "gregorian"},
                     {"name": "春节", "month": 1, "day": 1, "calendar": "chinese"},
                     {"name": "端午节", "month": 5, "day": 5, "calendar": "chinese"},
                     {"name": "中秋节", "month": 8, "day": 15, "calendar": "chinese"},
                     {"name": "国庆节", "month": 10, "day": 1, "calendar": "gregorian"}],
        "holidayLeadDays": 3, "holidayFromStage": "trending_lost",
        "callList": {"dailyCapacity": 60, "split": "round_robin",
                     "weights": {"urgency": 50, "value": 30, "chance": 20}, "routes": []},
        "appointmentReminderLeadDays": 1, "noShowFollowUpDays": 7,
        "declined": {"safetyDays": 7, "soonDays": 30, "laterDays": 90, "leadDays": 7,
                     "listDays": 30}})");
    EXPECT_EQ(parse(SettingsRepository::followUpsToJson(FollowUpSettings{})), documented);
}

TEST(FollowUpSettingsJson, EveryFieldRoundTrips) {
    const auto s = everyFieldChanged();
    const QString text = SettingsRepository::followUpsToJson(s);
    EXPECT_EQ(SettingsRepository::followUpsFromJson(text), s);

    // The changed values are where the documentation says.
    const auto j = parse(text);
    EXPECT_EQ(keysOf(j), (std::set<std::string>{"postServiceDelayDays",
                                                "postServiceExpiryDays",
                                                "maintenance",
                                                "defaultKmPerDay",
                                                "reminderLeadDays",
                                                "yellowWindowDays",
                                                "winback",
                                                "winbackDailyLimit",
                                                "birthdayLeadDays",
                                                "insuranceLeadDays",
                                                "inspectionLeadDays",
                                                "maxNoAnswerAttempts",
                                                "winbackReturnWindowDays",
                                                "complaint",
                                                "holidays",
                                                "holidayLeadDays",
                                                "holidayFromStage",
                                                "callList",
                                                "appointmentReminderLeadDays",
                                                "noShowFollowUpDays",
                                                "declined"}));
    EXPECT_EQ(j["postServiceDelayDays"], 5);
    EXPECT_EQ(j["maintenance"]["interval"], (nlohmann::json{{"count", 120}, {"unit", "days"}}));
    EXPECT_EQ(j["maintenance"]["intervalKm"], 7500);
    EXPECT_EQ(j["winback"]["completelyLostDays"], 365);
    EXPECT_EQ(j["complaint"], (nlohmann::json{{"contactMinutes", 60},
                                              {"answerMinutes", 480},
                                              {"seniorAnswerMinutes", 1440},
                                              {"followUpMinutes", 2880}}));
    EXPECT_EQ(j["holidays"],
              nlohmann::json::parse(
                  R"([{"name": "元宵节", "month": 1, "day": 15, "calendar": "chinese"},
                      {"name": "元旦", "month": 1, "day": 1, "calendar": "gregorian"}])"));
    EXPECT_EQ(j["holidayLeadDays"], 5);
    EXPECT_EQ(j["holidayFromStage"], "lost");
    EXPECT_EQ(j["callList"], nlohmann::json::parse(R"({"dailyCapacity": 45, "split": "by_customer",
        "weights": {"urgency": 40, "value": 35, "chance": 25},
        "routes": [{"key": "雁塔区", "user": "li"}, {"key": "王芳", "user": "zhao"}]})"));

    // Each field on its own: a reader that mixed two fields up would fail here.
    const FollowUpSettings defaults;
    const auto one = [&](auto change) {
        FollowUpSettings x = defaults;
        change(x);
        EXPECT_NE(x, defaults);
        EXPECT_EQ(SettingsRepository::followUpsFromJson(SettingsRepository::followUpsToJson(x)), x);
    };
    one([&](FollowUpSettings& x) { x.postServiceExpiryDays = s.postServiceExpiryDays; });
    one([&](FollowUpSettings& x) { x.maintenance.interval = domain::Span::months(9); });
    one([&](FollowUpSettings& x) { x.winback.notLostDays = s.winback.notLostDays; });
    one([&](FollowUpSettings& x) { x.winback.quasiLostDays = s.winback.quasiLostDays; });
    one([&](FollowUpSettings& x) { x.insuranceLeadDays = s.insuranceLeadDays; });
    one([&](FollowUpSettings& x) { x.inspectionLeadDays = s.inspectionLeadDays; });
    one([&](FollowUpSettings& x) { x.complaint.answerWithin = minutes(600); });
    one([&](FollowUpSettings& x) { x.complaint.seniorAnswerWithin = minutes(1500); });
    one([&](FollowUpSettings& x) { x.holidays.clear(); });  // no holidays at all stays "none"
    one([&](FollowUpSettings& x) { x.holidays[0].lunar = true; });
    one([&](FollowUpSettings& x) { x.holidays[1].month = 2; });
    one([&](FollowUpSettings& x) { x.holidays[2].day = 6; });
    one([&](FollowUpSettings& x) { x.holidays[3].name = QStringLiteral("团圆节"); });
    one([&](FollowUpSettings& x) { x.holidayLeadDays = 0; });
    one([&](FollowUpSettings& x) { x.holidayFromStage = domain::Stage::CompletelyLost; });
    one([&](FollowUpSettings& x) { x.callList.dailyCapacity = 80; });
    one([&](FollowUpSettings& x) { x.callList.split = domain::CallSplit::ByCustomer; });
    one([&](FollowUpSettings& x) { x.callList.weights.urgency = 10; });
    one([&](FollowUpSettings& x) { x.callList.weights.value = 10; });
    one([&](FollowUpSettings& x) { x.callList.weights.chance = 10; });
    one([&](FollowUpSettings& x) { x.callList.split = domain::CallSplit::ByRegion; });
    one([&](FollowUpSettings& x) { x.callList.split = domain::CallSplit::ByAdvisor; });
    one([&](FollowUpSettings& x) { x.callList.routes = s.callList.routes; });
    one([&](FollowUpSettings& x) { x.declined.safetyDays = 2; });
    one([&](FollowUpSettings& x) { x.declined.soonDays = 21; });
    one([&](FollowUpSettings& x) { x.declined.laterDays = 120; });
    one([&](FollowUpSettings& x) { x.declined.leadDays = 3; });
    one([&](FollowUpSettings& x) { x.declined.listDays = 10; });
    // An unknown split key keeps the default.
    EXPECT_EQ(SettingsRepository::followUpsFromJson(
                  QStringLiteral(R"({"callList": {"split": "by_street", "dailyCapacity": 40}})"))
                  .callList,
              (domain::CallListSettings{40, domain::CallSplit::RoundRobin, {}, {}}));
    // Routes: an entry that is not {key, user} strings is skipped, the others are kept.
    EXPECT_EQ(SettingsRepository::followUpsFromJson(
                  QStringLiteral(R"({"callList": {"routes": [{"key": "雁塔区", "user": "li"},
                      {"key": 5, "user": "li"}, "碑林区", {"key": "碑林区"}]}})"))
                  .callList.routes,
              (std::vector<domain::CallRoute>{{QStringLiteral("雁塔区"), QStringLiteral("li")}}));
}

TEST(FollowUpSettingsJson, MistypedHolidayEntriesAreSkipped) {
    const auto s = SettingsRepository::followUpsFromJson(QStringLiteral(R"({
        "holidays": [{"name": "元宵节", "month": 1, "day": 15, "calendar": "chinese"},
                     {"name": "七夕", "month": "7", "day": 7, "calendar": "chinese"},
                     {"name": "重阳节", "month": 9, "day": 9, "calendar": "lunar"},
                     {"month": 5, "day": 1, "calendar": "gregorian"},
                     {"name": "劳动节", "month": 5, "day": 1},
                     "圣诞节",
                     {"name": "教师节", "month": 9, "day": 10, "calendar": "gregorian"}],
        "holidayLeadDays": "3", "holidayFromStage": "far_away"})"));
    FollowUpSettings expected;
    expected.holidays = {{QStringLiteral("元宵节"), 1, 15, true},
                         {QStringLiteral("教师节"), 9, 10, false}};
    EXPECT_EQ(s, expected);

    // "holidays" missing or not an array: the default holidays.
    EXPECT_EQ(
        SettingsRepository::followUpsFromJson(QStringLiteral(R"({"holidays": {"a": 1}})")).holidays,
        domain::defaultHolidays());
    EXPECT_EQ(
        SettingsRepository::followUpsFromJson(QStringLiteral(R"({"holidayLeadDays": 7})")).holidays,
        domain::defaultHolidays());
    // An empty list is the shop's choice: no holiday greetings.
    EXPECT_TRUE(SettingsRepository::followUpsFromJson(QStringLiteral(R"({"holidays": []})"))
                    .holidays.empty());
}

TEST(FollowUpSettingsJson, MissingOrMistypedFieldsKeepTheirDefaults) {
    const auto s = SettingsRepository::followUpsFromJson(QStringLiteral(R"({
        "postServiceDelayDays": 5,
        "postServiceExpiryDays": "10",
        "maintenance": {"interval": {"count": "x", "unit": "days"}, "intervalKm": 2.5},
        "defaultKmPerDay": null,
        "winback": {"lostDays": 45, "trendingLostDays": [90]},
        "winbackDailyLimit": true,
        "complaint": {"contactMinutes": 60, "answerMinutes": "1440"},
        "unknownKey": 1})"));
    FollowUpSettings expected;
    expected.postServiceDelayDays = 5;
    expected.maintenance.interval = domain::Span::days(6);  // the unit read, the count kept
    expected.winback.lostDays = 45;
    expected.complaint.contactWithin = minutes(60);
    EXPECT_EQ(s, expected);

    // A section of the wrong type keeps the whole section.
    EXPECT_EQ(SettingsRepository::followUpsFromJson(
                  QStringLiteral(R"({"winback": [1, 2], "complaint": 5, "maintenance": "x"})")),
              FollowUpSettings{});
    EXPECT_EQ(SettingsRepository::followUpsFromJson(QStringLiteral("not json")),
              FollowUpSettings{});
    EXPECT_EQ(SettingsRepository::followUpsFromJson(QStringLiteral("[1, 2]")), FollowUpSettings{});
    EXPECT_EQ(SettingsRepository::followUpsFromJson(QStringLiteral("{}")), FollowUpSettings{});
}

TEST(FollowUpSettingsJson, StoredUnderTheFollowupsKeyOfARealDatabase) {
    TempDatabase t;
    {
        SettingsRepository settings(t.db());
        EXPECT_EQ(settings.loadFollowUps(), FollowUpSettings{});
        settings.saveFollowUps(everyFieldChanged(), kAt, 0);
        const auto stored = settings.get(QStringLiteral("followups"));
        ASSERT_TRUE(stored);
        EXPECT_EQ(*stored, SettingsRepository::followUpsToJson(everyFieldChanged()));
        // The analysis settings are a separate row.
        EXPECT_EQ(settings.loadAnalysis(), domain::AnalysisSettings{});
    }
    t.reopen();
    SettingsRepository settings(t.db());
    EXPECT_EQ(settings.loadFollowUps(), everyFieldChanged());
    auto changed = everyFieldChanged();
    changed.postServiceDelayDays = 1;
    settings.saveFollowUps(changed, kAt, 0);  // replaces the row
    EXPECT_EQ(settings.loadFollowUps(), changed);
}

}  // namespace
}  // namespace hc::storage
