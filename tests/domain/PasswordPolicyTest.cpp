#include "hc/domain/CommonPasswords.h"
#include "hc/domain/PasswordPolicy.h"

#include <gtest/gtest.h>

using hc::domain::CommonPasswords;
using hc::domain::PasswordPolicy;
using Problem = hc::domain::PasswordPolicy::Problem;

namespace {

struct Case {
    const char* password;
    const char* username;
    Problem expected;
};

std::ostream& operator<<(std::ostream& os, const Case& c) {
    return os << '"' << c.password << "\" for \"" << c.username << '"';
}

class PasswordPolicyGolden : public ::testing::TestWithParam<Case> {};

TEST_P(PasswordPolicyGolden, Check) {
    const Case c = GetParam();
    EXPECT_EQ(PasswordPolicy::check(QString::fromUtf8(c.password), QString::fromUtf8(c.username)),
              c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Rules, PasswordPolicyGolden,
    ::testing::Values(
        // Length: at least 10 code points.
        Case{"", "wang", Problem::TooShort}, Case{"huichang", "wang", Problem::TooShort},
        Case{"Tr0ub4dor", "wang", Problem::TooShort},           // 9
        Case{"Tr0ub4dor&", "wang", Problem::None},              // 10
        Case{"修车回厂好客户多多多", "wang", Problem::None},    // 10 汉字
        Case{"修车回厂好客户多多", "wang", Problem::TooShort},  // 9 汉字
        Case{"😀😀😀😀😀😀😀😀😀", "wang", Problem::TooShort},           // 9 code points, 18 UTF-16 units
        // The user name: never equal, never contained (from 3 characters, case-insensitive).
        Case{"wangxiaoming", "wangxiaoming", Problem::ContainsUsername},
        Case{"WANGXIAOMING", "wangxiaoming", Problem::ContainsUsername},
        Case{"my-wang-is-long", "wang", Problem::ContainsUsername},
        Case{"Advisor#2024", "advisor", Problem::ContainsUsername},
        Case{"climbing-tree-7", "li", Problem::None},  // two letters: only equality counts
        Case{"Manager#2024", "wang", Problem::None}, Case{"blue-horse-battery", "", Problem::None},
        // The bundled list, case-insensitive.
        Case{"1234567890", "wang", Problem::Common}, Case{"qwertyuiop", "wang", Problem::Common},
        Case{"Password123", "wang", Problem::Common}, Case{"P@ssw0rd2024", "wang", Problem::Common},
        Case{"woaini1314520", "wang", Problem::Common},
        Case{"iloveyou1314", "wang", Problem::Common}, Case{"1q2w3e4r5t", "wang", Problem::Common},
        Case{"aaaaaaaaaaaa", "wang", Problem::Common}, Case{"huichang123", "wang", Problem::Common},
        Case{"5201314520", "wang", Problem::Common}, Case{"admin12345", "wang", Problem::Common},
        Case{"Welcome2024!", "wang", Problem::Common},
        // The demo password of tools/run-app.sh and the test passwords are acceptable.
        Case{"huichang-demo", "admin", Problem::None},
        Case{"huichang-demo", "callback", Problem::None},
        Case{"secret-password", "alice", Problem::None},
        Case{"long-enough-secret", "wang", Problem::None}));

TEST(PasswordPolicy, LengthComesFirstThenNameThenList) {
    // "admin" is short and equal to the name: the length is reported.
    EXPECT_EQ(PasswordPolicy::check(QStringLiteral("admin"), QStringLiteral("admin")),
              Problem::TooShort);
    // Common and containing the name: the name is reported.
    EXPECT_EQ(PasswordPolicy::check(QStringLiteral("password123"), QStringLiteral("password")),
              Problem::ContainsUsername);
}

TEST(PasswordPolicy, CodesAreStable) {
    EXPECT_EQ(PasswordPolicy::code(Problem::None), QString());
    EXPECT_EQ(PasswordPolicy::code(Problem::TooShort), QStringLiteral("password.too_short"));
    EXPECT_EQ(PasswordPolicy::code(Problem::ContainsUsername),
              QStringLiteral("password.contains_username"));
    EXPECT_EQ(PasswordPolicy::code(Problem::Common), QStringLiteral("password.common"));
}

TEST(CommonPasswords, ListIsSortedLowerCaseAndLargeEnough) {
    EXPECT_GT(CommonPasswords::size(), 5000u);
    EXPECT_TRUE(CommonPasswords::contains(QStringLiteral("QWERTYUIOP")));
    EXPECT_TRUE(CommonPasswords::contains(QStringLiteral("zhangwei123456")));
    EXPECT_FALSE(CommonPasswords::contains(QStringLiteral("qwertyuiop-horse")));
    EXPECT_FALSE(CommonPasswords::contains(QString()));
}

}  // namespace
