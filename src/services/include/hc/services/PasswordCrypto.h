#pragma once

#include "hc/domain/PasswordHasher.h"

#include <QByteArray>
#include <QString>

namespace hc::services {

/// The password hashing UserService uses: PBKDF2-HMAC-SHA256 of domain::PasswordHasher. Injectable
/// (UserService's constructor) so tests can count the derivations, e.g. that a login of an unknown
/// user does the same work as one of a real user.
class PasswordCrypto {
public:
    virtual ~PasswordCrypto() = default;

    [[nodiscard]] virtual domain::PasswordHasher::Hashed hash(const QString& password,
                                                              int iterations);
    [[nodiscard]] virtual bool verify(const QString& password, const QByteArray& expectedHash,
                                      const QByteArray& salt, int iterations);
};

}  // namespace hc::services
