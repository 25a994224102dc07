#include "hc/services/AuditService.h"

#include "UseCase.h"
#include "hc/storage/AuditRepository.h"

namespace hc::services {

namespace {
std::vector<AuditRecord> convert(const std::vector<storage::AuditEntry>& entries) {
    std::vector<AuditRecord> out;
    out.reserve(entries.size());
    for (const auto& e : entries) {
        out.push_back(AuditRecord{e.id, e.at, e.userId.value_or(0), e.username, e.action, e.entity,
                                  e.entityId, e.beforeJson, e.afterJson});
    }
    return out;
}
}  // namespace

struct AuditService::Private {
    storage::AuditRepository audit;
};

AuditService::AuditService(storage::Database& db)
    : d_(std::make_unique<Private>(Private{storage::AuditRepository(db)})) {}

AuditService::~AuditService() = default;

Result<std::vector<AuditRecord>> AuditService::trail(const QString& entity,
                                                     std::optional<std::int64_t> entityId) const {
    using R = Result<std::vector<AuditRecord>>;
    return runUseCase<R>([&]() -> R { return convert(d_->audit.list(entity, entityId)); });
}

Result<std::vector<AuditRecord>> AuditService::recent(int limit) const {
    using R = Result<std::vector<AuditRecord>>;
    return runUseCase<R>([&]() -> R { return convert(d_->audit.recent(limit)); });
}

}  // namespace hc::services
