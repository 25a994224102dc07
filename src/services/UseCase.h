#pragma once

#include "hc/domain/ValidationResult.h"
#include "hc/services/Result.h"
#include "hc/services/ServiceError.h"
#include "hc/storage/StorageError.h"

#include <QCoreApplication>
#include <QString>

#include <exception>

namespace hc::services {

// Helpers shared by the use cases (services-private).

/// Translates a Chinese source text in the "hc::services" context. lupdate cannot see the texts
/// passed to this wrapper: write QCoreApplication::translate("hc::services", "…") at the call site.
inline QString trServices(const char* sourceText) {
    return QCoreApplication::translate("hc::services", sourceText);
}

/// A user-level error for a storage failure: Busy, Damaged, Duplicate (unique constraint),
/// Invalid (other constraints), Failed (disk full, read-only, anything else).
[[nodiscard]] ServiceError fromStorageError(const storage::StorageError& e);
[[nodiscard]] ServiceError invalidInput(const QString& field, const QString& message);
[[nodiscard]] ServiceError duplicateValue(const QString& field, const QString& message);
[[nodiscard]] ServiceError notFound(const QString& message);
[[nodiscard]] ServiceError denied(const QString& message);
/// The validator's message in the UI language (English only when the locale is English).
[[nodiscard]] QString validationMessage(const domain::ValidationResult& r);

/// Runs a use case body; StorageError and any other exception become a ServiceError, so services
/// never throw to their callers.
template <typename R, typename F>
R runUseCase(F&& body) {
    try {
        return body();
    } catch (const storage::StorageError& e) {
        return R(fromStorageError(e));
    } catch (const std::exception& e) {
        ServiceError err;
        err.code = ServiceError::Code::Failed;
        err.message = QCoreApplication::translate("hc::services", "操作失败:%1")
                          .arg(QString::fromUtf8(e.what()));
        err.detail = QString::fromUtf8(e.what());
        return R(err);
    }
}

}  // namespace hc::services
