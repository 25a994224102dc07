#include "hc/domain/PasswordHasher.h"

#include <QMessageAuthenticationCode>

#include <gtest/gtest.h>

using hc::domain::PasswordHasher;

namespace {

struct Vector {
    int iterations;
    const char* hex;
};

class Pbkdf2RfcVector : public ::testing::TestWithParam<Vector> {};

TEST_P(Pbkdf2RfcVector, MatchesPublishedHmacSha256Output) {
    const Vector v = GetParam();
    const QByteArray key = PasswordHasher::pbkdf2Sha256("password", "salt", v.iterations, 32);
    EXPECT_EQ(key.toHex().toStdString(), v.hex);
}

INSTANTIATE_TEST_SUITE_P(
    Rfc, Pbkdf2RfcVector,
    ::testing::Values(Vector{1, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"},
                      Vector{2, "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"},
                      Vector{4096,
                             "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"}));

TEST(PasswordHasher, LongerKeysSpanSeveralBlocks) {
    // RFC 7914 §11: PBKDF2-HMAC-SHA256("passwd", "salt", 1, 64).
    const QByteArray key = PasswordHasher::pbkdf2Sha256("passwd", "salt", 1, 64);
    EXPECT_EQ(key.toHex().toStdString(),
              "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
              "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
}

/// PBKDF2 written plainly on Qt's HMAC: the reference for key and salt lengths the RFC vectors do
/// not cover (keys longer than a SHA-256 block are hashed first; salts crossing a block boundary).
QByteArray referencePbkdf2(const QByteArray& password, const QByteArray& salt, int iterations,
                           int keyLength) {
    QByteArray derived;
    for (quint32 block = 1; derived.size() < keyLength; ++block) {
        QByteArray counter(4, '\0');
        counter[0] = char(block >> 24);
        counter[1] = char(block >> 16);
        counter[2] = char(block >> 8);
        counter[3] = char(block);
        QByteArray u =
            QMessageAuthenticationCode::hash(salt + counter, password, QCryptographicHash::Sha256);
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            u = QMessageAuthenticationCode::hash(u, password, QCryptographicHash::Sha256);
            for (qsizetype j = 0; j < t.size(); ++j) {
                t[j] = char(t[j] ^ u[j]);
            }
        }
        derived.append(t.left(keyLength - derived.size()));
    }
    return derived;
}

TEST(PasswordHasher, MatchesQtHmacForEveryKeyAndSaltLength) {
    for (int passwordLength : {0, 1, 31, 55, 63, 64, 65, 100, 200}) {
        for (int saltLength : {0, 16, 51, 55, 56, 60, 64, 70, 130}) {
            const QByteArray password(passwordLength, 'p');
            const QByteArray salt(saltLength, 's');
            EXPECT_EQ(PasswordHasher::pbkdf2Sha256(password, salt, 3, 50).toHex(),
                      referencePbkdf2(password, salt, 3, 50).toHex())
                << "password " << passwordLength << ", salt " << saltLength;
        }
    }
    const QByteArray utf8 = QStringLiteral("密码 secret 回厂").toUtf8();
    EXPECT_EQ(PasswordHasher::pbkdf2Sha256(utf8, "salt", 1000, 32),
              referencePbkdf2(utf8, "salt", 1000, 32));
}

TEST(PasswordHasher, HashThenVerify) {
    const auto h = PasswordHasher::hash(QStringLiteral("密码 secret"), 10000);
    EXPECT_EQ(h.salt.size(), PasswordHasher::kSaltBytes);
    EXPECT_EQ(h.hash.size(), PasswordHasher::kHashBytes);
    EXPECT_EQ(h.iterations, 10000);
    EXPECT_TRUE(PasswordHasher::verify(QStringLiteral("密码 secret"), h.hash, h.salt, 10000));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("密码 secreT"), h.hash, h.salt, 10000));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("密码 secret"), h.hash, h.salt, 10001));
}

TEST(PasswordHasher, SaltMakesEqualPasswordsHashDifferently) {
    const auto a = PasswordHasher::hash(QStringLiteral("same"), 10000);
    const auto b = PasswordHasher::hash(QStringLiteral("same"), 10000);
    EXPECT_NE(a.salt, b.salt);
    EXPECT_NE(a.hash, b.hash);
}

TEST(PasswordHasher, EnforcesMinimumIterationsAndDefault) {
    EXPECT_EQ(PasswordHasher::hash(QStringLiteral("x"), 5).iterations,
              PasswordHasher::kMinimumIterations);
    EXPECT_GE(PasswordHasher::kDefaultIterations, 600000);  // issue 13.7
}

TEST(PasswordHasher, ConstantTimeEquals) {
    EXPECT_TRUE(PasswordHasher::constantTimeEquals("abc", "abc"));
    EXPECT_FALSE(PasswordHasher::constantTimeEquals("abc", "abd"));
    EXPECT_FALSE(PasswordHasher::constantTimeEquals("abc", "abcd"));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("x"), QByteArray(), "salt", 10000));
}

}  // namespace
