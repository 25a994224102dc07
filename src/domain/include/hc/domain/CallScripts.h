#pragma once

#include "hc/domain/ChurnReason.h"
#include "hc/domain/CustomerClass.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace hc::domain {

/// Values substituted into a script: {name}, {plate}, {last_visit} (ISO date), {months},
/// {shop}. A missing value renders as an empty string.
struct ScriptContext {
    QString name;
    QString plate;
    QDate lastVisit;
    std::optional<int> months;  ///< months since the last visit
    QString shop;
};

/// Default call scripts (话术) written from seed 003: a greeting, the stage-specific offer and the
/// answer to each churn reason. The shop edits its own copies (stored by the storage layer); these
/// are the defaults and the renderer.
class CallScripts {
public:
    /// Greeting and opening question, the same for every win-back call.
    [[nodiscard]] static QString greeting();
    /// Offer of the stage (seed 003 table); Active gets the maintenance reminder.
    [[nodiscard]] static QString forStage(Stage stage);
    /// The call about declined work (未做项目) now due; the item list is the follow-up's reason.
    [[nodiscard]] static QString forDeclinedWork();
    /// Answer to a churn reason given by the customer.
    [[nodiscard]] static QString forReason(ChurnReason reason);
    /// "{name}", "{plate}", "{last_visit}", "{months}", "{shop}".
    [[nodiscard]] static QStringList placeholders();
    /// Replaces every known placeholder; unknown "{…}" text is left as written.
    [[nodiscard]] static QString render(const QString& script, const ScriptContext& context);
};

}  // namespace hc::domain
