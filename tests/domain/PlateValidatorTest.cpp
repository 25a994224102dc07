#include "hc/domain/PlateValidator.h"

#include <gtest/gtest.h>

using hc::domain::MessageLanguage;
using hc::domain::PlateValidator;
using Kind = hc::domain::PlateValidator::Kind;
using Status = hc::domain::ValidationResult::Status;

namespace {

struct PlateCase {
    const char* input;
    Status status;
    Kind kind;
    const char* code;
    const char* value;
};

void PrintTo(const PlateCase& c, std::ostream* os) {
    *os << c.input;
}

class PlateTable : public ::testing::TestWithParam<PlateCase> {};

TEST_P(PlateTable, Validates) {
    const auto& c = GetParam();
    const auto r = PlateValidator::validate(QString::fromUtf8(c.input));
    EXPECT_EQ(static_cast<int>(r.status), static_cast<int>(c.status)) << r.code.toStdString();
    EXPECT_EQ(static_cast<int>(r.kind), static_cast<int>(c.kind));
    EXPECT_EQ(r.code.toStdString(), c.code);
    EXPECT_EQ(r.value.toStdString(), c.value);
    if (c.status == Status::Error) {
        EXPECT_FALSE(r.message(MessageLanguage::Zh).isEmpty());
        EXPECT_FALSE(r.message(MessageLanguage::En).isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Ordinary, PlateTable,
    ::testing::Values(
        PlateCase{"陕A12345", Status::Ok, Kind::Ordinary, "", "陕A12345"},
        PlateCase{"陕A·12345", Status::Ok, Kind::Ordinary, "", "陕A12345"},
        PlateCase{"陕A・12345", Status::Ok, Kind::Ordinary, "", "陕A12345"},
        PlateCase{"陕A.12345", Status::Ok, Kind::Ordinary, "", "陕A12345"},
        PlateCase{"陕A-12345", Status::Ok, Kind::Ordinary, "", "陕A12345"},
        PlateCase{" 陕 a 1234d ", Status::Ok, Kind::Ordinary, "", "陕A1234D"},
        PlateCase{"京Ｎ８Ｐ２Ｍ５", Status::Ok, Kind::Ordinary, "", "京N8P2M5"},
        PlateCase{"京ｂ　ｋ１２３４", Status::Ok, Kind::Ordinary, "", "京BK1234"},
        PlateCase{"陕A1234", Status::Error, Kind::Unknown, "plate.too_short", "陕A1234"},
        PlateCase{"陕A1234567", Status::Error, Kind::Unknown, "plate.too_long", "陕A1234567"},
        PlateCase{"陕A12O45", Status::Error, Kind::Unknown, "plate.forbidden_letter", "陕A12O45"},
        PlateCase{"陕I12345", Status::Error, Kind::Unknown, "plate.invalid_authority_letter",
                  "陕I12345"},
        PlateCase{"陕112345", Status::Error, Kind::Unknown, "plate.invalid_authority_letter",
                  "陕112345"},
        PlateCase{"A12345", Status::Error, Kind::Unknown, "plate.missing_province", "A12345"},
        PlateCase{"西A12345", Status::Error, Kind::Unknown, "plate.invalid_province", "西A12345"},
        PlateCase{"陕A12#45", Status::Error, Kind::Unknown, "plate.invalid_char", "陕A12#45"},
        PlateCase{"", Status::Error, Kind::Unknown, "plate.empty", ""},
        PlateCase{"陕", Status::Error, Kind::Unknown, "plate.too_short", "陕"}));

INSTANTIATE_TEST_SUITE_P(
    NewEnergy, PlateTable,
    ::testing::Values(PlateCase{"粤BD12345", Status::Ok, Kind::NewEnergy, "", "粤BD12345"},
                      PlateCase{"粤B·F12345", Status::Ok, Kind::NewEnergy, "", "粤BF12345"},
                      PlateCase{"粤BDA1234", Status::Ok, Kind::NewEnergy, "", "粤BDA1234"},
                      PlateCase{"粤B12345D", Status::Ok, Kind::NewEnergy, "", "粤B12345D"},
                      PlateCase{"粤b12345f", Status::Ok, Kind::NewEnergy, "", "粤B12345F"},
                      PlateCase{"粤B123456", Status::Error, Kind::Unknown,
                                "plate.new_energy_marker", "粤B123456"}));

INSTANTIATE_TEST_SUITE_P(
    Special, PlateTable,
    ::testing::Values(PlateCase{"陕A1234学", Status::Ok, Kind::Special, "", "陕A1234学"},
                      PlateCase{"鲁A1234挂", Status::Ok, Kind::Special, "", "鲁A1234挂"},
                      PlateCase{"京A0006警", Status::Ok, Kind::Special, "", "京A0006警"},
                      PlateCase{"粤Z1234港", Status::Ok, Kind::Special, "", "粤Z1234港"},
                      PlateCase{"粤Z1234澳", Status::Ok, Kind::Special, "", "粤Z1234澳"},
                      PlateCase{"沪A12345挂", Status::Ok, Kind::Special, "", "沪A12345挂"},
                      PlateCase{"使123456", Status::Ok, Kind::Embassy, "", "使123456"},
                      PlateCase{"陕A123学", Status::Error, Kind::Unknown, "plate.too_short",
                                "陕A123学"}));

TEST(PlateValidator, SearchKeys) {
    EXPECT_EQ(PlateValidator::plateSearchKeys(QStringLiteral("陕A·12345")),
              (QStringList{QStringLiteral("陕A12345"), QStringLiteral("A12345"),
                           QStringLiteral("12345")}));
    EXPECT_EQ(PlateValidator::plateSearchKeys(QStringLiteral("粤BD12345")),
              (QStringList{QStringLiteral("粤BD12345"), QStringLiteral("BD12345"),
                           QStringLiteral("D12345"), QStringLiteral("12345")}));
    EXPECT_EQ(PlateValidator::plateSearchKeys(QStringLiteral("京N8P2M5")),
              (QStringList{QStringLiteral("京N8P2M5"), QStringLiteral("N8P2M5"),
                           QStringLiteral("8P2M5"), QStringLiteral("825")}));
    EXPECT_TRUE(PlateValidator::plateSearchKeys(QString()).isEmpty());
}

TEST(PlateValidator, ForbiddenLetterMessageSuggestsDigit) {
    const auto r = PlateValidator::validate(QStringLiteral("陕A12O45"));
    EXPECT_TRUE(r.messageZh.contains(QStringLiteral("第5位")));
    EXPECT_TRUE(r.messageEn.contains(QStringLiteral("digit 0")));
}

}  // namespace
