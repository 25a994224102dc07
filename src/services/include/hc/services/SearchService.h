#pragma once

#include "hc/domain/CustomerFacts.h"
#include "hc/services/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// One customer found by search as you type. Phones are unmasked: the ui masks them per role.
struct SearchHit {
    domain::CustomerId customerId = 0;
    QString name;
    QString phone;
    QString phone2;
    QStringList plates;
    QDate firstVisit;  ///< null when no visit yet
    QDate lastVisit;   ///< null when no visit yet
    bool invalid = false;
    /// What matched: "plate", "phone", "name", "pinyin", "vin", "work_order".
    QString matchedField;
    /// The plate, VIN or work-order number that matched when it is not among `plates`.
    QString matchedText;
};

/// Search as you type for reception (docs/search.md). Reads only, except for keeping the pinyin
/// of the index current: SQL triggers maintain the rest for every writer, so other services need
/// not call reindex(); the pinyin of customers added or renamed since is computed here, a bounded
/// batch before each search and all at once by refreshIndex() at application start.
class SearchService {
public:
    explicit SearchService(storage::Database& db);
    ~SearchService();
    SearchService(const SearchService&) = delete;
    SearchService& operator=(const SearchService&) = delete;

    /// At most `limit` customers matching a plate fragment, phone (or its last 4 digits), name,
    /// pinyin or initials, VIN fragment or work-order number. Empty text: no hits.
    Result<std::vector<SearchHit>> search(const QString& text, int limit = 50);

    /// Recomputes the index rows of one customer (pinyin, names, phones, plates, VINs).
    VoidResult reindex(domain::CustomerId customerId);
    /// Rebuilds the whole index (after bulk writes; 100k customers in a few seconds).
    VoidResult rebuildIndex();
    /// Brings the index up to date when it is stale (customers without pinyin after a bulk
    /// import or a rename): rebuilds everything when many rows are stale, else refreshes them.
    /// Returns the number of customers brought up to date (0 when the index was current).
    Result<int> refreshIndex();

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
