#include "UseCase.h"

#include "hc/services/StorageMessages.h"

#include <QCoreApplication>
#include <QLocale>

#include <spdlog/spdlog.h>

namespace hc::services {

namespace {
ServiceError make(ServiceError::Code code, const QString& field, const QString& message) {
    ServiceError e;
    e.code = code;
    e.field = field;
    e.message = message;
    return e;
}
}  // namespace

ServiceError fromStorageError(const storage::StorageError& e) {
    return StorageMessages::describe(e);
}

void logStorageFailure(const char* what, const storage::StorageError& e) {
    using Kind = storage::StorageError::Kind;
    auto log = spdlog::get("services");
    const bool refusal = e.kind() == Kind::Constraint || e.kind() == Kind::NotFound;
    (log ? log : spdlog::default_logger())
        ->log(refusal ? spdlog::level::warn : spdlog::level::err,
              "{} failed: storage error kind {} (SQLite code {}): {}", what,
              static_cast<int>(e.kind()), e.sqliteCode(), e.what());
}

std::unique_ptr<storage::Database> openSiblingConnection(const storage::Database& db,
                                                         const char* what) {
    try {
        return db.openSibling();
    } catch (const storage::StorageError& e) {
        logStorageFailure(what, e);
        return nullptr;
    }
}

ServiceError invalidInput(const QString& field, const QString& message) {
    return make(ServiceError::Code::Invalid, field, message);
}

ServiceError duplicateValue(const QString& field, const QString& message) {
    return make(ServiceError::Code::Duplicate, field, message);
}

ServiceError notFound(const QString& message) {
    return make(ServiceError::Code::NotFound, {}, message);
}

ServiceError denied(const QString& message) {
    return make(ServiceError::Code::Denied, {}, message);
}

QString validationMessage(const domain::ValidationResult& r) {
    return r.message(QLocale().language() == QLocale::English ? domain::MessageLanguage::En
                                                              : domain::MessageLanguage::Zh);
}

}  // namespace hc::services
