#include "hc/domain/Percent.h"
#include "hc/domain/SatisfactionSummary.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

using namespace hc::domain;

namespace {

const std::vector<SatisfactionItem> kItems{
    {QStringLiteral("reception"), QStringLiteral("接待热情")},
    {QStringLiteral("explanation"), QStringLiteral("费用说明")},
    {QStringLiteral("quality"), QStringLiteral("维修质量")},
    {QStringLiteral("on_time"), QStringLiteral("按时交车")},
    {QStringLiteral("cleanliness"), QStringLiteral("车辆清洁")},
    {QStringLiteral("waiting_area"), QStringLiteral("休息区")},
    {QStringLiteral("callback"), QStringLiteral("回访及时")},
};

std::vector<SatisfactionAnswer> monthAnswers() {
    const std::vector<std::pair<const char*, std::vector<int>>> scores{
        {"reception", {5, 5, 4, 5}},                 // 19/4 = 4.75
        {"explanation", {4, 4, 5}},                  // 13/3 = 4.333… → 4.33
        {"quality", {5, 4, 5, 4, 5, 4}},             // 27/6 = 4.50 ≥ 4.21 + 0.20 → strong
        {"on_time", {3, 4, 3}},                      // 10/3 = 3.333… → 3.33 → weak
        {"cleanliness", {4, 3, 4, 3}},               // 14/4 = 3.50 ≤ 4.21 − 0.20 → weak
        {"waiting_area", {5, 5, 4, 4, 4, 4, 5, 4}},  // 35/8 = 4.375 → 4.38 (half-up)
        {"reception", {0, 6}},                       // out of range: rejected
        {"price", {5}},                              // unknown item: rejected
    };
    std::vector<SatisfactionAnswer> answers;
    for (const auto& [id, list] : scores) {
        for (const int score : list) {
            answers.push_back(SatisfactionAnswer{QString::fromLatin1(id), score});
        }
    }
    return answers;
}

struct ItemGolden {
    const char* id;
    int answers;
    long long sum;
    std::optional<int> averageX100;
    const char* printed;  // "" when no answers
    bool strong;
    bool weak;
};

TEST(SatisfactionSummaryTest, PerItemAveragesStrongAndWeak) {
    const auto summary = summarizeSatisfaction(kItems, monthAnswers());
    const std::vector<ItemGolden> golden{
        {"reception", 4, 19, 475, "4.75", true, false},
        {"explanation", 3, 13, 433, "4.33", false, false},
        {"quality", 6, 27, 450, "4.50", true, false},
        {"on_time", 3, 10, 333, "3.33", false, true},
        {"cleanliness", 4, 14, 350, "3.50", false, true},
        {"waiting_area", 8, 35, 438, "4.38", false, false},
        {"callback", 0, 0, std::nullopt, "", false, false},
    };
    ASSERT_EQ(summary.items.size(), golden.size());
    for (std::size_t i = 0; i < golden.size(); ++i) {
        const auto& g = golden.at(i);
        const auto& item = summary.items.at(i);
        EXPECT_EQ(item.id.toStdString(), g.id);
        EXPECT_EQ(item.label, kItems.at(i).label);
        EXPECT_EQ(item.answers, g.answers) << g.id;
        EXPECT_EQ(item.sum, g.sum) << g.id;
        EXPECT_EQ(item.averageX100, g.averageX100) << g.id;
        if (item.averageX100) {
            EXPECT_EQ(formatHundredths(*item.averageX100).toStdString(), g.printed) << g.id;
        }
        EXPECT_EQ(item.strong, g.strong) << g.id;
        EXPECT_EQ(item.weak, g.weak) << g.id;
    }
    EXPECT_EQ(summary.answers, 28);
    EXPECT_EQ(summary.rejected, 3);
    EXPECT_EQ(summary.overallAverageX100, 421);  // 118/28 = 4.214…, not the mean of the means
    EXPECT_EQ(summary.strongItems,
              (std::vector<QString>{QStringLiteral("reception"), QStringLiteral("quality")}));
    EXPECT_EQ(summary.weakItems,
              (std::vector<QString>{QStringLiteral("on_time"), QStringLiteral("cleanliness")}));
    // Only items below the overall 4.21 are "lowest": explanation (4.33) is not.
    EXPECT_EQ(summary.lowestItems,
              (std::vector<QString>{QStringLiteral("on_time"), QStringLiteral("cleanliness")}));
    const auto* reception = summary.item(QStringLiteral("reception"));
    ASSERT_NE(reception, nullptr);
    EXPECT_EQ(reception->scoreCount(5), 3);
    EXPECT_EQ(reception->scoreCount(4), 1);
    EXPECT_EQ(reception->scoreCount(1), 0);
    EXPECT_FALSE(summary.item(QStringLiteral("callback"))->ranked);
    EXPECT_EQ(summary.item(QStringLiteral("price")), nullptr);
}

TEST(SatisfactionSummaryTest, MinimumAnswersAndCustomMargin) {
    SatisfactionSettings settings;
    settings.minAnswers = 4;
    settings.marginX100 = 50;  // strong ≥ 4.71, weak ≤ 3.71 around the overall 4.21
    settings.lowestCount = 2;
    const auto summary = summarizeSatisfaction(kItems, monthAnswers(), settings);
    // explanation and on_time have 3 answers: averaged but not ranked.
    EXPECT_EQ(summary.item(QStringLiteral("on_time"))->averageX100, 333);
    EXPECT_FALSE(summary.item(QStringLiteral("on_time"))->weak);
    EXPECT_EQ(summary.strongItems, (std::vector<QString>{QStringLiteral("reception")}));
    EXPECT_EQ(summary.weakItems, (std::vector<QString>{QStringLiteral("cleanliness")}));
    // waiting_area (4.38) is above the overall average: not among the lowest.
    EXPECT_EQ(summary.lowestItems, (std::vector<QString>{QStringLiteral("cleanliness")}));
}

TEST(SatisfactionSummaryTest, TiesKeepQuestionnaireOrder) {
    // Questionnaire order b, a, c: b and a tie at 3.00, c is strong; "a" repeated is ignored.
    const std::vector<SatisfactionItem> items{{QStringLiteral("b"), QStringLiteral("B")},
                                              {QStringLiteral("a"), QStringLiteral("A")},
                                              {QStringLiteral("c"), QStringLiteral("C")},
                                              {QStringLiteral("a"), QStringLiteral("again")}};
    const std::vector<SatisfactionAnswer> answers{{QStringLiteral("c"), 5},
                                                  {QStringLiteral("a"), 3},
                                                  {QStringLiteral("b"), 2},
                                                  {QStringLiteral("b"), 4}};
    const auto summary = summarizeSatisfaction(items, answers);
    ASSERT_EQ(summary.items.size(), 3U);
    EXPECT_EQ(summary.item(QStringLiteral("a"))->label, QStringLiteral("A"));
    EXPECT_EQ(summary.item(QStringLiteral("b"))->averageX100, 300);
    EXPECT_EQ(summary.weakItems, (std::vector<QString>{QStringLiteral("b"), QStringLiteral("a")}));
    EXPECT_EQ(summary.lowestItems,
              (std::vector<QString>{QStringLiteral("b"), QStringLiteral("a")}));
    EXPECT_EQ(summary.strongItems, (std::vector<QString>{QStringLiteral("c")}));
}

TEST(SatisfactionSummaryTest, AllWithinTheMarginNoStrongWeakOrLowest) {
    auto answers = [](std::initializer_list<std::pair<const char*, std::vector<int>>> scores) {
        std::vector<SatisfactionAnswer> out;
        for (const auto& [id, list] : scores) {
            for (const int score : list) {
                out.push_back(SatisfactionAnswer{QString::fromLatin1(id), score});
            }
        }
        return out;
    };
    // Every item at 5.00 (the landed app listed such an item as weak): nothing stands out.
    const auto same = summarizeSatisfaction(
        kItems, answers({{"reception", {5, 5}}, {"quality", {5, 5}}, {"on_time", {5, 5}}}));
    EXPECT_TRUE(same.strongItems.empty());
    EXPECT_TRUE(same.weakItems.empty());
    EXPECT_TRUE(same.lowestItems.empty());
    // 5.00 and 4.80 around an overall 4.90: within 0.20, neither strong nor weak; 4.80 is lowest.
    const auto close = summarizeSatisfaction(
        kItems, answers({{"reception", {5, 5, 5, 5, 5}}, {"quality", {5, 5, 5, 5, 4}}}));
    EXPECT_EQ(close.overallAverageX100, 490);
    EXPECT_TRUE(close.strongItems.empty());
    EXPECT_TRUE(close.weakItems.empty());
    EXPECT_EQ(close.lowestItems, (std::vector<QString>{QStringLiteral("quality")}));
}

TEST(SatisfactionSummaryTest, NoAnswers) {
    const auto summary = summarizeSatisfaction(kItems, {});
    EXPECT_EQ(summary.answers, 0);
    EXPECT_FALSE(summary.overallAverageX100.has_value());
    EXPECT_TRUE(summary.strongItems.empty());
    EXPECT_TRUE(summary.weakItems.empty());
    EXPECT_TRUE(summary.lowestItems.empty());
}

}  // namespace
