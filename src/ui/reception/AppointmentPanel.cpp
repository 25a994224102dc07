#include "hc/ui/AppointmentPanel.h"

#include "hc/services/AppointmentService.h"
#include "hc/ui/BookAppointmentDialog.h"
#include "hc/ui/CancelAppointmentDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hc::ui {

namespace {

constexpr int kCustomerRole = Qt::UserRole + 1;
constexpr int kStatusRole = Qt::UserRole + 2;
constexpr int kIdRole = Qt::UserRole + 3;

}  // namespace

AppointmentPanel::AppointmentPanel(UiContext& ctx, QWidget* parent) : QWidget(parent), ctx_(ctx) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(4);
    auto* head = new QHBoxLayout;
    title_ = new QLabel(tr("今明预约(&Y)"), this);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    head->addWidget(title_);
    head->addStretch(1);
    book_ = new QPushButton(tr("预约到店(&B)…"), this);
    book_->setEnabled(false);
    book_->setToolTip(tr("为右侧卡片中的客户预约到店"));
    head->addWidget(book_);
    cancel_ = new QPushButton(tr("取消预约(&X)…"), this);
    cancel_->setObjectName(QStringLiteral("cancelAppointmentButton"));
    cancel_->setEnabled(false);
    cancel_->setToolTip(tr("取消列表中选中的预约（须填原因，记入操作日志）"));
    head->addWidget(cancel_);
    outer->addLayout(head);
    // The state line has a row of its own: beside the buttons it was cut at 1366 px.
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    outer->addWidget(message_);

    model_ = new QStandardItemModel(0, 6, this);
    model_->setHorizontalHeaderLabels(
        {tr("时间"), tr("车牌"), tr("客户"), tr("事由"), tr("顾问"), tr("状态")});
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("appointmentTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setTabKeyNavigation(false);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setMaximumHeight(170);
    table_->installEventFilter(this);
    title_->setBuddy(table_);
    outer->addWidget(table_);

    connect(table_, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
    connect(book_, &QPushButton::clicked, this, &AppointmentPanel::bookForCurrent);
    connect(cancel_, &QPushButton::clicked, this, &AppointmentPanel::cancelSelected);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AppointmentPanel::updateCancel);
}

qint64 AppointmentPanel::customerAt(int row) const {
    const auto* item = model_->item(row, 0);
    return item ? item->data(kCustomerRole).toLongLong() : 0;
}

void AppointmentPanel::refresh() {
    model_->removeRows(0, model_->rowCount());
    updateCancel();
    if (ctx_.appointments == nullptr) {
        return;
    }
    const QDate today = ctx_.appointments->today();
    const auto entries = ctx_.appointments->between(today, today.addDays(1));
    if (!entries) {
        message_->setText(entries.error().message);
        return;
    }
    int arrived = 0;
    int expected = 0;
    for (const auto& e : entries.value()) {
        const auto& a = e.appointment;
        const QString day = a.date == today ? tr("今天") : tr("明天");
        const QString when = a.time.isValid()
                                 ? day + QLatin1Char(' ') + a.time.toString(QStringLiteral("HH:mm"))
                                 : day;
        QString status;
        switch (e.status) {
            case domain::AppointmentStatus::Arrived:
                status = tr("✓ 已到店");
                ++arrived;
                ++expected;
                break;
            case domain::AppointmentStatus::Booked:
                status = tr("待到店");
                ++expected;
                break;
            case domain::AppointmentStatus::NoShow:
                status = tr("爽约");
                ++expected;
                break;
            case domain::AppointmentStatus::Cancelled:
                status = tr("已取消");
                break;
        }
        QList<QStandardItem*> row;
        for (const QString& text : {when, a.plate, a.customerName, a.purpose, a.advisor, status}) {
            auto* item = new QStandardItem(text);
            item->setEditable(false);
            row << item;
        }
        row.front()->setData(QVariant::fromValue<qlonglong>(a.customerId), kCustomerRole);
        row.front()->setData(domain::toKey(e.status), kStatusRole);
        row.front()->setData(QVariant::fromValue<qlonglong>(a.id), kIdRole);
        if (e.status == domain::AppointmentStatus::Cancelled) {
            for (auto* item : row) {
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
        }
        model_->appendRow(row);
    }
    message_->setText(entries.value().empty() ? tr("今明两天没有预约")
                                              : tr("已到 %1 / %2").arg(arrived).arg(expected));
}

void AppointmentPanel::setCurrentCustomer(qint64 customerId) {
    currentCustomer_ = customerId;
    book_->setEnabled(customerId > 0 && ctx_.appointments != nullptr);
}

void AppointmentPanel::bookForCurrent() {
    if (currentCustomer_ <= 0) {
        return;
    }
    BookAppointmentDialog dialog(ctx_, currentCustomer_, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT appointmentsChanged();
    }
}

void AppointmentPanel::updateCancel() {
    const int row = table_->currentIndex().row();
    const auto* item = row >= 0 ? model_->item(row, 0) : nullptr;
    const QString status = item ? item->data(kStatusRole).toString() : QString();
    // Booked and no-show can be cancelled (AppointmentService::cancel); arrived and cancelled not.
    cancel_->setEnabled(ctx_.appointments != nullptr &&
                        (status == domain::toKey(domain::AppointmentStatus::Booked) ||
                         status == domain::toKey(domain::AppointmentStatus::NoShow)));
}

bool AppointmentPanel::cancelSelected() {
    const int row = table_->currentIndex().row();
    const auto* item = row >= 0 ? model_->item(row, 0) : nullptr;
    if (item == nullptr || ctx_.appointments == nullptr) {
        return false;
    }
    const qint64 id = item->data(kIdRole).toLongLong();
    const QString what = tr("%1 %2 %3 %4")
                             .arg(model_->item(row, 2)->text(), model_->item(row, 1)->text(),
                                  model_->item(row, 0)->text(), model_->item(row, 3)->text())
                             .simplified();
    CancelAppointmentDialog dialog(what, this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    const auto done = ctx_.appointments->cancel(ctx_.user, id, dialog.reason());
    if (!done) {
        QMessageBox::warning(this, tr("取消预约"), done.error().message);
        return false;
    }
    refresh();
    message_->setText(tr("已取消：%1").arg(what));
    Q_EMIT appointmentsChanged();
    return true;
}

void AppointmentPanel::openRow(int row) {
    const qint64 id = customerAt(row);
    if (id > 0) {
        Q_EMIT openCustomer(id);
    }
}

bool AppointmentPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == table_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openRow(table_->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AppointmentPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

}  // namespace hc::ui
