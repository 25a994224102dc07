// The PIPL anonymisation rule: replacement texts, the "no contact for N years" cut-off and the
// validation of the setting (docs/security.md "PIPL requests").
#include "hc/domain/CustomerAnonymisation.h"
#include "hc/domain/SettingsValidation.h"

#include <gtest/gtest.h>

namespace hc::domain {
namespace {

TEST(CustomerAnonymisation, ReplacementTextsNameTheCustomerByNumberOnly) {
    EXPECT_EQ(CustomerAnonymisation::erasedName(42), QStringLiteral("已删除客户 #42"));
    EXPECT_EQ(CustomerAnonymisation::redactedText(), QStringLiteral("已删除"));
}

struct CutoffCase {
    QDate asOf;
    int years;
    QDate cutoff;
};

class InactiveCutoff : public ::testing::TestWithParam<CutoffCase> {};

TEST_P(InactiveCutoff, IsTheDateYearsBeforeTheRun) {
    const auto& c = GetParam();
    PrivacySettings s;
    s.inactiveYears = c.years;
    EXPECT_EQ(CustomerAnonymisation::inactiveCutoff(c.asOf, s), c.cutoff);
}

INSTANTIATE_TEST_SUITE_P(Golden, InactiveCutoff,
                         ::testing::Values(CutoffCase{QDate(2026, 6, 15), 3, QDate(2023, 6, 15)},
                                           CutoffCase{QDate(2026, 6, 15), 1, QDate(2025, 6, 15)},
                                           CutoffCase{QDate(2028, 2, 29), 1,
                                                      QDate(2027, 2, 28)},  // leap day
                                           CutoffCase{QDate(2028, 2, 29), 4, QDate(2024, 2, 29)},
                                           CutoffCase{QDate(), 3, QDate()}));

struct InactiveCase {
    QDate lastContact;
    QDate asOf;
    int years;
    bool inactive;
};

class IsInactive : public ::testing::TestWithParam<InactiveCase> {};

TEST_P(IsInactive, OnlyBeforeTheCutoff) {
    const auto& c = GetParam();
    PrivacySettings s;
    s.inactiveYears = c.years;
    EXPECT_EQ(CustomerAnonymisation::isInactive(c.lastContact, c.asOf, s), c.inactive);
}

INSTANTIATE_TEST_SUITE_P(
    Golden, IsInactive,
    ::testing::Values(InactiveCase{QDate(2023, 6, 14), QDate(2026, 6, 15), 3, true},
                      InactiveCase{QDate(2023, 6, 15), QDate(2026, 6, 15), 3, false},  // the day
                      InactiveCase{QDate(2025, 1, 1), QDate(2026, 6, 15), 3, false},
                      InactiveCase{QDate(2025, 1, 1), QDate(2026, 6, 15), 1, true},
                      InactiveCase{QDate(), QDate(2026, 6, 15), 1, false}));  // unknown

TEST(CustomerAnonymisation, DefaultIsThreeYears) {
    EXPECT_EQ(PrivacySettings{}.inactiveYears, 3);
    EXPECT_TRUE(validate(PrivacySettings{}).empty());
}

TEST(CustomerAnonymisation, SettingOutsideOneToThirtyYearsIsRefused) {
    for (const int years : {0, -1, 31, 1000}) {
        PrivacySettings s;
        s.inactiveYears = years;
        const auto errors = validate(s);
        ASSERT_EQ(errors.size(), 1U) << years;
        EXPECT_EQ(errors.front().field, QStringLiteral("inactiveYears"));
    }
    for (const int years : {1, 30}) {
        PrivacySettings s;
        s.inactiveYears = years;
        EXPECT_TRUE(validate(s).empty()) << years;
    }
}

}  // namespace
}  // namespace hc::domain
