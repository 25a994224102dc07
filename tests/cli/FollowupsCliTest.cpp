// huichang-cli followups / complaints through the real binary: the JSON contracts of
// docs/cli.md ("Follow-ups and complaints").
#include "CliRunner.h"

#include <QProcess>
#include <QStandardPaths>

#include <set>

using hc::test::CliResult;
using hc::test::runCli;

namespace {

class FollowupsCli : public ::testing::Test {
protected:
    void SetUp() override {
        const CliResult demo = runCli({QStringLiteral("--db"), db(), QStringLiteral("demo"),
                                       QStringLiteral("--customers"), QStringLiteral("200"),
                                       QStringLiteral("--as-of"), QStringLiteral("2026-06-30")});
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    }
    QString db() const { return dir.filePath(QStringLiteral("test.db")); }
    QTemporaryDir dir;
};

TEST_F(FollowupsCli, DailyListJsonContract) {
    const CliResult r =
        runCli({QStringLiteral("--db"), db(), QStringLiteral("followups"), QStringLiteral("--date"),
                QStringLiteral("2026-06-30"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const auto j = r.json();
    EXPECT_EQ(j["date"], "2026-06-30");
    ASSERT_TRUE(j["items"].is_array());
    ASSERT_FALSE(j["items"].empty());
    const std::set<std::string> kinds = {"post_service", "maintenance", "winback", "care",
                                         "complaint"};
    const std::set<std::string> urgencies = {"red", "yellow", "green"};
    std::set<long long> customers;
    for (const auto& item : j["items"]) {
        ASSERT_TRUE(item["customer_id"].is_number_integer());
        EXPECT_TRUE(customers.insert(item["customer_id"].get<long long>()).second)
            << "one item per customer";
        EXPECT_TRUE(item["name"].is_string());
        EXPECT_TRUE(kinds.contains(item["kind"].get<std::string>()));
        EXPECT_TRUE(urgencies.contains(item["urgency"].get<std::string>()));
        EXPECT_TRUE(item["stage"].is_null() || item["stage"].is_string());
        EXPECT_EQ(item["due"].get<std::string>().size(), 10u);
        EXPECT_FALSE(item["reason"].get<std::string>().empty());
        // Additions: the care occasion ("holiday" with the holiday's name), null for other kinds.
        EXPECT_TRUE(item["care_occasion"].is_null() || item["kind"] == "care");
        EXPECT_TRUE(item["holiday"].is_null() || item["care_occasion"] == "holiday");
    }
    // The same list twice (pure function of the stored data).
    const CliResult again =
        runCli({QStringLiteral("--db"), db(), QStringLiteral("followups"), QStringLiteral("--date"),
                QStringLiteral("2026-06-30"), QStringLiteral("--json")});
    EXPECT_EQ(again.json(), j);
    // An assignee's list never has more items than the full one.
    const CliResult mine =
        runCli({QStringLiteral("--db"), db(), QStringLiteral("followups"), QStringLiteral("--date"),
                QStringLiteral("2026-06-30"), QStringLiteral("--assignee"),
                QStringLiteral("nobody"), QStringLiteral("--json")});
    ASSERT_EQ(mine.exitCode, 0);
    EXPECT_EQ(mine.json()["items"].size(), j["items"].size());
}

TEST_F(FollowupsCli, HolidayGreetingPrintsItsOccasionAndName) {
    const auto list = [&](const char* date) {
        const CliResult r = runCli({QStringLiteral("--db"), db(), QStringLiteral("followups"),
                                    QStringLiteral("--date"), QString::fromLatin1(date),
                                    QStringLiteral("--all"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        return r.json()["items"];
    };
    const auto hasCare = [](const nlohmann::json& item) {
        for (const auto& k : item["also_due"]) {
            if (k == "care") {
                return true;
            }
        }
        return false;
    };
    // 中秋节 2026 is 2026-09-25 (lunar 8/15), listed from 09-22 for trending and completely lost
    // customers. The demo's lost customers are due for win-back, which outranks care: the greeting
    // is "also due" on 09-23 and not on 09-21.
    const std::set<std::string> occasions = {"birthday", "insurance", "inspection", "holiday"};
    long long greeted = 0;
    std::set<long long> before;
    for (const auto& item : list("2026-09-21")) {
        if (hasCare(item)) {
            before.insert(item["customer_id"].get<long long>());
        }
    }
    for (const auto& item : list("2026-09-23")) {
        ASSERT_TRUE(item.contains("care_occasion"));
        ASSERT_TRUE(item.contains("holiday"));
        EXPECT_TRUE(item["care_occasion"].is_null() ||
                    occasions.contains(item["care_occasion"].get<std::string>()));
        const auto stage = item["stage"];
        if (greeted == 0 && item["kind"] == "winback" && hasCare(item) &&
            (stage == "trending_lost" || stage == "completely_lost") &&
            !before.contains(item["customer_id"].get<long long>())) {
            greeted = item["customer_id"].get<long long>();
        }
    }
    ASSERT_NE(greeted, 0) << "no lost customer with the greeting also due";

    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        GTEST_SKIP() << "sqlite3 shell not installed: cannot add a call from outside";
    }
    // A win-back call on 09-22: win-back waits for its cadence, the greeting is the item.
    QProcess p;
    p.start(sqlite, {db(), QStringLiteral("INSERT INTO calls (customer_id, kind, called_at, "
                                          "call_date, outcome) VALUES (%1, 'winback', "
                                          "'2026-09-22T10:00:00', '2026-09-22', 'reached')")
                               .arg(greeted)});
    ASSERT_TRUE(p.waitForFinished(10000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    bool found = false;
    for (const auto& item : list("2026-09-23")) {
        if (item["customer_id"] != greeted) {
            continue;
        }
        found = true;
        EXPECT_EQ(item["kind"], "care");
        EXPECT_EQ(item["care_occasion"], "holiday");
        EXPECT_EQ(item["holiday"], "中秋节");
        EXPECT_EQ(item["due"], "2026-09-25");
        EXPECT_EQ(item["urgency"], "yellow");
        EXPECT_TRUE(
            item["reason"].get<std::string>().starts_with("客户关怀:节日问候 中秋节 2026-09-25"))
            << item["reason"];
    }
    EXPECT_TRUE(found);
}

// Issue 11 items 1, 2, 7: the day's list within the capacity, ranked, with its score and why; the
// backlog counted by kind; --all lists the backlog too. Only keys are added to the contract.
TEST_F(FollowupsCli, DayListRanksCapacityAndBacklog) {
    const auto run = [&](QStringList extra) {
        QStringList args = {QStringLiteral("--db"),       db(),
                            QStringLiteral("followups"),  QStringLiteral("--date"),
                            QStringLiteral("2026-06-30"), QStringLiteral("--json")};
        args += extra;
        const CliResult r = runCli(args);
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        return r.json();
    };
    const auto j = run({});
    // The demo has no callback user: one share of the default capacity 60.
    EXPECT_EQ(j["capacity"], 60);
    EXPECT_EQ(j["capacity_per_user"], 60);
    EXPECT_TRUE(j["on_duty"].empty());
    const int due = j["due_total"].get<int>();
    ASSERT_GT(due, 60) << "the 200-customer demo has more due than one person's day";
    EXPECT_EQ(j["count"], 60);
    EXPECT_EQ(j["items"].size(), 60u);
    EXPECT_EQ(j["today_total"], 60);
    int backlog = 0;
    for (const char* kind : {"complaint", "post_service", "maintenance", "winback", "care"}) {
        ASSERT_TRUE(j["backlog"][kind].is_number_integer()) << kind;
        backlog += j["backlog"][kind].get<int>();
    }
    EXPECT_EQ(backlog, due - 60);
    int byAge = 0;
    for (const auto& [key, n] : j["backlog_age"].items()) {
        byAge += n.get<int>();
    }
    EXPECT_EQ(byAge, backlog);
    double previous = 101;
    int rank = 0;
    bool critical = true;  // the time-critical tier comes first, then the others, each by score
    for (const auto& item : j["items"]) {
        EXPECT_EQ(item["rank"], ++rank);
        const bool tier = item["time_critical"].get<bool>();
        EXPECT_TRUE(critical || !tier) << "a time-critical item after the others";
        if (critical && !tier) {
            critical = false;
            previous = 101;
        }
        const double score = item["score"].get<double>();
        EXPECT_LE(score, previous);
        previous = score;
        const auto& parts = item["score_parts"];
        for (const char* part : {"urgency", "value", "chance"}) {
            EXPECT_GE(parts[part].get<int>(), 0);
            EXPECT_LE(parts[part].get<int>(), 100);
        }
        // Default weights 50 / 30 / 20.
        const int tenths = (parts["urgency"].get<int>() * 50 + parts["value"].get<int>() * 30 +
                            parts["chance"].get<int>() * 20 + 5) /
                           10;
        EXPECT_NEAR(score, tenths / 10.0, 0.051);
        EXPECT_TRUE(item["assignee"].is_null());
        EXPECT_TRUE(item["today"].get<bool>());
        EXPECT_FALSE(item["why"].get<std::string>().empty());
    }
    // --all: the same first 60, then the backlog, ranks continuing; every due item once.
    const auto all = run({QStringLiteral("--all")});
    ASSERT_EQ(all["items"].size(), static_cast<std::size_t>(due));
    EXPECT_EQ(all["count"], due);
    std::set<long long> customers;
    for (std::size_t k = 0; k < all["items"].size(); ++k) {
        const auto& item = all["items"][k];
        EXPECT_EQ(item["rank"], static_cast<int>(k) + 1);
        EXPECT_EQ(item["today"].get<bool>(), k < 60);
        EXPECT_TRUE(customers.insert(item["customer_id"].get<long long>()).second);
        if (k < 60) {
            EXPECT_EQ(item, j["items"][k]);
        }
    }
    for (const char* key : {"date", "assignee", "capacity", "due_total", "backlog"}) {
        EXPECT_EQ(all[key], j[key]) << key;
    }
}

TEST_F(FollowupsCli, BadDateIsAUsageError) {
    const CliResult r = runCli({QStringLiteral("--db"), db(), QStringLiteral("followups"),
                                QStringLiteral("--date"), QStringLiteral("2026-13-40")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("--date")));
}

TEST_F(FollowupsCli, OverdueComplaintsJsonContract) {
    CliResult r = runCli({QStringLiteral("--db"), db(), QStringLiteral("complaints"),
                          QStringLiteral("--overdue"), QStringLiteral("--at"),
                          QStringLiteral("2026-06-30T10:00"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_EQ(r.json()["at"], "2026-06-30T10:00:00");
    EXPECT_TRUE(r.json()["complaints"].empty());

    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        GTEST_SKIP() << "sqlite3 shell not installed: cannot add a complaint from outside";
    }
    QProcess p;
    p.start(sqlite,
            {db(), QStringLiteral(
                       "INSERT INTO complaints (customer_id, severity, description, received_at, "
                       "created_at, updated_at) VALUES (1, 'major', '漏油', '2026-06-29T08:00:00', "
                       "'2026-06-29T08:00:00', '2026-06-29T08:00:00')")});
    ASSERT_TRUE(p.waitForFinished(10000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();

    r = runCli({QStringLiteral("--db"), db(), QStringLiteral("complaints"),
                QStringLiteral("--overdue"), QStringLiteral("--at"),
                QStringLiteral("2026-06-30T10:00"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const auto list = r.json()["complaints"];
    ASSERT_EQ(list.size(), 1u);
    const auto& c = list[0];
    EXPECT_EQ(c["customer_id"], 1);
    EXPECT_EQ(c["severity"], "major");
    EXPECT_EQ(c["received_at"], "2026-06-29T08:00:00");
    EXPECT_TRUE(c["name"].is_string());
    ASSERT_EQ(c["overdue_steps"].size(), 2u);  // senior answer is due 2026-07-01 08:00
    EXPECT_EQ(c["overdue_steps"][0]["step"], "contact");
    EXPECT_EQ(c["overdue_steps"][0]["deadline"], "2026-06-29T10:00:00");
    EXPECT_EQ(c["overdue_steps"][0]["overdue_minutes"], 1440);
    EXPECT_EQ(c["overdue_steps"][1]["step"], "answer");
    EXPECT_EQ(c["overdue_steps"][1]["overdue_minutes"], 120);

    // Without --overdue the command says what it needs.
    r = runCli({QStringLiteral("--db"), db(), QStringLiteral("complaints")});
    EXPECT_EQ(r.exitCode, 2);
}

}  // namespace
