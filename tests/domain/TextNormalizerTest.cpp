#include "hc/domain/TextNormalizer.h"

#include <gtest/gtest.h>

using hc::domain::TextNormalizer;

namespace {

struct NormalizeCase {
    const char* input;
    int options;
    const char* expected;
};

class TextNormalizerNormalize : public ::testing::TestWithParam<NormalizeCase> {};

TEST_P(TextNormalizerNormalize, AppliesOptions) {
    const auto& c = GetParam();
    EXPECT_EQ(
        TextNormalizer::normalize(QString::fromUtf8(c.input), TextNormalizer::Options(c.options)),
        QString::fromUtf8(c.expected));
}

INSTANTIATE_TEST_SUITE_P(
    Table, TextNormalizerNormalize,
    ::testing::Values(NormalizeCase{"ＡＢＣ１２３", TextNormalizer::HalfWidth, "ABC123"},
                      NormalizeCase{"！～", TextNormalizer::HalfWidth, "!~"},
                      NormalizeCase{"张　三", TextNormalizer::HalfWidth, "张 三"},
                      NormalizeCase{"  a  b  ", TextNormalizer::Trim, "a  b"},
                      NormalizeCase{"  张\t\t三　 丰 ", TextNormalizer::kTextOptions, "张 三 丰"},
                      NormalizeCase{" lsvaa 4185 ", TextNormalizer::kCodeOptions, "LSVAA4185"},
                      NormalizeCase{
                          "（０２９）８１６２－９９００",
                          TextNormalizer::HalfWidth | TextNormalizer::StripPhoneSeparators,
                          "02981629900"},
                      NormalizeCase{"abc", TextNormalizer::NoOption, "abc"},
                      NormalizeCase{"", TextNormalizer::kTextOptions, ""}));

TEST(TextNormalizer, HelpersConvertFullWidth) {
    EXPECT_EQ(TextNormalizer::text(QStringLiteral("　陕西　西安　")), QStringLiteral("陕西 西安"));
    EXPECT_EQ(TextNormalizer::code(QStringLiteral("ｌｓｖ　１２")), QStringLiteral("LSV12"));
    EXPECT_EQ(TextNormalizer::digitsOnly(QStringLiteral("+86 １３８-1234")),
              QStringLiteral("861381234"));
    EXPECT_EQ(TextNormalizer::stripPhoneSeparators(QStringLiteral("(010) 1234-5678")),
              QStringLiteral("01012345678"));
    EXPECT_EQ(TextNormalizer::removeWhitespace(QStringLiteral(" a b\tc ")), QStringLiteral("abc"));
}

TEST(TextNormalizer, LeavesCharactersOutsideTheFullWidthBlockAlone) {
    // U+FF00 and U+FF5F are just outside U+FF01–U+FF5E.
    const QString edge = QString(QChar(0xFF00)) + QChar(0xFF5F);
    EXPECT_EQ(TextNormalizer::toHalfWidth(edge), edge);
}

}  // namespace
