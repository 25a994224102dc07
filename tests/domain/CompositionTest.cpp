#include "hc/domain/Composition.h"

#include <gtest/gtest.h>

using namespace hc::domain;

namespace {

TEST(CompositionTest, CountsEveryClassStageAndNew) {
    const std::vector<ClassificationResult> results{
        {CustomerClass::Loyal, Stage::Active, true},
        {CustomerClass::Loyal, Stage::Active, false},
        {CustomerClass::Swing, Stage::NotLost, false},
        {CustomerClass::Swing, Stage::QuasiLost, false},
        {CustomerClass::Lost, Stage::Lost, false},
        {CustomerClass::Lost, Stage::CompletelyLost, false},
        {CustomerClass::Invalid, std::nullopt, true},
        {CustomerClass::NoVisit, std::nullopt, false},
        {CustomerClass::NoVisit, std::nullopt, false},
    };
    const Composition c = summarize(results);
    EXPECT_EQ(c.customers, 9);
    EXPECT_EQ(c.valid, 6);
    EXPECT_EQ(c.invalid, 1);
    EXPECT_EQ(c.noVisit, 2);
    EXPECT_EQ(c.loyal, 2);
    EXPECT_EQ(c.swing, 2);
    EXPECT_EQ(c.lost, 2);
    EXPECT_EQ(c.newCustomers, 2);
    EXPECT_EQ(c.stageCount(Stage::Active), 2);
    EXPECT_EQ(c.stageCount(Stage::NotLost), 1);
    EXPECT_EQ(c.stageCount(Stage::QuasiLost), 1);
    EXPECT_EQ(c.stageCount(Stage::Lost), 1);
    EXPECT_EQ(c.stageCount(Stage::TrendingLost), 0);
    EXPECT_EQ(c.stageCount(Stage::CompletelyLost), 1);
    EXPECT_EQ(c.classCount(CustomerClass::NoVisit), 2);
    EXPECT_EQ(c.valid + c.invalid + c.noVisit, c.customers);
}

TEST(CompositionTest, EmptyIsAllZero) {
    EXPECT_EQ(summarize({}), Composition{});
}

}  // namespace
