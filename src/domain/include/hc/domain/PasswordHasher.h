#pragma once

#include <QByteArray>
#include <QString>

namespace hc::domain {

/// Password hashing for user accounts: PBKDF2-HMAC-SHA256 (RFC 8018) with a random 16-byte salt
/// per password and an iteration count stored beside the hash, compared in constant time.
class PasswordHasher {
public:
    static constexpr int kDefaultIterations = 600000;  ///< OWASP 2023 for PBKDF2-HMAC-SHA256
    static constexpr int kMinimumIterations = 10000;   ///< enforced by the schema as well
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;

    struct Hashed {
        QByteArray hash;
        QByteArray salt;
        int iterations = 0;
    };

    /// Hashes `password` (UTF-8) with a fresh random salt from QRandomGenerator::system().
    /// Iteration counts below kMinimumIterations are raised to it.
    [[nodiscard]] static Hashed hash(const QString& password, int iterations = kDefaultIterations);

    /// True when `password` hashes to `expectedHash` with the stored salt and iterations.
    /// Comparison is constant-time in the hash length.
    [[nodiscard]] static bool verify(const QString& password, const QByteArray& expectedHash,
                                     const QByteArray& salt, int iterations);

    /// PBKDF2-HMAC-SHA256(password, salt, iterations, keyLength): the raw derivation, exposed for
    /// the RFC test vectors. No minimum on `iterations` here.
    [[nodiscard]] static QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt,
                                                 int iterations, int keyLength);

    /// Constant-time equality of two byte strings (false when the lengths differ).
    [[nodiscard]] static bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
};

}  // namespace hc::domain
