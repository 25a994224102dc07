#include "hc/domain/PhoneValidator.h"

#include <gtest/gtest.h>

using hc::domain::MessageLanguage;
using hc::domain::PhoneValidator;
using Kind = hc::domain::PhoneValidator::Kind;
using Status = hc::domain::ValidationResult::Status;

namespace {

struct PhoneCase {
    const char* input;
    Status status;
    Kind kind;
    const char* value;  // normalised value (ignored for errors when nullptr)
    const char* code;   // "" when Ok
};

void PrintTo(const PhoneCase& c, std::ostream* os) {
    *os << c.input;
}

class PhoneValidatorTable : public ::testing::TestWithParam<PhoneCase> {};

TEST_P(PhoneValidatorTable, Validates) {
    const auto& c = GetParam();
    const auto r = PhoneValidator::validate(QString::fromUtf8(c.input));
    EXPECT_EQ(static_cast<int>(r.status), static_cast<int>(c.status)) << r.code.toStdString();
    EXPECT_EQ(r.code.toStdString(), c.code);
    if (c.status != Status::Error) {
        EXPECT_EQ(static_cast<int>(r.kind), static_cast<int>(c.kind));
        EXPECT_EQ(r.value.toStdString(), c.value);
    } else {
        EXPECT_FALSE(r.messageZh.isEmpty());
        EXPECT_FALSE(r.messageEn.isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Mobile, PhoneValidatorTable,
    ::testing::Values(
        PhoneCase{"13812345678", Status::Ok, Kind::Mobile, "13812345678", ""},
        PhoneCase{"138 1234 5678", Status::Ok, Kind::Mobile, "13812345678", ""},
        PhoneCase{"138-1234-5678", Status::Ok, Kind::Mobile, "13812345678", ""},
        PhoneCase{"+86 138 1234 5678", Status::Ok, Kind::Mobile, "13812345678", ""},
        PhoneCase{"+8613812345678", Status::Ok, Kind::Mobile, "13812345678", ""},
        PhoneCase{"(+86)13812345678", Status::Ok, Kind::Mobile, "13812345678", ""},
        PhoneCase{"008613812345678", Status::Ok, Kind::Mobile, "13812345678", ""},
        PhoneCase{"8613812345678", Status::Ok, Kind::Mobile, "13812345678", ""},
        PhoneCase{"86 13812345678", Status::Ok, Kind::Mobile, "13812345678", ""},
        PhoneCase{"１３８１２３４５６７８", Status::Ok, Kind::Mobile, "13812345678", ""},
        PhoneCase{"＋８６　１９９－０００１－２３４５", Status::Ok, Kind::Mobile, "19900012345",
                  ""},
        PhoneCase{"  15012345678  ", Status::Ok, Kind::Mobile, "15012345678", ""},
        PhoneCase{"1381234567", Status::Error, Kind::Unknown, nullptr, "phone.invalid_length"},
        PhoneCase{"138123456789", Status::Error, Kind::Unknown, nullptr, "phone.invalid_length"},
        PhoneCase{"12812345678", Status::Error, Kind::Unknown, nullptr,
                  "phone.invalid_mobile_prefix"},
        PhoneCase{"13812345678转12", Status::Error, Kind::Unknown, nullptr,
                  "phone.invalid_extension"},
        PhoneCase{"+1 415 555 0100", Status::Error, Kind::Unknown, nullptr,
                  "phone.invalid_country_code"}));

INSTANTIATE_TEST_SUITE_P(
    Landline, PhoneValidatorTable,
    ::testing::Values(
        PhoneCase{"029-81629900", Status::Ok, Kind::Landline, "029-81629900", ""},
        PhoneCase{"010-12345678", Status::Ok, Kind::Landline, "010-12345678", ""},
        PhoneCase{"0755-1234567", Status::Ok, Kind::Landline, "0755-1234567", ""},
        PhoneCase{"029-81629900-123", Status::Ok, Kind::Landline, "029-81629900-123", ""},
        PhoneCase{"029-81629900转123", Status::Ok, Kind::Landline, "029-81629900-123", ""},
        PhoneCase{"029 81629900 ext. 5", Status::Ok, Kind::Landline, "029-81629900-5", ""},
        PhoneCase{"(029)81629900", Status::Ok, Kind::Landline, "029-81629900", ""},
        PhoneCase{"（０２９）８１６２９９００", Status::Ok, Kind::Landline, "029-81629900", ""},
        PhoneCase{"02981629900", Status::Ok, Kind::Landline, "029-81629900", ""},
        PhoneCase{"01012345678", Status::Ok, Kind::Landline, "010-12345678", ""},
        PhoneCase{"075512345678", Status::Ok, Kind::Landline, "0755-12345678", ""},
        PhoneCase{"010-1234-5678", Status::Ok, Kind::Landline, "010-12345678", ""},
        PhoneCase{"+86 29 81629900", Status::Ok, Kind::Landline, "029-81629900", ""},
        PhoneCase{"81629900", Status::Warning, Kind::Landline, "81629900", "phone.no_area_code"},
        PhoneCase{"400-123-4567", Status::Ok, Kind::Service, "400-123-4567", ""},
        PhoneCase{"029-816299", Status::Error, Kind::Unknown, nullptr,
                  "phone.invalid_landline_length"},
        PhoneCase{"029-816299001", Status::Error, Kind::Unknown, nullptr,
                  "phone.invalid_landline_length"},
        PhoneCase{"00-81629900", Status::Error, Kind::Unknown, nullptr, "phone.invalid_area_code"},
        PhoneCase{"029-01629900", Status::Error, Kind::Unknown, nullptr,
                  "phone.invalid_local_number"},
        PhoneCase{"029-81629900-1234567", Status::Error, Kind::Unknown, nullptr,
                  "phone.invalid_extension"}));

INSTANTIATE_TEST_SUITE_P(
    Garbage, PhoneValidatorTable,
    ::testing::Values(
        PhoneCase{"", Status::Error, Kind::Unknown, nullptr, "phone.empty"},
        PhoneCase{"   ", Status::Error, Kind::Unknown, nullptr, "phone.empty"},
        PhoneCase{"138abc45678", Status::Error, Kind::Unknown, nullptr, "phone.invalid_char"},
        PhoneCase{"无", Status::Error, Kind::Unknown, nullptr, "phone.invalid_char"},
        PhoneCase{"12345", Status::Error, Kind::Unknown, nullptr, "phone.invalid_length"},
        PhoneCase{"5678", Status::Error, Kind::Unknown, nullptr, "phone.unrecognized"}));

TEST(PhoneValidator, LandlineParts) {
    const auto r = PhoneValidator::validate(QStringLiteral("0755-1234567-88"));
    ASSERT_TRUE(r.isOk());
    EXPECT_EQ(r.areaCode, QStringLiteral("0755"));
    EXPECT_EQ(r.number, QStringLiteral("1234567"));
    EXPECT_EQ(r.extension, QStringLiteral("88"));
}

TEST(PhoneValidator, MessagesExplainTheRuleInBothLanguages) {
    const auto r = PhoneValidator::validate(QStringLiteral("1381234567"));
    EXPECT_TRUE(r.message(MessageLanguage::Zh).contains(QStringLiteral("11位")));
    EXPECT_TRUE(r.message(MessageLanguage::En).contains(QStringLiteral("11 digits")));
}

struct MaskCase {
    const char* input;
    const char* masked;
    const char* tail;
};

class PhoneMask : public ::testing::TestWithParam<MaskCase> {};

TEST_P(PhoneMask, MasksAndTails) {
    const auto& c = GetParam();
    EXPECT_EQ(PhoneValidator::maskPhone(QString::fromUtf8(c.input)).toStdString(), c.masked);
    EXPECT_EQ(PhoneValidator::phoneTail(QString::fromUtf8(c.input), 4).toStdString(), c.tail);
}

INSTANTIATE_TEST_SUITE_P(Table, PhoneMask,
                         ::testing::Values(MaskCase{"13812345678", "138****5678", "5678"},
                                           MaskCase{"+86 138-1234-5678", "138****5678", "5678"},
                                           MaskCase{"029-81629900", "029-****9900", "9900"},
                                           MaskCase{"029-81629900-123", "029-****9900", "9900"},
                                           MaskCase{"0755-1234567", "0755-****4567", "4567"},
                                           MaskCase{"81629900", "****9900", "9900"},
                                           MaskCase{"400-123-4567", "400-***-4567", "4567"},
                                           MaskCase{"1381234567", "****4567", "4567"},
                                           MaskCase{"123", "****", "123"},
                                           MaskCase{"", "****", ""}));

TEST(PhoneValidator, TailLength) {
    EXPECT_EQ(PhoneValidator::phoneTail(QStringLiteral("13812345678"), 6),
              QStringLiteral("345678"));
    EXPECT_EQ(PhoneValidator::phoneTail(QStringLiteral("13812345678"), 0), QString());
}

}  // namespace
