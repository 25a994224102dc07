// VisitImportService's second connection (the import wizard runs imports off the GUI thread).
#include "UseCase.h"
#include "hc/services/VisitImportService.h"
#include "hc/storage/Database.h"

namespace hc::services {

VisitImportService::~VisitImportService() = default;

std::unique_ptr<VisitImportService> VisitImportService::openSibling() const {
    auto db = openSiblingConnection(db_, "visit import: second connection");
    if (!db) {
        return nullptr;
    }
    db->setClock(clock_);
    auto sibling = std::make_unique<VisitImportService>(*db, clock_, language_);
    sibling->owned_ = std::move(db);
    return sibling;
}

}  // namespace hc::services
