#include "hc/domain/RfmAnalysis.h"

#include <gtest/gtest.h>

using namespace hc::domain;

namespace {

const QDate kAsOf(2026, 6, 30);  // D − 6 months = 2025-12-30

CustomerFacts customer(CustomerId id, QDate last, int visits, Fen amount) {
    CustomerFacts f;
    f.id = id;
    f.phone = QStringLiteral("13800000000");
    f.firstVisit = QDate(2020, 1, 1);
    f.lastVisit = last;
    f.windowVisits = visits;
    f.windowAmountFen = amount;
    return f;
}

struct SegmentCase {
    bool r, f, m;
    RfmSegment segment;
    const char* key;
};

class RfmSegmentTest : public ::testing::TestWithParam<SegmentCase> {};

TEST_P(RfmSegmentTest, EightOctants) {
    const auto& c = GetParam();
    EXPECT_EQ(rfmSegment(c.r, c.f, c.m), c.segment);
    EXPECT_EQ(toKey(c.segment), QString::fromLatin1(c.key));
    EXPECT_EQ(rfmSegmentFromKey(QString::fromLatin1(c.key)), c.segment);

    // The same octant through runRfm with a fixed monetary threshold of 1000 yuan.
    RfmSettings s;
    s.monetaryHighFen = fenFromYuan(1000);
    const QDate last = c.r ? QDate(2025, 12, 30) : QDate(2025, 12, 29);
    const auto result =
        runRfm({customer(1, last, c.f ? 2 : 1, fenFromYuan(c.m ? 1000 : 999))}, kAsOf, s);
    ASSERT_EQ(result.entries.size(), 1U);
    EXPECT_EQ(result.entries[0].segment, c.segment);
    EXPECT_EQ(result.count(c.segment), 1);
}

INSTANTIATE_TEST_SUITE_P(
    All, RfmSegmentTest,
    ::testing::Values(
        SegmentCase{true, true, true, RfmSegment::ImportantValue, "important_value"},
        SegmentCase{true, false, true, RfmSegment::ImportantDevelop, "important_develop"},
        SegmentCase{false, true, true, RfmSegment::ImportantKeep, "important_keep"},
        SegmentCase{false, false, true, RfmSegment::ImportantRetain, "important_retain"},
        SegmentCase{true, true, false, RfmSegment::GeneralValue, "general_value"},
        SegmentCase{true, false, false, RfmSegment::GeneralDevelop, "general_develop"},
        SegmentCase{false, true, false, RfmSegment::GeneralKeep, "general_keep"},
        SegmentCase{false, false, false, RfmSegment::GeneralRetain, "general_retain"}));

TEST(RfmAnalysisTest, MeanThresholdIsExactAndPopulationIsValidWithVisits) {
    // Amounts 100, 200, 301 fen: mean 200.33 → 200 is low, 301 is high; ceil threshold 201.
    std::vector<CustomerFacts> facts{customer(1, kAsOf, 1, 100), customer(2, kAsOf, 1, 200),
                                     customer(3, kAsOf, 1, 301)};
    auto invalid = customer(4, kAsOf, 5, 100000);
    invalid.invalidSince = QDate(2026, 1, 1);
    auto noPhone = customer(5, kAsOf, 5, 100000);
    noPhone.phone.clear();
    auto prospect = customer(6, QDate(), 0, 0);
    facts.push_back(invalid);
    facts.push_back(noPhone);
    facts.push_back(prospect);

    const auto r = runRfm(facts, kAsOf, RfmSettings{});
    EXPECT_EQ(r.population, 3);
    EXPECT_TRUE(r.monetaryFromMean);
    EXPECT_EQ(r.monetaryThresholdFen, 201);
    ASSERT_EQ(r.entries.size(), 3U);
    EXPECT_FALSE(r.entries[0].monetaryHigh);
    EXPECT_FALSE(r.entries[1].monetaryHigh);
    EXPECT_TRUE(r.entries[2].monetaryHigh);
    EXPECT_EQ(r.count(RfmSegment::GeneralDevelop), 2);
    EXPECT_EQ(r.count(RfmSegment::ImportantDevelop), 1);
    int total = 0;
    for (const int c : r.counts) {
        total += c;
    }
    EXPECT_EQ(total, 3);

    // Exactly the mean is high.
    const auto equal =
        runRfm({customer(1, kAsOf, 1, 200), customer(2, kAsOf, 1, 200)}, kAsOf, RfmSettings{});
    EXPECT_TRUE(equal.entries[0].monetaryHigh);
    EXPECT_TRUE(equal.entries[1].monetaryHigh);
}

TEST(RfmAnalysisTest, SettingsChangeTheResult) {
    const auto f = customer(1, QDate(2026, 4, 1), 2, 50000);  // 90 days before D
    RfmSettings s;
    EXPECT_EQ(runRfm({f}, kAsOf, s).entries[0].segment, RfmSegment::ImportantValue);
    s.recency = Span::days(45);
    EXPECT_EQ(runRfm({f}, kAsOf, s).entries[0].segment, RfmSegment::ImportantKeep);
    s.frequencyHigh = 3;
    EXPECT_EQ(runRfm({f}, kAsOf, s).entries[0].segment, RfmSegment::ImportantRetain);
    s.monetaryHighFen = 50001;
    EXPECT_EQ(runRfm({f}, kAsOf, s).entries[0].segment, RfmSegment::GeneralRetain);
}

TEST(RfmAnalysisTest, EmptyPopulation) {
    const auto r = runRfm({}, kAsOf, RfmSettings{});
    EXPECT_EQ(r.population, 0);
    EXPECT_TRUE(r.entries.empty());
    EXPECT_EQ(r.counts, (std::array<int, kRfmSegmentCount>{}));
}

}  // namespace
