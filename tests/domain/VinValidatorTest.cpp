#include "hc/domain/VinValidator.h"

#include <gtest/gtest.h>

using hc::domain::MessageLanguage;
using hc::domain::VinValidator;
using Status = hc::domain::ValidationResult::Status;

namespace {

struct VinCase {
    const char* input;
    Status status;
    const char* code;
    const char* value;
};

void PrintTo(const VinCase& c, std::ostream* os) {
    *os << c.input;
}

class VinTable : public ::testing::TestWithParam<VinCase> {};

TEST_P(VinTable, Validates) {
    const auto& c = GetParam();
    const auto r = VinValidator::validate(QString::fromUtf8(c.input));
    EXPECT_EQ(static_cast<int>(r.status), static_cast<int>(c.status)) << r.code.toStdString();
    EXPECT_EQ(r.code.toStdString(), c.code);
    EXPECT_EQ(r.value.toStdString(), c.value);
}

INSTANTIATE_TEST_SUITE_P(
    Table, VinTable,
    ::testing::Values(
        VinCase{"1M8GDM9AXKP042788", Status::Ok, "", "1M8GDM9AXKP042788"},
        VinCase{"11111111111111111", Status::Ok, "", "11111111111111111"},
        VinCase{"1HGCM82633A004352", Status::Ok, "", "1HGCM82633A004352"},
        VinCase{"1m8gdm9axkp042788", Status::Ok, "", "1M8GDM9AXKP042788"},
        VinCase{"１ＨＧＣＭ８２６３３Ａ００４３５２", Status::Ok, "", "1HGCM82633A004352"},
        VinCase{" 1HGCM 82633 A004352 ", Status::Ok, "", "1HGCM82633A004352"},
        VinCase{"1HGCM-82633-A004352", Status::Ok, "", "1HGCM82633A004352"},
        VinCase{"1M8GDM9A1KP042788", Status::Warning, "vin.check_digit", "1M8GDM9A1KP042788"},
        VinCase{"LSVAA4182E2123456", Status::Warning, "vin.check_digit", "LSVAA4182E2123456"},
        VinCase{"1M8GDM9AXKP04278", Status::Error, "vin.invalid_length", "1M8GDM9AXKP04278"},
        VinCase{"1M8GDM9AXKP0427888", Status::Error, "vin.invalid_length", "1M8GDM9AXKP0427888"},
        VinCase{"1M8GDM9AXKPO42788", Status::Error, "vin.forbidden_letter", "1M8GDM9AXKPO42788"},
        VinCase{"IM8GDM9AXKP042788", Status::Error, "vin.forbidden_letter", "IM8GDM9AXKP042788"},
        VinCase{"1M8GDM9AXKP04278Q", Status::Error, "vin.forbidden_letter", "1M8GDM9AXKP04278Q"},
        VinCase{"1M8GDM9AXKP04278*", Status::Error, "vin.invalid_char", "1M8GDM9AXKP04278*"},
        VinCase{"", Status::Error, "vin.empty", ""}));

TEST(VinValidator, ForbiddenLetterMessageNamesPositionAndChar) {
    const auto r = VinValidator::validate(QStringLiteral("1M8GDM9AXKPO42788"));
    EXPECT_TRUE(r.message(MessageLanguage::Zh).contains(QStringLiteral("第12位")));
    EXPECT_TRUE(r.message(MessageLanguage::Zh).contains(QStringLiteral("O")));
    EXPECT_TRUE(r.message(MessageLanguage::En).contains(QStringLiteral("Position 12")));
}

TEST(VinValidator, LengthMessageNamesTheLength) {
    const auto r = VinValidator::validate(QStringLiteral("1M8GDM9AXKP04278"));
    EXPECT_TRUE(r.message(MessageLanguage::Zh).contains(QStringLiteral("16位")));
    EXPECT_TRUE(r.message(MessageLanguage::En).contains(QStringLiteral("16")));
}

TEST(VinValidator, CheckDigit) {
    EXPECT_EQ(VinValidator::checkDigit(QStringLiteral("1M8GDM9A_KP042788").replace(u'_', u'0')),
              QChar(u'X'));
    EXPECT_EQ(VinValidator::checkDigit(QStringLiteral("1HGCM82633A004352")), QChar(u'3'));
    EXPECT_FALSE(VinValidator::checkDigit(QStringLiteral("1HGCM8263")).has_value());
    EXPECT_FALSE(VinValidator::checkDigit(QStringLiteral("1HGCM82633AOO4352")).has_value());
}

}  // namespace
