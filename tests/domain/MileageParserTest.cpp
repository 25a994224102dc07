#include "hc/domain/MileageParser.h"

#include <gtest/gtest.h>

using hc::domain::MessageLanguage;
using hc::domain::MileageParser;
using Status = hc::domain::ValidationResult::Status;

namespace {

struct MileageCase {
    const char* input;
    Status status;
    std::int64_t km;  // ignored for errors
    const char* code;
};

void PrintTo(const MileageCase& c, std::ostream* os) {
    *os << c.input;
}

class MileageTable : public ::testing::TestWithParam<MileageCase> {};

TEST_P(MileageTable, Parses) {
    const auto& c = GetParam();
    const auto r = MileageParser::parse(QString::fromUtf8(c.input));
    EXPECT_EQ(static_cast<int>(r.status), static_cast<int>(c.status)) << r.code.toStdString();
    EXPECT_EQ(r.code.toStdString(), c.code);
    if (c.status != Status::Error) {
        ASSERT_TRUE(r.km.has_value());
        EXPECT_EQ(*r.km, c.km);
        EXPECT_EQ(r.value, QString::number(c.km));
    } else {
        EXPECT_FALSE(r.km.has_value());
        EXPECT_FALSE(r.message(MessageLanguage::Zh).isEmpty());
        EXPECT_FALSE(r.message(MessageLanguage::En).isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, MileageTable,
    ::testing::Values(MileageCase{"12345", Status::Ok, 12345, ""},
                      MileageCase{"12,345", Status::Ok, 12345, ""},
                      MileageCase{"12345km", Status::Ok, 12345, ""},
                      MileageCase{"12345 KM", Status::Ok, 12345, ""},
                      MileageCase{"12345公里", Status::Ok, 12345, ""},
                      MileageCase{"12345千米", Status::Ok, 12345, ""},
                      MileageCase{"１２３４５", Status::Ok, 12345, ""},
                      MileageCase{"1.2万", Status::Ok, 12000, ""},
                      MileageCase{"1.2万公里", Status::Ok, 12000, ""},
                      MileageCase{"1.2345万km", Status::Ok, 12345, ""},
                      MileageCase{"3万", Status::Ok, 30000, ""},
                      MileageCase{"0", Status::Ok, 0, ""},
                      MileageCase{"12345.4", Status::Warning, 12345, "mileage.rounded"},
                      MileageCase{"12345.5", Status::Warning, 12346, "mileage.rounded"},
                      MileageCase{"1.23456万", Status::Warning, 12346, "mileage.rounded"},
                      MileageCase{"3000000", Status::Warning, 3000000, "mileage.implausible"},
                      MileageCase{"", Status::Error, 0, "mileage.empty"},
                      MileageCase{"-5", Status::Error, 0, "mileage.negative"},
                      MileageCase{"-1.2万", Status::Error, 0, "mileage.negative"},
                      MileageCase{"abc", Status::Error, 0, "mileage.invalid_format"},
                      MileageCase{"12,34", Status::Error, 0, "mileage.invalid_format"},
                      MileageCase{"万", Status::Error, 0, "mileage.invalid_format"},
                      MileageCase{"1234567890123", Status::Error, 0, "mileage.too_large"}));

TEST(MileageParser, Options) {
    MileageParser::Options options;
    options.allowEmpty = true;
    options.maxPlausibleKm = 500'000;
    EXPECT_TRUE(MileageParser::parse(QString(), options).isOk());
    EXPECT_FALSE(MileageParser::parse(QString(), options).km.has_value());
    EXPECT_EQ(MileageParser::parse(QStringLiteral("600000"), options).code,
              QStringLiteral("mileage.implausible"));
}

}  // namespace
