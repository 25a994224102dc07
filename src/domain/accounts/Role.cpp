#include "hc/domain/Role.h"

namespace hc::domain {

QString roleKey(Role role) {
    switch (role) {
        case Role::Advisor:
            return QStringLiteral("advisor");
        case Role::Callback:
            return QStringLiteral("callback");
        case Role::Manager:
            return QStringLiteral("manager");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key) {
    if (key == QLatin1String("advisor")) {
        return Role::Advisor;
    }
    if (key == QLatin1String("callback")) {
        return Role::Callback;
    }
    if (key == QLatin1String("manager")) {
        return Role::Manager;
    }
    return std::nullopt;
}

bool roleSeesFullPhone(Role role) { return role == Role::Callback || role == Role::Manager; }

bool roleSeesFullIdNumber(Role role) { return role == Role::Manager; }

}  // namespace hc::domain
