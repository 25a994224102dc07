#include "hc/ui/CallOutcomePanel.h"

#include "hc/ui/DateInput.h"
#include "hc/ui/FieldFeedback.h"
#include "hc/ui/FollowUpLabels.h"
#include "hc/ui/Mnemonics.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc::ui {

using domain::CallOutcome;
using domain::ChurnReason;

CallOutcomePanel::CallOutcomePanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("callOutcomePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* buttons = new QHBoxLayout;
    outcomes_ = new QButtonGroup(this);
    outcomes_->setExclusive(true);
    for (int i = 0; i < domain::kCallOutcomeCount; ++i) {
        const auto outcome = static_cast<CallOutcome>(i);
        auto* b = new QPushButton(
            tr("%1 %2").arg(QString::number(i + 1), FollowUpLabels::outcome(outcome)), this);
        b->setCheckable(true);
        b->setFocusPolicy(Qt::TabFocus);
        b->setToolTip(tr("快捷键 %1 或 Alt+%1").arg(i + 1));
        b->setObjectName(QStringLiteral("outcome_") + domain::toKey(outcome));
        outcomes_->addButton(b, i);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);

    auto* form = new QFormLayout;
    form_ = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    reason_ = new QComboBox(this);
    reason_->addItem(tr("（未说明）"));
    for (int i = 0; i < domain::kChurnReasonCount; ++i) {
        const auto reason = static_cast<ChurnReason>(i);
        reason_->addItem(domain::isInternal(reason)
                             ? tr("内因 · %1").arg(FollowUpLabels::churnReason(reason))
                             : tr("外因 · %1").arg(FollowUpLabels::churnReason(reason)),
                         domain::toKey(reason));
    }
    form->addRow(tr("流失原因(&R)"), reason_);

    appointment_ = new QDateEdit(this);
    appointment_->setCalendarPopup(true);
    appointment_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    appointment_->setSpecialValueText(tr("请选择预约日期"));
    DateInput::setup(appointment_);  // typeable also while it shows the text above
    appointmentMessage_ = FieldFeedback::createMessageLabel(this);
    appointmentRow_ = FieldFeedback::wrap(appointment_, appointmentMessage_, this);
    form->addRow(tr("预约到店(&A)"), appointmentRow_);

    ownerRow_ = new QWidget(this);
    auto* ownerLayout = new QHBoxLayout(ownerRow_);
    ownerLayout->setContentsMargins(0, 0, 0, 0);
    ownerName_ = new QLineEdit(ownerRow_);
    ownerName_->setPlaceholderText(tr("新车主姓名"));
    ownerPhone_ = new QLineEdit(ownerRow_);
    ownerPhone_->setPlaceholderText(tr("新车主电话"));
    ownerLayout->addWidget(ownerName_);
    ownerLayout->addWidget(ownerPhone_);
    ownerMessage_ = FieldFeedback::createMessageLabel(this);
    ownerField_ = FieldFeedback::wrap(ownerRow_, ownerMessage_, this);
    form->addRow(tr("新车主(&W)"), ownerField_);

    note_ = new QLineEdit(this);
    note_->setPlaceholderText(tr("通话要点，如下次保养时间、客户意见"));
    form->addRow(tr("备注(&N)"), note_);
    layout->addLayout(form);

    auto* bottom = new QHBoxLayout;
    verified_ = new QCheckBox(tr("资料已核实（二次复核）(&C)"), this);
    verified_->setToolTip(tr("通话中与客户核对了姓名、电话和车辆信息"));
    save_ = new QPushButton(tr("保存结果 (Ctrl+Enter)"), this);
    save_->setObjectName(QStringLiteral("saveCallButton"));
    save_->setDefault(true);
    bottom->addWidget(verified_);
    bottom->addStretch();
    bottom->addWidget(save_);
    layout->addLayout(bottom);

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("callMessage"));
    message_->setWordWrap(true);
    message_->hide();
    layout->addWidget(message_);

    connect(outcomes_, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            clearErrors();
            updateFields();
            Q_EMIT outcomeChanged();
        }
    });
    connect(reason_, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT churnReasonChanged(); });
    connect(save_, &QPushButton::clicked, this, &CallOutcomePanel::saveRequested);
    reset(QDate::currentDate());
    Mnemonics::resolveBuddies(this);
}

void CallOutcomePanel::reset(const QDate& today) {
    outcomes_->setExclusive(false);
    for (QAbstractButton* b : outcomes_->buttons()) {
        b->setChecked(false);
    }
    outcomes_->setExclusive(true);
    reason_->setCurrentIndex(0);
    none_ = today.addDays(-1);
    appointment_->setMinimumDate(none_);
    appointment_->setDate(none_);
    ownerName_->clear();
    ownerPhone_->clear();
    note_->clear();
    verified_->setChecked(false);
    clearErrors();
    message_->hide();
    updateFields();
}

void CallOutcomePanel::setOutcome(CallOutcome outcome) {
    if (QAbstractButton* b = outcomeButton(outcome)) {
        b->setChecked(true);
    }
}

std::optional<CallOutcome> CallOutcomePanel::outcome() const {
    const int id = outcomes_->checkedId();
    if (id < 0) {
        return std::nullopt;
    }
    return static_cast<CallOutcome>(id);
}

std::optional<ChurnReason> CallOutcomePanel::churnReason() const {
    return domain::churnReasonFromKey(reason_->currentData().toString());
}

void CallOutcomePanel::setChurnReason(std::optional<ChurnReason> reason) {
    const int index = reason ? reason_->findData(domain::toKey(*reason)) : 0;
    reason_->setCurrentIndex(index < 0 ? 0 : index);
}

QDate CallOutcomePanel::appointment() const {
    return appointment_->date() == none_ ? QDate() : appointment_->date();
}

void CallOutcomePanel::setAppointment(const QDate& date) {
    appointment_->setDate(date.isValid() ? date : none_);
}

QString CallOutcomePanel::note() const {
    return note_->text().trimmed();
}

bool CallOutcomePanel::dataConfirmed() const {
    return verified_->isChecked();
}

std::optional<services::NewOwnerContact> CallOutcomePanel::newOwner() const {
    if (outcome() != CallOutcome::VehicleSold) {
        return std::nullopt;
    }
    const QString name = ownerName_->text().trimmed();
    const QString phone = ownerPhone_->text().trimmed();
    if (name.isEmpty() && phone.isEmpty()) {
        return std::nullopt;
    }
    services::NewOwnerContact c;
    c.name = name;
    c.phone = phone;
    return c;
}

void CallOutcomePanel::showError(const QString& field, const QString& message) {
    if (field == QLatin1String("appointment")) {
        FieldFeedback::set(appointment_, appointmentMessage_, FieldFeedback::State::Error, message);
        appointment_->setFocus();
    } else if (field.contains(QLatin1String("phone")) || field.contains(QLatin1String("owner"))) {
        FieldFeedback::set(ownerPhone_, ownerMessage_, FieldFeedback::State::Error, message);
        ownerPhone_->setFocus();
    }
    message_->setStyleSheet(QStringLiteral("QLabel { color: #c5221f; }"));
    message_->setText(message);
    message_->show();
}

void CallOutcomePanel::clearErrors() {
    FieldFeedback::clear(appointment_, appointmentMessage_);
    FieldFeedback::clear(ownerPhone_, ownerMessage_);
    message_->hide();
}

QAbstractButton* CallOutcomePanel::outcomeButton(CallOutcome outcome) const {
    return outcomes_->button(static_cast<int>(outcome));
}

void CallOutcomePanel::updateFields() {
    const auto o = outcome();
    form_->setRowVisible(appointmentRow_, o == CallOutcome::WillCome);
    form_->setRowVisible(ownerField_, o == CallOutcome::VehicleSold);
    if (o == CallOutcome::WillCome) {
        appointment_->setFocus();
    }
    if (o == CallOutcome::Refuses || o == CallOutcome::VehicleSold) {
        reason_->setFocus();
    }
    if (o == CallOutcome::VehicleSold && !churnReason()) {
        setChurnReason(ChurnReason::VehicleSold);
    }
}

}  // namespace hc::ui
