#include "hc/domain/PasswordPolicy.h"

#include "hc/domain/CommonPasswords.h"

#include <QList>

namespace hc::domain {

PasswordPolicy::Problem PasswordPolicy::check(const QString& password, const QString& username) {
    if (password.toUcs4().size() < kMinimumLength) {
        return Problem::TooShort;
    }
    const QString name = username.trimmed();
    if (!name.isEmpty()) {
        if (password.compare(name, Qt::CaseInsensitive) == 0) {
            return Problem::ContainsUsername;
        }
        if (name.toUcs4().size() >= kNameContainedFrom &&
            password.contains(name, Qt::CaseInsensitive)) {
            return Problem::ContainsUsername;
        }
    }
    if (CommonPasswords::contains(password)) {
        return Problem::Common;
    }
    return Problem::None;
}

QString PasswordPolicy::code(Problem problem) {
    switch (problem) {
        case Problem::None:
            return {};
        case Problem::TooShort:
            return QStringLiteral("password.too_short");
        case Problem::ContainsUsername:
            return QStringLiteral("password.contains_username");
        case Problem::Common:
            return QStringLiteral("password.common");
    }
    return {};
}

}  // namespace hc::domain
