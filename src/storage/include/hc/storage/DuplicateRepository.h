#pragma once

#include "hc/domain/DuplicateInput.h"
#include "hc/domain/DuplicateSettings.h"
#include "hc/storage/Database.h"

#include <QDateTime>
#include <QString>

namespace hc::storage {

/// Reads what the duplicate finder needs (domain::DuplicateInput) and its settings (key
/// "duplicates"). Erased customers (PIPL) are left out. Pinyin comes from the search index
/// (search_pinyin) where it is current, otherwise from PinyinTransliterator.
class DuplicateRepository {
public:
    static constexpr const char* kSettingsKey = "duplicates";

    explicit DuplicateRepository(Database& db) : db_(db) {}

    [[nodiscard]] domain::DuplicateInput load() const;

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
