// "Returned after a contact" (domain.md §6–7): one definition, the same for campaigns and win-back
// KPIs, with the boundary cases.
#include "hc/domain/CampaignReturns.h"
#include "hc/domain/ReturnWindow.h"
#include "hc/domain/WinbackKpis.h"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace hc::domain;

const QDate kContact(2026, 6, 1);

struct Case {
    const char* name;
    int days;
    QDate visit;
    bool returned;
};

class ReturnWindowTest : public ::testing::TestWithParam<Case> {};

TEST_P(ReturnWindowTest, ReturnedAndCampaignAndWinbackAgree) {
    const auto& c = GetParam();
    EXPECT_EQ(ReturnWindow({kContact, c.days}).contains(c.visit), c.returned) << c.name;

    // Campaign started on the contact day.
    Visit v;
    v.id = 1;
    v.customerId = 7;
    v.date = c.visit;
    v.amountFen = 100;
    const Campaign campaign{kContact, 0, c.days};
    const auto result = CampaignReturns::evaluate(campaign, {7}, {v});
    EXPECT_EQ(result.returned.size(), c.returned ? 1U : 0U) << c.name;

    // Win-back call on the contact day.
    FollowUpCall call;
    call.customerId = 7;
    call.date = kContact;
    call.kind = FollowUpKind::Winback;
    call.outcome = CallOutcome::Reached;
    const auto kpis = computeWinbackKpis(2026, 6, {call}, {v}, c.days);
    EXPECT_EQ(kpis.returned, c.returned ? 1 : 0) << c.name;
}

INSTANTIATE_TEST_SUITE_P(Boundaries, ReturnWindowTest,
                         ::testing::Values(Case{"day_before_contact", 30, QDate(2026, 5, 31),
                                                false},
                                           Case{"contact_day_counts", 30, kContact, true},
                                           Case{"next_day", 30, QDate(2026, 6, 2), true},
                                           Case{"day_n_counts", 30, QDate(2026, 7, 1), true},
                                           Case{"day_n_plus_1", 30, QDate(2026, 7, 2), false},
                                           Case{"window_7_day_7", 7, QDate(2026, 6, 8), true},
                                           Case{"window_7_day_8", 7, QDate(2026, 6, 9), false},
                                           Case{"window_0_same_day_only", 0, kContact, true},
                                           Case{"window_0_next_day", 0, QDate(2026, 6, 2), false},
                                           Case{"null_visit", 30, QDate(), false}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(ReturnWindowTest, LastDayAndOpen) {
    const ReturnWindow w{kContact, 30};
    EXPECT_EQ(w.last(), QDate(2026, 7, 1));
    EXPECT_TRUE(w.isOpenOn(QDate(2026, 7, 1)));
    EXPECT_FALSE(w.isOpenOn(QDate(2026, 7, 2)));
    EXPECT_FALSE(w.isOpenOn(QDate(2026, 5, 31)));
    EXPECT_FALSE(ReturnWindow{}.contains(kContact));
    EXPECT_EQ(CampaignReturns::windowEnd(Campaign{kContact, 0, 30}), w.last());
}

}  // namespace
