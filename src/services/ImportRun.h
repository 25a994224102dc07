#pragma once

// Services-private: what the table importers (VisitImportService, CustomerImportService) share —
// progress reporting with cancel, and their error messages.

#include "hc/services/ImportOptions.h"
#include "hc/services/ServiceError.h"

#include <QCoreApplication>

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

}  // namespace hc::services
