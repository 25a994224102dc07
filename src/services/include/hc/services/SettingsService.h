#pragma once

#include "hc/domain/AnalysisSettings.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"
#include "hc/services/UserService.h"

#include <memory>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// The shop's settings: analysis thresholds (key "analysis") and the login policy (key
/// "security": {"maxFailures":5,"lockMinutes":15,"failureDelayMs":1000,
/// "passwordIterations":120000}). Anyone may read; only a manager saves; every save is audited
/// (action "settings.analysis" / "settings.security", entity "settings").
class SettingsService {
public:
    SettingsService(storage::Database& db, Clock clock);
    ~SettingsService();

    [[nodiscard]] Result<domain::AnalysisSettings> analysis() const;
    VoidResult saveAnalysis(const ActingUser& user, const domain::AnalysisSettings& settings);
    [[nodiscard]] Result<LoginPolicy> loginPolicy() const;
    VoidResult saveLoginPolicy(const ActingUser& user, const LoginPolicy& policy);

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
