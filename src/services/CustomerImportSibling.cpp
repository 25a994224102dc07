// CustomerImportService's second connection (the import wizard runs imports off the GUI thread).
#include "UseCase.h"
#include "hc/services/CustomerImportService.h"
#include "hc/storage/Database.h"

namespace hc::services {

CustomerImportService::~CustomerImportService() = default;

std::unique_ptr<CustomerImportService> CustomerImportService::openSibling() const {
    auto db = openSiblingConnection(db_, "customer import: second connection");
    if (!db) {
        return nullptr;
    }
    db->setClock(clock_);
    auto sibling = std::make_unique<CustomerImportService>(*db, clock_, language_);
    sibling->owned_ = std::move(db);
    return sibling;
}

}  // namespace hc::services
