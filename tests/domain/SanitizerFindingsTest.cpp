// Regression tests for what the sanitizer build and the fuzz targets found (docs/security.md,
// "Fuzzing and sanitizers"). Each test names the finding it pins.
#include "hc/domain/LoyaltyMatrix.h"
#include "hc/domain/MaintenanceDueEstimator.h"
#include "hc/domain/MileageParser.h"
#include "hc/domain/PhoneValidator.h"

#include <gtest/gtest.h>

#include <optional>

namespace {

using hc::domain::MileageParser;
using hc::domain::MileageRate;
using hc::domain::PhoneValidator;
using hc::domain::VehicleUsage;

// clang (-Wdefaulted-function-deleted): VehicleUsage's defaulted == was deleted because
// MileageRate had no ==; GCC accepted the declaration silently, so the comparison never existed.
TEST(SanitizerFindings, VehicleUsageAndMileageRateCompareByValue) {
    EXPECT_EQ((MileageRate{3000, 300}), (MileageRate{3000, 300}));
    EXPECT_NE((MileageRate{3000, 300}), (MileageRate{3000, 301}));
    const VehicleUsage a{2, MileageRate{3000, 300}};
    EXPECT_EQ(a, (VehicleUsage{2, MileageRate{3000, 300}}));
    EXPECT_NE(a, (VehicleUsage{2, std::nullopt}));
    EXPECT_NE(a, (VehicleUsage{3, MileageRate{3000, 300}}));
}

// fuzz/phone_fuzzer.cpp: a normalised phone number must validate to itself — it is what the
// database keeps, and masking, the phone tail (尾号 search) and later edits validate it again.
// A local number without area code but with an extension ("81629900转123") was stored as
// "81629900-123", which then read as 11 digits and failed; "80013672#96" became "80013672-96",
// which then read as the service number 800-136-7296; "86086060-86088" (13 digits from 86) was
// taken for +86 and a mobile, and so was "86138232-25678" (from "(8(6 138 232 25678").
TEST(SanitizerFindings, LocalNumberWithExtensionValidatesToItself) {
    struct Case {
        const char* input;
        const char* value;
    };
    for (const Case& c :
         {Case{"81629900转123", "81629900-123"}, Case{"81629900-123", "81629900-123"},
          Case{"80013672#96", "80013672-96"}, Case{"80013672-96", "80013672-96"},
          Case{"86086060-86088", "86086060-86088"}, Case{"(8(6 138 232 25678", "86138232-25678"},
          Case{"86138232-25678", "86138232-25678"}}) {
        const auto r = PhoneValidator::validate(QString::fromUtf8(c.input));
        ASSERT_TRUE(r.isWarning()) << c.input;
        EXPECT_EQ(r.code, QStringLiteral("phone.no_area_code")) << c.input;
        EXPECT_EQ(r.kind, PhoneValidator::Kind::Landline) << c.input;
        EXPECT_EQ(r.value, QString::fromUtf8(c.value)) << c.input;
        const auto again = PhoneValidator::validate(r.value);
        EXPECT_EQ(again.value, r.value) << c.input;
        EXPECT_EQ(again.kind, r.kind) << c.input;
        EXPECT_EQ(again.number, r.number) << c.input;
        EXPECT_EQ(again.extension, r.extension) << c.input;
    }
    EXPECT_EQ(PhoneValidator::phoneTail(QStringLiteral("81629900-123")), QStringLiteral("9900"));
    EXPECT_EQ(PhoneValidator::maskPhone(QStringLiteral("81629900-123")),
              QStringLiteral("****9900"));
    // An extension has at most 6 digits, with or without area code.
    EXPECT_EQ(PhoneValidator::validate(QStringLiteral("81629900-1234567")).code,
              QStringLiteral("phone.invalid_extension"));
    EXPECT_EQ(PhoneValidator::validate(QStringLiteral("81629900转1234567")).code,
              QStringLiteral("phone.invalid_extension"));
    // Unchanged: service numbers and mobiles written with 86.
    EXPECT_EQ(PhoneValidator::validate(QStringLiteral("800-123-4567")).kind,
              PhoneValidator::Kind::Service);
    EXPECT_EQ(PhoneValidator::validate(QStringLiteral("8001234567")).kind,
              PhoneValidator::Kind::Service);
    EXPECT_EQ(PhoneValidator::validate(QStringLiteral("86 138 1234 5678")).value,
              QStringLiteral("13812345678"));
}

// fuzz/date_fuzzer.cpp (found by the CI run): a mileage kept must parse back to itself.
// "999999999999.9999" rounded up to 1 000 000 000 000 (13 digits), which then read as too large;
// so could a 12-digit number of 万. The limit now applies to the final value.
TEST(SanitizerFindings, MileageKeptParsesBackToItself) {
    for (const char* input :
         {"999999999999.9999", "999999999999万", "100000000万", "99999999.99万"}) {
        const auto m = MileageParser::parse(QString::fromUtf8(input));
        if (m.km) {
            const auto again = MileageParser::parse(QString::number(*m.km));
            EXPECT_EQ(again.km, m.km) << input;
        }
    }
    EXPECT_FALSE(MileageParser::parse(QStringLiteral("999999999999.9999")).km.has_value());
    EXPECT_EQ(MileageParser::parse(QStringLiteral("999999999999.4")).km, 999'999'999'999);
    EXPECT_EQ(MileageParser::parse(QString::fromUtf8("99999999.99万")).km, 999'999'999'900);
}

}  // namespace
