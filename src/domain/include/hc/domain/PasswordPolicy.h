#pragma once

#include <QString>

namespace hc::domain {

/// The password rules for user accounts (docs/security.md, issue 13.7). A password
/// - has at least kMinimumLength characters (Unicode code points, so 汉字 count one each);
/// - is not the user name, and does not contain it when the name has kNameContainedFrom characters
///   or more (case-insensitive; a two-letter name such as "li" would forbid too much);
/// - is not on the bundled list of common passwords (CommonPasswords, case-insensitive).
/// The rules are checked in this order and the first one broken is reported. They apply when a
/// password is set or changed; logging in with an older, weaker password still works.
class PasswordPolicy {
public:
    static constexpr int kMinimumLength = 10;
    static constexpr int kNameContainedFrom = 3;

    enum class Problem { None, TooShort, ContainsUsername, Common };

    [[nodiscard]] static Problem check(const QString& password, const QString& username);
    /// Stable machine code of a problem ("password.too_short", …; empty for None).
    [[nodiscard]] static QString code(Problem problem);
};

}  // namespace hc::domain
