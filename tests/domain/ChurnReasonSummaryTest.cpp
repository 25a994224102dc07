#include "hc/domain/ChurnReasonSummary.h"
#include "hc/domain/Percent.h"

#include <gtest/gtest.h>

#include <vector>

using namespace hc::domain;

namespace {

struct ReasonGolden {
    ChurnReason reason;
    const char* key;
    bool internal;
    int count;
    int shareBp;       // of all 182 reasons
    int groupShareBp;  // of 100 internal or 82 external
};

// A month of win-back calls: 182 reasons given, 100 internal (54.95 %), 82 external (45.05 %).
const std::vector<ReasonGolden> kGolden{
    {ChurnReason::Price, "price", true, 40, 2198, 4000},         // 40/182 = 21.978… %
    {ChurnReason::Quality, "quality", true, 25, 1374, 2500},     // 13.736… %
    {ChurnReason::Waiting, "waiting", true, 20, 1099, 2000},     // 10.989… %
    {ChurnReason::Attitude, "attitude", true, 15, 824, 1500},    // 8.241… %
    {ChurnReason::Distance, "distance", false, 30, 1648, 3659},  // 30/82 = 36.585… %
    {ChurnReason::FriendGarage, "friend_garage", false, 12, 659, 1463},
    {ChurnReason::VehicleSold, "vehicle_sold", false, 4, 220, 488},
    {ChurnReason::LowMileage, "low_mileage", false, 20, 1099, 2439},
    {ChurnReason::OutOfTown, "out_of_town", false, 14, 769, 1707},
    {ChurnReason::Other, "other", false, 2, 110, 244},
};

std::array<int, kChurnReasonCount> goldenCounts() {
    std::array<int, kChurnReasonCount> counts{};
    for (const auto& g : kGolden) {
        counts.at(static_cast<std::size_t>(g.reason)) = g.count;
    }
    return counts;
}

void expectGolden(const ChurnReasonSummary& summary) {
    EXPECT_EQ(summary.total, 182);
    EXPECT_EQ(summary.internal, 100);
    EXPECT_EQ(summary.external, 82);
    EXPECT_EQ(summary.internalShareBp, 5495);
    EXPECT_EQ(summary.externalShareBp, 4505);
    EXPECT_TRUE(summary.internalDominant());
    EXPECT_EQ(summary.mainReason, ChurnReason::Price);
    for (std::size_t i = 0; i < kGolden.size(); ++i) {
        const auto& g = kGolden.at(i);
        const auto& row = summary.rows.at(i);
        EXPECT_EQ(row.reason, g.reason) << g.key;
        EXPECT_EQ(toKey(row.reason).toStdString(), g.key);
        EXPECT_EQ(row.internal, g.internal) << g.key;
        EXPECT_EQ(row.count, g.count) << g.key;
        EXPECT_EQ(row.shareBp, g.shareBp) << g.key;
        EXPECT_EQ(row.groupShareBp, g.groupShareBp) << g.key;
    }
}

TEST(ChurnReasonSummaryTest, FromCounts) {
    expectGolden(summarizeChurnReasons(goldenCounts()));
}

TEST(ChurnReasonSummaryTest, FromOneReasonPerAnswer) {
    std::vector<ChurnReason> reasons;
    // Interleave so that order does not matter.
    for (int round = 0; round < 40; ++round) {
        for (const auto& g : kGolden) {
            if (round < g.count) {
                reasons.push_back(g.reason);
            }
        }
    }
    ASSERT_EQ(reasons.size(), 182U);
    expectGolden(summarizeChurnReasons(reasons));
}

TEST(ChurnReasonSummaryTest, TiesAndEmpty) {
    std::array<int, kChurnReasonCount> counts{};
    counts.at(static_cast<std::size_t>(ChurnReason::Attitude)) = 3;
    counts.at(static_cast<std::size_t>(ChurnReason::Distance)) = 3;
    counts.at(static_cast<std::size_t>(ChurnReason::Other)) = -4;  // taken as 0
    const auto tie = summarizeChurnReasons(counts);
    EXPECT_EQ(tie.mainReason, ChurnReason::Attitude);  // earlier reason wins a tie
    EXPECT_FALSE(tie.internalDominant());
    EXPECT_EQ(tie.total, 6);
    EXPECT_EQ(tie.row(ChurnReason::Other).count, 0);
    EXPECT_EQ(tie.row(ChurnReason::Attitude).groupShareBp, 10000);
    EXPECT_EQ(tie.row(ChurnReason::Distance).shareBp, 5000);

    const auto empty = summarizeChurnReasons(std::vector<ChurnReason>{});
    EXPECT_EQ(empty.total, 0);
    EXPECT_FALSE(empty.mainReason.has_value());
    EXPECT_EQ(empty.internalShareBp, 0);
    EXPECT_EQ(empty.row(ChurnReason::Price).shareBp, 0);
}

}  // namespace
