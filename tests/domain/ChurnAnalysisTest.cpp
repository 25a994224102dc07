#include "hc/domain/ChurnAnalysis.h"
#include "hc/domain/Percent.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

using namespace hc::domain;

namespace {

// ---------------------------------------------------------------------------------------------
// Golden case: seed 003 (/work/shared/seeds/003_*.txt), "以我司2016年12月分析为例", 190 lost
// vehicles. The seed's tables run the digits together; split, they read:
//
// By region (地区 / 流失数量 / 占比):
//   市区 82 41.16% | 咸阳 25 13.16% | 安康 9 4.74% | 商洛 5 2.63% | 渭南 11 5.79% |
//   汉中 7 3.68% | 铜川 8 4.21% | 延安 4 2.1% | 榆林 2 1.05% | 外地 37 19.47%      (Σ = 190)
//   Misprints: 市区 82/190 = 43.157… → 43.16 % (the seed prints 41.16 %, and therefore its
//   conclusion "市区及外地 60.63 %" should read 119/190 = 62.63 %); 延安 4/190 = 2.105… → 2.11 %
//   (the seed prints 2.1 %). The computed shares sum to exactly 100.00 %.
//
// By model (车型 / 保有量 / 流失数 / 流失率):
//   汉兰达 421 50 11.87% | 凯美瑞 516 58 11.24% | 凯美瑞双擎 16 1 6.25% | 雷凌 315 20 6.34% |
//   雷凌双擎 23 2 8.69% | 致炫 358 27 7.54% | 逸致 27 3 11.11% | 雅力士 52 29 55.8%  (Σ lost = 190)
//   The seed truncates instead of rounding: 50/421 = 11.876… → 11.88 % (seed 11.87),
//   20/315 = 6.349… → 6.35 % (seed 6.34), 2/23 = 8.695… → 8.70 % (seed 8.69),
//   29/52 = 55.769… → 55.77 % (seed 55.8, one decimal).
//
// By vehicle age (购车时长 / 流失数量 / 占比 / 累计占比):
//   1年内 14 7.37% 7.37% | 1-2年 32 16.42% 24.21% | 2-3年 49 25.80% 50% | 3年以上 95 50% 100%
//   Misprints: 32/190 = 16.842… → 16.84 % (seed 16.42 %); 49/190 = 25.789… → 25.79 % (seed
//   25.80 %). The printed cumulative shares 24.21 / 50 / 100 are right: they are computed from
//   the cumulative counts 46, 95, 190 (and the seed's own shares 7.37 + 16.42 would give 23.79).
// ---------------------------------------------------------------------------------------------

const QDate kAsOf(2016, 11, 30);  // "截止2016年11月30日"

struct RegionGolden {
    const char* region;
    int lost;
    int shareBp;
};
const std::vector<RegionGolden> kRegions{
    {"市区", 82, 4316}, {"咸阳", 25, 1316}, {"安康", 9, 474}, {"商洛", 5, 263}, {"渭南", 11, 579},
    {"汉中", 7, 368},   {"铜川", 8, 421},   {"延安", 4, 211}, {"榆林", 2, 105}, {"外地", 37, 1947},
};

struct ModelGolden {
    const char* model;
    int population;
    int lost;
    int rateBp;
};
const std::vector<ModelGolden> kModels{
    {"汉兰达", 421, 50, 1188}, {"凯美瑞", 516, 58, 1124}, {"凯美瑞双擎", 16, 1, 625},
    {"雷凌", 315, 20, 635},    {"雷凌双擎", 23, 2, 870},  {"致炫", 358, 27, 754},
    {"逸致", 27, 3, 1111},     {"雅力士", 52, 29, 5577},
};

struct AgeGolden {
    VehicleAgeBucket bucket;
    QDate purchase;  // a purchase date inside the bucket as of kAsOf
    int lost;
    int shareBp;
    int cumulativeBp;
};
const std::vector<AgeGolden> kAges{
    {VehicleAgeBucket::UnderOne, QDate(2016, 3, 15), 14, 737, 737},
    {VehicleAgeBucket::OneToTwo, QDate(2015, 6, 1), 32, 1684, 2421},
    {VehicleAgeBucket::TwoToThree, QDate(2014, 2, 1), 49, 2579, 5000},
    {VehicleAgeBucket::ThreeOrMore, QDate(2010, 5, 5), 95, 5000, 10000},
};

/// Expands {value, count} pairs into a list of `count` copies of each value.
template <typename T, typename F>
std::vector<T> expand(const std::vector<T>& rows, F count) {
    std::vector<T> out;
    for (const auto& row : rows) {
        for (int i = 0; i < count(row); ++i) {
            out.push_back(row);
        }
    }
    return out;
}

/// 190 lost vehicles whose regions, models and ages reproduce the seed's three tables, the
/// non-lost vehicles of valid owners that make up each model's population, and vehicles of
/// invalid / no-visit owners that must not count anywhere.
std::vector<ChurnVehicle> seed003Vehicles() {
    const auto regions = expand(kRegions, [](const RegionGolden& r) { return r.lost; });
    const auto models = expand(kModels, [](const ModelGolden& m) { return m.lost; });
    const auto ages = expand(kAges, [](const AgeGolden& a) { return a.lost; });
    EXPECT_EQ(regions.size(), 190U);
    EXPECT_EQ(models.size(), 190U);
    EXPECT_EQ(ages.size(), 190U);

    std::vector<ChurnVehicle> vehicles;
    VehicleId id = 1;
    for (std::size_t i = 0; i < regions.size(); ++i) {
        // Spread models against regions so that no column is a copy of another.
        const auto& model = models.at((i * 7) % models.size());
        vehicles.push_back(ChurnVehicle{id++, QString::fromUtf8(regions.at(i).region),
                                        QString::fromUtf8(model.model), ages.at(i).purchase,
                                        CustomerClass::Lost});
    }
    for (const auto& model : kModels) {
        for (int i = 0; i < model.population - model.lost; ++i) {
            vehicles.push_back(ChurnVehicle{
                id++, QStringLiteral("市区"), QString::fromUtf8(model.model), QDate(2012, 1, 1),
                i % 3 == 0 ? CustomerClass::Swing : CustomerClass::Loyal});
        }
        // Vehicles of invalid and not-yet-visited owners: outside the population.
        vehicles.push_back(ChurnVehicle{id++, QStringLiteral("外地"),
                                        QString::fromUtf8(model.model), QDate(2010, 1, 1),
                                        CustomerClass::Invalid});
        vehicles.push_back(ChurnVehicle{id++, QStringLiteral("外地"),
                                        QString::fromUtf8(model.model), QDate(2010, 1, 1),
                                        CustomerClass::NoVisit});
    }
    return vehicles;
}

TEST(ChurnAnalysisSeed003, Totals) {
    const auto result = analyzeChurn(seed003Vehicles(), kAsOf);
    EXPECT_EQ(result.lost, 190);
    EXPECT_EQ(result.population, 1728);  // 421+516+16+315+23+358+27+52
    EXPECT_EQ(result.rateBp, 1100);      // 190/1728 = 10.995… → 11.00 %
    EXPECT_EQ(result.skipped, 16);       // one invalid + one no-visit vehicle per model
    EXPECT_EQ(result.unknownAgeLost, 0);
}

TEST(ChurnAnalysisSeed003, ByRegion) {
    const auto result = analyzeChurn(seed003Vehicles(), kAsOf);
    ASSERT_EQ(result.byRegion.size(), kRegions.size());
    for (const auto& golden : kRegions) {
        const auto* row = result.region(QString::fromUtf8(golden.region));
        ASSERT_NE(row, nullptr) << golden.region;
        EXPECT_EQ(row->lost, golden.lost) << golden.region;
        EXPECT_EQ(row->shareBp, golden.shareBp) << golden.region;
    }
    // Lost descending (no ties in the seed).
    const std::vector<std::pair<QString, QString>> order{
        {QStringLiteral("市区"), QStringLiteral("43.16")},
        {QStringLiteral("外地"), QStringLiteral("19.47")},
        {QStringLiteral("咸阳"), QStringLiteral("13.16")},
        {QStringLiteral("渭南"), QStringLiteral("5.79")},
        {QStringLiteral("安康"), QStringLiteral("4.74")},
        {QStringLiteral("铜川"), QStringLiteral("4.21")},
        {QStringLiteral("汉中"), QStringLiteral("3.68")},
        {QStringLiteral("商洛"), QStringLiteral("2.63")},
        {QStringLiteral("延安"), QStringLiteral("2.11")},
        {QStringLiteral("榆林"), QStringLiteral("1.05")},
    };
    int sumBp = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        EXPECT_EQ(result.byRegion.at(i).region, order.at(i).first) << i;
        EXPECT_EQ(formatPercent(result.byRegion.at(i).shareBp), order.at(i).second) << i;
        sumBp += result.byRegion.at(i).shareBp;
    }
    EXPECT_EQ(sumBp, 10000);
    // The seed's conclusion "市区及外地车的流失客户占到60.63%" — exactly 119/190 = 62.63 %.
    EXPECT_EQ(percentBp(82 + 37, 190), 6263);
}

TEST(ChurnAnalysisSeed003, ByModel) {
    const auto result = analyzeChurn(seed003Vehicles(), kAsOf);
    ASSERT_EQ(result.byModel.size(), kModels.size());
    for (const auto& golden : kModels) {
        const auto* row = result.model(QString::fromUtf8(golden.model));
        ASSERT_NE(row, nullptr) << golden.model;
        EXPECT_EQ(row->population, golden.population) << golden.model;
        EXPECT_EQ(row->lost, golden.lost) << golden.model;
        EXPECT_EQ(row->rateBp, golden.rateBp) << golden.model;
        EXPECT_EQ(row->shareBp, percentBp(golden.lost, 190)) << golden.model;
    }
    EXPECT_EQ(formatPercentSign(result.model(QStringLiteral("汉兰达"))->rateBp).toStdString(),
              "11.88%");
    EXPECT_EQ(formatPercentSign(result.model(QStringLiteral("雅力士"))->rateBp).toStdString(),
              "55.77%");
    // Lost descending, then population descending.
    const std::vector<QString> order{
        QStringLiteral("凯美瑞"),   QStringLiteral("汉兰达"),     QStringLiteral("雅力士"),
        QStringLiteral("致炫"),     QStringLiteral("雷凌"),       QStringLiteral("逸致"),
        QStringLiteral("雷凌双擎"), QStringLiteral("凯美瑞双擎"),
    };
    for (std::size_t i = 0; i < order.size(); ++i) {
        EXPECT_EQ(result.byModel.at(i).model, order.at(i)) << i;
    }
}

TEST(ChurnAnalysisSeed003, ByVehicleAge) {
    const auto result = analyzeChurn(seed003Vehicles(), kAsOf);
    for (std::size_t i = 0; i < kAges.size(); ++i) {
        const auto& golden = kAges.at(i);
        const auto& row = result.byVehicleAge.at(i);
        EXPECT_EQ(row.bucket, golden.bucket) << i;
        EXPECT_EQ(row.lost, golden.lost) << i;
        EXPECT_EQ(row.shareBp, golden.shareBp) << i;
        EXPECT_EQ(row.cumulativeBp, golden.cumulativeBp) << i;
    }
    EXPECT_EQ(result.age(VehicleAgeBucket::OneToTwo).cumulativeLost, 46);
    EXPECT_EQ(formatPercent(result.age(VehicleAgeBucket::OneToTwo).shareBp).toStdString(),
              "16.84");  // seed: 16.42
    EXPECT_EQ(formatPercent(result.age(VehicleAgeBucket::TwoToThree).shareBp).toStdString(),
              "25.79");  // seed: 25.80
    EXPECT_EQ(toKey(result.byVehicleAge.at(3).bucket).toStdString(), ">=3y");
}

// ---------------------------------------------------------------------------------------------
// Rules, table-driven.
// ---------------------------------------------------------------------------------------------

ChurnVehicle lostVehicle(VehicleId id, const QString& region, const QString& model,
                         const QDate& purchase) {
    return ChurnVehicle{id, region, model, purchase, CustomerClass::Lost};
}

struct AgeCase {
    const char* name;
    QDate purchase;
    int bucket;  // index into byVehicleAge, -1 = unknown
};

class ChurnAgeBoundaryTest : public ::testing::TestWithParam<AgeCase> {};

TEST_P(ChurnAgeBoundaryTest, PutsTheVehicleInItsBucket) {
    const auto& c = GetParam();
    const QDate asOf(2016, 11, 30);
    const auto result = analyzeChurn(
        {lostVehicle(1, QStringLiteral("市区"), QStringLiteral("致炫"), c.purchase)}, asOf);
    for (int i = 0; i < kVehicleAgeBucketCount; ++i) {
        EXPECT_EQ(result.byVehicleAge.at(static_cast<std::size_t>(i)).lost, i == c.bucket ? 1 : 0)
            << c.name << " bucket " << i;
    }
    EXPECT_EQ(result.unknownAgeLost, c.bucket < 0 ? 1 : 0) << c.name;
}

INSTANTIATE_TEST_SUITE_P(Boundaries, ChurnAgeBoundaryTest,
                         ::testing::Values(AgeCase{"bought on D", QDate(2016, 11, 30), 0},
                                           AgeCase{"one day short of a year", QDate(2015, 12, 1),
                                                   0},
                                           AgeCase{"exactly one year", QDate(2015, 11, 30), 1},
                                           AgeCase{"exactly two years", QDate(2014, 11, 30), 2},
                                           AgeCase{"one day short of three", QDate(2013, 12, 1), 2},
                                           AgeCase{"exactly three years", QDate(2013, 11, 30), 3},
                                           AgeCase{"ten years", QDate(2006, 1, 1), 3},
                                           AgeCase{"no purchase date", QDate(), -1},
                                           AgeCase{"purchased after D", QDate(2016, 12, 1), -1}));

TEST(ChurnAnalysisTest, UnknownAgesCountInTheTotalButNotInTheCumulativeLine) {
    const QDate asOf(2016, 11, 30);
    const auto result = analyzeChurn(
        {
            lostVehicle(1, QStringLiteral("市区"), QStringLiteral("致炫"), QDate(2016, 1, 1)),
            lostVehicle(2, QStringLiteral("市区"), QStringLiteral("致炫"), QDate(2010, 1, 1)),
            lostVehicle(3, QStringLiteral("市区"), QStringLiteral("致炫"), QDate(2010, 1, 1)),
            lostVehicle(4, QStringLiteral("市区"), QStringLiteral("致炫"), QDate()),
        },
        asOf);
    EXPECT_EQ(result.lost, 4);
    EXPECT_EQ(result.unknownAgeLost, 1);
    EXPECT_EQ(result.unknownAgeShareBp, 2500);
    EXPECT_EQ(result.age(VehicleAgeBucket::UnderOne).shareBp, 2500);
    EXPECT_EQ(result.age(VehicleAgeBucket::OneToTwo).cumulativeBp, 2500);
    EXPECT_EQ(result.age(VehicleAgeBucket::ThreeOrMore).shareBp, 5000);
    EXPECT_EQ(result.age(VehicleAgeBucket::ThreeOrMore).cumulativeBp, 7500);  // not 100 %
}

TEST(ChurnAnalysisTest, CountsPerVehicleAndOnlyValidOwners) {
    const QDate asOf(2016, 11, 30);
    const QDate bought(2014, 6, 1);
    const auto result = analyzeChurn(
        {
            // a lost customer with two vehicles: two lost vehicles
            lostVehicle(1, QStringLiteral("咸阳"), QStringLiteral("雷凌"), bought),
            lostVehicle(2, QStringLiteral("咸阳"), QStringLiteral("汉兰达"), bought),
            ChurnVehicle{3, QStringLiteral("咸阳"), QStringLiteral("雷凌"), bought,
                         CustomerClass::Loyal},
            ChurnVehicle{4, QStringLiteral("咸阳"), QStringLiteral("雷凌"), bought,
                         CustomerClass::Swing},
            ChurnVehicle{5, QStringLiteral("咸阳"), QStringLiteral("雷凌"), bought,
                         CustomerClass::Invalid},
            ChurnVehicle{6, QStringLiteral("咸阳"), QStringLiteral("雷凌"), bought,
                         CustomerClass::NoVisit},
            lostVehicle(1, QStringLiteral("咸阳"), QStringLiteral("雷凌"), bought),  // repeated id
        },
        asOf);
    EXPECT_EQ(result.population, 4);
    EXPECT_EQ(result.lost, 2);
    EXPECT_EQ(result.skipped, 3);
    ASSERT_EQ(result.byModel.size(), 2U);
    EXPECT_EQ(result.byModel.at(0), (ChurnModelRow{QStringLiteral("雷凌"), 3, 1, 3333, 5000}));
    EXPECT_EQ(result.byModel.at(1), (ChurnModelRow{QStringLiteral("汉兰达"), 1, 1, 10000, 5000}));
    ASSERT_EQ(result.byRegion.size(), 1U);
    EXPECT_EQ(result.byRegion.at(0), (ChurnRegionRow{QStringLiteral("咸阳"), 2, 10000}));
}

TEST(ChurnAnalysisTest, TiesAreOrderedByNameAndBlanksAreOneGroup) {
    const QDate asOf(2016, 11, 30);
    const QDate bought(2014, 6, 1);
    const auto result = analyzeChurn(
        {
            lostVehicle(1, QStringLiteral("渭南"), QStringLiteral("B"), bought),
            lostVehicle(2, QStringLiteral(" 渭南 "), QStringLiteral("B"), bought),
            lostVehicle(3, QStringLiteral("汉中"), QStringLiteral("A"), bought),
            lostVehicle(4, QStringLiteral("安康"), QStringLiteral("A"), bought),
            lostVehicle(5, QString(), QStringLiteral(" "), bought),
            lostVehicle(6, QStringLiteral("  "), QString(), bought),
        },
        asOf);
    ASSERT_EQ(result.byRegion.size(), 4U);
    EXPECT_EQ(result.byRegion.at(0).region, QString());  // 2 lost, "" sorts first among ties
    EXPECT_EQ(result.byRegion.at(0).lost, 2);
    EXPECT_EQ(result.byRegion.at(1).region, QStringLiteral("渭南"));
    EXPECT_EQ(result.byRegion.at(1).lost, 2);
    EXPECT_EQ(result.byRegion.at(2).region, QStringLiteral("安康"));  // U+5B89 < U+6C49
    EXPECT_EQ(result.byRegion.at(3).region, QStringLiteral("汉中"));
    ASSERT_EQ(result.byModel.size(), 3U);
    EXPECT_EQ(result.byModel.at(0).model, QString());
    EXPECT_EQ(result.byModel.at(1).model, QStringLiteral("A"));
    EXPECT_EQ(result.byModel.at(2).model, QStringLiteral("B"));
    // Each share is rounded on its own: 2/6 + 2/6 prints 33.33 + 33.33 = 66.66, not 66.67.
    EXPECT_EQ(result.byRegion.at(0).shareBp + result.byRegion.at(1).shareBp, 6666);
}

TEST(ChurnAnalysisTest, EmptyInput) {
    const auto result = analyzeChurn({}, QDate(2016, 11, 30));
    EXPECT_EQ(result.population, 0);
    EXPECT_EQ(result.lost, 0);
    EXPECT_EQ(result.rateBp, 0);
    EXPECT_TRUE(result.byRegion.empty());
    EXPECT_TRUE(result.byModel.empty());
    for (const auto& row : result.byVehicleAge) {
        EXPECT_EQ(row.lost, 0);
        EXPECT_EQ(row.cumulativeBp, 0);
    }
}

}  // namespace
