#pragma once

#include "hc/domain/ChurnReason.h"
#include "hc/domain/CustomerClass.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"

#include <QString>

#include <memory>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// Call scripts (话术): the shop's edited copy when stored, else the domain default (CallScripts).
/// Keys: "greeting", "stage.<stage key>", "reason.<churn reason key>". Render with
/// domain::CallScripts::render.
class ScriptService {
public:
    ScriptService(storage::Database& db, Clock clock);
    ~ScriptService();

    [[nodiscard]] static QString keyFor(domain::Stage stage);
    [[nodiscard]] static QString keyFor(domain::ChurnReason reason);
    /// The default text of a key (empty for an unknown key).
    [[nodiscard]] static QString defaultFor(const QString& key);

    [[nodiscard]] Result<QString> greeting() const;
    [[nodiscard]] Result<QString> forStage(domain::Stage stage) const;
    [[nodiscard]] Result<QString> forReason(domain::ChurnReason reason) const;
    /// The effective text of a key; `isCustom` tells whether the shop's copy is used.
    [[nodiscard]] Result<QString> effective(const QString& key, bool* isCustom = nullptr) const;

    /// Manager only, audited. An empty text is refused (use reset).
    VoidResult save(const ActingUser& user, const QString& key, const QString& text);
    /// Back to the default (manager only, audited).
    VoidResult reset(const ActingUser& user, const QString& key);

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
