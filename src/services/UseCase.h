#pragma once

#include "hc/domain/ValidationResult.h"
#include "hc/services/Result.h"
#include "hc/services/ServiceError.h"
#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <QCoreApplication>
#include <QString>

#include <exception>
#include <memory>

namespace hc::services {

// Helpers shared by the use cases (services-private).

/// Translates a Chinese source text in the "hc::services" context. lupdate cannot see the texts
/// passed to this wrapper: write QCoreApplication::translate("hc::services", "…") at the call site.
inline QString trServices(const char* sourceText) {
    return QCoreApplication::translate("hc::services", sourceText);
}

/// A user-level error for a storage failure: Busy, Damaged, Duplicate (unique constraint),
/// Invalid (other constraints), Failed (disk full, read-only, anything else). The one mapping of
/// storage failures to messages (StorageMessages::forKind words it).
[[nodiscard]] ServiceError fromStorageError(const storage::StorageError& e);
/// Writes one line for a storage failure to the "services" log: what was being done, the kind,
/// the SQLite code and the driver text. Every storage failure a service reports is logged here.
void logStorageFailure(const char* what, const storage::StorageError& e);
/// storage::Database::openSibling for a service's background twin; null (logged as `what`) when
/// the second connection cannot be opened — the caller then works on its own connection.
[[nodiscard]] std::unique_ptr<storage::Database> openSiblingConnection(const storage::Database& db,
                                                                       const char* what);
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
        logStorageFailure("use case", e);
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

/// Runs a read: its value, or the mapped error of a storage failure (logged with `what`). Reads
/// never turn a failure into an empty answer.
template <typename T, typename F>
Result<T> runRead(const char* what, F&& body) {
    try {
        return Result<T>(body());
    } catch (const storage::StorageError& e) {
        logStorageFailure(what, e);
        return Result<T>(fromStorageError(e));
    }
}

}  // namespace hc::services
