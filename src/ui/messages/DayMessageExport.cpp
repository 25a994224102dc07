#include "DayMessageExport.h"

#include "hc/domain/MessageTemplates.h"
#include "hc/services/MessageService.h"
#include "hc/ui/SavedFileNotice.h"
#include "hc/ui/UiContext.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStringList>
#include <QWidget>

#include <algorithm>

namespace hc::ui {

void DayMessageExport::choose(QWidget* parent, const UiContext& ctx, const QDate& day,
                              const std::function<void()>& exported) {
    QStringList labels;
    for (const auto key : domain::kMessageTemplateKeys) {
        labels << domain::toLabel(key);
    }
    bool ok = false;
    const QString label = QInputDialog::getItem(
        parent, QCoreApplication::translate("hc::ui::CallbackView", "导出短信"),
        QCoreApplication::translate("hc::ui::CallbackView", "短信模板："), labels, 0, false, &ok);
    if (!ok) {
        return;
    }
    const auto key = domain::kMessageTemplateKeys.at(
        static_cast<std::size_t>(std::max<qsizetype>(0, labels.indexOf(label))));
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("hc::ui::CallbackView", "导出短信"),
        QStringLiteral("sms-%1-%2.csv").arg(domain::toKey(key), day.toString(Qt::ISODate)),
        QCoreApplication::translate("hc::ui::CallbackView", "CSV 文件 (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    bool saved = false;
    const QString text = run(ctx, day, key, path, &saved);
    if (saved) {
        if (exported) {
            exported();
        }
        SavedFileNotice::show(
            parent, QCoreApplication::translate("hc::ui::CallbackView", "导出短信"), path, text);
    } else {
        QMessageBox::warning(parent,
                             QCoreApplication::translate("hc::ui::CallbackView", "导出短信"), text);
    }
}

QString DayMessageExport::run(const UiContext& ctx, const QDate& day,
                              domain::MessageTemplateKey key, const QString& path, bool* saved) {
    if (ctx.messages == nullptr) {
        return {};
    }
    const auto batch = ctx.messages->forDay(key, day);
    if (!batch) {
        return batch.error().message;
    }
    const auto r = ctx.messages->exportCsv(ctx.user, batch.value(), path);
    if (!r) {
        return r.error().message;
    }
    if (saved != nullptr) {
        *saved = true;
    }
    const auto& s = r.value();
    return QCoreApplication::translate("hc::ui::CallbackView",
                                       "已导出 %1 条短信（共 %2 条计费短信）到 %3。\n未导出：%4 "
                                       "位客户未同意，%5 位客户无效或没有手机号。")
        .arg(s.recipients)
        .arg(s.segments)
        .arg(path)
        .arg(s.excludedNoConsent)
        .arg(s.excludedInvalid);
}

}  // namespace hc::ui
