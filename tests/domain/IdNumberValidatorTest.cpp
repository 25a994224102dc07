#include "hc/domain/IdNumberValidator.h"

#include <gtest/gtest.h>

using hc::domain::IdNumberValidator;
using Gender = hc::domain::IdNumberValidator::Gender;
using Status = hc::domain::ValidationResult::Status;

namespace {

const QDate kToday(2026, 11, 24);

struct IdCase {
    const char* input;
    Status status;
    const char* code;
    const char* value;     // normalised value ("" → not checked)
    const char* birthday;  // ISO, "" when none
    int gender;            // 1 male, 0 female, -1 none
};

void PrintTo(const IdCase& c, std::ostream* os) {
    *os << c.input;
}

class IdNumberTable : public ::testing::TestWithParam<IdCase> {};

TEST_P(IdNumberTable, Validates) {
    const auto& c = GetParam();
    const auto r = IdNumberValidator::validate(QString::fromUtf8(c.input), kToday);
    EXPECT_EQ(static_cast<int>(r.status), static_cast<int>(c.status)) << r.code.toStdString();
    EXPECT_EQ(r.code.toStdString(), c.code);
    if (*c.value != '\0') {
        EXPECT_EQ(r.value.toStdString(), c.value);
    }
    if (*c.birthday != '\0') {
        ASSERT_TRUE(r.birthday.has_value());
        EXPECT_EQ(r.birthday->toString(Qt::ISODate).toStdString(), c.birthday);
    } else {
        EXPECT_FALSE(r.birthday.has_value());
    }
    if (c.gender >= 0) {
        ASSERT_TRUE(r.gender.has_value());
        EXPECT_EQ(*r.gender == Gender::Male, c.gender == 1);
    } else {
        EXPECT_FALSE(r.gender.has_value());
    }
    if (c.status != Status::Ok) {
        EXPECT_FALSE(r.messageZh.isEmpty());
        EXPECT_FALSE(r.messageEn.isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, IdNumberTable,
    ::testing::Values(
        // Published vectors.
        IdCase{"11010519491231002X", Status::Ok, "", "11010519491231002X", "1949-12-31", 0},
        IdCase{"440524188001010014", Status::Ok, "", "440524188001010014", "1880-01-01", 1},
        IdCase{"110105194912310021", Status::Error, "id.check_digit", "", "", -1},
        // Lower-case x, full-width, spaces.
        IdCase{"11010519491231002x", Status::Ok, "", "11010519491231002X", "1949-12-31", 0},
        IdCase{"１１０１０５１９４９１２３１００２ｘ", Status::Ok, "", "11010519491231002X",
               "1949-12-31", 0},
        IdCase{" 110105 19491231 002X ", Status::Ok, "", "11010519491231002X", "1949-12-31", 0},
        // Leap days.
        IdCase{"110105199602290011", Status::Ok, "", "", "1996-02-29", 1},
        IdCase{"110105199702290019", Status::Error, "id.invalid_birth_date", "", "", -1},
        // Birth date after "today".
        IdCase{"610103203001010015", Status::Error, "id.future_birth_date", "", "", -1},
        IdCase{"610113200001010022", Status::Ok, "", "", "2000-01-01", 0},
        IdCase{"610103199001011238", Status::Ok, "", "", "1990-01-01", 1},
        // Legacy 15 digits.
        IdCase{"130503670401001", Status::Warning, "id.legacy_15", "130503670401001", "1967-04-01",
               1},
        IdCase{"130503670431001", Status::Error, "id.invalid_birth_date", "", "", -1},
        // Format.
        IdCase{"", Status::Error, "id.empty", "", "", -1},
        IdCase{"1101051949123100", Status::Error, "id.invalid_length", "", "", -1},
        IdCase{"1101051949123100211", Status::Error, "id.invalid_length", "", "", -1},
        IdCase{"1101051949123X0021", Status::Error, "id.invalid_char", "", "", -1},
        IdCase{"13050367040100X", Status::Error, "id.invalid_char", "", "", -1},
        IdCase{"993456199001010013", Status::Error, "id.invalid_region", "", "", -1},
        IdCase{"193456199001010014", Status::Error, "id.invalid_region", "", "", -1}));

TEST(IdNumberValidator, BirthDateEqualToTodayIsValid) {
    const auto r =
        IdNumberValidator::validate(QStringLiteral("110105199602290011"), QDate(1996, 2, 29));
    EXPECT_TRUE(r.isOk());
    const auto before =
        IdNumberValidator::validate(QStringLiteral("110105199602290011"), QDate(1996, 2, 28));
    EXPECT_EQ(before.code, QStringLiteral("id.future_birth_date"));
}

TEST(IdNumberValidator, CheckCharacter) {
    EXPECT_EQ(IdNumberValidator::checkCharacter(QStringLiteral("11010519491231002")), QChar(u'X'));
    EXPECT_EQ(IdNumberValidator::checkCharacter(QStringLiteral("44052418800101001")), QChar(u'4'));
    EXPECT_FALSE(IdNumberValidator::checkCharacter(QStringLiteral("4405241880010100")));
    EXPECT_FALSE(IdNumberValidator::checkCharacter(QStringLiteral("4405241880010100A")));
}

TEST(IdNumberValidator, UpgradeTo18) {
    EXPECT_EQ(IdNumberValidator::upgradeTo18(QStringLiteral("130503670401001")),
              std::optional<QString>(QStringLiteral("130503196704010016")));
    EXPECT_EQ(IdNumberValidator::upgradeTo18(QStringLiteral("610103800101123")),
              std::optional<QString>(QStringLiteral("610103198001011233")));
    EXPECT_EQ(IdNumberValidator::upgradeTo18(QStringLiteral("11010519491231002x")),
              std::optional<QString>(QStringLiteral("11010519491231002X")));
    EXPECT_FALSE(IdNumberValidator::upgradeTo18(QStringLiteral("12345")).has_value());
    // The upgraded number validates.
    const auto up = IdNumberValidator::upgradeTo18(QStringLiteral("130503670401001"));
    ASSERT_TRUE(up.has_value());
    EXPECT_TRUE(IdNumberValidator::validate(*up, kToday).isOk());
}

TEST(IdNumberValidator, LegacyWarningNamesTheUpgradedNumber) {
    const auto r = IdNumberValidator::validate(QStringLiteral("130503670401001"), kToday);
    EXPECT_TRUE(r.messageZh.contains(QStringLiteral("130503196704010016")));
    EXPECT_TRUE(r.messageEn.contains(QStringLiteral("130503196704010016")));
}

TEST(IdNumberValidator, Mask) {
    EXPECT_EQ(IdNumberValidator::maskIdNumber(QStringLiteral("110105194912311234")),
              QStringLiteral("110105********1234"));
    EXPECT_EQ(IdNumberValidator::maskIdNumber(QStringLiteral("11010519491231002x")),
              QStringLiteral("110105********002X"));
    EXPECT_EQ(IdNumberValidator::maskIdNumber(QStringLiteral("130503670401001")),
              QStringLiteral("130503*****1001"));
    EXPECT_EQ(IdNumberValidator::maskIdNumber(QStringLiteral("12345")), QStringLiteral("*****"));
    EXPECT_EQ(IdNumberValidator::maskIdNumber(QString()), QString());
}

}  // namespace
