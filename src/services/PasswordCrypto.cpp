#include "hc/services/PasswordCrypto.h"

namespace hc::services {

domain::PasswordHasher::Hashed PasswordCrypto::hash(const QString& password, int iterations) {
    return domain::PasswordHasher::hash(password, iterations);
}

bool PasswordCrypto::verify(const QString& password, const QByteArray& expectedHash,
                            const QByteArray& salt, int iterations) {
    return domain::PasswordHasher::verify(password, expectedHash, salt, iterations);
}

}  // namespace hc::services
