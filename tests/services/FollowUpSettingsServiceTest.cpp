// SettingsService: the follow-up settings (manager only, validated, audited, stored under
// "followups") and the ordering check of the analysis lifecycle spans.
#include "ServiceFixture.h"
#include "hc/services/AuditService.h"
#include "hc/services/SettingsService.h"
#include "hc/storage/SettingsRepository.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

namespace hc::services {
namespace {

using domain::FollowUpSettings;
using domain::Span;
using std::chrono::minutes;

class FollowUpSettingsServiceTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        auto id = users->addUser(manager, QStringLiteral("callback"), domain::Role::Callback,
                                 QStringLiteral("secret-three-2026"), QStringLiteral("张回访"));
        ASSERT_TRUE(id.ok());
        callback = {id.value(), QStringLiteral("callback"), domain::Role::Callback};
    }

    std::optional<QString> storedJson() {
        return storage::SettingsRepository(db()).get(QStringLiteral("followups"));
    }
    std::vector<AuditRecord> settingsTrail() {
        return AuditService(db()).trail(QStringLiteral("settings"), std::nullopt).value();
    }

    ActingUser callback;
};

FollowUpSettings changed() {
    FollowUpSettings s;
    s.postServiceDelayDays = 5;
    s.winback.lostDays = 45;
    s.maxNoAnswerAttempts = 4;
    s.complaint.contactWithin = minutes(60);
    return s;
}

TEST_F(FollowUpSettingsServiceTest, DefaultsUntilAManagerSavesAndEverySaveIsAudited) {
    SettingsService settings(db(), clock());
    ASSERT_TRUE(settings.followUps().ok());
    EXPECT_EQ(settings.followUps().value(), FollowUpSettings{});

    for (const auto& user : {advisor, callback}) {
        const auto r = settings.saveFollowUps(user, changed());
        ASSERT_FALSE(r.ok()) << user.username.toStdString();
        EXPECT_EQ(r.error().code, ServiceError::Code::Denied);
        EXPECT_EQ(r.error().message, QStringLiteral("只有经理可以修改设置"));
    }
    EXPECT_FALSE(storedJson());
    EXPECT_TRUE(settingsTrail().empty());

    const auto first = changed();
    ASSERT_TRUE(settings.saveFollowUps(manager, first).ok());
    EXPECT_EQ(settings.followUps().value(), first);
    auto second = first;
    second.yellowWindowDays = 2;
    ASSERT_TRUE(settings.saveFollowUps(manager, second).ok());
    EXPECT_EQ(settings.followUps().value(), second);
    // A new service on the same database reads the stored values.
    EXPECT_EQ(SettingsService(db(), clock()).followUps().value(), second);

    const auto log = settingsTrail();
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].action, QStringLiteral("settings.followups"));
    EXPECT_EQ(log[0].entity, QStringLiteral("settings"));
    EXPECT_EQ(log[0].userId, manager.id);
    EXPECT_TRUE(log[0].beforeJson.isEmpty());
    EXPECT_EQ(log[0].afterJson, storage::SettingsRepository::followUpsToJson(first));
    EXPECT_EQ(log[1].beforeJson, storage::SettingsRepository::followUpsToJson(first));
    EXPECT_EQ(log[1].afterJson, storage::SettingsRepository::followUpsToJson(second));
}

TEST_F(FollowUpSettingsServiceTest, InvalidValuesAreRefusedWithTheirFieldAndNothingIsStored) {
    SettingsService settings(db(), clock());
    struct Case {
        const char* field;
        std::function<void(FollowUpSettings&)> change;
    };
    const std::vector<Case> cases = {
        {"postServiceDelayDays", [](auto& s) { s.postServiceDelayDays = -1; }},
        {"postServiceDelayDays", [](auto& s) { s.postServiceDelayDays = 367; }},
        {"postServiceExpiryDays", [](auto& s) { s.postServiceExpiryDays = -1; }},
        {"maintenance.interval", [](auto& s) { s.maintenance.interval = Span::months(0); }},
        {"maintenance.interval", [](auto& s) { s.maintenance.interval = Span::days(-5); }},
        {"maintenance.interval", [](auto& s) { s.maintenance.interval = Span::months(121); }},
        {"maintenance.intervalKm", [](auto& s) { s.maintenance.intervalKm = -1; }},
        {"maintenance.intervalKm", [](auto& s) { s.maintenance.intervalKm = 100001; }},
        {"defaultKmPerDay", [](auto& s) { s.defaultKmPerDay = 0; }},
        {"reminderLeadDays", [](auto& s) { s.reminderLeadDays = -1; }},
        {"reminderLeadDays", [](auto& s) { s.reminderLeadDays = 400; }},
        {"yellowWindowDays", [](auto& s) { s.yellowWindowDays = -1; }},
        {"winback.notLostDays", [](auto& s) { s.winback.notLostDays = 0; }},
        {"winback.quasiLostDays", [](auto& s) { s.winback.quasiLostDays = 0; }},
        {"winback.lostDays", [](auto& s) { s.winback.lostDays = 0; }},
        {"winback.trendingLostDays", [](auto& s) { s.winback.trendingLostDays = -30; }},
        {"winback.completelyLostDays", [](auto& s) { s.winback.completelyLostDays = 0; }},
        {"winbackDailyLimit", [](auto& s) { s.winbackDailyLimit = -1; }},
        {"birthdayLeadDays", [](auto& s) { s.birthdayLeadDays = -1; }},
        {"insuranceLeadDays", [](auto& s) { s.insuranceLeadDays = 367; }},
        {"inspectionLeadDays", [](auto& s) { s.inspectionLeadDays = -1; }},
        {"maxNoAnswerAttempts", [](auto& s) { s.maxNoAnswerAttempts = 0; }},
        {"winbackReturnWindowDays", [](auto& s) { s.winbackReturnWindowDays = 0; }},
        {"complaint.contactMinutes", [](auto& s) { s.complaint.contactWithin = minutes(0); }},
        {"complaint.answerMinutes", [](auto& s) { s.complaint.answerWithin = minutes(-1); }},
        {"complaint.seniorAnswerMinutes",
         [](auto& s) { s.complaint.seniorAnswerWithin = minutes(0); }},
        {"complaint.followUpMinutes", [](auto& s) { s.complaint.followUpWithin = minutes(0); }},
        // 2123 order: contact ≤ answer ≤ senior answer.
        {"complaint.answerMinutes", [](auto& s) { s.complaint.contactWithin = minutes(1500); }},
        {"complaint.seniorAnswerMinutes",
         [](auto& s) { s.complaint.answerWithin = minutes(3000); }},
    };
    for (const auto& c : cases) {
        FollowUpSettings s;
        c.change(s);
        const auto r = settings.saveFollowUps(manager, s);
        ASSERT_FALSE(r.ok()) << c.field;
        EXPECT_EQ(r.error().code, ServiceError::Code::Invalid) << c.field;
        EXPECT_EQ(r.error().field.toStdString(), std::string(c.field));
        EXPECT_FALSE(r.error().message.isEmpty()) << c.field;
    }
    EXPECT_FALSE(storedJson());
    EXPECT_TRUE(settingsTrail().empty());

    // The messages say what is wrong, in Chinese.
    FollowUpSettings s;
    s.postServiceDelayDays = -1;
    EXPECT_EQ(settings.saveFollowUps(manager, s).error().message,
              QStringLiteral("服务回访时间(进厂后天数)须在 0 到 366 之间"));
    s = {};
    s.complaint.contactWithin = minutes(1500);
    EXPECT_EQ(settings.saveFollowUps(manager, s).error().message,
              QStringLiteral("投诉答复客户时限不能短于联系客户时限"));

    // The bounds themselves are accepted.
    FollowUpSettings edge;
    edge.postServiceDelayDays = 0;
    edge.postServiceExpiryDays = 366;
    edge.maintenance.interval = Span::days(3660);
    edge.maintenance.intervalKm = 0;  // by date only
    edge.defaultKmPerDay = 1;
    edge.reminderLeadDays = 0;
    edge.yellowWindowDays = 0;
    edge.winback = {1, 1, 1, 1, 3660};
    edge.winbackDailyLimit = 0;
    edge.maxNoAnswerAttempts = 1;
    edge.winbackReturnWindowDays = 1;
    edge.complaint.contactWithin = edge.complaint.answerWithin = edge.complaint.seniorAnswerWithin =
        minutes(60);
    edge.complaint.followUpWithin = minutes(1);
    const auto ok = settings.saveFollowUps(manager, edge);
    ASSERT_TRUE(ok.ok()) << ok.error().field.toStdString() << ok.error().message.toStdString();
    EXPECT_EQ(settings.followUps().value(), edge);
}

TEST_F(FollowUpSettingsServiceTest, HolidaySettingsAreValidated) {
    SettingsService settings(db(), clock());
    using domain::HolidayRule;
    using domain::Stage;
    const auto rule = [](const char* name, int month, int day, bool lunar) {
        return HolidayRule{QString::fromUtf8(name), month, day, lunar};
    };
    struct Case {
        const char* name;
        std::function<void(FollowUpSettings&)> change;
        const char* field;    // nullptr = accepted
        const char* message;  // the exact Chinese message
    };
    const std::vector<Case> cases = {
        {"lead_negative", [](auto& s) { s.holidayLeadDays = -1; }, "holidayLeadDays",
         "节日问候提前天数须在 0 到 366 之间"},
        {"lead_367", [](auto& s) { s.holidayLeadDays = 367; }, "holidayLeadDays",
         "节日问候提前天数须在 0 到 366 之间"},
        {"lead_0", [](auto& s) { s.holidayLeadDays = 0; }, nullptr, nullptr},
        {"lead_366", [](auto& s) { s.holidayLeadDays = 366; }, nullptr, nullptr},
        {"blank_name", [&](auto& s) { s.holidays.push_back(rule("  ", 3, 8, false)); }, "holidays",
         "请填写节日名称"},
        {"name_21_chars",
         [&](auto& s) {
             s.holidays.push_back(rule("一二三四五六七八九十一二三四五六七八九十一", 3, 8, false));
         },
         "holidays", "节日名称不能超过 20 个字"},
        {"name_20_chars",
         [&](auto& s) {
             s.holidays.push_back(rule("一二三四五六七八九十一二三四五六七八九十", 3, 8, false));
         },
         nullptr, nullptr},
        {"month_0", [&](auto& s) { s.holidays.push_back(rule("妇女节", 0, 8, false)); }, "holidays",
         "妇女节的月份须在 1 到 12 之间"},
        {"month_13", [&](auto& s) { s.holidays.push_back(rule("妇女节", 13, 8, false)); },
         "holidays", "妇女节的月份须在 1 到 12 之间"},
        {"day_0", [&](auto& s) { s.holidays.push_back(rule("妇女节", 3, 0, false)); }, "holidays",
         "妇女节的日期须在 1 到 31 之间"},
        {"gregorian_day_31", [&](auto& s) { s.holidays.push_back(rule("某节", 3, 31, false)); },
         nullptr, nullptr},
        {"gregorian_april_31", [&](auto& s) { s.holidays.push_back(rule("某节", 4, 31, false)); },
         "holidays", "某节的日期须在 1 到 30 之间"},
        {"gregorian_feb_29", [&](auto& s) { s.holidays.push_back(rule("某节", 2, 29, false)); },
         nullptr, nullptr},
        {"lunar_day_30", [&](auto& s) { s.holidays.push_back(rule("除夕", 12, 30, true)); },
         nullptr, nullptr},
        {"lunar_day_31", [&](auto& s) { s.holidays.push_back(rule("某节", 1, 31, true)); },
         "holidays", "某节的日期须在 1 到 30 之间"},
        {"thirty_holidays",
         [&](auto& s) {
             s.holidays.clear();
             for (int k = 0; k < 30; ++k) {
                 s.holidays.push_back(rule("节", k % 12 + 1, 1, false));
             }
         },
         nullptr, nullptr},
        {"thirty_one_holidays",
         [&](auto& s) {
             s.holidays.clear();
             for (int k = 0; k < 31; ++k) {
                 s.holidays.push_back(rule("节", k % 12 + 1, 1, false));
             }
         },
         "holidays", "节日最多 30 个"},
        {"no_holidays", [](auto& s) { s.holidays.clear(); }, nullptr, nullptr},
        {"from_active", [](auto& s) { s.holidayFromStage = Stage::Active; }, "holidayFromStage",
         "节日问候的起始阶段不能是忠诚客户"},
        {"from_not_lost", [](auto& s) { s.holidayFromStage = Stage::NotLost; }, nullptr, nullptr},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        FollowUpSettings s;
        c.change(s);
        const auto r = settings.saveFollowUps(manager, s);
        if (c.field == nullptr) {
            ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
            EXPECT_EQ(settings.followUps().value(), s);
            continue;
        }
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ServiceError::Code::Invalid);
        EXPECT_EQ(r.error().field.toStdString(), std::string(c.field));
        EXPECT_EQ(r.error().message.toStdString(), std::string(c.message));
    }
}

TEST_F(FollowUpSettingsServiceTest, AnalysisLifecycleSpansMustBeOrdered) {
    SettingsService settings(db(), clock());
    const auto refused = [&](const domain::AnalysisSettings& s) {
        const auto r = settings.saveAnalysis(manager, s);
        return !r.ok() && r.error().code == ServiceError::Code::Invalid &&
               r.error().field == QStringLiteral("lifecycle");
    };

    domain::AnalysisSettings s;
    s.lifecycle.loyal = Span::months(12);  // = lost: no swing customers
    EXPECT_TRUE(refused(s));
    s.lifecycle.loyal = Span::months(13);
    EXPECT_TRUE(refused(s));

    s = {};
    s.lifecycle.notLostUntil = Span::months(5);  // before loyal (6)
    EXPECT_TRUE(refused(s));
    s = {};
    s.lifecycle.notLostUntil = Span::months(13);  // quasi_lost ends at lost (12): after it
    EXPECT_TRUE(refused(s));
    s = {};
    s.lifecycle.lostUntil = Span::months(11);  // before lost (12), where the lost stages start
    EXPECT_TRUE(refused(s));
    s = {};
    s.lifecycle.trendingLostUntil = Span::months(20);  // before lostUntil (24)
    EXPECT_TRUE(refused(s));
    s = {};
    // Not neighbours: notLostUntil in days is skipped, loyal 6 months > lostUntil 5 months.
    s.lifecycle.notLostUntil = Span::days(200);
    s.lifecycle.lostUntil = Span::months(5);
    EXPECT_TRUE(refused(s));
    const auto r = settings.saveAnalysis(manager, s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message,
              QStringLiteral("回访阶段的时间界限须依次递增:忠诚 ≤ 非流失 ≤ 准流失 ≤ 流失 ≤ "
                             "趋向彻底流失"));
    EXPECT_FALSE(storage::SettingsRepository(db()).get(QStringLiteral("analysis")));

    // Equal neighbouring stage bounds (an empty stage) and spans in different units are allowed.
    s = {};
    s.lifecycle.notLostUntil = Span::months(6);
    s.lifecycle.lostUntil = Span::months(12);
    EXPECT_TRUE(settings.saveAnalysis(manager, s).ok());
    s = {};
    s.lifecycle.loyal = Span::days(45);  // a clinic (seed 004): days against the months
    s.lifecycle.lost = Span::days(180);
    EXPECT_TRUE(settings.saveAnalysis(manager, s).ok());
    s.lifecycle.notLostUntil = Span::days(90);
    s.lifecycle.lostUntil = Span::days(365);
    s.lifecycle.trendingLostUntil = Span::days(730);
    EXPECT_TRUE(settings.saveAnalysis(manager, s).ok());
    s.lifecycle.notLostUntil = Span::days(30);  // before loyal (45 days)
    EXPECT_TRUE(refused(s));
    EXPECT_TRUE(settings.saveAnalysis(manager, domain::AnalysisSettings{}).ok());
}

}  // namespace
}  // namespace hc::services
