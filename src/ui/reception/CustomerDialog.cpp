#include "hc/ui/CustomerDialog.h"

#include "hc/ui/SaveCancelButtons.h"

#include "hc/domain/DateParser.h"
#include "hc/domain/IdNumberValidator.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/services/CustomerService.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

namespace hc::ui {

using domain::DateParser;
using domain::IdNumberValidator;
using domain::PhoneValidator;

CustomerDialog::CustomerDialog(UiContext& ctx, QWidget* parent) : QDialog(parent), ctx_(ctx) {
    build();
    setWindowTitle(tr("新建客户"));
}

CustomerDialog::CustomerDialog(UiContext& ctx, const domain::Customer& customer, QWidget* parent)
    : QDialog(parent), ctx_(ctx), customer_(customer) {
    build();
    setWindowTitle(tr("编辑客户 %1").arg(customer.name));
    load(customer);
}

void CustomerDialog::build() {
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
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        form->setVerticalSpacing(6);
    }

    auto lineEdit = [this](const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setPlaceholderText(placeholder);
        edit->setMinimumWidth(220);
        return edit;
    };

    name_ = lineEdit(tr("姓名或单位名称"));
    nameMsg_ = FieldFeedback::createMessageLabel(this);
    kind_ = new QComboBox(this);
    ComboKeys::fill(
        kind_, {{tr("个人"), QStringLiteral("person")}, {tr("单位"), QStringLiteral("company")}});
    phone_ = lineEdit(tr("手机或座机，如 13812345678 / 029-81234567"));
    phoneMsg_ = FieldFeedback::createMessageLabel(this);
    phone2_ = lineEdit(tr("备用电话（可不填）"));
    phone2Msg_ = FieldFeedback::createMessageLabel(this);
    idNumber_ = lineEdit(tr("18 位身份证号（可不填）"));
    idNumberMsg_ = FieldFeedback::createMessageLabel(this);
    gender_ = new QComboBox(this);
    ComboKeys::fill(gender_, {{tr("未填"), QString()},
                              {tr("男"), QStringLiteral("male")},
                              {tr("女"), QStringLiteral("female")}});
    birthday_ = lineEdit(tr("如 1985-03-12"));
    DateInput::addCalendar(birthday_);
    birthdayMsg_ = FieldFeedback::createMessageLabel(this);

    left->addRow(tr("姓名/单位(&N)*"), FieldFeedback::wrap(name_, nameMsg_, this));
    left->addRow(tr("类型(&K)"), kind_);
    left->addRow(tr("电话(&P)*"), FieldFeedback::wrap(phone_, phoneMsg_, this));
    left->addRow(tr("电话 2"), FieldFeedback::wrap(phone2_, phone2Msg_, this));
    left->addRow(tr("身份证号(&I)"), FieldFeedback::wrap(idNumber_, idNumberMsg_, this));
    left->addRow(tr("性别"), gender_);
    left->addRow(tr("生日"), FieldFeedback::wrap(birthday_, birthdayMsg_, this));

    address_ = lineEdit({});
    postalCode_ = lineEdit({});
    postalCode_->setMaxLength(6);
    region_ = lineEdit(tr("如 雁塔区"));
    source_ = lineEdit(tr("如 朋友介绍、保险公司"));
    attribute_ = new QComboBox(this);
    ComboKeys::fill(attribute_, {{tr("未填"), QString()},
                                 {tr("私家车"), QStringLiteral("private")},
                                 {tr("公务车"), QStringLiteral("official")},
                                 {tr("保险车"), QStringLiteral("insurance")},
                                 {tr("出租车"), QStringLiteral("taxi")}});
    behaviour_ = new QComboBox(this);
    ComboKeys::fill(behaviour_, {{tr("未填"), QString()},
                                 {tr("要求型"), QStringLiteral("demanding")},
                                 {tr("困惑型"), QStringLiteral("confused")},
                                 {tr("激动型"), QStringLiteral("agitated")}});
    decisionStyle_ = new QComboBox(this);
    ComboKeys::fill(decisionStyle_, {{tr("未填"), QString()},
                                     {tr("理性"), QStringLiteral("rational")},
                                     {tr("感性"), QStringLiteral("emotional")}});
    note_ = new QPlainTextEdit(this);
    note_->setTabChangesFocus(true);
    note_->setFixedHeight(64);

    right->addRow(tr("地址"), address_);
    right->addRow(tr("邮编"), postalCode_);
    right->addRow(tr("所在区域"), region_);
    right->addRow(tr("客户来源"), source_);
    right->addRow(tr("客户属性"), attribute_);
    right->addRow(tr("客户表现"), behaviour_);
    right->addRow(tr("客户色彩"), decisionStyle_);
    right->addRow(tr("备注"), note_);

    // No equal stretch: each column gets at least its labels' width (English labels are longer).
    columns->addLayout(left);
    columns->addLayout(right);
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
    connect(buttons_, &QDialogButtonBox::accepted, this, &CustomerDialog::save);
    outer->addWidget(buttons_);

    connect(name_, &QLineEdit::textEdited, this, &CustomerDialog::validateName);
    connect(phone_, &QLineEdit::textChanged, this, [this] {
        validatePhone();
        checkDuplicates();
    });
    connect(phone2_, &QLineEdit::textChanged, this, &CustomerDialog::validatePhone2);
    connect(idNumber_, &QLineEdit::textChanged, this, [this] {
        validateIdNumber();
        checkDuplicates();
    });
    connect(birthday_, &QLineEdit::textChanged, this, &CustomerDialog::validateBirthday);

    setTabOrder(name_, kind_);
    setTabOrder(kind_, phone_);
    setTabOrder(phone_, phone2_);
    setTabOrder(phone2_, idNumber_);
    setTabOrder(idNumber_, gender_);
    setTabOrder(gender_, birthday_);
    setTabOrder(birthday_, address_);
    name_->setFocus();
    setMinimumWidth(720);
    Mnemonics::resolveBuddies(this);
    DirtyTracker::attach(this);
}

void CustomerDialog::load(const domain::Customer& c) {
    name_->setText(c.name);
    ComboKeys::select(kind_, c.kind);
    phone_->setText(c.phone);
    phone2_->setText(c.phone2);
    idNumber_->setText(c.idNumber);
    ComboKeys::select(gender_, c.gender);
    birthday_->setText(c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString());
    address_->setText(c.address);
    postalCode_->setText(c.postalCode);
    region_->setText(c.region);
    source_->setText(c.source);
    ComboKeys::select(attribute_, c.attribute);
    ComboKeys::select(behaviour_, c.behaviour);
    ComboKeys::select(decisionStyle_, c.decisionStyle);
    note_->setPlainText(c.note);
}

void CustomerDialog::validateName() {
    if (name_->text().trimmed().isEmpty()) {
        FieldFeedback::set(name_, nameMsg_, FieldFeedback::State::Error,
                           tr("请填写客户姓名或单位名称。"));
    } else {
        FieldFeedback::clear(name_, nameMsg_);
    }
}

void CustomerDialog::validatePhone() {
    if (phone_->text().trimmed().isEmpty()) {
        FieldFeedback::set(phone_, phoneMsg_, FieldFeedback::State::Warning,
                           tr("没有电话无法回访，客户将计为无效。请尽量填写手机号。"));
        return;
    }
    FieldFeedback::apply(phone_, phoneMsg_, PhoneValidator::validate(phone_->text()));
}

void CustomerDialog::validatePhone2() {
    if (phone2_->text().trimmed().isEmpty()) {
        FieldFeedback::clear(phone2_, phone2Msg_);
        return;
    }
    FieldFeedback::apply(phone2_, phone2Msg_, PhoneValidator::validate(phone2_->text()));
}

void CustomerDialog::validateIdNumber() {
    if (idNumber_->text().trimmed().isEmpty()) {
        FieldFeedback::clear(idNumber_, idNumberMsg_);
        return;
    }
    const auto result = IdNumberValidator::validate(idNumber_->text(), ctx_.today());
    FieldFeedback::apply(idNumber_, idNumberMsg_, result);
    // A valid ID number tells the birthday and gender: fill them when still empty.
    if (result.isAcceptable()) {
        if (result.birthday && birthday_->text().trimmed().isEmpty()) {
            birthday_->setText(result.birthday->toString(Qt::ISODate));
        }
        if (result.gender && ComboKeys::key(gender_).isEmpty()) {
            ComboKeys::select(gender_, *result.gender == IdNumberValidator::Gender::Male
                                           ? QStringLiteral("male")
                                           : QStringLiteral("female"));
        }
    }
}

void CustomerDialog::validateBirthday() {
    DateParser::Options options;
    options.allowEmpty = true;
    const auto result = DateParser::parse(birthday_->text(), options);
    if (result.isAcceptable() && result.date && *result.date > ctx_.today()) {
        FieldFeedback::set(birthday_, birthdayMsg_, FieldFeedback::State::Error,
                           tr("生日不能晚于今天，请检查年份。"));
        return;
    }
    FieldFeedback::apply(birthday_, birthdayMsg_, result);
}

void CustomerDialog::checkDuplicates() {
    if (ctx_.customers == nullptr) {
        return;
    }
    const auto phone = PhoneValidator::validate(phone_->text());
    const auto id = IdNumberValidator::validate(idNumber_->text(), ctx_.today());
    const QString phoneValue = phone.isAcceptable() ? phone.value : QString();
    const QString idValue = id.isAcceptable() ? id.value : QString();
    if (phoneValue.isEmpty() && idValue.isEmpty()) {
        duplicates_->setVisible(false);
        return;
    }
    const auto hits = ctx_.customers->findDuplicates(phoneValue, idValue, customer_.id);
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
        const QString what =
            hit.field == QLatin1String("id_number") ? tr("此身份证号") : tr("此电话");
        lines
            << tr("%1已登记在客户 <a href=\"%2\">%3</a> 名下。是同一人请打开该档案，不要重复建档。")
                   .arg(what, QString::number(hit.customerId), hit.customerName.toHtmlEscaped());
    }
    duplicates_->setText(lines.join(QStringLiteral("<br>")));
    duplicates_->setVisible(true);
}

bool CustomerDialog::validateAll() {
    validateName();
    validatePhone();
    validatePhone2();
    validateIdNumber();
    validateBirthday();
    for (QLineEdit* field : {name_, phone_, phone2_, idNumber_, birthday_}) {
        if (FieldFeedback::stateOf(field) == FieldFeedback::State::Error) {
            field->setFocus();
            field->selectAll();
            return false;
        }
    }
    return true;
}

domain::Customer CustomerDialog::collect() const {
    domain::Customer c = customer_;
    c.name = name_->text().trimmed();
    c.kind = ComboKeys::key(kind_);
    const auto phone = PhoneValidator::validate(phone_->text());
    c.phone = phone_->text().trimmed().isEmpty() ? QString() : phone.value;
    const auto phone2 = PhoneValidator::validate(phone2_->text());
    c.phone2 = phone2_->text().trimmed().isEmpty() ? QString() : phone2.value;
    const auto id = IdNumberValidator::validate(idNumber_->text(), ctx_.today());
    c.idNumber = idNumber_->text().trimmed().isEmpty() ? QString() : id.value;
    c.gender = ComboKeys::key(gender_);
    c.birthday = DateParser::toDate(birthday_->text()).value_or(QDate());
    c.address = address_->text().trimmed();
    c.postalCode = postalCode_->text().trimmed();
    c.region = region_->text().trimmed();
    c.source = source_->text().trimmed();
    c.attribute = ComboKeys::key(attribute_);
    c.behaviour = ComboKeys::key(behaviour_);
    c.decisionStyle = ComboKeys::key(decisionStyle_);
    c.note = note_->toPlainText().trimmed();
    return c;
}

void CustomerDialog::showServiceError(const QString& field, const QString& message) {
    struct Target {
        const char* field;
        QLineEdit* edit;
        QLabel* label;
    };
    const Target targets[] = {{"name", name_, nameMsg_},
                              {"phone", phone_, phoneMsg_},
                              {"phone2", phone2_, phone2Msg_},
                              {"id_number", idNumber_, idNumberMsg_},
                              {"birthday", birthday_, birthdayMsg_}};
    for (const auto& t : targets) {
        if (field == QLatin1String(t.field)) {
            FieldFeedback::set(t.edit, t.label, FieldFeedback::State::Error, message);
            t.edit->setFocus();
            return;
        }
    }
    FieldFeedback::set(nullptr, formMsg_, FieldFeedback::State::Error, message);
}

void CustomerDialog::save() {
    FieldFeedback::clear(nullptr, formMsg_);
    if (!validateAll()) {
        FieldFeedback::set(nullptr, formMsg_, FieldFeedback::State::Error,
                           tr("有标红的项目需要更正，更正后再保存。"));
        return;
    }
    if (ctx_.customers == nullptr) {
        return;
    }
    const domain::Customer c = collect();
    if (c.id == 0) {
        auto result = ctx_.customers->registerCustomer(ctx_.user, c);
        if (!result) {
            showServiceError(result.error().field, result.error().message);
            return;
        }
        customer_ = c;
        customer_.id = result.value();
    } else {
        auto result = ctx_.customers->updateCustomer(ctx_.user, c);
        if (!result) {
            showServiceError(result.error().field, result.error().message);
            return;
        }
        customer_ = c;
    }
    accept();
}

}  // namespace hc::ui
