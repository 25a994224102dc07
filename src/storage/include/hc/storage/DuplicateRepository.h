#pragma once

#include "hc/domain/DuplicateInput.h"
#include "hc/domain/DuplicateSettings.h"
#include "hc/storage/Database.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <set>
#include <utility>

namespace hc::storage {

/// Reads what the duplicate finder needs (domain::DuplicateInput) and its settings (key
/// "duplicates"). Erased customers (PIPL) are left out. Pinyin comes from the search index
/// (search_pinyin) where it is current, otherwise from PinyinTransliterator.
class DuplicateRepository {
public:
    static constexpr const char* kSettingsKey = "duplicates";

    explicit DuplicateRepository(Database& db) : db_(db) {}

    [[nodiscard]] domain::DuplicateInput load() const;
    /// The pairs marked "not the same customer" (lower id first), erased customers left out.
    [[nodiscard]] std::set<std::pair<std::int64_t, std::int64_t>> dismissedPairs() const;

    /// One "not the same customer" mark (duplicate_dismissals, schema 0018).
    struct Dismissal {
        std::int64_t lowId = 0;
        std::int64_t highId = 0;
        QString at;  ///< 'YYYY-MM-DDTHH:MM:SS'
        std::optional<std::int64_t> by;
    };
    /// Marks the pair (lower id first, lowId < highId) as two different customers; false when it
    /// was marked already (the first mark stays). `userId` 0: the system (stored NULL).
    bool dismiss(std::int64_t lowId, std::int64_t highId, const QDateTime& at, std::int64_t userId);
    /// Removes the mark; false when there was none.
    bool undismiss(std::int64_t lowId, std::int64_t highId);
    /// The mark of a pair, nullopt when none.
    [[nodiscard]] std::optional<Dismissal> dismissal(std::int64_t lowId, std::int64_t highId) const;

    /// The stored settings (defaults for anything missing).
    [[nodiscard]] domain::DuplicateSettings loadSettings() const;
    void saveSettings(const domain::DuplicateSettings& settings, const QDateTime& at,
                      std::int64_t userId);
    [[nodiscard]] static QString settingsToJson(const domain::DuplicateSettings& settings);
    [[nodiscard]] static domain::DuplicateSettings settingsFromJson(const QString& text);

private:
    Database& db_;
};

}  // namespace hc::storage
