#include "hc/domain/PasswordHasher.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdint>

namespace hc::domain {

QByteArray PasswordHasher::pbkdf2Sha256(const QByteArray& password, const QByteArray& salt,
                                        int iterations, int keyLength) {
    QByteArray derived;
    if (iterations < 1 || keyLength < 1) {
        return derived;
    }
    derived.reserve(keyLength);
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    for (std::uint32_t block = 1; derived.size() < keyLength; ++block) {
        QByteArray counter(4, '\0');
        counter[0] = static_cast<char>((block >> 24) & 0xff);
        counter[1] = static_cast<char>((block >> 16) & 0xff);
        counter[2] = static_cast<char>((block >> 8) & 0xff);
        counter[3] = static_cast<char>(block & 0xff);
        mac.reset();
        mac.addData(salt);
        mac.addData(counter);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (qsizetype j = 0; j < t.size(); ++j) {
                t[j] = static_cast<char>(t[j] ^ u[j]);
            }
        }
        derived.append(t.left(keyLength - derived.size()));
    }
    return derived;
}

PasswordHasher::Hashed PasswordHasher::hash(const QString& password, int iterations) {
    Hashed h;
    h.iterations = std::max(iterations, kMinimumIterations);
    h.salt.resize(kSaltBytes);
    QRandomGenerator* rng = QRandomGenerator::system();
    for (int i = 0; i < kSaltBytes; ++i) {
        h.salt[i] = static_cast<char>(rng->bounded(256));
    }
    h.hash = pbkdf2Sha256(password.toUtf8(), h.salt, h.iterations, kHashBytes);
    return h;
}

bool PasswordHasher::verify(const QString& password, const QByteArray& expectedHash,
                            const QByteArray& salt, int iterations) {
    if (iterations < 1 || expectedHash.isEmpty()) {
        return false;
    }
    const QByteArray actual =
        pbkdf2Sha256(password.toUtf8(), salt, iterations, static_cast<int>(expectedHash.size()));
    return constantTimeEquals(actual, expectedHash);
}

bool PasswordHasher::constantTimeEquals(const QByteArray& a, const QByteArray& b) {
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff = static_cast<unsigned char>(
            diff | (static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i])));
    }
    return diff == 0;
}

}  // namespace hc::domain
