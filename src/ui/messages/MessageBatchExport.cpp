#include "MessageBatchExport.h"

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

QString MessageBatchExport::title() {
    return QCoreApplication::translate("hc::ui::MessageBatchExport", "导出短信");
}

std::optional<domain::MessageTemplateKey> MessageBatchExport::chooseTemplate(
    QWidget* parent, domain::MessageTemplateKey preselected) {
    QStringList labels;
    int current = 0;
    for (const auto key : domain::kMessageTemplateKeys) {
        if (key == preselected) {
            current = static_cast<int>(labels.size());
        }
        labels << domain::toLabel(key);
    }
    bool ok = false;
    const QString label = QInputDialog::getItem(
        parent, title(), QCoreApplication::translate("hc::ui::MessageBatchExport", "短信模板："),
        labels, current, false, &ok);
    if (!ok) {
        return std::nullopt;
    }
    return domain::kMessageTemplateKeys.at(
        static_cast<std::size_t>(std::max<qsizetype>(0, labels.indexOf(label))));
}

QString MessageBatchExport::choosePath(QWidget* parent, const QString& suggestedName) {
    return QFileDialog::getSaveFileName(
        parent, title(), suggestedName,
        QCoreApplication::translate("hc::ui::MessageBatchExport", "CSV 文件 (*.csv)"));
}

QString MessageBatchExport::write(const UiContext& ctx,
                                  const services::Result<services::MessageBatch>& batch,
                                  const QString& path, bool* saved) {
    if (ctx.messages == nullptr) {
        return {};
    }
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
    return QCoreApplication::translate(
               "hc::ui::MessageBatchExport",
               "已导出 %1 条短信（共 %2 条计费短信）到 %3。\n未导出：%4 位客户未同意，%5 "
               "位客户无效或没有手机号。")
        .arg(s.recipients)
        .arg(s.segments)
        .arg(path)
        .arg(s.excludedNoConsent)
        .arg(s.excludedInvalid);
}

void MessageBatchExport::tell(QWidget* parent, const QString& path, const QString& text,
                              bool saved) {
    if (saved) {
        SavedFileNotice::show(parent, title(), path, text);
    } else {
        QMessageBox::warning(parent, title(), text);
    }
}

}  // namespace hc::ui
