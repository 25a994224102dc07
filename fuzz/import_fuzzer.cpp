// libFuzzer target: the file importers end to end on a real database — today the visit CSV
// (VisitImportService::importVisits: decode, map, match customers and vehicles, one transaction,
// backup first). Hook for the spreadsheet importers of the "data in" issue: add a case to
// importers() below (first input byte chooses the importer) and seed files to fuzz/corpus/import/.
#include "FuzzSupport.h"
#include "hc/services/ActingUser.h"
#include "hc/services/VisitImportService.h"
#include "hc/storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <vector>

namespace {

using Importer = std::function<void(hc::storage::Database&, const QByteArray&)>;

const QDateTime kNow(QDate(2026, 6, 15), QTime(9, 30, 0));

void importVisitsCsv(hc::storage::Database& db, const QByteArray& bytes) {
    hc::services::VisitImportService service(db, [] { return kNow; });
    const auto result = service.importVisits(hc::services::ActingUser{}, bytes);
    if (result.ok()) {
        const auto& s = result.value();
        hc::fuzz::check(s.imported + s.rejected + s.duplicatesSkipped == s.rows,
                        "import counts do not add up");
        hc::fuzz::check(s.rejected == 0 || !s.rejects.empty(), "rejected rows without a reason");
        (void)hc::services::VisitImportService::rejectsCsv(s);
    } else {
        hc::fuzz::check(!result.error().message.isEmpty(), "import error without a message");
    }
}

const std::vector<Importer>& importers() {
    static const std::vector<Importer> list{importVisitsCsv};
    return list;
}

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
    // One importer today: every input is a visit CSV. With several, the first byte will choose.
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    importers().front()(database(), bytes);
    return 0;
}
