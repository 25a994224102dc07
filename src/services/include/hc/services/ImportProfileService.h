#pragma once

#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/ImportMapping.h"
#include "hc/services/Result.h"

#include <QString>

#include <map>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// The import wizard's named column mappings (profiles), stored in the settings table under
/// "import.profiles" as {"name": {"column in file": "field"}} — each profile the JSON of
/// ImportMapping::toJson, the same file `huichang-cli import --mapping` reads.
class ImportProfileService {
public:
    ImportProfileService(storage::Database& db, Clock clock) : db_(db), clock_(std::move(clock)) {}

    /// Every saved profile by name.
    [[nodiscard]] Result<std::map<QString, ImportMapping>> profiles() const;
    /// Saves (adds or replaces) a profile; manager only, audited `settings.import_profile`.
    VoidResult save(const ActingUser& user, const QString& name, const ImportMapping& mapping);

private:
    storage::Database& db_;
    Clock clock_;
};

}  // namespace hc::services
