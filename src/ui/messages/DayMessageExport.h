#pragma once

#include "hc/domain/MessageTemplateKey.h"

#include <QDate>
#include <QString>

#include <functional>

class QWidget;

namespace hc::ui {

struct UiContext;

/// 导出短信 for a day's call list (the callback screen): the day's batch through
/// MessageBatchExport (template and file choices, the CSV, the summary and the saved-file notice or
/// the warning, as for a campaign or a report drill-down).
class DayMessageExport {
public:
    /// The dialogs, then run(); `exported` runs after a file was written (the messages count as
    /// contacts: the list reloads).
    static void choose(QWidget* parent, const UiContext& ctx, const QDate& day,
                       const std::function<void()>& exported);
    /// Writes the CSV for `key` and returns the summary (or the error) shown to the user; `saved`
    /// (when given) tells whether the file was written.
    [[nodiscard]] static QString run(const UiContext& ctx, const QDate& day,
                                     domain::MessageTemplateKey key, const QString& path,
                                     bool* saved = nullptr);
};

}  // namespace hc::ui
