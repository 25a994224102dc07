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
#include <QTime>
#include <QVBoxLayout>

#include <algorithm>

namespace hc::ui {

using domain::CallOutcome;
using domain::ChurnReason;

namespace {

/// Half-hour slots of a working day (as in the reception booking dialog).
constexpr int kFirstSlotHour = 8;
constexpr int kLastSlotHour = 18;
constexpr int kMaxPurposeLength = 40;

}  // namespace

CallOutcomePanel::CallOutcomePanel(const QDate& today, QWidget* parent) : QWidget(parent) {
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

    // The rest of the appointment (issue 11 item 3): time slot, purpose, advisor.
    time_ = new QComboBox(this);
    time_->setObjectName(QStringLiteral("appointmentTimeCombo"));
    time_->setEditable(true);
    time_->addItem(tr("（不定时间）"), QString());
    for (int h = kFirstSlotHour; h <= kLastSlotHour; ++h) {
        for (int m : {0, 30}) {
            const QString slot = QTime(h, m).toString(QStringLiteral("HH:mm"));
            time_->addItem(slot, slot);
        }
    }
    timeMessage_ = FieldFeedback::createMessageLabel(this);
    timeRow_ = FieldFeedback::wrap(time_, timeMessage_, this);
    form->addRow(tr("时段(&T)"), timeRow_);
    purpose_ = new QComboBox(this);
    purpose_->setObjectName(QStringLiteral("appointmentPurposeCombo"));
    purpose_->setEditable(true);
    purpose_->addItems({QString(), tr("保养"), tr("维修"), tr("检查"), tr("钣喷"), tr("美容")});
    purpose_->lineEdit()->setPlaceholderText(tr("不填则按回访类型"));
    purpose_->lineEdit()->setMaxLength(kMaxPurposeLength);
    form->addRow(tr("事由(&P)"), purpose_);
    advisor_ = new QComboBox(this);
    advisor_->setObjectName(QStringLiteral("appointmentAdvisorCombo"));
    advisorMessage_ = FieldFeedback::createMessageLabel(this);
    advisorRow_ = FieldFeedback::wrap(advisor_, advisorMessage_, this);
    form->addRow(tr("接车顾问(&G)"), advisorRow_);
    setAdvisors({});

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
    reset(today);
    Mnemonics::resolveBuddies(this);
    // The editable combos take Alt+letter through their line edit (an editable combo holding the
    // focus itself swallowed the next Alt+letter).
    for (QComboBox* combo : {time_, purpose_}) {
        if (auto* label = qobject_cast<QLabel*>(
                form->labelForField(combo == time_ ? static_cast<QWidget*>(timeRow_) : combo))) {
            label->setBuddy(combo->lineEdit());
        }
    }
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
    time_->setCurrentIndex(0);
    purpose_->setCurrentIndex(0);
    purpose_->setEditText(QString());
    advisor_->setCurrentIndex(0);
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

void CallOutcomePanel::setAdvisors(const std::vector<std::pair<qint64, QString>>& advisors) {
    const QVariant current = advisor_->currentData();
    advisor_->clear();
    advisor_->addItem(tr("（不指定）"), QVariant());
    for (const auto& [id, name] : advisors) {
        advisor_->addItem(name, QVariant::fromValue<qlonglong>(id));
    }
    const int keep = current.isValid() ? advisor_->findData(current) : 0;
    advisor_->setCurrentIndex(std::max(0, keep));
}

std::optional<QTime> CallOutcomePanel::appointmentTime() const {
    const QString text = time_->currentText().trimmed();
    if (text.isEmpty() || (time_->currentIndex() == 0 && text == time_->itemText(0))) {
        return QTime();
    }
    for (const auto* format : {"HH:mm", "H:mm"}) {
        const QTime t = QTime::fromString(text, QLatin1String(format));
        if (t.isValid()) {
            return t;
        }
    }
    return std::nullopt;
}

void CallOutcomePanel::setAppointmentTime(const QTime& time) {
    if (!time.isValid()) {
        time_->setCurrentIndex(0);
        return;
    }
    const QString text = time.toString(QStringLiteral("HH:mm"));
    const int index = time_->findData(text);
    if (index >= 0) {
        time_->setCurrentIndex(index);
    } else {
        time_->setEditText(text);
    }
}

QString CallOutcomePanel::appointmentPurpose() const {
    return purpose_->currentText().trimmed();
}

std::optional<qint64> CallOutcomePanel::appointmentAdvisor() const {
    const QVariant v = advisor_->currentData();
    if (!v.isValid()) {
        return std::nullopt;
    }
    return v.toLongLong();
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
    } else if (field == QLatin1String("appointment_time")) {
        FieldFeedback::set(time_, timeMessage_, FieldFeedback::State::Error, message);
        time_->setFocus();
    } else if (field == QLatin1String("advisor_id")) {
        FieldFeedback::set(advisor_, advisorMessage_, FieldFeedback::State::Error, message);
        advisor_->setFocus();
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
    FieldFeedback::clear(time_, timeMessage_);
    FieldFeedback::clear(advisor_, advisorMessage_);
    FieldFeedback::clear(ownerPhone_, ownerMessage_);
    message_->hide();
}

QAbstractButton* CallOutcomePanel::outcomeButton(CallOutcome outcome) const {
    return outcomes_->button(static_cast<int>(outcome));
}

void CallOutcomePanel::updateFields() {
    const auto o = outcome();
    for (QWidget* row : {appointmentRow_, timeRow_, static_cast<QWidget*>(purpose_), advisorRow_}) {
        form_->setRowVisible(row, o == CallOutcome::WillCome);
    }
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
