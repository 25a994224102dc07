// KeySet: exact set semantics (text and both integers), growth, and agreement with std::set on
// many keys, including keys whose hashes land in the same slots.
#include "hc/storage/KeySet.h"

#include <QString>

#include <gtest/gtest.h>

#include <set>
#include <tuple>

namespace hc::storage {
namespace {

TEST(KeySet, EmptySetContainsNothing) {
    const KeySet set;
    EXPECT_TRUE(set.isEmpty());
    EXPECT_FALSE(set.contains(u"WO-1"));
    EXPECT_FALSE(set.contains(u""));
}

TEST(KeySet, KeysDifferByTextAndByEachInteger) {
    KeySet set;
    EXPECT_TRUE(set.insert(u"陕A12345", 2460000, 12345));
    EXPECT_FALSE(set.insert(u"陕A12345", 2460000, 12345));  // already there
    EXPECT_EQ(set.size(), 1U);
    struct Case {
        const char16_t* text;
        std::int64_t a;
        std::int64_t b;
        bool found;
    };
    const Case cases[] = {
        {u"陕A12345", 2460000, 12345, true},   {u"陕A12345", 2460001, 12345, false},
        {u"陕A12345", 2460000, 12346, false},  {u"陕A1234", 2460000, 12345, false},
        {u"陕A123456", 2460000, 12345, false}, {u"陕a12345", 2460000, 12345, false},
        {u"", 2460000, 12345, false},          {u"陕A12345", 12345, 2460000, false},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(set.contains(c.text, c.a, c.b), c.found)
            << QString::fromUtf16(c.text).toStdString() << " " << c.a << " " << c.b;
    }
}

TEST(KeySet, EmptyTextIsAKeyLikeAnyOther) {
    KeySet set;
    EXPECT_TRUE(set.insert(u""));
    EXPECT_TRUE(set.contains(u""));
    EXPECT_FALSE(set.contains(u"", 1));
    EXPECT_FALSE(set.insert(u""));
    EXPECT_EQ(set.size(), 1U);
}

TEST(KeySet, AgreesWithStdSetOverManyKeysAndGrowths) {
    KeySet set;  // no reserve: grows from the smallest table many times
    std::set<std::tuple<QString, std::int64_t, std::int64_t>> reference;
    std::uint32_t state = 12345;
    const auto next = [&] {
        state = state * 1664525U + 1013904223U;
        return state >> 8;
    };
    for (int i = 0; i < 60000; ++i) {
        // Few distinct texts and small numbers: many repeats and many near-identical keys.
        const QString text = QStringLiteral("WO%1").arg(next() % 5000);
        const std::int64_t a = next() % 7;
        const std::int64_t b = next() % 3;
        const bool inserted = reference.emplace(text, a, b).second;
        ASSERT_EQ(set.insert(text, a, b), inserted) << i;
    }
    EXPECT_EQ(set.size(), reference.size());
    for (const auto& [text, a, b] : reference) {
        ASSERT_TRUE(set.contains(text, a, b));
    }
    for (int i = 0; i < 20000; ++i) {
        const QString text = QStringLiteral("WO%1").arg(next() % 6000);
        const std::int64_t a = next() % 8;
        const std::int64_t b = next() % 4;
        ASSERT_EQ(set.contains(text, a, b), reference.count({text, a, b}) == 1) << i;
    }
}

TEST(KeySet, ReserveKeepsWhatIsThere) {
    KeySet set;
    for (int i = 0; i < 100; ++i) {
        set.insert(QString::number(i));
    }
    set.reserve(100000);
    EXPECT_EQ(set.size(), 100U);
    for (int i = 0; i < 100; ++i) {
        EXPECT_TRUE(set.contains(QString::number(i))) << i;
    }
    EXPECT_FALSE(set.contains(u"100"));
}

}  // namespace
}  // namespace hc::storage
