#include "hc/ui/CustomerPrivacyActions.h"

#include "hc/report/CustomerDataPdf.h"
#include "hc/services/PrivacyService.h"
#include "hc/ui/EraseCustomerDialog.h"
#include "hc/ui/SavedFileNotice.h"

#include "widgets/BackgroundJob.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QPushButton>

#include <memory>
#include <optional>

namespace hc::ui {

CustomerPrivacyActions::CustomerPrivacyActions(UiContext& ctx, QWidget* parent)
    : QObject(parent), ctx_(ctx), parent_(parent) {
    button_ = new QPushButton(tr("个人信息…"), parent);
    button_->setToolTip(tr("个人信息保护法:导出或删除该客户的个人信息(经理)"));
    auto* menu = new QMenu(button_);
    exportJson_ = menu->addAction(tr("导出数据(JSON)…"));
    exportPdf_ = menu->addAction(tr("导出数据(PDF)…"));
    menu->addSeparator();
    erase_ = menu->addAction(tr("删除个人信息…"));
    button_->setMenu(menu);
    connect(exportJson_, &QAction::triggered, this, [this] { exportTo(QStringLiteral("json")); });
    connect(exportPdf_, &QAction::triggered, this, [this] { exportTo(QStringLiteral("pdf")); });
    connect(erase_, &QAction::triggered, this, [this] { erase(); });
    job_ = new BackgroundJob(this);
    setCustomer(0, {}, false);
}

void CustomerPrivacyActions::setCustomer(std::int64_t id, const QString& name, bool erased) {
    id_ = id;
    name_ = name;
    const bool allowed = ctx_.privacy != nullptr && ctx_.user.role == domain::Role::Manager;
    button_->setVisible(allowed && id > 0);
    shownErased_ = erased;
    erase_->setEnabled(!erased && !isErasing());
}

bool CustomerPrivacyActions::exportTo(const QString& format, QString path) {
    if (ctx_.privacy == nullptr || id_ <= 0) {
        return false;
    }
    const bool pdf = format == u"pdf";
    const bool chosen = path.isEmpty();  // asked here: the notice follows (tests pass a path)
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(
            parent_, tr("导出客户个人信息"),
            QDir::home().filePath(QStringLiteral("customer-%1.%2").arg(id_).arg(format)),
            pdf ? tr("PDF 文件 (*.pdf)") : tr("JSON 文件 (*.json)"));
        if (path.isEmpty()) {
            return false;
        }
    }
    const auto writer = [&](const services::CustomerDataExport& data) -> services::VoidResult {
        if (!pdf) {
            return services::PrivacyService::writeJsonFile(data, path);
        }
        if (const auto error = report::CustomerDataPdf::write(data, path)) {
            services::ServiceError e;
            e.code = services::ServiceError::Code::Failed;
            e.message = *error;
            return e;
        }
        return services::Done{};
    };
    const auto r = ctx_.privacy->exportCustomer(ctx_.user, id_, format, path, writer);
    if (!r) {
        Q_EMIT status(r.error().message, true);
        return false;
    }
    Q_EMIT status(tr("已导出个人信息:%1").arg(QDir::toNativeSeparators(path)), false);
    if (chosen) {
        SavedFileNotice::show(parent_, tr("导出客户个人信息"), path);
    }
    return true;
}

bool CustomerPrivacyActions::erase() {
    if (ctx_.privacy == nullptr || id_ <= 0) {
        return false;
    }
    EraseCustomerDialog dialog(id_, name_, parent_);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    return eraseConfirmed();
}

bool CustomerPrivacyActions::isErasing() const {
    return job_ != nullptr && job_->isRunning();
}

bool CustomerPrivacyActions::eraseConfirmed() {
    if (ctx_.privacy == nullptr || id_ <= 0 || isErasing()) {
        return false;
    }
    services::PrivacyService* privacy = ctx_.privacy;
    const services::ActingUser user = ctx_.user;
    const std::int64_t id = id_;
    auto result = std::make_shared<std::optional<services::Result<services::CustomerErasure>>>();
    erase_->setEnabled(false);
    Q_EMIT status(tr("正在删除个人信息(先做备份)……"), false);
    job_->start(
        [privacy, user, id, result] {
            if (auto own = privacy->openSibling()) {  // opened, used and closed on this thread
                *result = own->erase(user, id);
            }
        },
        [this, privacy, user, id, result] {
            if (!*result) {
                *result = privacy->erase(user, id);  // no second connection: here
            }
            const auto& r = **result;
            if (!r) {
                erase_->setEnabled(!shownErased_);  // the customer shown now
                Q_EMIT status(r.error().message, true);
                Q_EMIT eraseFinished(false);
                return;
            }
            Q_EMIT status(tr("已删除个人信息;删除前的备份:%1")
                              .arg(QDir::toNativeSeparators(r.value().backupFile)),
                          false);
            Q_EMIT erased(id);
            Q_EMIT eraseFinished(true);
        });
    return true;
}

}  // namespace hc::ui
