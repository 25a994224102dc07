#include "hc/ui/WalkInDialog.h"

#include "widgets/ReadErrors.h"

#include "hc/domain/MileageParser.h"
#include "hc/domain/MoneyParser.h"
#include "hc/services/UserService.h"
#include "hc/services/WalkInService.h"
#include "hc/ui/ComboKeys.h"
#include "hc/ui/DateInput.h"
#include "hc/ui/DirtyTracker.h"
#include "hc/ui/FieldFeedback.h"
#include "hc/ui/Mnemonics.h"
#include "hc/ui/SaveCancelButtons.h"
#include "ui_WalkInDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace hc::ui {

using domain::MileageParser;
using domain::MoneyParser;

WalkInDialog::WalkInDialog(UiContext& ctx, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::WalkInDialog>()), ctx_(ctx) {
    ui_->setupUi(this);
    ui_->dateEdit->setDate(ctx_.today());
    ui_->dateEdit->setMaximumDate(ctx_.today());
    DateInput::setup(ui_->dateEdit);
    ComboKeys::fill(ui_->categoryCombo, {{tr("保养"), QStringLiteral("maintenance")},
                                         {tr("维修"), QStringLiteral("repair")},
                                         {tr("事故"), QStringLiteral("accident")},
                                         {tr("质保"), QStringLiteral("warranty")},
                                         {tr("保险"), QStringLiteral("insurance")},
                                         {tr("其他"), QStringLiteral("other")}});
    ui_->formMessage->hide();
    buttons_ = SaveCancelButtons::create(this);
    connect(buttons_, &QDialogButtonBox::accepted, this, &WalkInDialog::save);
    ui_->mainLayout->addWidget(buttons_);
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        connect(edit, &QLineEdit::textEdited, this,
                [edit] { FieldFeedback::clear(edit, nullptr); });
    }
    Mnemonics::resolveBuddies(this);
    DirtyTracker::attach(this);
    ui_->nameEdit->setFocus();
    setMinimumWidth(720);
}

WalkInDialog::~WalkInDialog() = default;

QLineEdit* WalkInDialog::nameEdit() const {
    return ui_->nameEdit;
}
QLineEdit* WalkInDialog::phoneEdit() const {
    return ui_->phoneEdit;
}
QLineEdit* WalkInDialog::plateEdit() const {
    return ui_->plateEdit;
}
QLineEdit* WalkInDialog::vinEdit() const {
    return ui_->vinEdit;
}
QLineEdit* WalkInDialog::brandEdit() const {
    return ui_->brandEdit;
}
QLineEdit* WalkInDialog::modelEdit() const {
    return ui_->modelEdit;
}
QDateEdit* WalkInDialog::dateEdit() const {
    return ui_->dateEdit;
}
QLineEdit* WalkInDialog::mileageEdit() const {
    return ui_->mileageEdit;
}
QComboBox* WalkInDialog::categoryCombo() const {
    return ui_->categoryCombo;
}
QLineEdit* WalkInDialog::workOrderEdit() const {
    return ui_->workOrderEdit;
}
QLineEdit* WalkInDialog::labourEdit() const {
    return ui_->labourEdit;
}
QLineEdit* WalkInDialog::partsEdit() const {
    return ui_->partsEdit;
}
QPlainTextEdit* WalkInDialog::workDoneEdit() const {
    return ui_->workDoneEdit;
}
QLabel* WalkInDialog::formMessage() const {
    return ui_->formMessage;
}

void WalkInDialog::showError(QWidget* field, const QString& message) {
    FieldFeedback::set(field, ui_->formMessage, FieldFeedback::State::Error, message);
    if (field != nullptr) {
        field->setFocus();
        if (auto* edit = qobject_cast<QLineEdit*>(field)) {
            edit->selectAll();
        }
    }
}

void WalkInDialog::clearErrors() {
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        if (FieldFeedback::stateOf(edit) != FieldFeedback::State::None) {
            FieldFeedback::clear(edit, nullptr);
        }
    }
    FieldFeedback::clear(nullptr, ui_->formMessage);
}

QWidget* WalkInDialog::fieldFor(const QString& serviceField) const {
    const std::pair<const char*, QWidget*> fields[] = {
        {"name", ui_->nameEdit},          {"phone", ui_->phoneEdit},
        {"plate", ui_->plateEdit},        {"vin", ui_->vinEdit},
        {"date", ui_->dateEdit},          {"mileage", ui_->mileageEdit},
        {"category", ui_->categoryCombo}, {"work_order", ui_->workOrderEdit},
        {"labour", ui_->labourEdit},      {"parts", ui_->partsEdit},
        {"discount", ui_->partsEdit},     {"amount", ui_->labourEdit}};
    for (const auto& [name, widget] : fields) {
        if (serviceField == QLatin1String(name)) {
            return widget;
        }
    }
    return nullptr;
}

void WalkInDialog::save() {
    clearErrors();
    // Checks that need no database first: nothing is sent while a number cannot be read.
    MileageParser::Options mileageOptions;
    mileageOptions.allowEmpty = true;
    const auto mileage = MileageParser::parse(ui_->mileageEdit->text(), mileageOptions);
    if (mileage.isError()) {
        showError(ui_->mileageEdit, FieldFeedback::message(mileage));
        return;
    }
    MoneyParser::Options moneyOptions;
    moneyOptions.emptyIsZero = true;
    const auto labour = MoneyParser::parse(ui_->labourEdit->text(), moneyOptions);
    if (labour.isError() || !labour.fen) {
        showError(ui_->labourEdit, FieldFeedback::message(labour));
        return;
    }
    const auto parts = MoneyParser::parse(ui_->partsEdit->text(), moneyOptions);
    if (parts.isError() || !parts.fen) {
        showError(ui_->partsEdit, FieldFeedback::message(parts));
        return;
    }
    if (ctx_.walkIns == nullptr) {
        return;
    }

    services::WalkIn walkIn;
    walkIn.customer.name = ui_->nameEdit->text().trimmed();
    walkIn.customer.phone = ui_->phoneEdit->text().trimmed();
    walkIn.vehicle.plate = ui_->plateEdit->text().trimmed();
    walkIn.vehicle.vin = ui_->vinEdit->text().trimmed();
    walkIn.vehicle.brand = ui_->brandEdit->text().trimmed();
    walkIn.vehicle.model = ui_->modelEdit->text().trimmed();
    walkIn.visit.date = ui_->dateEdit->date();
    if (mileage.km) {
        walkIn.visit.mileage = static_cast<int>(*mileage.km);
    }
    walkIn.visit.category = ComboKeys::key(ui_->categoryCombo);
    walkIn.visit.workOrder = ui_->workOrderEdit->text().trimmed();
    walkIn.visit.labourFen = *labour.fen;
    walkIn.visit.partsFen = *parts.fen;
    walkIn.visit.workDone = ui_->workDoneEdit->toPlainText().trimmed();
    walkIn.visit.advisor = ctx_.user.username;
    if (ctx_.users != nullptr) {
        for (const auto& u : ReadErrors::valueOr(ctx_.users->users(), this)) {
            if (u.id == ctx_.user.id && !u.displayName.isEmpty()) {
                walkIn.visit.advisor = u.displayName;
            }
        }
    }

    const auto result = ctx_.walkIns->registerWalkIn(ctx_.user, walkIn);
    if (!result) {
        // Nothing was written: everything typed stays, the cursor goes to the field.
        showError(fieldFor(result.error().field), result.error().message);
        return;
    }
    customerId_ = result.value().customerId;
    vehicleId_ = result.value().vehicleId;
    visitId_ = result.value().visitId;
    accept();
}

}  // namespace hc::ui
