#include "hc/domain/DateParser.h"

#include <gtest/gtest.h>

using hc::domain::DateParser;
using hc::domain::MessageLanguage;
using Status = hc::domain::ValidationResult::Status;

namespace {

struct DateCase {
    const char* input;
    const char* iso;   // "" when no date
    const char* code;  // "" when Ok
};

void PrintTo(const DateCase& c, std::ostream* os) {
    *os << c.input;
}

class DateTable : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateTable, Parses) {
    const auto& c = GetParam();
    const auto r = DateParser::parse(QString::fromUtf8(c.input));
    EXPECT_EQ(r.code.toStdString(), c.code);
    if (*c.iso != '\0') {
        EXPECT_TRUE(r.isOk());
        ASSERT_TRUE(r.date.has_value());
        EXPECT_EQ(r.date->toString(Qt::ISODate).toStdString(), c.iso);
        EXPECT_EQ(r.value.toStdString(), c.iso);
    } else {
        EXPECT_TRUE(r.isError());
        EXPECT_FALSE(r.date.has_value());
        EXPECT_FALSE(r.message(MessageLanguage::Zh).isEmpty());
        EXPECT_FALSE(r.message(MessageLanguage::En).isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Formats, DateTable,
    ::testing::Values(
        DateCase{"2016-08-03", "2016-08-03", ""}, DateCase{"2016/8/3", "2016-08-03", ""},
        DateCase{"2016/08/03", "2016-08-03", ""}, DateCase{"2016.8.3", "2016-08-03", ""},
        DateCase{"2016年8月3日", "2016-08-03", ""}, DateCase{"2016年08月03日", "2016-08-03", ""},
        DateCase{"2016年8月3", "2016-08-03", ""}, DateCase{"2016 年 8 月 3 日", "2016-08-03", ""},
        DateCase{"20160803", "2016-08-03", ""}, DateCase{"２０１６－０８－０３", "2016-08-03", ""},
        DateCase{"２０１６年８月３日", "2016-08-03", ""},
        DateCase{"  2016-08-03   ", "2016-08-03", ""},
        DateCase{"2016-08-03 10:22", "2016-08-03", ""},
        DateCase{"2016/8/3 10:22:05", "2016-08-03", ""},
        DateCase{"2016-08-03T10:22:05", "2016-08-03", ""},
        DateCase{"2016-08-03 0:00:00.000", "2016-08-03", ""},
        DateCase{"2016年8月3日 10:22", "2016-08-03", ""},
        DateCase{"20160803 10:22", "2016-08-03", ""}, DateCase{"2016-02-29", "2016-02-29", ""}));

INSTANTIATE_TEST_SUITE_P(
    Invalid, DateTable,
    ::testing::Values(DateCase{"", "", "date.empty"}, DateCase{"   ", "", "date.empty"},
                      DateCase{"2016-02-30", "", "date.invalid_date"},
                      DateCase{"2015-02-29", "", "date.invalid_date"},
                      DateCase{"2016年2月30日", "", "date.invalid_date"},
                      DateCase{"20161301", "", "date.invalid_date"},
                      DateCase{"2016/13/1", "", "date.invalid_date"},
                      DateCase{"2016-04-31", "", "date.invalid_date"},
                      DateCase{"2016-08-00", "", "date.invalid_date"},
                      DateCase{"2016-8/3", "", "date.unrecognized_format"},
                      DateCase{"2016-08-03abc", "", "date.unrecognized_format"},
                      DateCase{"2016-08", "", "date.unrecognized_format"},
                      DateCase{"yesterday", "", "date.unrecognized_format"},
                      DateCase{"201608031", "", "date.unrecognized_format"},
                      DateCase{"42585", "", "date.excel_serial"},
                      DateCase{"42585.5", "", "date.excel_serial"},
                      DateCase{"03/08/2016", "", "date.ambiguous_order"},
                      DateCase{"1899-12-31", "", "date.out_of_range"},
                      DateCase{"00000101", "", "date.out_of_range"}));

TEST(DateParser, InvalidDayMessageNamesTheMonthLength) {
    const auto r = DateParser::parse(QStringLiteral("2016-02-30"));
    EXPECT_TRUE(r.messageZh.contains(QStringLiteral("2016年2月只有29天")));
    EXPECT_TRUE(r.messageEn.contains(QStringLiteral("29 days")));
}

TEST(DateParser, ExcelSerialWhenAllowed) {
    DateParser::Options options;
    options.allowExcelSerial = true;
    const struct {
        const char* input;
        const char* iso;
    } cases[] = {{"42585", "2016-08-03"},
                 {"42585.4375", "2016-08-03"},
                 {"1", "1900-01-01"},
                 {"59", "1900-02-28"},
                 {"61", "1900-03-01"}};
    for (const auto& c : cases) {
        const auto r = DateParser::parse(QString::fromUtf8(c.input), options);
        ASSERT_TRUE(r.date.has_value()) << c.input;
        EXPECT_EQ(r.date->toString(Qt::ISODate).toStdString(), c.iso) << c.input;
    }
    EXPECT_EQ(DateParser::parse(QStringLiteral("60"), options).code,
              QStringLiteral("date.invalid_date"));
    EXPECT_EQ(DateParser::parse(QStringLiteral("0"), options).code,
              QStringLiteral("date.invalid_date"));
}

TEST(DateParser, EmptyAllowed) {
    DateParser::Options options;
    options.allowEmpty = true;
    const auto r = DateParser::parse(QStringLiteral("  "), options);
    EXPECT_TRUE(r.isOk());
    EXPECT_FALSE(r.date.has_value());
}

TEST(DateParser, ToDate) {
    EXPECT_EQ(DateParser::toDate(QStringLiteral("2016年8月3日")), QDate(2016, 8, 3));
    EXPECT_FALSE(DateParser::toDate(QStringLiteral("2016-02-30")).has_value());
}

}  // namespace
