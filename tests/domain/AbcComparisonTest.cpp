#include "hc/domain/AbcComparison.h"

#include <gtest/gtest.h>

using namespace hc::domain;

namespace {

TEST(AbcComparisonTest, FlagsGradeChangesRankMovesEntriesAndDrops) {
    // Previous: ids 1..20 with amounts 2000, 1990, ...; id 20 last.
    std::vector<AbcInput> prev;
    for (CustomerId id = 1; id <= 20; ++id) {
        prev.push_back({id, 2100 - id * 10});
    }
    // Current: id 20 jumps to the top (rank 20 → 1, move 19 > 10), id 5 disappears, id 21 enters.
    std::vector<AbcInput> cur;
    for (const auto& in : prev) {
        if (in.customerId == 5) {
            continue;
        }
        cur.push_back(in.customerId == 20 ? AbcInput{20, 5000} : in);
    }
    cur.push_back({21, 1});
    AbcSettings s;
    const AbcResult before = runAbc(prev, s);
    const AbcResult after = runAbc(cur, s);
    const auto changes = compareAbc(before, after, s);

    const AbcChange* jumped = nullptr;
    const AbcChange* entered = nullptr;
    const AbcChange* dropped = nullptr;
    for (const auto& c : changes) {
        if (c.customerId == 20)
            jumped = &c;
        if (c.customerId == 21)
            entered = &c;
        if (c.customerId == 5)
            dropped = &c;
    }
    ASSERT_NE(jumped, nullptr);
    EXPECT_TRUE(jumped->rankMoved);
    EXPECT_EQ(jumped->previousRank, 20);
    EXPECT_EQ(jumped->currentRank, 1);
    EXPECT_EQ(jumped->rankDelta(), 19);
    EXPECT_EQ(jumped->previousGrade, AbcGrade::C);
    EXPECT_EQ(jumped->currentGrade, AbcGrade::A);
    EXPECT_TRUE(jumped->gradeChanged);

    ASSERT_NE(entered, nullptr);
    EXPECT_TRUE(entered->entered);
    EXPECT_FALSE(entered->previousRank.has_value());

    ASSERT_NE(dropped, nullptr);
    EXPECT_TRUE(dropped->dropped);
    EXPECT_FALSE(dropped->currentRank.has_value());
    EXPECT_EQ(changes.back().customerId, 5);  // dropped customers come last

    // Unchanged customers moving by one rank with the same grade are not flagged.
    for (const auto& c : changes) {
        if (!c.entered && !c.dropped) {
            EXPECT_TRUE(c.gradeChanged || c.rankMoved) << c.customerId;
        }
    }
}

TEST(AbcComparisonTest, RankMoveThresholdIsASetting) {
    // Previous order 1,2,3,4; current order 4,1,2,3 (id 4 moves up by 3). Every grade is C (total
    // 0) so only rank moves can be flagged.
    const AbcResult before = runAbc({{1, 0}, {2, 0}, {3, 0}, {4, 0}}, AbcSettings{});
    AbcResult after = before;
    after.rows = {{1, 4, 0, 0, 10000, AbcGrade::C},
                  {2, 1, 0, 0, 10000, AbcGrade::C},
                  {3, 2, 0, 0, 10000, AbcGrade::C},
                  {4, 3, 0, 0, 10000, AbcGrade::C}};
    AbcSettings s;
    EXPECT_TRUE(compareAbc(before, after, s).empty());  // default threshold 10
    s.rankMoveThreshold = 3;
    EXPECT_TRUE(compareAbc(before, after, s).empty());  // move of exactly 3 is not "more than 3"
    s.rankMoveThreshold = 2;
    const auto changes = compareAbc(before, after, s);
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(changes[0].customerId, 4);
    EXPECT_EQ(changes[0].rankDelta(), 3);
}

TEST(AbcComparisonTest, IdenticalRunsHaveNoChanges) {
    const AbcResult r = runAbc({{1, 300}, {2, 200}, {3, 100}}, AbcSettings{});
    EXPECT_TRUE(compareAbc(r, r, AbcSettings{}).empty());
}

}  // namespace
