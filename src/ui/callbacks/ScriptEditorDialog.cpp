#include "hc/ui/ScriptEditorDialog.h"

#include "hc/domain/CallScripts.h"
#include "hc/services/ScriptService.h"
#include "hc/ui/CustomerBadgePanel.h"
#include "hc/ui/DirtyTracker.h"
#include "hc/ui/FollowUpLabels.h"
#include "hc/ui/UiContext.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc::ui {

ScriptEditorDialog::ScriptEditorDialog(UiContext& context, QWidget* parent)
    : QDialog(parent), ctx_(context) {
    setWindowTitle(tr("话术设置"));
    resize(820, 520);
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    keys_ = new QListWidget(this);
    keys_->setMinimumWidth(200);
    auto addKey = [this](const QString& label, const QString& key) {
        auto* item = new QListWidgetItem(label, keys_);
        item->setData(Qt::UserRole, key);
    };
    addKey(tr("开场白"), QStringLiteral("greeting"));
    for (int i = 0; i < domain::kStageCount; ++i) {
        const auto stage = static_cast<domain::Stage>(i);
        addKey(tr("阶段：%1").arg(CustomerBadgePanel::stageName(stage)),
               services::ScriptService::keyFor(stage));
    }
    for (int i = 0; i < domain::kChurnReasonCount; ++i) {
        const auto reason = static_cast<domain::ChurnReason>(i);
        addKey(tr("流失原因：%1").arg(FollowUpLabels::churnReason(reason)),
               services::ScriptService::keyFor(reason));
    }
    row->addWidget(keys_);

    auto* right = new QVBoxLayout;
    state_ = new QLabel(this);
    right->addWidget(state_);
    editor_ = new QPlainTextEdit(this);
    right->addWidget(editor_, 1);
    auto* help = new QLabel(
        tr("可用占位符：%1").arg(domain::CallScripts::placeholders().join(QStringLiteral("  "))),
        this);
    help->setWordWrap(true);
    right->addWidget(help);
    auto* buttons = new QHBoxLayout;
    reset_ = new QPushButton(tr("恢复默认"), this);
    save_ = new QPushButton(tr("保存"), this);
    buttons->addStretch();
    buttons->addWidget(reset_);
    buttons->addWidget(save_);
    right->addLayout(buttons);
    row->addLayout(right, 1);
    layout->addLayout(row, 1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    // Close, Esc and the window's close button ask through the DirtyTracker (attached below).
    connect(close, &QDialogButtonBox::rejected, this, [this] { DirtyTracker::rejectAsking(this); });
    connect(save_, &QPushButton::clicked, this, &ScriptEditorDialog::save);
    connect(reset_, &QPushButton::clicked, this, &ScriptEditorDialog::resetToDefault);
    connect(keys_, &QListWidget::currentRowChanged, this, [this] {
        if (currentKey() != loadedKey_) {
            load();
        }
    });
    keys_->setCurrentRow(0);
    DirtyTracker::attach(this);
}

bool ScriptEditorDialog::selectKey(const QString& key) {
    for (int i = 0; i < keys_->count(); ++i) {
        if (keys_->item(i)->data(Qt::UserRole).toString() == key) {
            keys_->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString ScriptEditorDialog::currentKey() const {
    auto* item = keys_->currentItem();
    return item != nullptr ? item->data(Qt::UserRole).toString() : QString();
}

bool ScriptEditorDialog::confirmDiscard() {
    if (loadedKey_.isEmpty() || editor_->toPlainText() == loadedText_) {
        return true;
    }
    return QMessageBox::question(this, tr("话术未保存"), tr("放弃对当前话术的修改？")) ==
           QMessageBox::Yes;
}

void ScriptEditorDialog::load() {
    const QString key = currentKey();
    if (!loadedKey_.isEmpty() && key != loadedKey_ && !confirmDiscard()) {
        selectKey(loadedKey_);
        return;
    }
    bool custom = false;
    auto text = ctx_.scripts != nullptr ? ctx_.scripts->effective(key, &custom)
                                        : services::Result<QString>(QString());
    loadedKey_ = key;
    loadedText_ = text ? text.value() : services::ScriptService::defaultFor(key);
    editor_->setPlainText(loadedText_);
    state_->setText(custom ? tr("本店修改版") : tr("默认话术（来自资料 003）"));
    reset_->setEnabled(custom);
    if (auto* tracker = DirtyTracker::of(this)) {
        tracker->markClean();  // the script just loaded (or saved) is the unchanged state
    }
}

bool ScriptEditorDialog::save() {
    if (ctx_.scripts == nullptr) {
        return false;
    }
    auto r = ctx_.scripts->save(ctx_.user, currentKey(), editor_->toPlainText());
    if (!r) {
        QMessageBox::warning(this, tr("话术未保存"), r.error().message);
        return false;
    }
    loadedKey_.clear();
    load();
    return true;
}

bool ScriptEditorDialog::resetToDefault() {
    if (ctx_.scripts == nullptr) {
        return false;
    }
    auto r = ctx_.scripts->reset(ctx_.user, currentKey());
    if (!r) {
        QMessageBox::warning(this, tr("话术未恢复"), r.error().message);
        return false;
    }
    loadedKey_.clear();
    load();
    return true;
}

}  // namespace hc::ui
