#include "hc/ui/VisitDialog.h"

#include "hc/ui/DeclinedWorkEditor.h"
#include "widgets/ReadErrors.h"

#include "hc/domain/NextMaintenance.h"

#include "hc/ui/SaveCancelButtons.h"

#include "hc/domain/MileageParser.h"
#include "hc/domain/MoneyParser.h"
#include "hc/services/SettingsNotifier.h"
#include "hc/services/SettingsService.h"
#include "hc/services/UserService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/ui/ComboKeys.h"
#include "hc/ui/DateInput.h"
#include "hc/ui/DirtyTracker.h"
#include "hc/ui/FieldFeedback.h"
#include "hc/ui/Mnemonics.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace hc::ui {

using domain::Fen;
using domain::MileageParser;
using domain::MoneyParser;

VisitDialog::VisitDialog(UiContext& ctx, domain::CustomerId customer,
                         std::optional<domain::VehicleId> vehicle, QWidget* parent)
    : QDialog(parent), ctx_(ctx), customerId_(customer) {
    if (ctx_.vehicles != nullptr) {
        vehicles_ = ReadErrors::valueOr(ctx_.vehicles->vehiclesOf(customer), parent);
    }
    readFollowUps();
    build();
    if (ctx_.settingsNotifier != nullptr) {
        // New maintenance interval / km per day while the form is open: the proposal follows.
        connect(ctx_.settingsNotifier, &services::SettingsNotifier::followUpsChanged, this, [this] {
            readFollowUps();
            updateProposal();
        });
    }
    if (vehicle) {
        const int index = vehicle_->findData(QVariant::fromValue<qint64>(*vehicle));
        if (index >= 0) {
            vehicle_->setCurrentIndex(index);
        }
    }
    loadVehicleHistory();
    setWindowTitle(tr("登记进厂"));
}

void VisitDialog::build() {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 12);
    outer->setSpacing(10);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(24);
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (QFormLayout* form : {left, right}) {
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->setVerticalSpacing(6);
    }

    vehicle_ = new QComboBox(this);
    for (const auto& v : vehicles_) {
        const QString text = v.brand.isEmpty() && v.model.isEmpty()
                                 ? v.plate
                                 : QStringLiteral("%1  %2 %3").arg(v.plate, v.brand, v.model);
        vehicle_->addItem(text.trimmed(), QVariant::fromValue<qint64>(v.id));
    }
    vehicle_->addItem(tr("（不指定车辆）"), QVariant());
    date_ = new QDateEdit(ctx_.today(), this);
    date_->setCalendarPopup(true);
    date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date_->setMaximumDate(ctx_.today());
    DateInput::setup(date_);
    mileage_ = new QLineEdit(this);
    mileage_->setPlaceholderText(tr("公里，如 45200"));
    mileageMsg_ = FieldFeedback::createMessageLabel(this);
    category_ = new QComboBox(this);
    ComboKeys::fill(category_, {{tr("保养"), QStringLiteral("maintenance")},
                                {tr("维修"), QStringLiteral("repair")},
                                {tr("事故"), QStringLiteral("accident")},
                                {tr("质保"), QStringLiteral("warranty")},
                                {tr("保险"), QStringLiteral("insurance")},
                                {tr("其他"), QStringLiteral("other")}});
    workOrder_ = new QLineEdit(this);
    workOrder_->setPlaceholderText(tr("派工单编号"));
    workOrderMsg_ = FieldFeedback::createMessageLabel(this);
    appraisalNo_ = new QLineEdit(this);
    advisor_ = new QLineEdit(advisorName(), this);
    technician_ = new QLineEdit(this);

    left->addRow(tr("车辆(&V)"), vehicle_);
    left->addRow(tr("进厂日期(&D)"), date_);
    left->addRow(tr("里程(&M)"), FieldFeedback::wrap(mileage_, mileageMsg_, this));
    left->addRow(tr("类别(&C)"), category_);
    left->addRow(tr("派工单号(&W)"), FieldFeedback::wrap(workOrder_, workOrderMsg_, this));
    left->addRow(tr("鉴定单号"), appraisalNo_);
    left->addRow(tr("服务顾问"), advisor_);
    left->addRow(tr("维修技师"), technician_);

    auto moneyField = [this, right](const QString& label, QLineEdit*& edit, MoneyField& field) {
        edit = new QLineEdit(this);
        edit->setPlaceholderText(tr("0.00"));
        edit->setAlignment(Qt::AlignRight);
        field.edit = edit;
        field.message = FieldFeedback::createMessageLabel(this);
        right->addRow(label, FieldFeedback::wrap(edit, field.message, this));
        connect(edit, &QLineEdit::textChanged, this, &VisitDialog::updateAmount);
    };
    moneyField(tr("工时费(&L)"), labour_, labourField_);
    moneyField(tr("材料费(&P)"), parts_, partsField_);
    moneyField(tr("其他费用"), other_, otherField_);
    moneyField(tr("优惠"), discount_, discountField_);
    amount_ = new QLabel(this);
    amount_->setObjectName(QStringLiteral("amountReceived"));
    amount_->setStyleSheet(
        QStringLiteral("QLabel#amountReceived { font-size: 16px; "
                       "font-weight: 700; color: #137333; }"));
    amountMsg_ = FieldFeedback::createMessageLabel(this);
    right->addRow(tr("实收金额"), FieldFeedback::wrap(amount_, amountMsg_, this));

    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    outer->addLayout(columns);

    auto* texts = new QFormLayout;
    texts->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    workDone_ = new QPlainTextEdit(this);
    workDone_->setTabChangesFocus(true);
    workDone_->setPlaceholderText(tr("本次完成的项目"));
    workDone_->setFixedHeight(60);
    recommendations_ = new QPlainTextEdit(this);
    recommendations_->setTabChangesFocus(true);
    recommendations_->setPlaceholderText(
        tr("建议客户下次做、本次未做的项目（下次进厂时醒目提示）"));
    recommendations_->setFixedHeight(60);
    texts->addRow(tr("维修内容"), workDone_);
    texts->addRow(tr("下次建议"), recommendations_);
    outer->addLayout(texts);
    // Declined work as tracked items (建议项目): one row each; open items of the car to tick.
    declined_ = new DeclinedWorkEditor(ctx_, customerId_, this);
    outer->addWidget(declined_);

    proposal_ = new QLabel(this);
    proposal_->setObjectName(QStringLiteral("nextServiceProposal"));
    proposal_->setWordWrap(true);
    proposal_->setStyleSheet(QStringLiteral(
        "QLabel#nextServiceProposal { background: #e8f0fe; border-radius: 4px; padding: 6px 8px; "
        "color: #174ea6; }"));
    outer->addWidget(proposal_);

    formMsg_ = FieldFeedback::createMessageLabel(this);
    outer->addWidget(formMsg_);

    buttons_ = SaveCancelButtons::create(this);
    connect(buttons_, &QDialogButtonBox::accepted, this, &VisitDialog::save);
    outer->addWidget(buttons_);

    connect(vehicle_, &QComboBox::currentIndexChanged, this, &VisitDialog::loadVehicleHistory);
    connect(mileage_, &QLineEdit::textChanged, this, [this] {
        validateMileage();
        updateProposal();
    });
    connect(date_, &QDateEdit::dateChanged, this, &VisitDialog::updateProposal);
    connect(category_, &QComboBox::currentIndexChanged, this, &VisitDialog::updateProposal);
    connect(workOrder_, &QLineEdit::textEdited, this,
            [this] { FieldFeedback::clear(workOrder_, workOrderMsg_); });

    QWidget* order[] = {vehicle_,
                        date_,
                        mileage_,
                        category_,
                        workOrder_,
                        labour_,
                        parts_,
                        other_,
                        discount_,
                        appraisalNo_,
                        advisor_,
                        technician_,
                        workDone_,
                        recommendations_,
                        declined_->openList(),
                        declined_->addButton(),
                        declined_->itemsTable()};
    for (std::size_t i = 1; i < std::size(order); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }
    updateAmount();
    mileage_->setFocus();
    setMinimumWidth(760);
    Mnemonics::resolveBuddies(this);
    DirtyTracker::attach(this);
}

QString VisitDialog::advisorName() const {
    if (ctx_.users != nullptr) {
        const auto users = ReadErrors::valueOr(ctx_.users->users(), parentWidget());
        for (const auto& u : users) {
            if (u.id == ctx_.user.id && !u.displayName.isEmpty()) {
                return u.displayName;
            }
        }
    }
    return ctx_.user.username;
}

std::optional<domain::VehicleId> VisitDialog::selectedVehicle() const {
    const QVariant data = vehicle_->currentData();
    if (!data.isValid()) {
        return std::nullopt;
    }
    return data.toLongLong();
}

void VisitDialog::loadVehicleHistory() {
    history_.clear();
    if (declined_ != nullptr && !editing_) {
        declined_->setVehicle(selectedVehicle());
    }
    if (const auto id = selectedVehicle(); id && ctx_.visits != nullptr) {
        history_ = ReadErrors::valueOr(ctx_.visits->visitsOfVehicle(*id), this);
        if (editing_) {
            std::erase_if(history_, [&](const domain::Visit& v) { return v.id == editing_->id; });
        }
    }
    validateMileage();
    updateProposal();
}

void VisitDialog::validateMileage() {
    MileageParser::Options options;
    options.allowEmpty = true;
    const auto result = MileageParser::parse(mileage_->text(), options);
    if (result.isError() || !result.km) {
        FieldFeedback::apply(mileage_, mileageMsg_, result);
        return;
    }
    const auto last = domain::MaintenanceDueEstimator::lastMileage(history_);
    if (last && *result.km < *last) {
        FieldFeedback::set(
            mileage_, mileageMsg_, FieldFeedback::State::Warning,
            tr("比上次记录的 %1 公里还少，请核对仪表读数。").arg(QLocale().toString(*last)));
        return;
    }
    FieldFeedback::apply(mileage_, mileageMsg_, result);
}

std::optional<Fen> VisitDialog::parseFee(const MoneyField& field, bool show) const {
    MoneyParser::Options options;
    options.emptyIsZero = true;
    const auto result = MoneyParser::parse(field.edit->text(), options);
    if (show) {
        FieldFeedback::apply(field.edit, field.message, result);
    }
    if (result.isError() || !result.fen) {
        return std::nullopt;
    }
    return *result.fen;
}

std::optional<Fen> VisitDialog::amountFen() const {
    const auto labour = parseFee(labourField_, false);
    const auto parts = parseFee(partsField_, false);
    const auto other = parseFee(otherField_, false);
    const auto discount = parseFee(discountField_, false);
    if (!labour || !parts || !other || !discount) {
        return std::nullopt;
    }
    return *labour + *parts + *other - *discount;
}

void VisitDialog::updateAmount() {
    for (const MoneyField* f : {&labourField_, &partsField_, &otherField_, &discountField_}) {
        (void)parseFee(*f, true);
    }
    const auto amount = amountFen();
    if (!amount) {
        amount_->setText(tr("—"));
        FieldFeedback::clear(nullptr, amountMsg_);
        return;
    }
    amount_->setText(MoneyParser::formatYuan(*amount));
    if (*amount < 0) {
        FieldFeedback::set(nullptr, amountMsg_, FieldFeedback::State::Error,
                           tr("优惠大于费用合计，实收不能为负，请核对优惠金额。"));
    } else {
        FieldFeedback::clear(nullptr, amountMsg_);
    }
}

void VisitDialog::readFollowUps() {
    followUps_.reset();
    followUpsError_.clear();
    if (ctx_.settings != nullptr) {
        if (auto stored = ctx_.settings->followUps()) {
            followUps_ = stored.value();
        } else {
            // Where the proposal would be: why there is none (not a proposal that just vanishes).
            followUpsError_ = stored.error().message;
            auto log = spdlog::get("ui");
            (log ? log : spdlog::default_logger())
                ->warn("visit form: follow-up settings unreadable: {}",
                       stored.error().detail.toStdString());
        }
    }
}

void VisitDialog::updateProposal() {
    std::vector<domain::Visit> visits = history_;
    domain::Visit current;
    current.date = date_->date();
    current.category = ComboKeys::key(category_);
    if (const auto km = MileageParser::parse(mileage_->text()).km) {
        current.mileage = static_cast<int>(*km);
    }
    visits.push_back(current);
    if (!followUps_) {
        proposal_->setText(followUpsError_.isEmpty()
                               ? QString()
                               : tr("无法计算下次保养：%1").arg(followUpsError_));
        proposal_->setVisible(!followUpsError_.isEmpty());
        return;
    }
    const domain::Vehicle* vehicle = nullptr;
    if (const auto id = selectedVehicle()) {
        for (const auto& v : vehicles_) {
            if (v.id == *id) {
                vehicle = &v;
            }
        }
    }
    // As of today, or of the latest visit when one is dated later (a visit being typed).
    QDate asOf = ctx_.today();
    for (const auto& v : visits) {
        asOf = std::max(asOf, v.date);
    }
    const auto due = domain::nextMaintenance(visits, vehicle, *followUps_, asOf);
    if (!due.isValid()) {
        proposal_->setVisible(false);
        return;
    }
    QString text = tr("建议下次保养：%1").arg(due.nextDue.toString(Qt::ISODate));
    if (due.mileageAtNextDue) {
        text += tr("，约 %1 公里").arg(QLocale().toString(*due.mileageAtNextDue));
    } else if (due.dueMileage) {
        text += tr("，或 %1 公里（以先到者为准）").arg(QLocale().toString(*due.dueMileage));
    }
    if (due.rate) {
        text += tr("（按本车日均 %1 公里估算）").arg(QString::number(due.rate->kmPerDay(), 'f', 1));
    }
    proposal_->setText(text);
    proposal_->setVisible(true);
}

bool VisitDialog::validateAll() {
    validateMileage();
    updateAmount();
    QWidget* firstBad = nullptr;
    for (QLineEdit* field : {mileage_, labour_, parts_, other_, discount_}) {
        if (firstBad == nullptr && FieldFeedback::stateOf(field) == FieldFeedback::State::Error) {
            firstBad = field;
        }
    }
    const auto amount = amountFen();
    if (firstBad == nullptr && amount && *amount < 0) {
        firstBad = discount_;
    }
    if (firstBad != nullptr) {
        firstBad->setFocus();
        return false;
    }
    return true;
}

domain::Visit VisitDialog::collect() const {
    domain::Visit v;
    v.customerId = customerId_;
    v.vehicleId = selectedVehicle();
    v.date = date_->date();
    v.workOrder = workOrder_->text().trimmed();
    v.appraisalNo = appraisalNo_->text().trimmed();
    if (const auto km = MileageParser::parse(mileage_->text()).km) {
        v.mileage = static_cast<int>(*km);
    }
    v.category = ComboKeys::key(category_);
    v.workDone = workDone_->toPlainText().trimmed();
    v.recommendations = recommendations_->toPlainText().trimmed();
    v.labourFen = parseFee(labourField_, false).value_or(0);
    v.partsFen = parseFee(partsField_, false).value_or(0);
    v.otherFen = parseFee(otherField_, false).value_or(0);
    v.discountFen = parseFee(discountField_, false).value_or(0);
    v.amountFen = amountFen().value_or(0);
    v.advisor = advisor_->text().trimmed();
    v.technician = technician_->text().trimmed();
    return v;
}

void VisitDialog::showServiceError(const QString& field, const QString& message) {
    if (field == QLatin1String("work_order")) {
        FieldFeedback::set(workOrder_, workOrderMsg_, FieldFeedback::State::Error, message);
        workOrder_->setFocus();
        workOrder_->selectAll();
    } else if (field == QLatin1String("mileage")) {
        FieldFeedback::set(mileage_, mileageMsg_, FieldFeedback::State::Error, message);
        mileage_->setFocus();
    } else if (field == QLatin1String("labour_fen") || field == QLatin1String("labour")) {
        FieldFeedback::set(labour_, labourField_.message, FieldFeedback::State::Error, message);
        labour_->setFocus();
    } else if (field == QLatin1String("parts_fen") || field == QLatin1String("parts")) {
        FieldFeedback::set(parts_, partsField_.message, FieldFeedback::State::Error, message);
        parts_->setFocus();
    } else if (field == QLatin1String("discount_fen") || field == QLatin1String("discount")) {
        FieldFeedback::set(discount_, discountField_.message, FieldFeedback::State::Error, message);
        discount_->setFocus();
    } else if (field.startsWith(QLatin1String("amount"))) {
        FieldFeedback::set(nullptr, amountMsg_, FieldFeedback::State::Error, message);
    } else if (field == QLatin1String("date")) {
        FieldFeedback::set(nullptr, formMsg_, FieldFeedback::State::Error, message);
        date_->setFocus();
    } else {
        FieldFeedback::set(nullptr, formMsg_, FieldFeedback::State::Error, message);
    }
}

void VisitDialog::save() {
    FieldFeedback::clear(nullptr, formMsg_);
    if (!validateAll()) {
        FieldFeedback::set(nullptr, formMsg_, FieldFeedback::State::Error,
                           tr("有标红的项目需要更正，更正后再保存。"));
        return;
    }
    if (ctx_.visits == nullptr) {
        return;
    }
    if (editing_) {
        domain::Visit v = collect();
        v.id = editing_->id;
        v.source = editing_->source;
        if (v.vehicleId == editing_->vehicleId) {
            v.customerId = editing_->customerId;  // the owner at the time of the visit
        }
        auto updated = ctx_.visits->updateVisit(ctx_.user, v);
        if (!updated) {
            showServiceError(updated.error().field, updated.error().message);
            return;
        }
        visitId_ = v.id;
        accept();
        return;
    }
    QString declinedError;
    const auto declined = declined_->collect(&declinedError);
    if (!declined) {
        FieldFeedback::set(nullptr, formMsg_, FieldFeedback::State::Error, declinedError);
        declined_->itemsTable()->setFocus();
        return;
    }
    auto result = ctx_.visits->registerVisit(ctx_.user, collect(), *declined);
    if (!result) {
        showServiceError(result.error().field, result.error().message);
        return;
    }
    visitId_ = result.value();
    accept();
}

void VisitDialog::loadVisit(const domain::Visit& visit) {
    editing_ = visit;
    declined_->setVisible(false);  // items are recorded with a new visit only
    setWindowTitle(tr("修改进厂记录 %1").arg(visit.workOrder));
    if (visit.vehicleId) {
        int index = vehicle_->findData(QVariant::fromValue<qint64>(*visit.vehicleId));
        if (index < 0) {  // a vehicle sold since: still the one of this visit
            vehicle_->addItem(tr("原车辆"), QVariant::fromValue<qint64>(*visit.vehicleId));
            index = vehicle_->count() - 1;
        }
        vehicle_->setCurrentIndex(index);
    } else {
        vehicle_->setCurrentIndex(vehicle_->findData(QVariant()));
    }
    date_->setDate(visit.date);
    mileage_->setText(visit.mileage ? QString::number(*visit.mileage) : QString());
    ComboKeys::select(category_, visit.category);
    workOrder_->setText(visit.workOrder);
    appraisalNo_->setText(visit.appraisalNo);
    advisor_->setText(visit.advisor);
    technician_->setText(visit.technician);
    const auto fee = [](domain::Fen fen) {
        return fen == 0 ? QString() : MoneyParser::formatYuan(fen);
    };
    labour_->setText(fee(visit.labourFen));
    parts_->setText(fee(visit.partsFen));
    other_->setText(fee(visit.otherFen));
    discount_->setText(fee(visit.discountFen));
    if (visit.labourFen == 0 && visit.partsFen == 0 && visit.otherFen == 0 &&
        visit.amountFen != 0) {
        // Imported visits carry only the amount received: kept as "other" so it is not lost.
        other_->setText(fee(visit.amountFen + visit.discountFen));
    }
    workDone_->setPlainText(visit.workDone);
    recommendations_->setPlainText(visit.recommendations);
    loadVehicleHistory();
    updateAmount();
}

}  // namespace hc::ui
