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

/// What an import profile maps: a visit history (one work order a row) or a customer list (one
/// customer and their vehicles a row, no visits).
enum class ImportProfileKind { Visits, Customers };

/// The import wizard's named column mappings (profiles), stored in the settings table under
/// "import.profiles" as {"name": {"column in file": "field", ..., "$mode": "customers"}} — each
/// profile the JSON of ImportMapping::toJson (the file `huichang-cli import --mapping` reads)
/// plus the key "$mode" ("visits" or "customers"; a profile stored without it, before the wizard
/// loaded customer lists, is a visit profile). "$mode" is stripped before the mapping is parsed.
class ImportProfileService {
public:
    /// The key that records a profile's kind inside its JSON object.
    static constexpr const char* kModeKey = "$mode";

    ImportProfileService(storage::Database& db, Clock clock) : db_(db), clock_(std::move(clock)) {}

    /// The saved profiles of one kind, by name.
    [[nodiscard]] Result<std::map<QString, ImportMapping>> profiles(ImportProfileKind kind) const;
    /// Saves (adds or replaces, whatever its kind was) a profile of `kind`; manager only, audited
    /// `settings.import_profile`. A file column named "$mode" cannot be kept in a profile
    /// (Invalid, field "mapping").
    VoidResult save(const ActingUser& user, const QString& name, ImportProfileKind kind,
                    const ImportMapping& mapping);

    /// "visits" / "customers" (the value of "$mode").
    [[nodiscard]] static QString modeKey(ImportProfileKind kind);

private:
    storage::Database& db_;
    Clock clock_;
};

}  // namespace hc::services
