#include "hc/domain/ValidationResult.h"

#include <gtest/gtest.h>

using hc::domain::MessageLanguage;
using hc::domain::ValidationResult;

TEST(ValidationResult, FactoriesSetStatusAndMessages) {
    const auto ok = ValidationResult::ok(QStringLiteral("v"));
    EXPECT_TRUE(ok.isOk());
    EXPECT_TRUE(ok.isAcceptable());
    EXPECT_TRUE(ok.code.isEmpty());
    EXPECT_EQ(ok.value, QStringLiteral("v"));

    const auto warn = ValidationResult::warning(QStringLiteral("v"), QStringLiteral("x.w"),
                                                QStringLiteral("中"), QStringLiteral("en"));
    EXPECT_TRUE(warn.isWarning());
    EXPECT_TRUE(warn.isAcceptable());
    EXPECT_EQ(warn.message(MessageLanguage::Zh), QStringLiteral("中"));
    EXPECT_EQ(warn.message(MessageLanguage::En), QStringLiteral("en"));

    const auto err = ValidationResult::error(QStringLiteral("v"), QStringLiteral("x.e"),
                                             QStringLiteral("错"), QStringLiteral("bad"));
    EXPECT_TRUE(err.isError());
    EXPECT_FALSE(err.isAcceptable());
    EXPECT_EQ(err.code, QStringLiteral("x.e"));
}
