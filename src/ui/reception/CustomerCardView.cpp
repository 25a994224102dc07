#include "hc/ui/CustomerCardView.h"

#include "CardTables.h"

#include "CardWithoutCardService.h"
#include "hc/ui/CustomerAppointmentsLabel.h"
#include "hc/ui/CustomerOutlookLabel.h"

#include "hc/domain/DeclinedWorkDue.h"
#include "hc/services/DeclinedWorkService.h"
#include "hc/ui/CustomerMessagesPanel.h"

#include "widgets/ReadErrors.h"

#include "hc/domain/CustomerAnonymisation.h"
#include "hc/domain/IdNumberValidator.h"
#include "hc/domain/MoneyParser.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/domain/Role.h"
#include "hc/services/AnalysisService.h"
#include "hc/services/CustomerCardService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/SettingsNotifier.h"
#include "hc/services/UserService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/ui/CardLoader.h"
#include "hc/ui/CustomerBadgePanel.h"
#include "hc/ui/CustomerDialog.h"
#include "hc/ui/CustomerPrivacyActions.h"
#include "hc/ui/InvalidDialog.h"
#include "hc/ui/TransferDialog.h"
#include "hc/ui/VehicleDialog.h"
#include "hc/ui/VisitDialog.h"
#include "hc/ui/VisitHistoryActions.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStringList>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hc::ui {

namespace {

QTableWidgetItem* cell(const QString& text,
                       Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

QString iso(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString km(std::optional<int> value) {
    return value ? QLocale().toString(*value) : QString();
}

}  // namespace

CustomerCardView::CustomerCardView(UiContext& ctx, QWidget* parent) : QWidget(parent), ctx_(ctx) {
    build();
    clearCard(tr("在上方搜索客户、电话或车牌，打开客户档案。"));
    if (ctx_.cards != nullptr && ctx_.loadCardsInBackground) {
        loader_ = new CardLoader(*ctx_.cards, this);
        loader_->warmUp(ctx_.today(), ctx_.warmUps);
    }
    if (ctx_.settingsNotifier != nullptr) {
        // New thresholds (classes, stages, maintenance interval, yellow window): the open card
        // reads itself again at once.
        connect(ctx_.settingsNotifier, &services::SettingsNotifier::changed, this,
                &CustomerCardView::refresh);
    }
}

void CustomerCardView::build() {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 12, 12, 12);
    outer->setSpacing(8);

    // Open recommendations: the first thing the advisor sees.
    recommendations_ = new QFrame(this);
    recommendations_->setObjectName(QStringLiteral("openRecommendations"));
    recommendations_->setStyleSheet(
        QStringLiteral("QFrame#openRecommendations { background: #fff4c2; border: 1px solid "
                       "#f2c94c; border-radius: 6px; }"));
    auto* recLayout = new QVBoxLayout(recommendations_);
    recLayout->setContentsMargins(10, 8, 10, 8);
    auto* recTitle = new QLabel(tr("上次建议、客户尚未做的项目"), recommendations_);
    recTitle->setStyleSheet(QStringLiteral("font-weight: 700; color: #7a5b00;"));
    recommendationsText_ = new QLabel(recommendations_);
    recommendationsText_->setWordWrap(true);
    recommendationsText_->setTextFormat(Qt::RichText);
    recLayout->addWidget(recTitle);
    recLayout->addWidget(recommendationsText_);
    outer->addWidget(recommendations_);

    invalidBanner_ = new QFrame(this);
    invalidBanner_->setObjectName(QStringLiteral("invalidBanner"));
    invalidBanner_->setStyleSheet(
        QStringLiteral("QFrame#invalidBanner { background: #fce8e6; border: 1px solid #f28b82; "
                       "border-radius: 6px; }"));
    auto* invLayout = new QHBoxLayout(invalidBanner_);
    invLayout->setContentsMargins(10, 6, 10, 6);
    invalidText_ = new QLabel(invalidBanner_);
    invalidText_->setWordWrap(true);
    auto* undo = new QPushButton(tr("撤销无效(&Z)"), invalidBanner_);
    connect(undo, &QPushButton::clicked, this, &CustomerCardView::undoInvalid);
    invLayout->addWidget(invalidText_, 1);
    invLayout->addWidget(undo);
    outer->addWidget(invalidBanner_);

    outer->addWidget(buildHeader());

    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setVisible(false);
    outer->addWidget(status_);
    appointments_ = new CustomerAppointmentsLabel(ctx_, this);
    outer->addWidget(appointments_);
    // The stored customer-base model's outlook (docs/customer-base.md); hidden without a fit.
    outlook_ = new CustomerOutlookLabel(this);
    outer->addWidget(outlook_);

    auto* tabs = new QTabWidget(this);
    auto* vehiclePage = new QWidget(tabs);
    auto* vehicleLayout = new QVBoxLayout(vehiclePage);
    vehicleLayout->setContentsMargins(0, 6, 0, 0);
    vehicles_ = CardTables::make(
        {tr("车牌号"), tr("品牌车型"), tr("车架号"), tr("最近进厂"), tr("最近里程"), tr("下次保养"),
         tr("预计里程"), tr("保养提醒"), tr("保险到期"), tr("年检到期")},
        vehiclePage);
    vehicles_->setObjectName(QStringLiteral("cardVehiclesTable"));
    auto* vehicleButtons = new QHBoxLayout;
    editVehicle_ = new QPushButton(tr("编辑车辆"), vehiclePage);
    transfer_ = new QPushButton(tr("过户…"), vehiclePage);
    vehicleButtons->addWidget(editVehicle_);
    vehicleButtons->addWidget(transfer_);
    vehicleButtons->addStretch(1);
    vehicleLayout->addWidget(vehicles_);
    vehicleLayout->addLayout(vehicleButtons);
    tabs->addTab(vehiclePage, tr("车辆(&1)"));

    auto* visitPage = new QWidget(tabs);
    auto* visitLayout = new QVBoxLayout(visitPage);
    visitLayout->setContentsMargins(0, 6, 0, 0);
    visits_ = CardTables::make(
        {tr("日期"), tr("车牌号"), tr("派工单号"), tr("类别"), tr("里程"), tr("实收金额"),
         tr("服务顾问"), tr("维修技师"), tr("维修内容"), tr("下次建议")},
        visitPage);
    visitActions_ = new VisitHistoryActions(ctx_, visits_, visitPage);
    visitLayout->addWidget(visits_);
    visitLayout->addWidget(visitActions_);
    tabs->addTab(visitPage, tr("进厂记录(&2)"));
    connect(visitActions_, &VisitHistoryActions::visitChanged, this, [this](const QString& text) {
        changed();
        showStatus(text, false);
    });
    if (ctx_.consent != nullptr) {
        messagesPanel_ = new CustomerMessagesPanel(ctx_, tabs);
        tabs->addTab(messagesPanel_, tr("短信与同意(&3)"));
    }
    outer->addWidget(tabs, 1);

    connect(editVehicle_, &QPushButton::clicked, this, &CustomerCardView::editVehicle);
    connect(transfer_, &QPushButton::clicked, this, &CustomerCardView::transferVehicle);
    connect(vehicles_, &QTableWidget::itemSelectionChanged, this, &CustomerCardView::updateActions);
    connect(vehicles_, &QTableWidget::cellDoubleClicked, this, &CustomerCardView::registerVisit);
}

QWidget* CustomerCardView::buildHeader() {
    auto* header = new QWidget(this);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* top = new QHBoxLayout;
    name_ = new QLabel(header);
    name_->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 700;"));
    name_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details_ = new QLabel(header);
    details_->setStyleSheet(QStringLiteral("color: #5f6368;"));
    top->addWidget(name_);
    top->addSpacing(12);
    top->addWidget(details_, 1);
    edit_ = new QPushButton(tr("编辑资料(&E)"), header);
    addVehicle_ = new QPushButton(tr("新增车辆(&A)"), header);
    newVisit_ = new QPushButton(tr("登记进厂(&R)"), header);
    newVisit_->setStyleSheet(QStringLiteral("font-weight: 700;"));
    markInvalid_ = new QPushButton(tr("标记无效…"), header);
    privacy_ = new CustomerPrivacyActions(ctx_, header);
    connect(privacy_, &CustomerPrivacyActions::status, this, &CustomerCardView::showStatus);
    connect(privacy_, &CustomerPrivacyActions::erased, this, [this] { changed(); });
    layout->addLayout(top);
    // The actions on their own row: at 1366 px the name, details and four buttons in one row
    // made the card wider than its pane.
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {newVisit_, edit_, addVehicle_, markInvalid_, privacy_->button()}) {
        actions->addWidget(b);
    }
    actions->addStretch(1);
    layout->addLayout(actions);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    phone_ = new QLabel(header);
    phone_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    revealPhone_ = new QPushButton(tr("显示完整号码"), header);
    idNumber_ = new QLabel(header);
    idNumber_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    revealId_ = new QPushButton(tr("显示完整证件号"), header);
    verification_ = new QLabel(header);
    verification_->setWordWrap(true);  // a long "not checked" note must not widen the card
    verify_ = new QPushButton(tr("二次复核(&K)"), header);
    for (QPushButton* b : {revealPhone_, revealId_, verify_}) {
        b->setFlat(true);
        b->setCursor(Qt::PointingHandCursor);
        b->setStyleSheet(QStringLiteral("QPushButton { color: #1a73e8; padding: 0 4px; }"));
    }
    grid->addWidget(new QLabel(tr("电话："), header), 0, 0, Qt::AlignRight);
    grid->addWidget(phone_, 0, 1);
    grid->addWidget(revealPhone_, 0, 2, Qt::AlignLeft);
    grid->addWidget(new QLabel(tr("身份证："), header), 1, 0, Qt::AlignRight);
    grid->addWidget(idNumber_, 1, 1);
    grid->addWidget(revealId_, 1, 2, Qt::AlignLeft);
    grid->addWidget(new QLabel(tr("复核："), header), 2, 0, Qt::AlignRight);
    grid->addWidget(verification_, 2, 1);
    grid->addWidget(verify_, 2, 2, Qt::AlignLeft);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);

    badges_ = new CustomerBadgePanel(header);
    layout->addWidget(badges_);

    connect(edit_, &QPushButton::clicked, this, &CustomerCardView::editCustomer);
    connect(addVehicle_, &QPushButton::clicked, this, &CustomerCardView::addVehicle);
    connect(newVisit_, &QPushButton::clicked, this, &CustomerCardView::registerVisit);
    connect(markInvalid_, &QPushButton::clicked, this, &CustomerCardView::markInvalid);
    connect(revealPhone_, &QPushButton::clicked, this, &CustomerCardView::revealPhone);
    connect(revealId_, &QPushButton::clicked, this, &CustomerCardView::revealIdNumber);
    connect(verify_, &QPushButton::clicked, this, &CustomerCardView::verifyCustomer);
    return header;
}

void CustomerCardView::clearCard(const QString& note) {
    customer_.reset();
    card_ = services::CustomerCard{};
    name_->setText(tr("未选择客户"));
    details_->setText(note);
    phone_->clear();
    idNumber_->clear();
    verification_->clear();
    recommendations_->setVisible(false);
    invalidBanner_->setVisible(false);
    badges_->setVisible(false);
    outlook_->clearOutlook();
    vehicles_->setRowCount(0);
    visits_->setRowCount(0);
    if (messagesPanel_ != nullptr) {
        messagesPanel_->setCustomer(0);
    }
    appointments_->setCustomer(0);
    updateActions();
}

void CustomerCardView::showCustomer(qint64 id) {
    const bool other = customerId() != id;
    if (other) {
        phoneRevealed_ = false;
        idRevealed_ = false;
        status_->setVisible(false);
    }
    if (loader_ != nullptr) {
        // Off the GUI thread; only the answer to the latest request is shown.
        const int ticket = ++ticket_;
        loading_ = true;
        loader_->load(id, ctx_.today(),
                      [this, ticket, id, other](services::Result<services::CustomerCard> r) {
                          if (ticket == ticket_) {
                              loading_ = false;
                              applyCard(id, std::move(r), other);
                          }
                      });
        return;
    }
    applyCard(id, loadCard(id), other);
}

void CustomerCardView::applyCard(qint64 id, services::Result<services::CustomerCard> loaded,
                                 bool other) {
    if (!loaded) {
        clearCard(loaded.error().code == services::ServiceError::Code::NotFound
                      ? tr("没有找到编号为 %1 的客户，可能已被删除或合并。").arg(id)
                      : loaded.error().message);
        return;
    }
    card_ = std::move(loaded.value());
    customer_ = card_.customer;
    fillHeader();
    fillBadges();
    fillRecommendations();
    fillVehicles();
    fillVisits();
    if (messagesPanel_ != nullptr) {
        messagesPanel_->setCustomer(id);
    }
    appointments_->setCustomer(id);
    updateActions();
    if (other) {
        Q_EMIT customerChanged(id);
    }
}

services::Result<services::CustomerCard> CustomerCardView::loadCard(qint64 id) const {
    const QDate today = ctx_.today();
    if (ctx_.cards != nullptr) {
        return ctx_.cards->card(id, today);
    }
    return CardWithoutCardService::load(ctx_, id, today);
}

void CustomerCardView::clear() {
    phoneRevealed_ = false;
    idRevealed_ = false;
    status_->setVisible(false);
    clearCard(tr("在上方搜索客户、电话或车牌，打开客户档案。"));
}

void CustomerCardView::refresh() {
    if (customer_) {
        showCustomer(customer_->id);
    }
}

void CustomerCardView::changed() {
    refresh();
    if (customer_) {
        Q_EMIT customerChanged(customer_->id);
    }
}

QString CustomerCardView::userName(std::optional<domain::UserId> id) const {
    if (!id) {
        return {};
    }
    if (ctx_.users != nullptr) {
        const auto users = ReadErrors::valueOr(ctx_.users->users(), this);
        for (const auto& u : users) {
            if (u.id == *id) {
                return u.displayName.isEmpty() ? u.username : u.displayName;
            }
        }
    }
    return tr("用户 %1").arg(*id);
}

QString CustomerCardView::phoneText(bool full) const {
    QStringList phones;
    for (const QString& p : {customer_->phone, customer_->phone2}) {
        if (!p.isEmpty()) {
            phones << (full ? p : domain::PhoneValidator::maskPhone(p));
        }
    }
    return phones.isEmpty() ? tr("（没有电话）") : phones.join(QStringLiteral("  /  "));
}

void CustomerCardView::fillHeader() {
    const domain::Customer& c = *customer_;
    name_->setText(c.name);
    QStringList details;
    details << (c.kind == QLatin1String("company") ? tr("单位客户") : tr("个人客户"));
    if (!c.region.isEmpty()) {
        details << c.region;
    }
    if (!c.source.isEmpty()) {
        details << tr("来源：%1").arg(c.source);
    }
    if (c.marketingOptOut) {
        details << tr("拒绝营销联系");
    }
    details_->setText(details.join(QStringLiteral(" · ")));

    const bool fullPhone = phoneRevealed_ || domain::roleSeesFullPhone(ctx_.user.role);
    phone_->setText(phoneText(fullPhone));
    revealPhone_->setVisible(!fullPhone && (!c.phone.isEmpty() || !c.phone2.isEmpty()));

    const bool fullId = idRevealed_ || domain::roleSeesFullIdNumber(ctx_.user.role);
    idNumber_->setText(
        c.idNumber.isEmpty()
            ? tr("（未登记）")
            : (fullId ? c.idNumber : domain::IdNumberValidator::maskIdNumber(c.idNumber)));
    revealId_->setVisible(!fullId && !c.idNumber.isEmpty());

    if (c.isVerified()) {
        verification_->setText(tr("已复核 · %1 · %2")
                                   .arg(userName(c.verifiedBy),
                                        c.verifiedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        verification_->setStyleSheet(QStringLiteral("color: #137333;"));
    } else {
        verification_->setText(tr("未复核：前台登记的信息需由第二人核对确认"));
        verification_->setStyleSheet(QStringLiteral("color: #b06000;"));
    }

    if (c.isInvalid()) {
        QString reason;
        switch (*c.invalidReason) {
            case domain::InvalidReason::WrongNumber:
                reason = tr("号码错误或空号");
                break;
            case domain::InvalidReason::VehicleSold:
                reason = tr("车辆已卖出或置换");
                break;
            case domain::InvalidReason::Unreachable:
                reason = tr("多次联系不上");
                break;
            case domain::InvalidReason::Other:
                reason = tr("其他原因");
                break;
        }
        QString text = tr("无效客户：%1（%2，%3 标记）")
                           .arg(reason, iso(c.invalidSince), userName(c.invalidBy));
        if (!c.invalidNote.isEmpty()) {
            text += QStringLiteral("  ") + c.invalidNote;
        }
        invalidText_->setText(text);
    }
    invalidBanner_->setVisible(c.isInvalid());
}

void CustomerCardView::fillBadges() {
    CustomerBadgePanel::Segments segments;
    const auto& a = card_.analysis;
    segments.cls = a.cls;
    segments.isNew = a.isNew;
    segments.stage = a.stage;
    segments.abc = a.abcGrade;
    segments.cell = a.matrixCell;
    segments.rfm = a.rfmSegment;
    badges_->setSegments(segments);
    badges_->setVisible(true);
    outlook_->setCard(card_);
}

void CustomerCardView::fillRecommendations() {
    // Work advised but declined (CustomerCardService: the latest visit of each vehicle).
    QStringList lines;
    for (const auto& r : card_.openRecommendations) {
        const QString prefix =
            r.plate.isEmpty() ? iso(r.date) : QStringLiteral("%1 · %2").arg(r.plate, iso(r.date));
        lines << tr("<b>%1</b>：%2").arg(prefix.toHtmlEscaped(), r.text.toHtmlEscaped());
    }
    // Declined work tracked as items (建议项目): every open one, with its due date.
    if (ctx_.declined != nullptr && card_.customer.id != 0) {
        services::DeclinedQuery q;
        q.customerId = card_.customer.id;
        q.status = domain::DeclinedStatus::Open;
        for (const auto& row : ReadErrors::valueOr(ctx_.declined->list(q), this)) {
            const auto& i = row.item;
            const QString prefix = i.plate.isEmpty() ? domain::toLabel(i.urgency)
                                                     : QStringLiteral("%1 · %2").arg(
                                                           i.plate, domain::toLabel(i.urgency));
            lines << tr("<b>%1</b>:%2 %3,到期 %4")
                         .arg(prefix.toHtmlEscaped(), i.what.toHtmlEscaped(),
                              domain::yuanText(i.amountFen), iso(row.due.due));
        }
    }
    recommendationsText_->setText(lines.join(QStringLiteral("<br>")));
    recommendations_->setVisible(!lines.isEmpty());
}

void CustomerCardView::fillVehicles() {
    vehicles_->setRowCount(0);
    const QDate today = card_.asOf;
    for (const auto& cv : card_.vehicles) {
        // Next maintenance: domain::nextMaintenance with the stored follow-up settings, computed
        // by CustomerCardService (the date the daily callback list uses).
        const domain::Vehicle& vehicle = cv.vehicle;
        const domain::MaintenanceDue& due = cv.maintenance;
        const int row = vehicles_->rowCount();
        vehicles_->insertRow(row);
        auto* plate = cell(vehicle.plate);
        plate->setData(Qt::UserRole, QVariant::fromValue<qint64>(vehicle.id));
        vehicles_->setItem(row, 0, plate);
        auto* model = cell(QStringLiteral("%1 %2").arg(vehicle.brand, vehicle.model).trimmed());
        model->setToolTip(model->text());
        vehicles_->setItem(row, 1, model);
        auto* vin = cell(vehicle.vin);
        vin->setToolTip(vehicle.vin);
        vehicles_->setItem(row, 2, vin);
        vehicles_->setItem(row, 3, cell(iso(cv.lastVisit)));
        vehicles_->setItem(row, 4, cell(km(cv.lastMileage), Qt::AlignRight | Qt::AlignVCenter));
        vehicles_->setItem(row, 5, cell(iso(due.nextDue)));
        vehicles_->setItem(row, 6,
                           cell(km(due.isValid() ? cv.nextMaintenanceKm() : std::nullopt),
                                Qt::AlignRight | Qt::AlignVCenter));
        QString state;
        QColor colour;
        // Red / yellow / green as the daily follow-up list colours it (domain::urgencyFor with
        // the stored yellowWindowDays, computed by CustomerCardService).
        if (!due.isValid() || !cv.maintenanceUrgency) {
            state = tr("无记录");
        } else if (*cv.maintenanceUrgency == domain::Urgency::Red) {
            state = tr("已逾期 %1 天").arg(due.nextDue.daysTo(today));
            colour = QColor(0xc5, 0x22, 0x1f);
        } else if (*cv.maintenanceUrgency == domain::Urgency::Yellow) {
            state = tr("%1 天内到期").arg(today.daysTo(due.nextDue));
            colour = QColor(0xb0, 0x60, 0x00);
        } else {
            state = tr("正常");
            colour = QColor(0x13, 0x73, 0x33);
        }
        auto* stateItem = cell(state);
        if (colour.isValid()) {
            stateItem->setForeground(colour);
        }
        if (due.isValid()) {
            stateItem->setToolTip(due.dueByMileageFirst ? tr("按本车日均里程，先到保养里程")
                                                        : tr("按保养间隔时间"));
        }
        vehicles_->setItem(row, 7, stateItem);
        vehicles_->setItem(row, 8, cell(iso(vehicle.insuranceDue)));
        vehicles_->setItem(row, 9, cell(iso(vehicle.inspectionDue)));
    }
    CardTables::fitVehicleColumns(vehicles_);
    if (vehicles_->rowCount() > 0) {
        vehicles_->selectRow(0);
    }
}

void CustomerCardView::fillVisits() {
    visits_->setRowCount(0);
    auto categoryName = [](const QString& key) {
        if (key == QLatin1String("maintenance")) {
            return tr("保养");
        }
        if (key == QLatin1String("repair")) {
            return tr("维修");
        }
        if (key == QLatin1String("accident")) {
            return tr("事故");
        }
        if (key == QLatin1String("warranty")) {
            return tr("质保");
        }
        if (key == QLatin1String("insurance")) {
            return tr("保险");
        }
        return tr("其他");
    };
    for (const auto& v : card_.visits) {
        QString plate;
        for (const auto& cv : card_.vehicles) {
            if (v.vehicleId && cv.vehicle.id == *v.vehicleId) {
                plate = cv.vehicle.plate;
            }
        }
        for (const auto& sold : card_.formerVehicles) {
            if (plate.isEmpty() && v.vehicleId && sold.id == *v.vehicleId) {
                plate = tr("%1（已过户）").arg(sold.plate);
            }
        }
        const int row = visits_->rowCount();
        visits_->insertRow(row);
        visits_->setItem(row, 0, cell(iso(v.date)));
        visits_->item(row, 0)->setData(Qt::UserRole, QVariant::fromValue<qint64>(v.id));
        visits_->setItem(row, 1, cell(plate));
        visits_->setItem(row, 2, cell(v.workOrder));
        visits_->setItem(row, 3, cell(categoryName(v.category)));
        visits_->setItem(row, 4, cell(km(v.mileage), Qt::AlignRight | Qt::AlignVCenter));
        visits_->setItem(
            row, 5,
            cell(domain::MoneyParser::formatYuan(v.amountFen), Qt::AlignRight | Qt::AlignVCenter));
        visits_->setItem(row, 6, cell(v.advisor));
        visits_->setItem(row, 7, cell(v.technician));
        auto* work = cell(v.workDone.simplified());
        work->setToolTip(v.workDone);
        visits_->setItem(row, 8, work);
        auto* rec = cell(v.recommendations.simplified());
        rec->setToolTip(v.recommendations);
        visits_->setItem(row, 9, rec);
    }
}

void CustomerCardView::updateActions() {
    const bool has = customer_.has_value();
    for (QPushButton* b : {edit_, addVehicle_, newVisit_, verify_}) {
        b->setEnabled(has);
    }
    markInvalid_->setVisible(has && !customer_->isInvalid());
    privacy_->setCustomer(
        has ? customer_->id : 0, has ? customer_->name : QString(),
        has && customer_->name == domain::CustomerAnonymisation::erasedName(customer_->id));
    verify_->setVisible(has && !customer_->isVerified());
    if (!has) {
        revealPhone_->setVisible(false);
        revealId_->setVisible(false);
    }
    const bool vehicleSelected = has && selectedVehicle().has_value();
    editVehicle_->setEnabled(vehicleSelected);
    transfer_->setEnabled(vehicleSelected);
}

void CustomerCardView::showStatus(const QString& text, bool error) {
    status_->setText(text);
    status_->setStyleSheet(error ? QStringLiteral("color: #c5221f;")
                                 : QStringLiteral("color: #137333;"));
    status_->setVisible(!text.isEmpty());
}

std::optional<domain::VehicleId> CustomerCardView::selectedVehicle() const {
    const int row = vehicles_->currentRow();
    if (row < 0 || vehicles_->item(row, 0) == nullptr) {
        return std::nullopt;
    }
    return vehicles_->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void CustomerCardView::editCustomer() {
    if (!customer_) {
        return;
    }
    CustomerDialog dialog(ctx_, *customer_, this);
    connect(&dialog, &CustomerDialog::openCustomer, this, &CustomerCardView::openCustomer);
    if (dialog.exec() == QDialog::Accepted) {
        changed();
    }
}

void CustomerCardView::addVehicle() {
    if (!customer_) {
        return;
    }
    VehicleDialog dialog(ctx_, customer_->id, this);
    connect(&dialog, &VehicleDialog::openCustomer, this, &CustomerCardView::openCustomer);
    if (dialog.exec() == QDialog::Accepted) {
        changed();
    }
}

void CustomerCardView::editVehicle() {
    const auto id = selectedVehicle();
    if (!customer_ || !id || ctx_.vehicles == nullptr) {
        return;
    }
    const auto vehicle = ReadErrors::valueOr(ctx_.vehicles->find(*id), this);
    if (!vehicle) {
        return;
    }
    VehicleDialog dialog(ctx_, *vehicle, this);
    connect(&dialog, &VehicleDialog::openCustomer, this, &CustomerCardView::openCustomer);
    if (dialog.exec() == QDialog::Accepted) {
        changed();
    }
}

void CustomerCardView::registerVisit() {
    if (!customer_) {
        return;
    }
    VisitDialog dialog(ctx_, customer_->id, selectedVehicle(), this);
    if (dialog.exec() == QDialog::Accepted) {
        changed();
        showStatus(tr("进厂记录已保存。"), false);
    }
}

void CustomerCardView::transferVehicle() {
    const auto id = selectedVehicle();
    if (!customer_ || !id || ctx_.vehicles == nullptr) {
        return;
    }
    const auto vehicle = ReadErrors::valueOr(ctx_.vehicles->find(*id), this);
    if (!vehicle) {
        return;
    }
    TransferDialog dialog(ctx_, *vehicle, this);
    if (dialog.exec() == QDialog::Accepted) {
        changed();
        showStatus(tr("车辆 %1 已过户。").arg(vehicle->plate), false);
    }
}

void CustomerCardView::markInvalid() {
    if (!customer_) {
        return;
    }
    InvalidDialog dialog(ctx_, customer_->id, customer_->name, this);
    if (dialog.exec() == QDialog::Accepted) {
        changed();
    }
}

void CustomerCardView::undoInvalid() {
    if (!customer_ || ctx_.customers == nullptr) {
        return;
    }
    auto result = ctx_.customers->undoInvalid(ctx_.user, customer_->id);
    if (!result) {
        showStatus(result.error().message, true);
        return;
    }
    changed();
    showStatus(tr("已撤销无效标记，客户恢复为有效。"), false);
}

void CustomerCardView::verifyCustomer() {
    if (!customer_ || ctx_.customers == nullptr) {
        return;
    }
    auto result = ctx_.customers->verify(ctx_.user, customer_->id);
    if (!result) {
        showStatus(result.error().message, true);
        return;
    }
    changed();
    showStatus(tr("已记录二次复核。"), false);
}

void CustomerCardView::revealPhone() {
    reveal(QStringLiteral("phone"), phoneRevealed_);
}

void CustomerCardView::revealIdNumber() {
    reveal(QStringLiteral("id_number"), idRevealed_);
}

void CustomerCardView::reveal(const QString& field, bool& revealed) {
    if (!customer_ || ctx_.customers == nullptr) {
        return;
    }
    // The service returns the full value and writes the reveal to the audit log; the header then
    // shows the unmasked field.
    auto result = ctx_.customers->revealPersonalData(ctx_.user, customer_->id, field);
    if (!result) {
        showStatus(result.error().message, true);
        return;
    }
    revealed = true;
    fillHeader();
    updateActions();
}

}  // namespace hc::ui
