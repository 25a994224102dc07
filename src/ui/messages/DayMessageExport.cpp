#include "DayMessageExport.h"

#include "MessageBatchExport.h"

#include "hc/services/MessageService.h"
#include "hc/ui/UiContext.h"

namespace hc::ui {

void DayMessageExport::choose(QWidget* parent, const UiContext& ctx, const QDate& day,
                              const std::function<void()>& exported) {
    const auto key =
        MessageBatchExport::chooseTemplate(parent, domain::kMessageTemplateKeys.front());
    if (!key) {
        return;
    }
    const QString path = MessageBatchExport::choosePath(
        parent,
        QStringLiteral("sms-%1-%2.csv").arg(domain::toKey(*key), day.toString(Qt::ISODate)));
    if (path.isEmpty()) {
        return;
    }
    bool saved = false;
    const QString text = run(ctx, day, *key, path, &saved);
    if (saved && exported) {
        exported();
    }
    MessageBatchExport::tell(parent, path, text, saved);
}

QString DayMessageExport::run(const UiContext& ctx, const QDate& day,
                              domain::MessageTemplateKey key, const QString& path, bool* saved) {
    if (ctx.messages == nullptr) {
        return {};
    }
    return MessageBatchExport::write(ctx, ctx.messages->forDay(key, day), path, saved);
}

}  // namespace hc::ui
