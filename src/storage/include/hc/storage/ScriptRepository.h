#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>

namespace hc::storage {

class Database;

/// The call_scripts table: the shop's own copies of the call scripts (话术) under keys
/// "greeting", "stage.<stage key>", "reason.<churn reason key>". No row = the domain default.
class ScriptRepository {
public:
    explicit ScriptRepository(Database& db) : db_(db) {}

    [[nodiscard]] std::optional<QString> get(const QString& key) const;
    /// Every stored script by key.
    [[nodiscard]] std::map<QString, QString> all() const;
    /// Inserts or replaces the script under `key` (the schema rejects unknown key shapes).
    void put(const QString& key, const QString& text, const QDateTime& at, std::int64_t userId);
    /// Deletes the stored copy (back to the default); false when there was none.
    bool remove(const QString& key);

private:
    Database& db_;
};

}  // namespace hc::storage
