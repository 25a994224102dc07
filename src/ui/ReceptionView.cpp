#include "hc/ui/ReceptionView.h"

#include "hc/ui/CustomerCardView.h"
#include "hc/ui/CustomerDialog.h"
#include "hc/ui/SearchModel.h"
#include "hc/ui/UiContext.h"
#include "ui_ReceptionView.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>

#include <algorithm>

namespace hc::ui {

ReceptionView::ReceptionView(UiContext& context, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::ReceptionView>()), context_(context) {
    ui_->setupUi(this);
    model_ = new SearchModel(context_.search, context_.user.role, this);
    model_->useSettings(context_.settings, context_.settingsNotifier);
    ui_->resultsView->setModel(model_);
    auto* header = ui_->resultsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SearchModel::PlatesColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    ui_->splitter->setStretchFactor(0, 3);
    ui_->splitter->setStretchFactor(1, 2);
    ui_->hintLabel->setText(tr("输入后自动搜索：↑/↓ 选择，回车打开客户，Esc 清空。"));
    ui_->cardPlaceholder->setText(
        tr("在左侧搜索并选择客户后，这里显示客户卡片。\n"
           "没有找到？按 F2 登记新客户。"));
    card_ = new CustomerCardView(context_, ui_->cardPane);
    card_->hide();
    ui_->cardLayout->addWidget(card_);
    connect(card_, &CustomerCardView::openCustomer, this, &ReceptionView::openCustomer);
    connect(card_, &CustomerCardView::customerChanged, this, [this] {
        // Name, phone or plates may have changed: refresh the visible results.
        if (!ui_->searchEdit->text().trimmed().isEmpty()) {
            model_->setQuery(ui_->searchEdit->text());
            model_->runNow();
        }
    });

    connect(ui_->searchEdit, &QLineEdit::textChanged, model_, &SearchModel::setQuery);
    connect(model_, &SearchModel::searched, this, &ReceptionView::onSearched);
    connect(model_, &SearchModel::searchFailed, this,
            [this](const QString& message) { ui_->hintLabel->setText(message); });
    connect(ui_->resultsView, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { openCustomer(model_->customerIdAt(index.row())); });
    ui_->searchEdit->installEventFilter(this);
    ui_->resultsView->installEventFilter(this);
    setFocusProxy(ui_->searchEdit);
}

ReceptionView::~ReceptionView() = default;

QLineEdit* ReceptionView::searchEdit() const {
    return ui_->searchEdit;
}

QTableView* ReceptionView::resultsView() const {
    return ui_->resultsView;
}

void ReceptionView::focusSearch() {
    ui_->searchEdit->setFocus(Qt::ShortcutFocusReason);
    ui_->searchEdit->selectAll();
}

void ReceptionView::onSearched(const QString& text, int count) {
    if (text.trimmed().isEmpty()) {
        ui_->hintLabel->setText(tr("输入后自动搜索：↑/↓ 选择，回车打开客户，Esc 清空。"));
        return;
    }
    if (count == 0) {
        ui_->hintLabel->setText(tr("没有找到“%1”。").arg(text.trimmed()));
        return;
    }
    ui_->hintLabel->setText(count >= 50
                                ? tr("显示前 %1 位客户，请输入更多内容缩小范围。").arg(count)
                                : tr("找到 %1 位客户。").arg(count));
    ui_->resultsView->selectRow(0);
}

void ReceptionView::moveSelection(int delta) {
    const int rows = model_->rowCount();
    if (rows == 0) {
        return;
    }
    const QModelIndex current = ui_->resultsView->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : 0;
    ui_->resultsView->selectRow(row);
    ui_->resultsView->scrollTo(model_->index(row, 0));
}

void ReceptionView::openSelected() {
    model_->runNow();  // Enter typed before the debounce fired
    if (model_->rowCount() == 0) {
        return;
    }
    const QModelIndex current = ui_->resultsView->currentIndex();
    openCustomer(model_->customerIdAt(current.isValid() ? current.row() : 0));
}

void ReceptionView::openCustomer(qint64 customerId) {
    if (customerId <= 0) {
        return;
    }
    currentCustomer_ = customerId;
    ui_->cardPlaceholder->hide();
    card_->show();
    card_->showCustomer(customerId);
    Q_EMIT customerOpened(customerId);
}

void ReceptionView::newCustomer() {
    CustomerDialog dialog(context_, this);
    // Pre-fill what was typed: a phone number or a name.
    const QString typed = ui_->searchEdit->text().trimmed();
    bool digits = !typed.isEmpty();
    for (const QChar c : typed) {
        digits = digits && (c.isDigit() || c == u' ' || c == u'-');
    }
    if (digits && typed.size() >= 7) {
        dialog.phoneEdit()->setText(typed);
    } else if (!typed.isEmpty() && typed.front().script() == QChar::Script_Han) {
        dialog.nameEdit()->setText(typed);
    }
    connect(&dialog, &CustomerDialog::openCustomer, this, [this, &dialog](qint64 id) {
        dialog.reject();
        openCustomer(id);
    });
    if (dialog.exec() == QDialog::Accepted && dialog.customerId() > 0) {
        openCustomer(dialog.customerId());
    }
}

bool ReceptionView::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress &&
        (watched == ui_->searchEdit || watched == ui_->resultsView)) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
            case Qt::Key_Down:
                model_->runNow();
                moveSelection(1);
                return true;
            case Qt::Key_Up:
                model_->runNow();
                moveSelection(-1);
                return true;
            case Qt::Key_PageDown:
                moveSelection(10);
                return true;
            case Qt::Key_PageUp:
                moveSelection(-10);
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                openSelected();
                return true;
            case Qt::Key_Escape:
                if (!ui_->searchEdit->text().isEmpty()) {
                    ui_->searchEdit->clear();
                    ui_->searchEdit->setFocus();
                    return true;
                }
                return false;
            default:
                break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace hc::ui
