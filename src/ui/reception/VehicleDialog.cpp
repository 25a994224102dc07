#include "hc/ui/VehicleDialog.h"

#include "hc/ui/SaveCancelButtons.h"

#include "hc/domain/DateParser.h"
#include "hc/domain/MileageParser.h"
#include "hc/domain/PlateValidator.h"
#include "hc/domain/VinValidator.h"
#include "hc/services/VehicleService.h"
#include "hc/ui/ComboKeys.h"
#include "hc/ui/DateInput.h"
#include "hc/ui/DirtyTracker.h"
#include "hc/ui/FieldFeedback.h"
#include "hc/ui/Mnemonics.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

namespace hc::ui {

using domain::DateParser;
using domain::MileageParser;
using domain::PlateValidator;
using domain::VinValidator;

namespace {

QString isoOrEmpty(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate parsedDate(const QLineEdit* edit) {
    return DateParser::toDate(edit->text()).value_or(QDate());
}

}  // namespace

VehicleDialog::VehicleDialog(UiContext& ctx, domain::CustomerId owner, QWidget* parent)
    : QDialog(parent), ctx_(ctx) {
    vehicle_.customerId = owner;
    build();
    setWindowTitle(tr("新增车辆"));
}

VehicleDialog::VehicleDialog(UiContext& ctx, const domain::Vehicle& vehicle, QWidget* parent)
    : QDialog(parent), ctx_(ctx), vehicle_(vehicle) {
    build();
    setWindowTitle(tr("编辑车辆 %1").arg(vehicle.plate));
    load(vehicle);
}

void VehicleDialog::build() {
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
    auto lineEdit = [this](const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setPlaceholderText(placeholder);
        edit->setMinimumWidth(200);
        return edit;
    };
    auto dateEdit = [&](QLineEdit*& edit, QLabel*& message) {
        edit = lineEdit(tr("如 2024-05-20"));
        message = FieldFeedback::createMessageLabel(this);
        QLineEdit* e = edit;
        QLabel* m = message;
        connect(edit, &QLineEdit::textChanged, this, [this, e, m] { validateDate(e, m); });
        DateInput::addCalendar(edit);  // F4 / Alt+↓ pick a date, typing stays
        return FieldFeedback::wrap(edit, message, this);
    };

    plate_ = lineEdit(tr("如 陕A12345"));
    plateMsg_ = FieldFeedback::createMessageLabel(this);
    vin_ = lineEdit(tr("17 位车架号（可不填）"));
    vinMsg_ = FieldFeedback::createMessageLabel(this);
    engineNo_ = lineEdit({});
    brand_ = lineEdit(tr("如 大众"));
    model_ = lineEdit(tr("如 帕萨特"));
    displacement_ = lineEdit(tr("升，如 1.8"));
    transmission_ = new QComboBox(this);
    ComboKeys::fill(transmission_, {{tr("未填"), QString()},
                                    {tr("手动"), QStringLiteral("manual")},
                                    {tr("自动"), QStringLiteral("automatic")}});
    colour_ = lineEdit({});
    keyNo_ = lineEdit({});
    grade_ = new QComboBox(this);
    ComboKeys::fill(grade_, {{tr("未填"), QString()},
                             {tr("高档"), QStringLiteral("high")},
                             {tr("中档"), QStringLiteral("mid")},
                             {tr("中低档"), QStringLiteral("mid_low")},
                             {tr("低档"), QStringLiteral("low")}});

    left->addRow(tr("车牌号(&P)*"), FieldFeedback::wrap(plate_, plateMsg_, this));
    left->addRow(tr("车架号(&V)"), FieldFeedback::wrap(vin_, vinMsg_, this));
    left->addRow(tr("发动机号"), engineNo_);
    left->addRow(tr("品牌"), brand_);
    left->addRow(tr("车型"), model_);
    left->addRow(tr("排量"), displacement_);
    left->addRow(tr("变速箱"), transmission_);
    left->addRow(tr("颜色"), colour_);
    left->addRow(tr("钥匙号"), keyNo_);

    right->addRow(tr("车辆档次"), grade_);
    right->addRow(tr("上牌日期"), dateEdit(plateDate_, plateDateMsg_));
    right->addRow(tr("购车日期"), dateEdit(purchaseDate_, purchaseDateMsg_));
    right->addRow(tr("首保日期"), dateEdit(firstServiceDate_, firstServiceDateMsg_));
    firstServiceMileage_ = lineEdit(tr("公里"));
    firstServiceMileageMsg_ = FieldFeedback::createMessageLabel(this);
    right->addRow(tr("首保里程"),
                  FieldFeedback::wrap(firstServiceMileage_, firstServiceMileageMsg_, this));
    right->addRow(tr("保险到期"), dateEdit(insuranceDue_, insuranceDueMsg_));
    right->addRow(tr("年检到期"), dateEdit(inspectionDue_, inspectionDueMsg_));

    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    outer->addLayout(columns);

    duplicates_ = new QLabel(this);
    duplicates_->setObjectName(QStringLiteral("duplicateWarning"));
    duplicates_->setWordWrap(true);
    duplicates_->setTextFormat(Qt::RichText);
    duplicates_->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                         Qt::LinksAccessibleByKeyboard);
    duplicates_->setStyleSheet(
        QStringLiteral("QLabel#duplicateWarning { background: #fff8e1; border: 1px solid "
                       "#f2c94c; border-radius: 4px; padding: 6px 8px; }"));
    duplicates_->setVisible(false);
    connect(duplicates_, &QLabel::linkActivated, this,
            [this](const QString& link) { Q_EMIT openCustomer(link.toLongLong()); });
    outer->addWidget(duplicates_);
    formMsg_ = FieldFeedback::createMessageLabel(this);
    outer->addWidget(formMsg_);

    buttons_ = SaveCancelButtons::create(this);
    connect(buttons_, &QDialogButtonBox::accepted, this, &VehicleDialog::save);
    outer->addWidget(buttons_);

    connect(plate_, &QLineEdit::textChanged, this, [this] {
        validatePlate();
        checkDuplicates();
    });
    connect(vin_, &QLineEdit::textChanged, this, [this] {
        validateVin();
        checkDuplicates();
    });
    connect(firstServiceMileage_, &QLineEdit::textChanged, this, &VehicleDialog::validateMileage);
    plate_->setFocus();
    setMinimumWidth(700);
    Mnemonics::resolveBuddies(this);
    DirtyTracker::attach(this);
}

void VehicleDialog::load(const domain::Vehicle& v) {
    plate_->setText(v.plate);
    vin_->setText(v.vin);
    engineNo_->setText(v.engineNo);
    brand_->setText(v.brand);
    model_->setText(v.model);
    displacement_->setText(v.displacement);
    ComboKeys::select(transmission_, v.transmission);
    colour_->setText(v.colour);
    keyNo_->setText(v.keyNo);
    ComboKeys::select(grade_, v.grade);
    plateDate_->setText(isoOrEmpty(v.plateDate));
    purchaseDate_->setText(isoOrEmpty(v.purchaseDate));
    firstServiceDate_->setText(isoOrEmpty(v.firstServiceDate));
    firstServiceMileage_->setText(v.firstServiceMileage ? QString::number(*v.firstServiceMileage)
                                                        : QString());
    insuranceDue_->setText(isoOrEmpty(v.insuranceDue));
    inspectionDue_->setText(isoOrEmpty(v.inspectionDue));
}

void VehicleDialog::validatePlate() {
    if (plate_->text().trimmed().isEmpty()) {
        FieldFeedback::set(plate_, plateMsg_, FieldFeedback::State::Error,
                           tr("请填写车牌号，如 陕A12345。"));
        return;
    }
    FieldFeedback::apply(plate_, plateMsg_, PlateValidator::validate(plate_->text()));
}

void VehicleDialog::validateVin() {
    if (vin_->text().trimmed().isEmpty()) {
        FieldFeedback::clear(vin_, vinMsg_);
        return;
    }
    FieldFeedback::apply(vin_, vinMsg_, VinValidator::validate(vin_->text()));
}

void VehicleDialog::validateDate(QLineEdit* edit, QLabel* message) {
    DateParser::Options options;
    options.allowEmpty = true;
    FieldFeedback::apply(edit, message, DateParser::parse(edit->text(), options));
}

void VehicleDialog::validateMileage() {
    MileageParser::Options options;
    options.allowEmpty = true;
    FieldFeedback::apply(firstServiceMileage_, firstServiceMileageMsg_,
                         MileageParser::parse(firstServiceMileage_->text(), options));
}

void VehicleDialog::checkDuplicates() {
    if (ctx_.vehicles == nullptr) {
        return;
    }
    const auto plate = PlateValidator::validate(plate_->text());
    const auto vin = VinValidator::validate(vin_->text());
    const QString plateValue = plate.isAcceptable() ? plate.value : QString();
    const QString vinValue = vin.isAcceptable() ? vin.value : QString();
    if (plateValue.isEmpty() && vinValue.isEmpty()) {
        duplicates_->setVisible(false);
        return;
    }
    const auto hits = ctx_.vehicles->findDuplicates(plateValue, vinValue, vehicle_.id);
    if (!hits) {
        // Not "no duplicate": the lookup did not run. The form still saves.
        duplicates_->setText(tr("重复检查未完成：%1").arg(hits.error().message.toHtmlEscaped()));
        duplicates_->setVisible(true);
        return;
    }
    if (hits.value().empty()) {
        duplicates_->setVisible(false);
        return;
    }
    QStringList lines;
    for (const auto& hit : hits.value()) {
        const QString what = hit.field == QLatin1String("vin") ? tr("此车架号") : tr("此车牌号");
        lines
            << tr("%1已登记在客户 <a href=\"%2\">%3</a> 名下。若车辆已过户，请在原档案中办理过户。")
                   .arg(what, QString::number(hit.customerId), hit.customerName.toHtmlEscaped());
    }
    duplicates_->setText(lines.join(QStringLiteral("<br>")));
    duplicates_->setVisible(true);
}

bool VehicleDialog::validateAll() {
    validatePlate();
    validateVin();
    validateMileage();
    for (auto [edit, message] :
         {std::pair{plateDate_, plateDateMsg_}, std::pair{purchaseDate_, purchaseDateMsg_},
          std::pair{firstServiceDate_, firstServiceDateMsg_},
          std::pair{insuranceDue_, insuranceDueMsg_},
          std::pair{inspectionDue_, inspectionDueMsg_}}) {
        validateDate(edit, message);
    }
    for (QLineEdit* field : {plate_, vin_, plateDate_, purchaseDate_, firstServiceDate_,
                             firstServiceMileage_, insuranceDue_, inspectionDue_}) {
        if (FieldFeedback::stateOf(field) == FieldFeedback::State::Error) {
            field->setFocus();
            field->selectAll();
            return false;
        }
    }
    return true;
}

domain::Vehicle VehicleDialog::collect() const {
    domain::Vehicle v = vehicle_;
    v.plate = PlateValidator::validate(plate_->text()).value;
    v.vin = vin_->text().trimmed().isEmpty() ? QString() : VinValidator::normalize(vin_->text());
    v.engineNo = engineNo_->text().trimmed();
    v.brand = brand_->text().trimmed();
    v.model = model_->text().trimmed();
    v.displacement = displacement_->text().trimmed();
    v.transmission = ComboKeys::key(transmission_);
    v.colour = colour_->text().trimmed();
    v.keyNo = keyNo_->text().trimmed();
    v.grade = ComboKeys::key(grade_);
    v.plateDate = parsedDate(plateDate_);
    v.purchaseDate = parsedDate(purchaseDate_);
    v.firstServiceDate = parsedDate(firstServiceDate_);
    const auto km = MileageParser::parse(firstServiceMileage_->text());
    v.firstServiceMileage =
        km.km ? std::optional<int>(static_cast<int>(*km.km)) : std::optional<int>();
    v.insuranceDue = parsedDate(insuranceDue_);
    v.inspectionDue = parsedDate(inspectionDue_);
    return v;
}

void VehicleDialog::showServiceError(const QString& field, const QString& message) {
    if (field == QLatin1String("plate")) {
        FieldFeedback::set(plate_, plateMsg_, FieldFeedback::State::Error, message);
        plate_->setFocus();
    } else if (field == QLatin1String("vin")) {
        FieldFeedback::set(vin_, vinMsg_, FieldFeedback::State::Error, message);
        vin_->setFocus();
    } else {
        FieldFeedback::set(nullptr, formMsg_, FieldFeedback::State::Error, message);
    }
}

void VehicleDialog::save() {
    FieldFeedback::clear(nullptr, formMsg_);
    if (!validateAll()) {
        FieldFeedback::set(nullptr, formMsg_, FieldFeedback::State::Error,
                           tr("有标红的项目需要更正，更正后再保存。"));
        return;
    }
    if (ctx_.vehicles == nullptr) {
        return;
    }
    const domain::Vehicle v = collect();
    if (v.id == 0) {
        auto result = ctx_.vehicles->registerVehicle(ctx_.user, v);
        if (!result) {
            showServiceError(result.error().field, result.error().message);
            return;
        }
        vehicle_ = v;
        vehicle_.id = result.value();
    } else {
        auto result = ctx_.vehicles->updateVehicle(ctx_.user, v);
        if (!result) {
            showServiceError(result.error().field, result.error().message);
            return;
        }
        vehicle_ = v;
    }
    accept();
}

}  // namespace hc::ui
