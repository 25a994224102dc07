#include "hc/services/SearchService.h"

#include "UseCase.h"

#include "hc/storage/Database.h"
#include "hc/storage/SearchRepository.h"
#include "hc/storage/StorageError.h"
#include "hc/storage/TransactionGuard.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace hc::services {

namespace {

std::shared_ptr<spdlog::logger> logger() {
    auto l = spdlog::get("services");
    return l ? l : spdlog::default_logger();
}

ServiceError toServiceError(const storage::StorageError& e) {
    logger()->error("search: {}", e.what());
    return fromStorageError(e);
}

/// Pinyin computed before each search at most for this many stale customers (a few ms).
constexpr int kRefreshBatch = 200;
/// Above this many stale customers refreshIndex() rebuilds everything (faster in bulk).
constexpr int kRebuildThreshold = 5000;

}  // namespace

struct SearchService::Private {
    explicit Private(storage::Database& database) : db(database), repo(database) {}
    storage::Database& db;
    storage::SearchRepository repo;
};

SearchService::SearchService(storage::Database& db) : d_(std::make_unique<Private>(db)) {}

SearchService::~SearchService() = default;

Result<std::vector<SearchHit>> SearchService::search(const QString& text, int limit) {
    try {
        // Pinyin of customers added or renamed since the last search (marked by the triggers).
        try {
            if (d_->repo.hasStalePinyin()) {
                storage::TransactionGuard tx(d_->db);
                d_->repo.refreshStale(kRefreshBatch);
                tx.commit();
            }
        } catch (const storage::StorageError& e) {
            // The search itself still works (without the newest pinyin); try again next time.
            logger()->warn("search: pinyin refresh skipped: {}", e.what());
        }
        std::vector<SearchHit> hits;
        for (auto& row : d_->repo.search(text, limit)) {
            SearchHit h;
            h.customerId = row.customerId;
            h.name = std::move(row.name);
            h.phone = std::move(row.phone);
            h.phone2 = std::move(row.phone2);
            h.plates = std::move(row.plates);
            h.firstVisit = row.firstVisit;
            h.lastVisit = row.lastVisit;
            h.invalid = row.invalid;
            h.matchedField = std::move(row.matchedField);
            h.matchedText = std::move(row.matchedText);
            hits.push_back(std::move(h));
        }
        return hits;
    } catch (const storage::StorageError& e) {
        return toServiceError(e);
    }
}

VoidResult SearchService::reindex(domain::CustomerId customerId) {
    try {
        storage::TransactionGuard tx(d_->db);
        d_->repo.reindexCustomer(customerId);
        tx.commit();
        return Done{};
    } catch (const storage::StorageError& e) {
        return toServiceError(e);
    }
}

VoidResult SearchService::rebuildIndex() {
    try {
        storage::TransactionGuard tx(d_->db);
        d_->repo.rebuildAll();
        tx.commit();
        logger()->info("search index rebuilt");
        return Done{};
    } catch (const storage::StorageError& e) {
        return toServiceError(e);
    }
}

Result<int> SearchService::refreshIndex() {
    try {
        const int stale = d_->repo.staleCount();
        if (stale == 0) {
            return 0;
        }
        storage::TransactionGuard tx(d_->db);
        if (stale > kRebuildThreshold) {
            d_->repo.rebuildAll();
        } else {
            d_->repo.refreshStale(-1);
            if (d_->repo.staleCount() > 0) {  // rows missing altogether (count mismatch)
                d_->repo.rebuildAll();
            }
        }
        tx.commit();
        logger()->info("search index: {} customers brought up to date", stale);
        return stale;
    } catch (const storage::StorageError& e) {
        return toServiceError(e);
    }
}

}  // namespace hc::services
