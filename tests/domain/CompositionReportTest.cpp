#include "hc/domain/CompositionReport.h"
#include "hc/domain/Percent.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

using namespace hc::domain;

namespace {

Composition makeComposition(int valid, int invalid, int noVisit, int loyal, int swing, int lost,
                            int newCustomers, std::array<int, kStageCount> stages) {
    Composition c;
    c.customers = valid + invalid + noVisit;
    c.valid = valid;
    c.invalid = invalid;
    c.noVisit = noVisit;
    c.loyal = loyal;
    c.swing = swing;
    c.lost = lost;
    c.newCustomers = newCustomers;
    c.stages = stages;
    return c;
}

// November: 1234 customers; October: 1200.
const Composition kCurrent =
    makeComposition(1000, 150, 84, 517, 286, 197, 41, {517, 100, 186, 120, 50, 27});
const Composition kPrevious =
    makeComposition(980, 140, 80, 530, 270, 180, 35, {530, 90, 180, 110, 45, 25});

struct RowGolden {
    const char* key;
    int count;
    int shareBp;
    std::optional<int> validShareBp;
    int previousCount;
    int deltaCount;
    int deltaShareBp;
    std::optional<int> deltaValidShareBp;
};

// Shares computed exactly (half-up), e.g. valid 1000/1234 = 81.037… → 81.04 %,
// loyal 517/1234 = 41.896… → 41.90 % of all and 517/1000 = 51.70 % of valid.
const std::vector<RowGolden> kGolden{
    {"customers", 1234, 10000, std::nullopt, 1200, 34, 0, std::nullopt},
    {"valid", 1000, 8104, std::nullopt, 980, 20, -63, std::nullopt},  // 81.04 vs 81.67
    {"invalid", 150, 1216, std::nullopt, 140, 10, 49, std::nullopt},  // 12.16 vs 11.67
    {"no_visit", 84, 681, std::nullopt, 80, 4, 14, std::nullopt},     // 6.81 vs 6.67
    {"loyal", 517, 4190, 5170, 530, -13, -227, -238},                 // 51.70 vs 54.08 of valid
    {"swing", 286, 2318, 2860, 270, 16, 68, 105},                     // 28.60 vs 27.55
    {"lost", 197, 1596, 1970, 180, 17, 96, 133},                      // 19.70 vs 18.37
    {"new", 41, 332, std::nullopt, 35, 6, 40, std::nullopt},          // 3.32 vs 2.92
};

TEST(CompositionReportTest, RowsSharesAndMonthOnMonthComparison) {
    const auto report = buildCompositionReport(kCurrent, kPrevious);
    EXPECT_TRUE(report.hasPrevious);
    ASSERT_EQ(report.rows.size(), kGolden.size());
    for (std::size_t i = 0; i < kGolden.size(); ++i) {
        const auto& golden = kGolden.at(i);
        const auto& row = report.rows.at(i);
        EXPECT_EQ(row.key.toStdString(), golden.key);
        EXPECT_EQ(row.count, golden.count) << golden.key;
        EXPECT_EQ(row.shareBp, golden.shareBp) << golden.key;
        EXPECT_EQ(row.validShareBp, golden.validShareBp) << golden.key;
        EXPECT_EQ(row.previousCount, golden.previousCount) << golden.key;
        EXPECT_EQ(row.deltaCount, golden.deltaCount) << golden.key;
        EXPECT_EQ(row.deltaShareBp, golden.deltaShareBp) << golden.key;
        EXPECT_EQ(row.deltaValidShareBp, golden.deltaValidShareBp) << golden.key;
        // The delta is the difference of the two printed shares.
        EXPECT_EQ(*row.deltaShareBp, row.shareBp - *row.previousShareBp) << golden.key;
    }
    EXPECT_EQ(
        formatPercentDelta(*report.row(QStringLiteral("loyal"))->deltaValidShareBp).toStdString(),
        "-2.38");
    EXPECT_EQ(report.row(QStringLiteral("nope")), nullptr);
}

TEST(CompositionReportTest, StagesAsShareOfValid) {
    const auto report = buildCompositionReport(kCurrent, kPrevious);
    ASSERT_EQ(report.stages.size(), static_cast<std::size_t>(kStageCount));
    const std::vector<std::pair<int, int>> golden{{517, 5170}, {100, 1000}, {186, 1860},
                                                  {120, 1200}, {50, 500},   {27, 270}};
    const std::vector<int> deltas{-13, 10, 6, 10, 5, 2};
    for (std::size_t i = 0; i < golden.size(); ++i) {
        EXPECT_EQ(report.stages.at(i).stage, static_cast<Stage>(i));
        EXPECT_EQ(report.stages.at(i).count, golden.at(i).first) << i;
        EXPECT_EQ(report.stages.at(i).validShareBp, golden.at(i).second) << i;
        EXPECT_EQ(report.stages.at(i).deltaCount, deltas.at(i)) << i;
    }
}

TEST(CompositionReportTest, WithoutPreviousMonthThereIsNoComparison) {
    const auto report = buildCompositionReport(kCurrent);
    EXPECT_FALSE(report.hasPrevious);
    for (const auto& row : report.rows) {
        EXPECT_FALSE(row.previousCount.has_value()) << row.key.toStdString();
        EXPECT_FALSE(row.deltaCount.has_value()) << row.key.toStdString();
        EXPECT_FALSE(row.deltaShareBp.has_value()) << row.key.toStdString();
        EXPECT_FALSE(row.deltaValidShareBp.has_value()) << row.key.toStdString();
    }
    EXPECT_FALSE(report.stages.front().deltaCount.has_value());
}

TEST(CompositionReportTest, FromClassificationResults) {
    // summarize() from Composition.h feeds the report: 3 loyal (1 new), 1 lost, 1 invalid.
    const std::vector<ClassificationResult> results{
        {CustomerClass::Loyal, Stage::Active, true},
        {CustomerClass::Loyal, Stage::Active, false},
        {CustomerClass::Loyal, Stage::Active, false},
        {CustomerClass::Lost, Stage::TrendingLost, false},
        {CustomerClass::Invalid, std::nullopt, false},
    };
    const auto report = buildCompositionReport(summarize(results));
    EXPECT_EQ(report.row(QStringLiteral("customers"))->count, 5);
    EXPECT_EQ(report.row(QStringLiteral("valid"))->shareBp, 8000);
    EXPECT_EQ(report.row(QStringLiteral("loyal"))->shareBp, 6000);
    EXPECT_EQ(report.row(QStringLiteral("loyal"))->validShareBp, 7500);
    EXPECT_EQ(report.row(QStringLiteral("lost"))->validShareBp, 2500);
    EXPECT_EQ(report.row(QStringLiteral("swing"))->validShareBp, 0);
    EXPECT_EQ(report.row(QStringLiteral("new"))->shareBp, 2000);
    EXPECT_EQ(report.stages.at(static_cast<std::size_t>(Stage::TrendingLost)).count, 1);
}

TEST(CompositionReportTest, EmptyMonthGivesZeroShares) {
    const auto report = buildCompositionReport(Composition{}, Composition{});
    for (const auto& row : report.rows) {
        EXPECT_EQ(row.count, 0);
        EXPECT_EQ(row.shareBp, 0) << row.key.toStdString();
        EXPECT_EQ(row.deltaShareBp, 0) << row.key.toStdString();
    }
}

}  // namespace
