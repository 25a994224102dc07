#include "hc/ui/ComplaintDialog.h"

#include "widgets/ReadErrors.h"

#include "hc/ui/SaveCancelButtons.h"

#include "hc/domain/Complaint.h"
#include "hc/services/ComplaintService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/SearchService.h"
#include "hc/services/UserService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/ui/ComboKeys.h"
#include "hc/ui/DateInput.h"
#include "hc/ui/DirtyTracker.h"
#include "hc/ui/FieldFeedback.h"
#include "hc/ui/FollowUpLabels.h"
#include "hc/ui/Mnemonics.h"
#include "hc/ui/ResponsibleCombo.h"
#include "hc/ui/UiContext.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace hc::ui {

ComplaintDialog::ComplaintDialog(UiContext& context, domain::CustomerId customerId,
                                 services::Clock clock, QWidget* parent)
    : QDialog(parent), ctx_(context), clock_(std::move(clock)) {
    setWindowTitle(tr("登记投诉"));
    build();
    if (customerId != 0) {
        setCustomer(customerId);
        search_->hide();
        results_->hide();
    }
    Mnemonics::resolveBuddies(this);
    DirtyTracker::attach(this);
}

void ComplaintDialog::build() {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 12);
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* customerBox = new QWidget(this);
    auto* customerLayout = new QVBoxLayout(customerBox);
    customerLayout->setContentsMargins(0, 0, 0, 0);
    search_ = new QLineEdit(customerBox);
    search_->setPlaceholderText(tr("车牌、电话尾号或姓名"));
    search_->setClearButtonEnabled(true);
    results_ = new QComboBox(customerBox);
    results_->setEnabled(false);
    customerName_ = new QLabel(customerBox);
    customerName_->setTextFormat(Qt::PlainText);
    customerLayout->addWidget(search_);
    customerLayout->addWidget(results_);
    customerLayout->addWidget(customerName_);
    customerBox->setFocusProxy(search_);  // Alt+C goes to the search field
    customerBox->setFocusPolicy(Qt::StrongFocus);
    customerMsg_ = FieldFeedback::createMessageLabel(this);
    form->addRow(tr("客户(&C)*"), FieldFeedback::wrap(customerBox, customerMsg_, this));

    vehicle_ = new QComboBox(this);
    visit_ = new QComboBox(this);
    form->addRow(tr("车辆(&V)"), vehicle_);
    form->addRow(tr("相关进厂(&I)"), visit_);

    channel_ = new QComboBox(this);
    for (const char* key : {"phone", "visit", "online", "letter", "other"}) {
        const QString k = QString::fromLatin1(key);
        channel_->addItem(FollowUpLabels::channel(k), k);
    }
    form->addRow(tr("投诉渠道(&H)"), channel_);
    // The 2123 deadlines as stored (settings complaint.*Minutes), never numbers in the strings.
    std::optional<domain::ComplaintSettings> deadlines;
    QString deadlinesError;  // shown where the rule would be: why the texts carry no deadlines
    if (ctx_.complaints != nullptr) {
        if (const auto stored = ctx_.complaints->deadlines()) {
            deadlines = stored.value().settings();
        } else {
            deadlinesError = tr("答复期限无法读取：%1").arg(stored.error().message);
        }
    }
    severity_ = new QComboBox(this);
    ComboKeys::fill(
        severity_,
        {{tr("一般投诉"), QStringLiteral("normal")},
         {deadlines ? tr("重大投诉（需高层 %1内答复）")
                          .arg(FollowUpLabels::duration(deadlines->seniorAnswerWithin.count()))
                    : tr("重大投诉（需高层答复）"),
          QStringLiteral("major")}});
    form->addRow(tr("严重程度(&S)"), severity_);

    description_ = new QPlainTextEdit(this);
    description_->setPlaceholderText(tr("客户反映的问题，尽量记录原话"));
    description_->setTabChangesFocus(true);
    description_->setMinimumHeight(90);
    descriptionMsg_ = FieldFeedback::createMessageLabel(this);
    form->addRow(tr("投诉内容(&D)*"), FieldFeedback::wrap(description_, descriptionMsg_, this));

    responsible_ = new ResponsibleCombo(this);
    responsible_->setUsers(ctx_.users);
    form->addRow(tr("责任人(&P)"), responsible_);

    received_ = new QDateTimeEdit(clock_(), this);
    DateInput::setup(received_, QStringLiteral("yyyy-MM-dd HH:mm"));
    received_->setMaximumDateTime(clock_());
    form->addRow(tr("受理时间(&T)"), received_);
    outer->addLayout(form);

    auto* rule =
        new QLabel(deadlines ? FollowUpLabels::complaintRule(*deadlines) : deadlinesError, this);
    rule->setObjectName(QStringLiteral("complaintRule"));
    rule->setVisible(deadlines.has_value() || !deadlinesError.isEmpty());
    rule->setWordWrap(true);
    rule->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    outer->addWidget(rule);

    auto* buttons = SaveCancelButtons::create(this);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintDialog::save);

    searchTimer_ = new QTimer(this);
    searchTimer_->setSingleShot(true);
    searchTimer_->setInterval(150);
    connect(search_, &QLineEdit::textChanged, searchTimer_, qOverload<>(&QTimer::start));
    connect(searchTimer_, &QTimer::timeout, this, &ComplaintDialog::runSearch);
    connect(results_, &QComboBox::activated, this,
            [this](int index) { setCustomer(results_->itemData(index).toLongLong()); });
    connect(search_, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        if (results_->count() > 0) {
            setCustomer(results_->itemData(0).toLongLong());
            vehicle_->setFocus();
        }
    });
    resize(560, sizeHint().height());
}

void ComplaintDialog::runSearch() {
    results_->clear();
    const QString text = search_->text().trimmed();
    if (ctx_.search == nullptr || text.isEmpty()) {
        results_->setEnabled(false);
        return;
    }
    auto hits = ctx_.search->search(text, 20);
    if (!hits) {
        FieldFeedback::set(search_, customerMsg_, FieldFeedback::State::Error,
                           hits.error().message);
        return;
    }
    for (const auto& h : hits.value()) {
        results_->addItem(
            QStringLiteral("%1  %2").arg(h.name, h.plates.join(QStringLiteral(" "))).trimmed(),
            QVariant::fromValue<qint64>(h.customerId));
    }
    results_->setEnabled(results_->count() > 0);
    if (results_->count() == 1) {
        setCustomer(results_->itemData(0).toLongLong());
    }
}

void ComplaintDialog::setCustomer(domain::CustomerId id) {
    customerId_ = id;
    FieldFeedback::clear(search_, customerMsg_);
    vehicle_->clear();
    visit_->clear();
    vehicle_->addItem(tr("（不指定）"), QVariant());
    visit_->addItem(tr("（不指定）"), QVariant());
    std::optional<domain::Customer> customer;
    if (ctx_.customers != nullptr) {
        customer = ReadErrors::valueOr(ctx_.customers->find(id), this);
    }
    customerName_->setText(customer ? tr("已选择：%1").arg(customer->name) : QString());
    if (ctx_.vehicles != nullptr) {
        for (const auto& v : ReadErrors::valueOr(ctx_.vehicles->vehiclesOf(id), this)) {
            vehicle_->addItem(QStringLiteral("%1  %2 %3").arg(v.plate, v.brand, v.model).trimmed(),
                              QVariant::fromValue<qint64>(v.id));
        }
        if (vehicle_->count() == 2) {
            vehicle_->setCurrentIndex(1);
        }
    }
    if (ctx_.visits != nullptr) {
        int n = 0;
        for (const auto& v : ReadErrors::valueOr(ctx_.visits->visitsOf(id), this)) {
            if (++n > 20) {
                break;
            }
            visit_->addItem(
                QStringLiteral("%1  %2  %3")
                    .arg(v.date.toString(Qt::ISODate), v.workOrder, v.workDone.left(20)),
                QVariant::fromValue<qint64>(v.id));
        }
        if (visit_->count() > 1) {
            visit_->setCurrentIndex(1);  // the latest visit: usually the one complained about
        }
    }
}

bool ComplaintDialog::save() {
    bool ok = true;
    if (customerId_ == 0) {
        FieldFeedback::set(search_, customerMsg_, FieldFeedback::State::Error,
                           tr("请先查找并选择客户。"));
        ok = false;
    }
    if (description_->toPlainText().trimmed().isEmpty()) {
        FieldFeedback::set(description_, descriptionMsg_, FieldFeedback::State::Error,
                           tr("请填写投诉内容。"));
        ok = false;
    } else {
        FieldFeedback::clear(description_, descriptionMsg_);
    }
    if (!ok || ctx_.complaints == nullptr) {
        return false;
    }
    domain::Complaint c;
    c.customerId = customerId_;
    if (vehicle_->currentData().isValid()) {
        c.vehicleId = vehicle_->currentData().toLongLong();
    }
    if (visit_->currentData().isValid()) {
        c.visitId = visit_->currentData().toLongLong();
    }
    c.channel = channel_->currentData().toString();
    c.severity = ComboKeys::key(severity_) == QLatin1String("major")
                     ? domain::ComplaintSeverity::Major
                     : domain::ComplaintSeverity::Normal;
    c.description = description_->toPlainText().trimmed();
    c.responsibleUser = responsible_->responsibleUser();
    c.responsiblePerson = responsible_->person();
    c.received = received_->dateTime();
    auto id = ctx_.complaints->open(ctx_.user, c);
    if (!id) {
        const auto& e = id.error();
        if (e.field == QLatin1String("description")) {
            FieldFeedback::set(description_, descriptionMsg_, FieldFeedback::State::Error,
                               e.message);
        } else if (e.field == QLatin1String("customer")) {
            FieldFeedback::set(search_, customerMsg_, FieldFeedback::State::Error, e.message);
        } else {
            QMessageBox::warning(this, tr("投诉未保存"), e.message);
        }
        return false;
    }
    complaintId_ = id.value();
    accept();
    return true;
}

}  // namespace hc::ui
