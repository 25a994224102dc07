#include "hc/domain/CampaignReturns.h"

#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

using namespace hc::domain;

namespace {

Visit visit(CustomerId cid, const char* date, Fen amount) {
    Visit v;
    v.customerId = cid;
    v.date = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
    v.amountFen = amount;
    return v;
}

Campaign campaign(Fen cost = 1000, int window = 30) {
    return Campaign{QDate(2026, 6, 1), cost, window};
}

struct Case {
    std::string name;
    Campaign campaign;
    std::vector<CustomerId> invited;
    std::vector<Visit> visits;
    std::vector<CustomerId> returned;
    Fen revenue;
    Fen totalCost;
    std::optional<Fen> costPerReturned;
    int returnRateBp;
};

void PrintTo(const Case& c, std::ostream* os) {
    *os << c.name;
}

class CampaignReturnsTest : public ::testing::TestWithParam<Case> {};

TEST_P(CampaignReturnsTest, Evaluates) {
    const auto& c = GetParam();
    const auto r = CampaignReturns::evaluate(c.campaign, c.invited, c.visits);
    EXPECT_EQ(r.invited,
              static_cast<int>(std::set<CustomerId>(c.invited.begin(), c.invited.end()).size()));
    EXPECT_EQ(r.returned, c.returned);
    EXPECT_EQ(r.revenueFen, c.revenue);
    EXPECT_EQ(r.totalCostFen, c.totalCost);
    EXPECT_EQ(r.costPerReturnedFen, c.costPerReturned);
    EXPECT_EQ(r.returnRateBp, c.returnRateBp);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CampaignReturnsTest,
    ::testing::Values(
        Case{"nobody_returned", campaign(), {1, 2, 3}, {}, {}, 0, 3000, std::nullopt, 0},
        // ReturnWindow: a visit on the contact (start) day counts, as for the win-back KPIs.
        Case{"visit_on_start_day_counts",
             campaign(),
             {1},
             {visit(1, "2026-06-01", 500)},
             {1},
             500,
             1000,
             1000,
             10000},
        Case{"day_before_start_does_not_count",
             campaign(),
             {1},
             {visit(1, "2026-05-31", 500)},
             {},
             0,
             1000,
             std::nullopt,
             0},
        Case{"first_day_after_start_counts",
             campaign(),
             {1},
             {visit(1, "2026-06-02", 500)},
             {1},
             500,
             1000,
             1000,
             10000},
        Case{"boundary_day_n_counts",
             campaign(),
             {1},
             {visit(1, "2026-07-01", 500)},
             {1},
             500,
             1000,
             1000,
             10000},
        Case{"day_n_plus_1_does_not_count",
             campaign(),
             {1},
             {visit(1, "2026-07-02", 500)},
             {},
             0,
             1000,
             std::nullopt,
             0},
        Case{"window_setting_7_days",
             campaign(1000, 7),
             {1, 2},
             {visit(1, "2026-06-08", 500), visit(2, "2026-06-09", 700)},
             {1},
             500,
             2000,
             2000,
             5000},
        Case{"not_invited_ignored",
             campaign(),
             {1},
             {visit(2, "2026-06-05", 900)},
             {},
             0,
             1000,
             std::nullopt,
             0},
        Case{"revenue_sums_all_window_visits",
             campaign(),
             {1, 2},
             {visit(1, "2026-06-05", 30000), visit(1, "2026-06-20", 12050),
              visit(1, "2026-07-05", 99999), visit(2, "2026-05-30", 5000)},
             {1},
             42050,
             2000,
             2000,
             5000},
        // 3 invited × 1000 fen ÷ 2 returned = 1500; 1001 × 3 ÷ 2 = 1501.5 → 1502 (half-up).
        Case{"cost_per_returned_half_up",
             campaign(1001),
             {1, 2, 3},
             {visit(1, "2026-06-05", 100), visit(3, "2026-06-06", 200)},
             {1, 3},
             300,
             3003,
             1502,
             6667},
        Case{"duplicate_invitations_counted_once",
             campaign(),
             {1, 1, 2},
             {visit(2, "2026-06-10", 100)},
             {2},
             100,
             2000,
             2000,
             5000}),
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(CampaignReturns, WindowEnd) {
    EXPECT_EQ(CampaignReturns::windowEnd(campaign()), QDate(2026, 7, 1));
}

TEST(CampaignReturns, WindowDaysBounds) {
    struct Row {
        int days;
        bool valid;
    };
    const Row rows[] = {{-1, false}, {0, false},   {1, true},    {30, true},
                        {365, true}, {366, false}, {1000, false}};
    for (const auto& row : rows) {
        EXPECT_EQ(CampaignReturns::validWindowDays(row.days), row.valid) << row.days;
    }
    static_assert(CampaignReturns::validWindowDays(CampaignReturns::kMinWindowDays));
    static_assert(CampaignReturns::validWindowDays(CampaignReturns::kMaxWindowDays));
}

}  // namespace
