#include "hc/domain/SegmentStrategy.h"

#include <gtest/gtest.h>

#include <set>

using namespace hc::domain;

namespace {

// Every concept has a distinct, non-empty Chinese text for each value.
template <typename Enum, typename Fn>
void expectDistinctTexts(int count, Fn text) {
    std::set<QString> seen;
    for (int i = 0; i < count; ++i) {
        const QString t = text(static_cast<Enum>(i));
        EXPECT_FALSE(t.isEmpty()) << i;
        EXPECT_TRUE(seen.insert(t).second) << i;
    }
}

TEST(SegmentStrategyTest, EveryValueHasADistinctText) {
    expectDistinctTexts<CustomerClass>(kCustomerClassCount, classStrategy);
    expectDistinctTexts<Stage>(kStageCount,
                               [](Stage st) { return stageStrategy(st, LifecycleSettings{}); });
    expectDistinctTexts<MatrixCell>(kMatrixCellCount, matrixStrategy);
    expectDistinctTexts<RfmSegment>(kRfmSegmentCount, rfmStrategy);
    expectDistinctTexts<FleetSize>(kFleetSizeCount, fleetStrategy);
    EXPECT_FALSE(newCustomerStrategy().isEmpty());
}

TEST(SegmentStrategyTest, Seed003StageOffers) {
    EXPECT_TRUE(stageAction(Stage::NotLost).contains(QStringLiteral("PM2.5")));
    EXPECT_TRUE(stageAction(Stage::QuasiLost).contains(QStringLiteral("会员")));
    EXPECT_TRUE(stageAction(Stage::Lost).contains(QStringLiteral("九折")));
    EXPECT_TRUE(stageAction(Stage::Lost).contains(QStringLiteral("工时七折")));
    EXPECT_TRUE(stageAction(Stage::Lost).contains(QStringLiteral("事故车除外")));
    EXPECT_TRUE(stageAction(Stage::TrendingLost).contains(QStringLiteral("防冻液")));
    EXPECT_TRUE(stageAction(Stage::CompletelyLost).contains(QStringLiteral("关怀")));
    EXPECT_TRUE(matrixStrategy(MatrixCell::AMinus).contains(QStringLiteral("挽回")));
    EXPECT_TRUE(matrixStrategy(MatrixCell::CPlus).contains(QStringLiteral("向上销售")));
    EXPECT_TRUE(classStrategy(CustomerClass::Swing).contains(QStringLiteral("不要用免费赠品")));
}

TEST(SegmentStrategyTest, StageTextsTakeTheirNumbersFromTheSettings) {
    // Defaults: seed 003's table.
    const LifecycleSettings defaults;
    const std::pair<Stage, const char*> golden[] = {
        {Stage::Active, "活跃客户(6个月以内未来厂):"},
        {Stage::NotLost, "非流失客户(6–8个月未来厂):"},
        {Stage::QuasiLost, "准流失客户(8–12个月未来厂):"},
        {Stage::Lost, "流失客户(1–2年未来厂):"},
        {Stage::TrendingLost, "趋向彻底流失客户(2–3年未来厂):"},
        {Stage::CompletelyLost, "彻底流失客户(3年以上未来厂):"},
    };
    for (const auto& [stage, head] : golden) {
        const QString text = stageStrategy(stage, defaults);
        EXPECT_TRUE(text.startsWith(QString::fromUtf8(head))) << text.toStdString();
        EXPECT_TRUE(text.endsWith(stageAction(stage))) << text.toStdString();
    }
    // A clinic (seed 004): 45 / 90 / 180 days; the lost stage starts where the lost class does.
    LifecycleSettings clinic;
    clinic.loyal = Span::days(45);
    clinic.notLostUntil = Span::days(90);
    clinic.lost = Span::days(180);
    clinic.lostUntil = Span::days(365);
    clinic.trendingLostUntil = Span::days(730);
    EXPECT_EQ(stageRange(Stage::Active, clinic), QStringLiteral("45天以内"));
    EXPECT_EQ(stageRange(Stage::NotLost, clinic), QStringLiteral("45–90天"));
    EXPECT_EQ(stageRange(Stage::QuasiLost, clinic), QStringLiteral("90–180天"));
    EXPECT_EQ(stageRange(Stage::Lost, clinic), QStringLiteral("180–365天"));
    EXPECT_EQ(stageRange(Stage::CompletelyLost, clinic), QStringLiteral("730天以上"));
    // Moving the lost boundary moves the texts: nothing says "8–12个月" any more.
    LifecycleSettings nine = defaults;
    nine.lost = Span::months(9);
    EXPECT_EQ(stageRange(Stage::QuasiLost, nine), QStringLiteral("8–9个月"));
    EXPECT_EQ(stageRange(Stage::Lost, nine), QStringLiteral("9–24个月"));
    EXPECT_EQ(spanRangeText(Span::months(8), Span::days(400)), QStringLiteral("8个月–400天"));
}

TEST(SegmentStrategyTest, VehicleGradeByKey) {
    for (const char* key : {"high", "mid", "mid_low", "low"}) {
        EXPECT_TRUE(vehicleGradeStrategy(QString::fromLatin1(key)).has_value()) << key;
    }
    EXPECT_TRUE(vehicleGradeStrategy(QStringLiteral("high"))->contains(QStringLiteral("优质优价")));
    EXPECT_FALSE(vehicleGradeStrategy(QStringLiteral("luxury")).has_value());
}

}  // namespace
