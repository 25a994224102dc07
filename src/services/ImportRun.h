#pragma once

// Services-private: what the table importers (VisitImportService, CustomerImportService) share —
// progress reporting with cancel, and their error messages.

#include "hc/services/BackupService.h"
#include "hc/services/Clock.h"
#include "hc/services/ImportOptions.h"
#include "hc/services/ServiceError.h"

#include <QCoreApplication>

#include <optional>

namespace hc::services {

/// Thrown inside an import's transaction when the progress callback asks to cancel.
struct ImportCancelled {};

/// Calls ImportOptions::progress every `step` rows and at the end; throws ImportCancelled when it
/// returns false.
class ImportProgressGate {
public:
    ImportProgressGate(const ImportProgress& progress, int total)
        : progress_(progress), total_(total) {}

    void row(int done) {
        if (progress_ && (done % kStep == 0 || done == total_) && !progress_(done, total_)) {
            throw ImportCancelled{};
        }
    }
    void start() {
        if (progress_ && !progress_(0, total_)) {
            throw ImportCancelled{};
        }
    }

private:
    static constexpr int kStep = 500;
    const ImportProgress& progress_;
    int total_;
};

inline ServiceError importCancelledError() {
    return ServiceError{
        ServiceError::Code::Failed,
        QCoreApplication::translate("hc::services", "导入已取消,没有导入任何数据。"),
        QStringLiteral("cancelled"),
        {}};
}

inline ServiceError importEmptyError() {
    return ServiceError{ServiceError::Code::Invalid,
                        QCoreApplication::translate("hc::services", "文件是空的,没有可导入的行。"),
                        {},
                        {}};
}

/// A verified backup before an import that writes (none for a dry run), so the import can
/// always be undone by restoring it; the error says that nothing was imported.
inline std::optional<ServiceError> backupBeforeImport(storage::Database& db, const Clock& clock,
                                                      bool dryRun) {
    if (dryRun) {
        return std::nullopt;
    }
    if (auto backup = BackupService(db, clock).create(QStringLiteral("import")); !backup) {
        ServiceError e = backup.error();
        e.message += QStringLiteral("。") +
                     QCoreApplication::translate("hc::services", "没有导入任何数据。");
        return e;
    }
    return std::nullopt;
}

}  // namespace hc::services
