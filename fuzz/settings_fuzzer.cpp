// libFuzzer target: settings JSON — the section readers (analysis, follow-ups, shop profile) and
// SettingsService::importJson on a real database. Invariants: the canonical JSON of what was read
// reads back to itself; a document that imports exports again and that export imports too.
#include "FuzzSupport.h"
#include "ShopProfileJson.h"
#include "hc/domain/SettingsValidation.h"
#include "hc/services/ActingUser.h"
#include "hc/services/SettingsService.h"
#include "hc/storage/Database.h"
#include "hc/storage/SettingsRepository.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

using hc::storage::SettingsRepository;

namespace {

hc::storage::Database& database() {
    static QTemporaryDir dir;
    static std::unique_ptr<hc::storage::Database> db =
        hc::storage::Database::open(dir.filePath(QStringLiteral("fuzz.db")));
    return *db;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
    hc::fuzz::ensureApplication();
    (void)database();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString input = hc::fuzz::text(data, size);

    const auto analysis = SettingsRepository::analysisFromJson(input);
    const QString analysisJson = SettingsRepository::analysisToJson(analysis);
    hc::fuzz::check(SettingsRepository::analysisToJson(
                        SettingsRepository::analysisFromJson(analysisJson)) == analysisJson,
                    "analysis JSON does not read back", input);
    (void)hc::domain::validate(analysis);

    const auto followUps = SettingsRepository::followUpsFromJson(input, input);
    const QString followUpsJson = SettingsRepository::followUpsToJson(followUps);
    hc::fuzz::check(SettingsRepository::followUpsToJson(
                        SettingsRepository::followUpsFromJson(followUpsJson)) == followUpsJson,
                    "follow-up JSON does not read back", input);
    (void)hc::domain::validate(followUps);
    (void)SettingsRepository::legacyMaintenanceInterval(input);
    (void)SettingsRepository::hasMaintenanceInterval(input);

    const QString shopJson =
        hc::services::ShopProfileJson::toJson(hc::services::ShopProfileJson::fromJson(input));
    hc::fuzz::check(hc::services::ShopProfileJson::toJson(
                        hc::services::ShopProfileJson::fromJson(shopJson)) == shopJson,
                    "shop JSON does not read back", input);

    hc::services::SettingsService service(
        database(), [] { return QDateTime(QDate(2026, 6, 15), QTime(9, 0)); });
    const hc::services::ActingUser manager;  // id 0: the system user, a manager
    if (service.importJson(manager, input).ok()) {
        const auto exported = service.exportJson();
        hc::fuzz::check(exported.ok(), "export after a good import fails", input);
        const auto again = service.importJson(manager, exported.value());
        hc::fuzz::check(again.ok(), "the export does not import", exported.value());
    }
    return 0;
}
