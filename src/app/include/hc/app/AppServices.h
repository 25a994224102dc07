#pragma once

#include "hc/domain/ValidationResult.h"
#include "hc/services/Clock.h"
#include "hc/ui/UiContext.h"

#include <memory>

namespace hc::storage {
class Database;
}

namespace hc::services {
class BackupService;
class CustomerBaseModelService;
class SearchService;
class UserService;
}  // namespace hc::services

namespace hc::app {

/// Every service of the app on one open database, and the UiContext that hands them to the
/// screens: the one wiring of the GUI (src/app/main.cpp) and of the tools that measure it
/// (bench/ui/UiMeasure.cpp). The services are built in order on `db` with `clock`; the login
/// policy comes from the stored settings. The caller sets the context's user and loading flags.
class AppServices {
public:
    AppServices(storage::Database& db, services::Clock clock, domain::MessageLanguage language);
    ~AppServices();
    AppServices(const AppServices&) = delete;
    AppServices& operator=(const AppServices&) = delete;

    [[nodiscard]] ui::UiContext& context();
    [[nodiscard]] services::BackupService& backups();
    [[nodiscard]] services::SearchService& search();
    [[nodiscard]] services::UserService& users();
    /// The monthly refit at start (not in the context: the screens reach it through reports).
    [[nodiscard]] services::CustomerBaseModelService& customerBase();

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::app
