#include "hc/domain/PasswordHasher.h"

#include "Sha256.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstdint>

namespace hc::domain {

namespace {

/// HMAC-SHA256 with the key blocks compressed once: every message then costs its own blocks only.
struct HmacKey {
    Sha256::State inner;
    Sha256::State outer;

    explicit HmacKey(const QByteArray& key) {
        std::array<std::uint8_t, Sha256::kBlockBytes> block{};
        if (key.size() > qsizetype(Sha256::kBlockBytes)) {
            Sha256 h;
            h.update(reinterpret_cast<const std::uint8_t*>(key.constData()),
                     static_cast<std::size_t>(key.size()));
            const auto digest = h.finish();
            std::copy(digest.begin(), digest.end(), block.begin());
        } else {
            std::copy(key.begin(), key.end(), block.begin());
        }
        inner = padState(block, 0x36);
        outer = padState(block, 0x5c);
    }

    static Sha256::State padState(const std::array<std::uint8_t, Sha256::kBlockBytes>& key,
                                  std::uint8_t pad) {
        std::uint32_t words[16];
        for (int i = 0; i < 16; ++i) {
            words[i] = (std::uint32_t(key[4 * i] ^ pad) << 24) |
                       (std::uint32_t(key[4 * i + 1] ^ pad) << 16) |
                       (std::uint32_t(key[4 * i + 2] ^ pad) << 8) |
                       std::uint32_t(key[4 * i + 3] ^ pad);
        }
        Sha256::State state = Sha256::initialState();
        Sha256::compress(state, words);
        return state;
    }

    /// HMAC of an arbitrary message (the first PBKDF2 step: salt || block counter).
    [[nodiscard]] Sha256::State mac(const QByteArray& message) const {
        Sha256 in(inner, Sha256::kBlockBytes);
        in.update(reinterpret_cast<const std::uint8_t*>(message.constData()),
                  static_cast<std::size_t>(message.size()));
        const auto innerDigest = in.finish();
        Sha256 out(outer, Sha256::kBlockBytes);
        out.update(innerDigest.data(), innerDigest.size());
        (void)out.finish();
        return out.state();
    }

    /// HMAC of a 32-byte message given as 8 words: two compressions, no allocation.
    [[nodiscard]] Sha256::State mac(const Sha256::State& message) const {
        // One padded block: the 32 bytes, 0x80, zeros, the length of key block + message in bits.
        constexpr std::uint32_t kLengthBits = (Sha256::kBlockBytes + 32) * 8;
        std::uint32_t block[16] = {0,           0, 0, 0, 0, 0, 0, 0,
                                   0x80000000u, 0, 0, 0, 0, 0, 0, kLengthBits};
        std::copy(message.begin(), message.end(), block);
        Sha256::State in = inner;
        Sha256::compress(in, block);
        std::copy(in.begin(), in.end(), block);
        Sha256::State out = outer;
        Sha256::compress(out, block);
        return out;
    }
};

}  // namespace

QByteArray PasswordHasher::pbkdf2Sha256(const QByteArray& password, const QByteArray& salt,
                                        int iterations, int keyLength) {
    QByteArray derived;
    if (iterations < 1 || keyLength < 1) {
        return derived;
    }
    derived.reserve(keyLength);
    const HmacKey key(password);
    for (std::uint32_t block = 1; derived.size() < keyLength; ++block) {
        QByteArray first = salt;
        first.append(static_cast<char>((block >> 24) & 0xff));
        first.append(static_cast<char>((block >> 16) & 0xff));
        first.append(static_cast<char>((block >> 8) & 0xff));
        first.append(static_cast<char>(block & 0xff));
        Sha256::State u = key.mac(first);
        Sha256::State t = u;
        for (int i = 1; i < iterations; ++i) {
            u = key.mac(u);
            for (std::size_t j = 0; j < t.size(); ++j) {
                t[j] ^= u[j];
            }
        }
        QByteArray bytes(32, '\0');
        for (int i = 0; i < 8; ++i) {
            bytes[4 * i] = static_cast<char>(t[i] >> 24);
            bytes[4 * i + 1] = static_cast<char>(t[i] >> 16);
            bytes[4 * i + 2] = static_cast<char>(t[i] >> 8);
            bytes[4 * i + 3] = static_cast<char>(t[i]);
        }
        derived.append(bytes.left(keyLength - derived.size()));
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
