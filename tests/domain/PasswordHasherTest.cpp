#include "hc/domain/PasswordHasher.h"

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
