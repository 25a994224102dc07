#pragma once

#include <QString>

#include <optional>

namespace hc::domain {

/// The three kinds of users (domain.md, "Users").
enum class Role { Advisor, Callback, Manager };

/// "advisor", "callback", "manager" — the keys stored in users.role and used on the CLI.
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString& key);

/// Whether a role sees full phone and ID numbers without an explicit, audited reveal.
/// Callback staff dial customers and managers see everything; advisors at the counter find
/// customers by the phone's last digits and see masked numbers unless they reveal one. Only
/// managers see ID numbers unmasked.
bool roleSeesFullPhone(Role role);
bool roleSeesFullIdNumber(Role role);

}  // namespace hc::domain
