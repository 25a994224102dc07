// Regression tests for what the sanitizer build and the fuzz targets found (docs/security.md,
// "Fuzzing and sanitizers"). Each test names the finding it pins.
#include "hc/domain/LoyaltyMatrix.h"
#include "hc/domain/MaintenanceDueEstimator.h"

#include <gtest/gtest.h>

#include <optional>

namespace {

using hc::domain::MileageRate;
using hc::domain::VehicleUsage;

// clang (-Wdefaulted-function-deleted): VehicleUsage's defaulted == was deleted because
// MileageRate had no ==; GCC accepted the declaration silently, so the comparison never existed.
TEST(SanitizerFindings, VehicleUsageAndMileageRateCompareByValue) {
    EXPECT_EQ((MileageRate{3000, 300}), (MileageRate{3000, 300}));
    EXPECT_NE((MileageRate{3000, 300}), (MileageRate{3000, 301}));
    const VehicleUsage a{2, MileageRate{3000, 300}};
    EXPECT_EQ(a, (VehicleUsage{2, MileageRate{3000, 300}}));
    EXPECT_NE(a, (VehicleUsage{2, std::nullopt}));
    EXPECT_NE(a, (VehicleUsage{3, MileageRate{3000, 300}}));
}

}  // namespace
