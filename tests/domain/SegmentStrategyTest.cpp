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
    expectDistinctTexts<Stage>(kStageCount, stageStrategy);
    expectDistinctTexts<MatrixCell>(kMatrixCellCount, matrixStrategy);
    expectDistinctTexts<RfmSegment>(kRfmSegmentCount, rfmStrategy);
    expectDistinctTexts<FleetSize>(kFleetSizeCount, fleetStrategy);
    EXPECT_FALSE(newCustomerStrategy().isEmpty());
}

TEST(SegmentStrategyTest, Seed003StageOffers) {
    EXPECT_TRUE(stageStrategy(Stage::NotLost).contains(QStringLiteral("PM2.5")));
    EXPECT_TRUE(stageStrategy(Stage::QuasiLost).contains(QStringLiteral("会员")));
    EXPECT_TRUE(stageStrategy(Stage::Lost).contains(QStringLiteral("九折")));
    EXPECT_TRUE(stageStrategy(Stage::Lost).contains(QStringLiteral("工时七折")));
    EXPECT_TRUE(stageStrategy(Stage::Lost).contains(QStringLiteral("事故车除外")));
    EXPECT_TRUE(stageStrategy(Stage::TrendingLost).contains(QStringLiteral("防冻液")));
    EXPECT_TRUE(stageStrategy(Stage::CompletelyLost).contains(QStringLiteral("关怀")));
    EXPECT_TRUE(matrixStrategy(MatrixCell::AMinus).contains(QStringLiteral("挽回")));
    EXPECT_TRUE(matrixStrategy(MatrixCell::CPlus).contains(QStringLiteral("向上销售")));
    EXPECT_TRUE(classStrategy(CustomerClass::Swing).contains(QStringLiteral("不要用免费赠品")));
}

TEST(SegmentStrategyTest, VehicleGradeByKey) {
    for (const char* key : {"high", "mid", "mid_low", "low"}) {
        EXPECT_TRUE(vehicleGradeStrategy(QString::fromLatin1(key)).has_value()) << key;
    }
    EXPECT_TRUE(vehicleGradeStrategy(QStringLiteral("high"))->contains(QStringLiteral("优质优价")));
    EXPECT_FALSE(vehicleGradeStrategy(QStringLiteral("luxury")).has_value());
}

}  // namespace
