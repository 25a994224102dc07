#include "hc/ui/BookAppointmentDialog.h"

#include "widgets/ReadErrors.h"

#include "hc/services/AppointmentService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/UserService.h"
#include "hc/services/VehicleService.h"
#include "hc/ui/DateInput.h"
#include "hc/ui/DirtyTracker.h"
#include "hc/ui/FieldFeedback.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc::ui {

namespace {

/// Half-hour slots of a working day.
constexpr int kFirstSlotHour = 8;
constexpr int kLastSlotHour = 18;

}  // namespace

BookAppointmentDialog::BookAppointmentDialog(UiContext& ctx, domain::CustomerId customer,
                                             QWidget* parent)
    : QDialog(parent), ctx_(ctx), customer_(customer) {
    setWindowTitle(tr("预约到店"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 12);
    outer->setSpacing(10);
    QString who;
    if (ctx_.customers != nullptr) {
        if (const auto c = ReadErrors::valueOr(ctx_.customers->find(customer), parent)) {
            who = c->name;
        }
    }
    auto* intro = new QLabel(tr("客户：%1").arg(who), this);
    outer->addWidget(intro);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    vehicle_ = new QComboBox(this);
    vehicle_->addItem(tr("（不指定车辆）"), QVariant());
    if (ctx_.vehicles != nullptr) {
        for (const auto& v : ReadErrors::valueOr(ctx_.vehicles->vehiclesOf(customer), parent)) {
            vehicle_->addItem(v.plate.isEmpty() ? tr("（无车牌）%1").arg(v.vin) : v.plate,
                              QVariant::fromValue<qlonglong>(v.id));
        }
    }
    if (vehicle_->count() > 1) {
        vehicle_->setCurrentIndex(1);
    }
    form->addRow(tr("车辆(&V)"), vehicle_);

    date_ = new QDateEdit(this);
    DateInput::setup(date_);
    const QDate today =
        ctx_.appointments != nullptr ? ctx_.appointments->today() : ctx_.today();
    date_->setDate(today.addDays(1));
    dateMsg_ = FieldFeedback::createMessageLabel(this);
    form->addRow(tr("日期(&D)"), FieldFeedback::wrap(date_, dateMsg_, this));

    time_ = new QComboBox(this);
    time_->setEditable(true);
    time_->addItem(tr("（不定时间）"), QString());
    for (int h = kFirstSlotHour; h <= kLastSlotHour; ++h) {
        for (int m : {0, 30}) {
            const QString slot = QTime(h, m).toString(QStringLiteral("HH:mm"));
            time_->addItem(slot, slot);
        }
    }
    time_->setCurrentIndex(time_->findData(QStringLiteral("09:00")));
    timeMsg_ = FieldFeedback::createMessageLabel(this);
    form->addRow(tr("时间(&T)"), FieldFeedback::wrap(time_, timeMsg_, this));

    purpose_ = new QComboBox(this);
    purpose_->setEditable(true);
    purpose_->addItems({tr("保养"), tr("维修"), tr("检查"), tr("钣喷"), tr("美容")});
    form->addRow(tr("事由(&P)"), purpose_);

    advisor_ = new QComboBox(this);
    advisor_->addItem(tr("（不指定）"), QVariant());
    if (ctx_.users != nullptr) {
        for (const auto& u : ReadErrors::valueOr(ctx_.users->users(), parent)) {
            if (u.active && u.role != domain::Role::Callback) {
                advisor_->addItem(u.displayName.isEmpty() ? u.username : u.displayName,
                                  QVariant::fromValue<qlonglong>(u.id));
                if (u.id == ctx_.user.id) {
                    advisor_->setCurrentIndex(advisor_->count() - 1);
                }
            }
        }
    }
    form->addRow(tr("服务顾问(&A)"), advisor_);
    outer->addLayout(form);

    formMsg_ = FieldFeedback::createMessageLabel(this);
    outer->addWidget(formMsg_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存(&S)"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BookAppointmentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this,
            [this] { DirtyTracker::rejectAsking(this); });
    connect(date_, &QDateEdit::dateChanged, this,
            [this] { FieldFeedback::clear(date_, dateMsg_); });
    connect(time_, &QComboBox::currentTextChanged, this,
            [this] { FieldFeedback::clear(time_, timeMsg_); });
    outer->addWidget(buttons);
    date_->setFocus();
    setMinimumWidth(420);
    DirtyTracker::attach(this);  // Esc, Cancel and the close button ask before typed text is lost
}

void BookAppointmentDialog::save() {
    services::AppointmentInput in;
    in.customerId = customer_;
    if (vehicle_->currentData().isValid()) {
        in.vehicleId = vehicle_->currentData().toLongLong();
    }
    in.date = date_->date();
    const QString timeText = time_->currentText().trimmed();
    if (time_->currentIndex() != 0 || timeText != time_->itemText(0)) {
        in.time = QTime::fromString(timeText, QStringLiteral("HH:mm"));
        if (!in.time.isValid()) {
            in.time = QTime::fromString(timeText, QStringLiteral("H:mm"));
        }
        if (!in.time.isValid()) {
            FieldFeedback::set(time_, timeMsg_, FieldFeedback::State::Error,
                               tr("时间请按 HH:MM 填写，如 09:30。"));
            time_->setFocus();
            return;
        }
    }
    in.purpose = purpose_->currentText().trimmed();
    if (advisor_->currentData().isValid()) {
        in.advisorId = advisor_->currentData().toLongLong();
    }
    if (ctx_.appointments == nullptr) {
        return;
    }
    auto result = ctx_.appointments->book(ctx_.user, in);
    if (!result) {
        if (result.error().field == QLatin1String("date")) {
            FieldFeedback::set(date_, dateMsg_, FieldFeedback::State::Error,
                               result.error().message);
            date_->setFocus();
        } else {
            FieldFeedback::set(nullptr, formMsg_, FieldFeedback::State::Error,
                               result.error().message);
        }
        return;
    }
    booked_ = result.value();
    accept();
}

}  // namespace hc::ui
