#pragma once

#include "hc/domain/MessageTemplateKey.h"
#include "hc/services/MessageBatch.h"
#include "hc/services/Result.h"

#include <QString>

#include <optional>

class QWidget;

namespace hc::ui {

struct UiContext;

/// 导出短信, the one way every screen exports a batch of messages for the shop's SMS platform and
/// tells the user (the day's call list, a campaign, a report drill-down): the template and file
/// choices, the CSV written through MessageService::exportCsv (only customers with consent), the
/// summary in words ("已导出 N 条短信…未导出：…", one translation context), and the saved-file
/// notice with that summary or a warning that says why nothing was written.
class MessageBatchExport {
public:
    /// The dialogs' title, 导出短信.
    [[nodiscard]] static QString title();
    /// Asks for the template (`preselected` first chosen); nothing when cancelled.
    [[nodiscard]] static std::optional<domain::MessageTemplateKey> chooseTemplate(
        QWidget* parent, domain::MessageTemplateKey preselected);
    /// Asks for the file, `suggestedName` proposed; empty when cancelled.
    [[nodiscard]] static QString choosePath(QWidget* parent, const QString& suggestedName);
    /// Writes `batch` (or says why it could not be built) to `path` and returns what it did, in
    /// words: exported, left out without consent, invalid or without a mobile; or the reason it
    /// failed. `saved` (when given) is set when the file was written.
    [[nodiscard]] static QString write(const UiContext& ctx,
                                       const services::Result<services::MessageBatch>& batch,
                                       const QString& path, bool* saved = nullptr);
    /// Ends an export: the saved-file notice (open / open folder) with `text` when `saved`, else
    /// a warning with `text`.
    static void tell(QWidget* parent, const QString& path, const QString& text, bool saved);
};

}  // namespace hc::ui
