#include "hc/domain/MoneyParser.h"

#include <gtest/gtest.h>

#include <limits>

using hc::domain::Fen;
using hc::domain::MessageLanguage;
using hc::domain::MoneyParser;

namespace {

struct MoneyCase {
    const char* input;
    Fen fen;           // ignored when code is set
    const char* code;  // "" when Ok
};

void PrintTo(const MoneyCase& c, std::ostream* os) {
    *os << c.input;
}

class MoneyTable : public ::testing::TestWithParam<MoneyCase> {};

TEST_P(MoneyTable, Parses) {
    const auto& c = GetParam();
    const auto r = MoneyParser::parse(QString::fromUtf8(c.input));
    EXPECT_EQ(r.code.toStdString(), c.code);
    if (*c.code == '\0') {
        EXPECT_TRUE(r.isOk());
        ASSERT_TRUE(r.fen.has_value());
        EXPECT_EQ(*r.fen, c.fen);
        EXPECT_EQ(r.value, MoneyParser::formatFenPlain(c.fen));
    } else {
        EXPECT_TRUE(r.isError());
        EXPECT_FALSE(r.fen.has_value());
        EXPECT_FALSE(r.message(MessageLanguage::Zh).isEmpty());
        EXPECT_FALSE(r.message(MessageLanguage::En).isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Valid, MoneyTable,
    ::testing::Values(MoneyCase{"1234", 123400, ""}, MoneyCase{"1234.5", 123450, ""},
                      MoneyCase{"1234.50", 123450, ""}, MoneyCase{"1,234.50", 123450, ""},
                      MoneyCase{"1,234,567.89", 123456789, ""}, MoneyCase{"¥1234.56", 123456, ""},
                      MoneyCase{"￥1,234.56", 123456, ""}, MoneyCase{"1234.56元", 123456, ""},
                      MoneyCase{"¥ 1234.56 元", 123456, ""}, MoneyCase{"RMB 99", 9900, ""},
                      MoneyCase{"１２３４．５６", 123456, ""},
                      MoneyCase{"１，２３４．５", 123450, ""}, MoneyCase{"0.01", 1, ""},
                      MoneyCase{".5", 50, ""}, MoneyCase{"5.", 500, ""}, MoneyCase{"0", 0, ""},
                      MoneyCase{"-0", 0, ""}, MoneyCase{"007", 700, ""},
                      MoneyCase{"12.500", 1250, ""}, MoneyCase{"+12", 1200, ""},
                      MoneyCase{"0.29", 29, ""},  // 0.29 * 100 is 28.999... in floating point
                      MoneyCase{"999999999999999.99", 99999999999999999, ""}));

INSTANTIATE_TEST_SUITE_P(Invalid, MoneyTable,
                         ::testing::Values(MoneyCase{"", 0, "money.empty"},
                                           MoneyCase{"  ", 0, "money.empty"},
                                           MoneyCase{"-12", 0, "money.negative"},
                                           MoneyCase{"¥-12.30", 0, "money.negative"},
                                           MoneyCase{"-¥12.30", 0, "money.negative"},
                                           MoneyCase{"1234.567", 0, "money.too_many_decimals"},
                                           MoneyCase{"1,234.501", 0, "money.too_many_decimals"},
                                           MoneyCase{"12,34", 0, "money.invalid_format"},
                                           MoneyCase{"1,2345", 0, "money.invalid_format"},
                                           MoneyCase{"1234,5", 0, "money.invalid_format"},
                                           MoneyCase{"12a", 0, "money.invalid_format"},
                                           MoneyCase{"1.2.3", 0, "money.invalid_format"},
                                           MoneyCase{".", 0, "money.invalid_format"},
                                           MoneyCase{"-", 0, "money.invalid_format"},
                                           MoneyCase{"--5", 0, "money.invalid_format"},
                                           MoneyCase{"1000000000000000", 0, "money.too_large"}));

TEST(MoneyParser, Options) {
    MoneyParser::Options options;
    options.allowNegative = true;
    options.emptyIsZero = true;
    const auto negative = MoneyParser::parse(QStringLiteral("-1,234.50"), options);
    ASSERT_TRUE(negative.fen.has_value());
    EXPECT_EQ(*negative.fen, -123450);
    EXPECT_EQ(negative.value, QStringLiteral("-1234.50"));
    const auto empty = MoneyParser::parse(QString(), options);
    EXPECT_TRUE(empty.isOk());
    EXPECT_EQ(empty.fen, std::optional<Fen>(0));
}

TEST(MoneyParser, Format) {
    const struct {
        Fen fen;
        const char* grouped;
        const char* plain;
    } cases[] = {{0, "0.00", "0.00"},
                 {1, "0.01", "0.01"},
                 {5, "0.05", "0.05"},
                 {123456, "1,234.56", "1234.56"},
                 {100000000, "1,000,000.00", "1000000.00"},
                 {99999, "999.99", "999.99"},
                 {-5, "-0.05", "-0.05"},
                 {-123456, "-1,234.56", "-1234.56"}};
    for (const auto& c : cases) {
        EXPECT_EQ(MoneyParser::formatFen(c.fen).toStdString(), c.grouped);
        EXPECT_EQ(MoneyParser::formatFenPlain(c.fen).toStdString(), c.plain);
    }
    EXPECT_EQ(MoneyParser::formatYuan(123456), QStringLiteral("¥1,234.56"));
    EXPECT_EQ(MoneyParser::formatFen(std::numeric_limits<Fen>::min()),
              QStringLiteral("-92,233,720,368,547,758.08"));
}

TEST(MoneyParser, RoundTrip) {
    for (const Fen fen : {Fen{0}, Fen{1}, Fen{99}, Fen{123456}, Fen{98765432101}}) {
        EXPECT_EQ(MoneyParser::parse(MoneyParser::formatFen(fen)).fen, std::optional<Fen>(fen));
        EXPECT_EQ(MoneyParser::parse(MoneyParser::formatYuan(fen)).fen, std::optional<Fen>(fen));
    }
}

}  // namespace
