#include "hc/domain/FleetSize.h"

#include <gtest/gtest.h>

using namespace hc::domain;

namespace {

TEST(FleetSizeTest, DefaultThresholds) {
    const std::pair<int, std::optional<FleetSize>> cases[] = {
        {-1, std::nullopt},     {0, std::nullopt},      {1, FleetSize::Single},
        {2, FleetSize::Small},  {4, FleetSize::Small},  {5, FleetSize::Medium},
        {9, FleetSize::Medium}, {10, FleetSize::Large}, {250, FleetSize::Large}};
    for (const auto& [vehicles, expected] : cases) {
        EXPECT_EQ(fleetSize(vehicles, FleetSettings{}), expected) << vehicles;
    }
}

TEST(FleetSizeTest, ThresholdsAreSettings) {
    FleetSettings s;
    s.large = 20;
    s.medium = 8;
    s.small = 3;
    EXPECT_EQ(fleetSize(10, s), FleetSize::Medium);
    EXPECT_EQ(fleetSize(7, s), FleetSize::Small);
    EXPECT_EQ(fleetSize(2, s), FleetSize::Single);
}

TEST(FleetSizeTest, Keys) {
    const std::pair<FleetSize, const char*> cases[] = {{FleetSize::Large, "large"},
                                                       {FleetSize::Medium, "medium"},
                                                       {FleetSize::Small, "small"},
                                                       {FleetSize::Single, "single"}};
    for (const auto& [size, key] : cases) {
        EXPECT_EQ(toKey(size), QString::fromLatin1(key));
        EXPECT_EQ(fleetSizeFromKey(QString::fromLatin1(key)), size);
    }
    EXPECT_FALSE(fleetSizeFromKey(QStringLiteral("huge")).has_value());
}

}  // namespace
