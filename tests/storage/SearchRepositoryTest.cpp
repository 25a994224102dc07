#include "hc/storage/Database.h"
#include "hc/storage/PinyinTransliterator.h"
#include "hc/storage/SearchRepository.h"
#include "hc/storage/TransactionGuard.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace hc::storage {
namespace {

class SearchRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        db_ = Database::open(dir_.filePath(QStringLiteral("search.db")));
        db_->execScript(QStringLiteral(
            "INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES "
            " (1, '刘春江', '13812345678', '2024-01-01T00:00:00', '2024-01-01T00:00:00'),"
            " (2, '牛理财', '13900001111', '2024-01-01T00:00:00', '2024-01-01T00:00:00'),"
            " (3, '张丽', '029-81629900', '2024-01-01T00:00:00', '2024-01-01T00:00:00'),"
            " (4, '曾凡', NULL, '2024-01-01T00:00:00', '2024-01-01T00:00:00');"
            "INSERT INTO vehicles (id, customer_id, plate, vin, created_at, updated_at) VALUES "
            " (10, 1, '陕A12345', 'LSVAM4187C2184811', '2024-01-01T00:00:00', "
            "'2024-01-01T00:00:00'),"
            " (11, 2, '陕B54321', NULL, '2024-01-01T00:00:00', '2024-01-01T00:00:00'),"
            " (12, 1, '粤BD67890', NULL, '2024-01-01T00:00:00', '2024-01-01T00:00:00');"
            "INSERT INTO visits (customer_id, vehicle_id, visit_date, work_order, amount_fen, "
            " created_at) VALUES "
            " (1, 10, '2024-03-01', 'WO20240301', 100, '2024-03-01T00:00:00'),"
            " (1, 10, '2025-06-01', 'WO20250601', 100, '2025-06-01T00:00:00');"));
        repo_ = std::make_unique<SearchRepository>(*db_);
    }

    std::vector<std::int64_t> ids(const QString& text) {
        std::vector<std::int64_t> out;
        for (const auto& row : repo_->search(text, 50)) {
            out.push_back(row.customerId);
        }
        return out;
    }
    bool finds(const QString& text, std::int64_t id) {
        const auto v = ids(text);
        return std::find(v.begin(), v.end(), id) != v.end();
    }
    void refresh() {
        TransactionGuard tx(*db_);
        repo_->refreshStale(-1);
        tx.commit();
    }

    QTemporaryDir dir_;
    std::unique_ptr<Database> db_;
    std::unique_ptr<SearchRepository> repo_;
};

TEST(PinyinTransliteratorTest, FullPinyinAndInitials) {
    PinyinTransliterator t;
    auto p = t.convert(QStringLiteral("刘春江"));
    EXPECT_EQ(p.full, QStringLiteral("liuchunjiang"));
    EXPECT_EQ(p.initials, QStringLiteral("lcj"));
    p = t.convert(QStringLiteral("曾凡"));  // surname reading zeng, not ceng
    EXPECT_EQ(p.initials, QStringLiteral("zf"));
    p = t.convert(QStringLiteral("ABC汽修"));
    EXPECT_EQ(p.full, QStringLiteral("abcqixiu"));
    EXPECT_EQ(p.initials, QStringLiteral("abcqx"));
}

TEST_F(SearchRepositoryTest, FindsPlateFragments) {
    EXPECT_EQ(ids(QStringLiteral("陕A12")), std::vector<std::int64_t>{1});
    EXPECT_TRUE(finds(QStringLiteral("a123"), 1));        // without province, lower case
    EXPECT_TRUE(finds(QStringLiteral("12345"), 1));       // digits only
    EXPECT_TRUE(finds(QStringLiteral("陕 a·12345"), 1));  // separators typed
    EXPECT_TRUE(finds(QStringLiteral("2345"), 1));        // trigram substring
    EXPECT_TRUE(finds(QStringLiteral("54321"), 2));
    EXPECT_TRUE(finds(QStringLiteral("BD678"), 1));  // new-energy plate
    EXPECT_FALSE(finds(QStringLiteral("陕A9"), 1));
}

TEST_F(SearchRepositoryTest, FindsPhonesAndTails) {
    EXPECT_EQ(ids(QStringLiteral("5678")).front(), 1);
    EXPECT_TRUE(finds(QStringLiteral("138123"), 1));
    EXPECT_TRUE(finds(QStringLiteral("1111"), 2));
    EXPECT_TRUE(finds(QStringLiteral("9900"), 3));  // landline tail
    EXPECT_TRUE(finds(QStringLiteral("81629900"), 3));
    EXPECT_TRUE(finds(QStringLiteral("138 1234 5678"), 1));           // typed with spaces
    EXPECT_TRUE(finds(QStringLiteral("１３８１２３４５６７８"), 1));  // full-width digits
}

TEST_F(SearchRepositoryTest, FindsNamesAndPinyin) {
    EXPECT_TRUE(finds(QStringLiteral("刘"), 1));
    EXPECT_TRUE(finds(QStringLiteral("刘春江"), 1));
    EXPECT_TRUE(finds(QStringLiteral("春江"), 1));  // given name
    EXPECT_FALSE(finds(QStringLiteral("lcj"), 1));  // pinyin not computed yet (stale)
    EXPECT_EQ(repo_->staleCount(), 4);
    refresh();
    EXPECT_EQ(repo_->staleCount(), 0);
    EXPECT_EQ(ids(QStringLiteral("lcj")), std::vector<std::int64_t>{1});
    EXPECT_EQ(ids(QStringLiteral("LCJ")), std::vector<std::int64_t>{1});
    EXPECT_TRUE(finds(QStringLiteral("liuchunjiang"), 1));
    EXPECT_TRUE(finds(QStringLiteral("liuchun"), 1));
    EXPECT_TRUE(finds(QStringLiteral("chunjiang"), 1));  // trigram in the pinyin
    EXPECT_TRUE(finds(QStringLiteral("zf"), 4));
}

TEST_F(SearchRepositoryTest, FindsVinAndWorkOrder) {
    auto rows = repo_->search(QStringLiteral("lsvam41"), 50);
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(rows[0].customerId, 1);
    EXPECT_EQ(rows[0].matchedField, QStringLiteral("vin"));
    rows = repo_->search(QStringLiteral("2184811"), 50);  // VIN tail (trigram)
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(rows[0].matchedField, QStringLiteral("vin"));
    EXPECT_EQ(rows[0].matchedText, QStringLiteral("LSVAM4187C2184811"));
    rows = repo_->search(QStringLiteral("wo2025"), 50);
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(rows[0].matchedField, QStringLiteral("work_order"));
    EXPECT_EQ(rows[0].matchedText, QStringLiteral("WO20250601"));
}

TEST_F(SearchRepositoryTest, RowsCarryDisplayDetails) {
    const auto rows = repo_->search(QStringLiteral("刘春江"), 50);
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(rows[0].name, QStringLiteral("刘春江"));
    EXPECT_EQ(rows[0].phone, QStringLiteral("13812345678"));
    EXPECT_EQ(rows[0].plates,
              (QStringList{QStringLiteral("陕A12345"), QStringLiteral("粤BD67890")}));
    EXPECT_EQ(rows[0].firstVisit, QDate(2024, 3, 1));
    EXPECT_EQ(rows[0].lastVisit, QDate(2025, 6, 1));
    EXPECT_FALSE(rows[0].invalid);
}

TEST_F(SearchRepositoryTest, TriggersFollowWrites) {
    refresh();
    db_->execScript(
        QStringLiteral("UPDATE customers SET name = '王顺', phone = '13700009999' WHERE id = 2;"
                       "UPDATE vehicles SET plate = '陕C77777' WHERE id = 11;"
                       "DELETE FROM vehicles WHERE id = 12;"));
    EXPECT_FALSE(finds(QStringLiteral("牛理财"), 2));
    EXPECT_TRUE(finds(QStringLiteral("王顺"), 2));
    EXPECT_TRUE(finds(QStringLiteral("9999"), 2));
    EXPECT_TRUE(finds(QStringLiteral("C777"), 2));
    EXPECT_FALSE(finds(QStringLiteral("54321"), 2));
    EXPECT_FALSE(finds(QStringLiteral("BD678"), 1));
    EXPECT_FALSE(finds(QStringLiteral("nlc"), 2));  // old initials gone: the row is stale
    EXPECT_EQ(repo_->staleCount(), 1);
    refresh();
    EXPECT_TRUE(finds(QStringLiteral("ws"), 2));
    EXPECT_TRUE(finds(QStringLiteral("wangshun"), 2));
}

TEST_F(SearchRepositoryTest, RebuildAndReindexGiveTheSameAnswers) {
    {
        TransactionGuard tx(*db_);
        repo_->rebuildAll();
        tx.commit();
    }
    EXPECT_EQ(repo_->staleCount(), 0);
    EXPECT_EQ(ids(QStringLiteral("lcj")), std::vector<std::int64_t>{1});
    EXPECT_TRUE(finds(QStringLiteral("2345"), 1));
    EXPECT_TRUE(finds(QStringLiteral("chunjiang"), 1));
    {
        TransactionGuard tx(*db_);
        repo_->reindexCustomer(1);
        tx.commit();
    }
    EXPECT_EQ(ids(QStringLiteral("lcj")), std::vector<std::int64_t>{1});
    EXPECT_TRUE(finds(QStringLiteral("2345"), 1));
    EXPECT_TRUE(finds(QStringLiteral("chunjiang"), 1));
}

TEST_F(SearchRepositoryTest, LimitIsRespected) {
    EXPECT_EQ(repo_->search(QStringLiteral("1"), 1).size(), 1U);
    EXPECT_TRUE(repo_->search(QStringLiteral("   "), 50).empty());
}

// The plans of the lookups: RepositoryPlansTest (the statements the repository really runs).

}  // namespace
}  // namespace hc::storage
