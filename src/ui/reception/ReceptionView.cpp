#include "hc/ui/ReceptionView.h"

#include "hc/domain/PhoneValidator.h"
#include "hc/domain/PlateValidator.h"
#include "hc/ui/AppointmentPanel.h"
#include "hc/ui/CustomerAppointmentsLabel.h"
#include "hc/ui/CustomerCardView.h"
#include "hc/ui/CustomerDialog.h"
#include "hc/ui/SearchModel.h"
#include "hc/ui/UiContext.h"
#include "hc/ui/WalkInDialog.h"
#include "ui_ReceptionView.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>

#include <algorithm>

namespace hc::ui {

ReceptionView::ReceptionView(UiContext& context, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::ReceptionView>()), context_(context) {
    ui_->setupUi(this);
    model_ = new SearchModel(context_.search, context_.user.role, this);
    model_->setToday([this] { return context_.today(); });  // the badges' day is every screen's
    model_->useSettings(context_.settings, context_.settingsNotifier);
    ui_->resultsView->setModel(model_);
    // Every column as wide as its longest text: plate, phone and class are never cut ("陕…").
    auto* header = ui_->resultsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    ui_->resultsView->setTextElideMode(Qt::ElideNone);
    ui_->resultsView->setWordWrap(false);
    // The card scrolls inside its pane: opening it never narrows the results (no jump). Half of
    // the width each: at 1366 px the list shows name, phones, plates and class in full.
    ui_->cardScroll->setMinimumWidth(320);
    ui_->searchPane->setMinimumWidth(420);
    // The results need about 550 px for their whole plates and phones; the card gets the rest.
    ui_->splitter->setStretchFactor(0, 2);
    ui_->splitter->setStretchFactor(1, 3);
    ui_->splitter->setSizes({620, 780});
    ui_->hintLabel->setText(tr("输入后自动搜索：↑/↓ 选择，回车打开客户，Esc 清空。"));
    ui_->cardPlaceholder->setText(
        tr("在左侧搜索并选择客户后，这里显示客户卡片。\n"
           "没有找到？按 F2 登记新客户。"));
    ui_->walkInButton->hide();
    card_ = new CustomerCardView(context_, ui_->cardPane);
    card_->hide();
    ui_->cardLayout->addWidget(card_);
    connect(card_, &CustomerCardView::openCustomer, this, &ReceptionView::openCustomer);
    connect(card_, &CustomerCardView::customerChanged, this, [this] {
        // Name, phone or plates may have changed: refresh the visible results (the highlight
        // follows the card's customer, see onSearched).
        if (!ui_->searchEdit->text().trimmed().isEmpty()) {
            model_->setQuery(ui_->searchEdit->text());
            model_->runNow();
        }
    });

    // Today's and tomorrow's appointments under the results (Alt+Y; Enter opens the card).
    appointments_ = new AppointmentPanel(context_, ui_->searchPane);
    ui_->searchLayout->addWidget(appointments_);
    connect(appointments_, &AppointmentPanel::openCustomer, this, &ReceptionView::openCustomer);
    // A visit registered or a booking made on the card: arrivals (✓) and the list change.
    connect(card_, &CustomerCardView::customerChanged, appointments_, &AppointmentPanel::refresh);
    connect(appointments_, &AppointmentPanel::appointmentsChanged, card_->appointmentsLabel(),
            &CustomerAppointmentsLabel::refresh);

    connect(ui_->searchEdit, &QLineEdit::textChanged, this, &ReceptionView::onQueryEdited);
    connect(model_, &SearchModel::searched, this, &ReceptionView::onSearched);
    connect(model_, &SearchModel::searchFailed, this,
            [this](const QString& message) { ui_->hintLabel->setText(message); });
    connect(model_, &SearchModel::badgeSettingsFailed, this, [this](const QString& message) {
        if (!message.isEmpty()) {
            ui_->hintLabel->setText(badgeErrorLine());
        }
    });
    if (!model_->badgeError().isEmpty()) {
        ui_->hintLabel->setText(badgeErrorLine());
    }
    connect(ui_->resultsView, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { openCustomer(model_->customerIdAt(index.row())); });
    connect(ui_->resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    onHighlightChanged(current.row());
                }
            });
    connect(ui_->walkInButton, &QPushButton::clicked, this, &ReceptionView::newWalkIn);
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

QPushButton* ReceptionView::walkInButton() const {
    return ui_->walkInButton;
}

QLabel* ReceptionView::hintLabel() const {
    return ui_->hintLabel;
}

bool ReceptionView::cardVisible() const {
    return currentCustomer_ > 0 && !card_->isHidden();
}

int ReceptionView::highlightedRow() const {
    const QModelIndex current = ui_->resultsView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ReceptionView::focusSearch() {
    ui_->searchEdit->setFocus(Qt::ShortcutFocusReason);
    ui_->searchEdit->selectAll();
}

void ReceptionView::onQueryEdited(const QString& text) {
    // A new search: the card answered the previous one and must not be mistaken for a result.
    if (currentCustomer_ > 0) {
        closeCard(tr("已开始新的搜索：请选择结果后按回车打开客户。"));
    }
    ui_->walkInButton->hide();
    model_->setQuery(text);
}

void ReceptionView::onHighlightChanged(int row) {
    if (currentCustomer_ > 0 && model_->customerIdAt(row) != currentCustomer_) {
        closeCard(tr("按回车打开高亮的客户。"));
    }
}

void ReceptionView::closeCard(const QString& note) {
    currentCustomer_ = 0;
    appointments_->setCurrentCustomer(0);
    card_->hide();
    card_->clear();
    ui_->cardPlaceholder->setText(note);
    ui_->cardPlaceholder->show();
}

QString ReceptionView::walkInQuery() const {
    const QString typed = ui_->searchEdit->text().trimmed();
    if (typed.isEmpty()) {
        return {};
    }
    if (domain::PlateValidator::validate(typed).isOk() ||
        domain::PhoneValidator::validate(typed).isOk()) {
        return typed;
    }
    return {};
}

void ReceptionView::onSearched(const QString& text, int count) {
    const bool offerWalkIn = count == 0 && !walkInQuery().isEmpty();
    ui_->walkInButton->setVisible(offerWalkIn);
    if (text.trimmed().isEmpty()) {
        ui_->hintLabel->setText(tr("输入后自动搜索：↑/↓ 选择，回车打开客户，Esc 清空。"));
        return;
    }
    if (count == 0) {
        ui_->hintLabel->setText(
            offerWalkIn ? tr("没有找到“%1”。按回车登记新客进厂（客户、车辆和本次进厂一次填完）。")
                              .arg(text.trimmed())
                        : tr("没有找到“%1”。").arg(text.trimmed()));
        return;
    }
    QString hint = count >= 50 ? tr("显示前 %1 位客户，请输入更多内容缩小范围。").arg(count)
                               : tr("找到 %1 位客户。").arg(count);
    if (currentCustomer_ > 0) {
        // Results refreshed while a card is open (after an edit): keep the highlight on it.
        highlightCardCustomer();
        if (highlightedRow() < 0) {
            hint += QLatin1Char(' ') + tr("右侧卡片中的客户不在搜索结果中。");
        }
    } else {
        ui_->resultsView->selectRow(0);
    }
    if (!model_->badgeError().isEmpty()) {
        hint += QLatin1Char(' ') + badgeErrorLine();
    }
    ui_->hintLabel->setText(hint);
}

QString ReceptionView::badgeErrorLine() const {
    return tr("客户分类无法计算：%1").arg(model_->badgeError());
}

void ReceptionView::highlightCardCustomer() {
    for (int row = 0; row < model_->rowCount(); ++row) {
        if (model_->customerIdAt(row) == currentCustomer_) {
            if (highlightedRow() != row) {
                ui_->resultsView->selectRow(row);
            }
            ui_->resultsView->scrollTo(model_->index(row, 0));
            return;
        }
    }
    ui_->resultsView->clearSelection();
    ui_->resultsView->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
}

void ReceptionView::moveSelection(int delta) {
    const int rows = model_->rowCount();
    if (rows == 0) {
        return;
    }
    const int current = highlightedRow();
    const int row = current >= 0 ? std::clamp(current + delta, 0, rows - 1) : 0;
    ui_->resultsView->selectRow(row);
    ui_->resultsView->scrollTo(model_->index(row, 0));
}

void ReceptionView::openSelected() {
    model_->runNow();  // Enter typed before the debounce fired
    if (model_->rowCount() == 0) {
        if (!walkInQuery().isEmpty()) {
            newWalkIn();
        }
        return;
    }
    int row = highlightedRow();
    if (row < 0) {
        row = 0;
        ui_->resultsView->selectRow(row);
    }
    openCustomer(model_->customerIdAt(row));
}

void ReceptionView::openCustomer(qint64 customerId) {
    if (customerId <= 0) {
        return;
    }
    currentCustomer_ = customerId;
    appointments_->setCurrentCustomer(customerId);
    ui_->cardPlaceholder->hide();
    card_->show();
    card_->showCustomer(customerId);
    highlightCardCustomer();
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

void ReceptionView::newWalkIn() {
    if (context_.walkIns == nullptr) {
        return;
    }
    WalkInDialog dialog(context_, this);
    const QString typed = walkInQuery();
    if (!typed.isEmpty()) {
        if (domain::PlateValidator::validate(typed).isOk()) {
            dialog.plateEdit()->setText(typed);
        } else {
            dialog.phoneEdit()->setText(typed);
        }
    }
    if (dialog.exec() != QDialog::Accepted || dialog.customerId() <= 0) {
        return;
    }
    // The typed plate or phone now finds the new customer: show it highlighted with its card.
    ui_->walkInButton->hide();
    model_->setQuery(ui_->searchEdit->text());
    model_->runNow();
    openCustomer(dialog.customerId());
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
