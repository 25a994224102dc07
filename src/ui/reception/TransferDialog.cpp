#include "hc/ui/TransferDialog.h"

#include "hc/domain/PhoneValidator.h"
#include "hc/domain/Role.h"
#include "hc/services/SearchService.h"
#include "hc/services/VehicleService.h"
#include "hc/ui/CustomerDialog.h"
#include "hc/ui/DateInput.h"
#include "hc/ui/DirtyTracker.h"
#include "hc/ui/FieldFeedback.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace hc::ui {

TransferDialog::TransferDialog(UiContext& ctx, const domain::Vehicle& vehicle, QWidget* parent)
    : QDialog(parent), ctx_(ctx), vehicle_(vehicle) {
    setWindowTitle(tr("车辆过户 %1").arg(vehicle.plate));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 12);
    outer->setSpacing(10);
    auto* intro =
        new QLabel(tr("过户后，以前的进厂记录仍归原车主，以后的进厂记录归新车主。"), this);
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* searchRow = new QHBoxLayout;
    search_ = new QLineEdit(this);
    search_->setPlaceholderText(tr("输入新车主的姓名、电话或车牌查找"));
    search_->setClearButtonEnabled(true);
    auto* create = new QPushButton(tr("新建客户(&C)…"), this);
    create->setAutoDefault(false);
    searchRow->addWidget(search_, 1);
    searchRow->addWidget(create);
    auto* ownerLabel = new QLabel(tr("新车主(&F)"), this);
    ownerLabel->setBuddy(search_);  // a layout row gets no buddy by itself
    form->addRow(ownerLabel, searchRow);
    results_ = new QListWidget(this);
    results_->setMinimumHeight(140);
    form->addRow(QString(), results_);
    date_ = new QDateEdit(ctx_.today(), this);
    date_->setCalendarPopup(true);
    date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    DateInput::setup(date_);
    date_->setMaximumDate(ctx_.today());
    form->addRow(tr("过户日期(&D)"), date_);
    note_ = new QPlainTextEdit(this);
    note_->setTabChangesFocus(true);
    note_->setFixedHeight(56);
    form->addRow(tr("备注"), note_);
    outer->addLayout(form);

    formMsg_ = FieldFeedback::createMessageLabel(this);
    outer->addWidget(formMsg_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("过户"));
    ok_->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    outer->addWidget(buttons);

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(search_, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &TransferDialog::runSearch);
    connect(search_, &QLineEdit::returnPressed, this, &TransferDialog::runSearch);
    connect(create, &QPushButton::clicked, this, &TransferDialog::createOwner);
    connect(results_, &QListWidget::currentRowChanged, this,
            [this] { ok_->setEnabled(newOwner() != 0); });
    connect(results_, &QListWidget::itemDoubleClicked, this, &TransferDialog::save);
    connect(buttons, &QDialogButtonBox::accepted, this, &TransferDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this,
            [this] { DirtyTracker::rejectAsking(this); });
    search_->setFocus();
    setMinimumWidth(520);
    DirtyTracker::attach(this);  // Esc, Cancel and the close button ask before typed text is lost
}

domain::CustomerId TransferDialog::newOwner() const {
    const QListWidgetItem* item = results_->currentItem();
    return item != nullptr ? item->data(Qt::UserRole).toLongLong() : 0;
}

void TransferDialog::chooseOwner(domain::CustomerId id, const QString& name) {
    for (int row = 0; row < results_->count(); ++row) {
        if (results_->item(row)->data(Qt::UserRole).toLongLong() == id) {
            results_->setCurrentRow(row);
            return;
        }
    }
    auto* item = new QListWidgetItem(name, results_);
    item->setData(Qt::UserRole, QVariant::fromValue<qint64>(id));
    results_->setCurrentItem(item);
}

void TransferDialog::runSearch() {
    results_->clear();
    if (ctx_.search == nullptr || search_->text().trimmed().isEmpty()) {
        return;
    }
    auto hits = ctx_.search->search(search_->text(), 30);
    if (!hits) {
        FieldFeedback::set(nullptr, formMsg_, FieldFeedback::State::Error, hits.error().message);
        return;
    }
    FieldFeedback::clear(nullptr, formMsg_);
    const bool fullPhone = domain::roleSeesFullPhone(ctx_.user.role);
    for (const auto& hit : hits.value()) {
        if (hit.customerId == vehicle_.customerId) {
            continue;  // the current owner
        }
        const QString phone = fullPhone ? hit.phone : domain::PhoneValidator::maskPhone(hit.phone);
        QString text = QStringLiteral("%1    %2").arg(hit.name, phone);
        if (!hit.plates.isEmpty()) {
            text += QStringLiteral("    ") + hit.plates.join(QStringLiteral(", "));
        }
        if (hit.invalid) {
            text += tr("（无效）");
        }
        auto* item = new QListWidgetItem(text, results_);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(hit.customerId));
    }
    if (results_->count() == 0) {
        FieldFeedback::set(nullptr, formMsg_, FieldFeedback::State::Warning,
                           tr("没有找到。可以点“新建客户”为新车主建档。"));
    }
}

void TransferDialog::createOwner() {
    CustomerDialog dialog(ctx_, this);
    if (dialog.exec() == QDialog::Accepted && dialog.customerId() != 0) {
        chooseOwner(dialog.customerId(), dialog.nameEdit()->text().trimmed());
    }
}

void TransferDialog::save() {
    const domain::CustomerId owner = newOwner();
    if (owner == 0) {
        FieldFeedback::set(nullptr, formMsg_, FieldFeedback::State::Error,
                           tr("请先在列表中选择新车主，或新建客户。"));
        search_->setFocus();
        return;
    }
    if (ctx_.vehicles == nullptr) {
        return;
    }
    auto result = ctx_.vehicles->transfer(ctx_.user, vehicle_.id, owner, date_->date(),
                                          note_->toPlainText().trimmed());
    if (!result) {
        FieldFeedback::set(nullptr, formMsg_, FieldFeedback::State::Error, result.error().message);
        return;
    }
    accept();
}

}  // namespace hc::ui
