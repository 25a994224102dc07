#include "hc/domain/CustomerClass.h"

#include <gtest/gtest.h>

using namespace hc::domain;

namespace {

TEST(CustomerClassTest, ClassKeysRoundTrip) {
    const std::pair<CustomerClass, const char*> cases[] = {{CustomerClass::Loyal, "loyal"},
                                                           {CustomerClass::Swing, "swing"},
                                                           {CustomerClass::Lost, "lost"},
                                                           {CustomerClass::Invalid, "invalid"},
                                                           {CustomerClass::NoVisit, "no_visit"}};
    for (const auto& [cls, key] : cases) {
        EXPECT_EQ(toKey(cls), QString::fromLatin1(key));
        EXPECT_EQ(customerClassFromKey(QString::fromLatin1(key)), cls);
    }
    EXPECT_FALSE(customerClassFromKey(QStringLiteral("Loyal")).has_value());
    EXPECT_FALSE(customerClassFromKey(QString()).has_value());
}

TEST(CustomerClassTest, StageKeysRoundTrip) {
    const std::pair<Stage, const char*> cases[] = {{Stage::Active, "active"},
                                                   {Stage::NotLost, "not_lost"},
                                                   {Stage::QuasiLost, "quasi_lost"},
                                                   {Stage::Lost, "lost"},
                                                   {Stage::TrendingLost, "trending_lost"},
                                                   {Stage::CompletelyLost, "completely_lost"}};
    for (const auto& [stage, key] : cases) {
        EXPECT_EQ(toKey(stage), QString::fromLatin1(key));
        EXPECT_EQ(stageFromKey(QString::fromLatin1(key)), stage);
    }
    EXPECT_FALSE(stageFromKey(QStringLiteral("swing")).has_value());
}

}  // namespace
