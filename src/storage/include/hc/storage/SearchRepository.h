#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace hc::storage {

class Database;

/// One customer found by search as you type, with what the result list shows.
struct SearchRow {
    std::int64_t customerId = 0;
    QString name;
    QString phone;  ///< normalised, unmasked (the ui masks per role)
    QString phone2;
    QStringList plates;
    QDate firstVisit;
    QDate lastVisit;
    bool invalid = false;
    /// What matched: "plate", "phone", "name", "pinyin", "vin", "work_order".
    QString matchedField;
    QString matchedText;  ///< the plate / VIN / work order that matched, when not shown otherwise
};

/// Search as you type over the archive (schema/0002_search.sql, docs/search.md): indexed prefix
/// lookups on plates, phones (and their last 4 digits), names, pinyin and initials, VINs and
/// work-order numbers, then FTS5 trigram substring matches for fragments of 3 characters or more.
/// Every lookup is bounded by the limit; the whole table is never read.
///
/// The FTS rows are kept current by SQL triggers; pinyin is computed here (ICU) for the rows the
/// triggers mark stale. Writing methods expect the caller's transaction.
class SearchRepository {
public:
    explicit SearchRepository(Database& db);
    ~SearchRepository();
    SearchRepository(const SearchRepository&) = delete;
    SearchRepository& operator=(const SearchRepository&) = delete;

    /// At most `limit` customers matching `text`, best kind of match first. Empty text: none.
    [[nodiscard]] std::vector<SearchRow> search(const QString& text, int limit = 50);

    /// Recomputes the pinyin and the FTS rows of one customer and its vehicles.
    void reindexCustomer(std::int64_t customerId);
    /// Rebuilds the whole index from customers and vehicles (100k customers in a few seconds).
    void rebuildAll();
    /// Computes pinyin for at most `maxRows` customers marked stale (all when maxRows < 0);
    /// returns how many were done.
    int refreshStale(int maxRows);
    /// Number of customers whose pinyin is stale or missing (count mismatch included).
    [[nodiscard]] int staleCount() const;
    /// Whether any customer is marked stale (cheap: a partial index).
    [[nodiscard]] bool hasStalePinyin() const;

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::storage
