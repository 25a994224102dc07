#include "hc/ui/FollowUpSettingsPanel.h"

#include "widgets/ReadErrors.h"

#include "hc/domain/SettingsValidation.h"
#include "hc/services/SettingsService.h"
#include "hc/services/UserService.h"
#include "hc/ui/ReportText.h"
#include "hc/ui/UiContext.h"
#include "ui_FollowUpSettingsPanel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

namespace hc::ui {

namespace {

double hours(std::chrono::minutes m) {
    return static_cast<double>(m.count()) / 60.0;
}

std::chrono::minutes minutes(double hours) {
    return std::chrono::minutes(std::llround(hours * 60.0));
}

enum HolidayColumn { NameCol, CalendarCol, MonthCol, DayCol, HolidayColumns };

}  // namespace

FollowUpSettingsPanel::FollowUpSettingsPanel(UiContext& context, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::FollowUpSettingsPanel>()), context_(context) {
    ui_->setupUi(this);
    for (const auto stage : {domain::Stage::NotLost, domain::Stage::QuasiLost, domain::Stage::Lost,
                             domain::Stage::TrendingLost, domain::Stage::CompletelyLost}) {
        ui_->holidayFromStageCombo->addItem(tr("%1 起").arg(ReportText::stage(stage)),
                                            static_cast<int>(stage));
    }
    ui_->callSplitCombo->addItem(tr("按排名轮流分配"),
                                 domain::toKey(domain::CallSplit::RoundRobin));
    ui_->callSplitCombo->addItem(tr("同一客户固定给同一人"),
                                 domain::toKey(domain::CallSplit::ByCustomer));
    ui_->callSplitCombo->addItem(tr("按地区"), domain::toKey(domain::CallSplit::ByRegion));
    ui_->callSplitCombo->addItem(tr("按服务顾问"), domain::toKey(domain::CallSplit::ByAdvisor));
    setupRoutes();
    auto* table = ui_->holidaysTable;
    table->setColumnCount(HolidayColumns);
    table->setHorizontalHeaderLabels({tr("节日"), tr("历法"), tr("月"), tr("日")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(NameCol, QHeaderView::Stretch);
    table->horizontalHeader()->setStretchLastSection(false);
    connect(ui_->addHolidayButton, &QPushButton::clicked, this, [this] {
        addHolidayRow({});
        const int row = ui_->holidaysTable->rowCount() - 1;
        ui_->holidaysTable->selectRow(row);
        ui_->holidaysTable->cellWidget(row, NameCol)->setFocus();
    });
    connect(ui_->removeHolidayButton, &QPushButton::clicked, this, [this] {
        const int row = ui_->holidaysTable->currentRow();
        if (row >= 0) {
            ui_->holidaysTable->removeRow(row);
        }
    });
    connect(ui_->saveButton, &QPushButton::clicked, this, &FollowUpSettingsPanel::save);
    connect(ui_->defaultsButton, &QPushButton::clicked, this,
            &FollowUpSettingsPanel::restoreDefaults);
    ui_->saveButton->setEnabled(context_.settings != nullptr);
    load();
}

FollowUpSettingsPanel::~FollowUpSettingsPanel() = default;

domain::FollowUpSettings FollowUpSettingsPanel::values() const {
    domain::FollowUpSettings s = shown_;
    s.postServiceDelayDays = ui_->postServiceDelayValue->value();
    s.postServiceExpiryDays = ui_->postServiceExpiryValue->value();
    s.maintenance.interval = ui_->maintenanceIntervalSpan->span();
    s.maintenance.intervalKm = ui_->maintenanceKmValue->value();
    s.defaultKmPerDay = ui_->defaultKmPerDayValue->value();
    s.reminderLeadDays = ui_->reminderLeadValue->value();
    s.yellowWindowDays = ui_->yellowWindowValue->value();
    s.winback.notLostDays = ui_->winbackNotLostValue->value();
    s.winback.quasiLostDays = ui_->winbackQuasiLostValue->value();
    s.winback.lostDays = ui_->winbackLostValue->value();
    s.winback.trendingLostDays = ui_->winbackTrendingLostValue->value();
    s.winback.completelyLostDays = ui_->winbackCompletelyLostValue->value();
    s.winbackDailyLimit = ui_->winbackDailyLimitValue->value();
    s.winbackReturnWindowDays = ui_->winbackReturnWindowValue->value();
    s.birthdayLeadDays = ui_->birthdayLeadValue->value();
    s.insuranceLeadDays = ui_->insuranceLeadValue->value();
    s.inspectionLeadDays = ui_->inspectionLeadValue->value();
    s.maxNoAnswerAttempts = ui_->maxAttemptsValue->value();
    s.complaint.contactWithin = minutes(ui_->complaintContactValue->value());
    s.complaint.answerWithin = minutes(ui_->complaintAnswerValue->value());
    s.complaint.seniorAnswerWithin = minutes(ui_->complaintSeniorValue->value());
    s.complaint.followUpWithin = minutes(ui_->complaintFollowUpValue->value());
    s.holidayLeadDays = ui_->holidayLeadValue->value();
    s.holidayFromStage =
        static_cast<domain::Stage>(ui_->holidayFromStageCombo->currentData().toInt());
    s.callList.dailyCapacity = ui_->dailyCapacityValue->value();
    s.callList.split = domain::callSplitFromKey(ui_->callSplitCombo->currentData().toString())
                           .value_or(domain::CallSplit::RoundRobin);
    s.callList.weights = {ui_->urgencyWeightValue->value(), ui_->valueWeightValue->value(),
                          ui_->chanceWeightValue->value()};
    s.appointmentReminderLeadDays = ui_->appointmentReminderLeadValue->value();
    s.noShowFollowUpDays = ui_->noShowFollowUpValue->value();
    s.declined.safetyDays = ui_->declinedSafetyValue->value();
    s.declined.soonDays = ui_->declinedSoonValue->value();
    s.declined.laterDays = ui_->declinedLaterValue->value();
    s.declined.leadDays = ui_->declinedLeadValue->value();
    s.declined.listDays = ui_->declinedListValue->value();
    s.callList.routes = routes();
    s.holidays.clear();
    auto* table = ui_->holidaysTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        domain::HolidayRule h;
        h.name = qobject_cast<QLineEdit*>(table->cellWidget(row, NameCol))->text().trimmed();
        h.lunar =
            qobject_cast<QComboBox*>(table->cellWidget(row, CalendarCol))->currentIndex() == 1;
        h.month = qobject_cast<QSpinBox*>(table->cellWidget(row, MonthCol))->value();
        h.day = qobject_cast<QSpinBox*>(table->cellWidget(row, DayCol))->value();
        s.holidays.push_back(h);
    }
    return s;
}

void FollowUpSettingsPanel::setValues(const domain::FollowUpSettings& s) {
    shown_ = s;
    ui_->postServiceDelayValue->setValue(s.postServiceDelayDays);
    ui_->postServiceExpiryValue->setValue(s.postServiceExpiryDays);
    ui_->maintenanceIntervalSpan->setSpan(s.maintenance.interval);
    ui_->maintenanceKmValue->setValue(s.maintenance.intervalKm);
    ui_->defaultKmPerDayValue->setValue(s.defaultKmPerDay);
    ui_->reminderLeadValue->setValue(s.reminderLeadDays);
    ui_->yellowWindowValue->setValue(s.yellowWindowDays);
    ui_->winbackNotLostValue->setValue(s.winback.notLostDays);
    ui_->winbackQuasiLostValue->setValue(s.winback.quasiLostDays);
    ui_->winbackLostValue->setValue(s.winback.lostDays);
    ui_->winbackTrendingLostValue->setValue(s.winback.trendingLostDays);
    ui_->winbackCompletelyLostValue->setValue(s.winback.completelyLostDays);
    ui_->winbackDailyLimitValue->setValue(s.winbackDailyLimit);
    ui_->winbackReturnWindowValue->setValue(s.winbackReturnWindowDays);
    ui_->birthdayLeadValue->setValue(s.birthdayLeadDays);
    ui_->insuranceLeadValue->setValue(s.insuranceLeadDays);
    ui_->inspectionLeadValue->setValue(s.inspectionLeadDays);
    ui_->maxAttemptsValue->setValue(s.maxNoAnswerAttempts);
    ui_->complaintContactValue->setValue(hours(s.complaint.contactWithin));
    ui_->complaintAnswerValue->setValue(hours(s.complaint.answerWithin));
    ui_->complaintSeniorValue->setValue(hours(s.complaint.seniorAnswerWithin));
    ui_->complaintFollowUpValue->setValue(hours(s.complaint.followUpWithin));
    ui_->holidayLeadValue->setValue(s.holidayLeadDays);
    ui_->holidayFromStageCombo->setCurrentIndex(
        std::max(0, ui_->holidayFromStageCombo->findData(static_cast<int>(s.holidayFromStage))));
    ui_->dailyCapacityValue->setValue(s.callList.dailyCapacity);
    ui_->callSplitCombo->setCurrentIndex(
        std::max(0, ui_->callSplitCombo->findData(domain::toKey(s.callList.split))));
    ui_->urgencyWeightValue->setValue(s.callList.weights.urgency);
    ui_->valueWeightValue->setValue(s.callList.weights.value);
    ui_->chanceWeightValue->setValue(s.callList.weights.chance);
    ui_->appointmentReminderLeadValue->setValue(s.appointmentReminderLeadDays);
    ui_->noShowFollowUpValue->setValue(s.noShowFollowUpDays);
    ui_->declinedSafetyValue->setValue(s.declined.safetyDays);
    ui_->declinedSoonValue->setValue(s.declined.soonDays);
    ui_->declinedLaterValue->setValue(s.declined.laterDays);
    ui_->declinedLeadValue->setValue(s.declined.leadDays);
    ui_->declinedListValue->setValue(s.declined.listDays);
    ui_->callRoutesTable->setRowCount(0);
    for (const auto& r : s.callList.routes) {
        addRouteRow(r);
    }
    ui_->holidaysTable->setRowCount(0);
    for (const auto& h : s.holidays) {
        addHolidayRow(h);
    }
}

void FollowUpSettingsPanel::setupRoutes() {
    auto* table = ui_->callRoutesTable;
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("地区或服务顾问"), tr("回访专员")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(false);
    if (context_.users != nullptr) {
        // Unread, the route's user lists would be silently empty: the reason first.
        for (const auto& u : ReadErrors::valueOr(context_.users->users(), this)) {
            if (u.active && u.role == domain::Role::Callback) {
                callbackUsers_.emplace_back(u.username,
                                            u.displayName.isEmpty()
                                                ? u.username
                                                : tr("%1（%2）").arg(u.displayName, u.username));
            }
        }
    }
    connect(ui_->addRouteButton, &QPushButton::clicked, this, [this] {
        addRouteRow({});
        const int row = ui_->callRoutesTable->rowCount() - 1;
        ui_->callRoutesTable->selectRow(row);
        ui_->callRoutesTable->cellWidget(row, 0)->setFocus();
    });
    connect(ui_->removeRouteButton, &QPushButton::clicked, this, [this] {
        const int row = ui_->callRoutesTable->currentRow();
        if (row >= 0) {
            ui_->callRoutesTable->removeRow(row);
        }
    });
}

void FollowUpSettingsPanel::addRouteRow(const domain::CallRoute& route) {
    auto* table = ui_->callRoutesTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto* key = new QLineEdit(route.key, table);
    key->setPlaceholderText(tr("例如：雁塔区 或 li"));
    key->setMaxLength(domain::SettingsBounds::kMaxCallRouteKeyLength);
    table->setCellWidget(row, 0, key);
    auto* user = new QComboBox(table);
    for (const auto& [name, label] : callbackUsers_) {
        user->addItem(label, name);
    }
    if (!route.user.isEmpty() && user->findData(route.user) < 0) {
        user->addItem(route.user, route.user);  // stored, but no longer an active callback user
    }
    user->setCurrentIndex(route.user.isEmpty() ? 0 : user->findData(route.user));
    table->setCellWidget(row, 1, user);
}

std::vector<domain::CallRoute> FollowUpSettingsPanel::routes() const {
    std::vector<domain::CallRoute> out;
    auto* table = ui_->callRoutesTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto* key = qobject_cast<QLineEdit*>(table->cellWidget(row, 0));
        const auto* user = qobject_cast<QComboBox*>(table->cellWidget(row, 1));
        out.push_back({key->text().trimmed(), user->currentData().toString()});
    }
    return out;
}

void FollowUpSettingsPanel::addHolidayRow(const domain::HolidayRule& holiday) {
    auto* table = ui_->holidaysTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto* name = new QLineEdit(holiday.name, table);
    name->setPlaceholderText(tr("例如：春节"));
    name->setMaxLength(20);
    table->setCellWidget(row, NameCol, name);
    auto* calendar = new QComboBox(table);
    calendar->addItems({tr("公历"), tr("农历")});
    calendar->setCurrentIndex(holiday.lunar ? 1 : 0);
    table->setCellWidget(row, CalendarCol, calendar);
    auto* month = new QSpinBox(table);
    month->setRange(1, 12);
    month->setValue(holiday.month);
    month->setSuffix(tr(" 月"));
    table->setCellWidget(row, MonthCol, month);
    auto* day = new QSpinBox(table);
    day->setRange(1, 31);
    day->setValue(holiday.day);
    day->setSuffix(tr(" 日"));
    table->setCellWidget(row, DayCol, day);
}

void FollowUpSettingsPanel::load() {
    if (context_.settings == nullptr) {
        setValues({});
        return;
    }
    auto stored = context_.settings->followUps();
    // Unread, the form shows defaults: saving them would replace the shop's rules unseen.
    ui_->saveButton->setEnabled(stored.ok());
    if (stored) {
        setValues(stored.value());
        showMessage({}, false);
    } else {
        setValues({});
        showMessage(stored.error().message, true);
    }
}

bool FollowUpSettingsPanel::save() {
    if (context_.settings == nullptr) {
        return false;
    }
    const auto result = context_.settings->saveFollowUps(context_.user, values());
    if (!result) {
        if (QWidget* field = fieldFor(result.error().field)) {
            field->setFocus();
        }
        showMessage(result.error().message, true);
        return false;
    }
    showMessage(tr("已保存。回访名单和投诉时限刷新后按新规则计算。"), false);
    return true;
}

void FollowUpSettingsPanel::restoreDefaults() {
    setValues({});
    showMessage(tr("已填入默认值，保存后生效。"), false);
}

QWidget* FollowUpSettingsPanel::fieldFor(const QString& key) const {
    const std::pair<const char16_t*, QWidget*> fields[] = {
        {u"postServiceDelayDays", ui_->postServiceDelayValue},
        {u"postServiceExpiryDays", ui_->postServiceExpiryValue},
        {u"maintenance", ui_->maintenanceIntervalSpan},
        {u"defaultKmPerDay", ui_->defaultKmPerDayValue},
        {u"reminderLeadDays", ui_->reminderLeadValue},
        {u"yellowWindowDays", ui_->yellowWindowValue},
        {u"winback", ui_->winbackNotLostValue},
        {u"winbackDailyLimit", ui_->winbackDailyLimitValue},
        {u"winbackReturnWindowDays", ui_->winbackReturnWindowValue},
        {u"birthdayLeadDays", ui_->birthdayLeadValue},
        {u"insuranceLeadDays", ui_->insuranceLeadValue},
        {u"inspectionLeadDays", ui_->inspectionLeadValue},
        {u"maxNoAnswerAttempts", ui_->maxAttemptsValue},
        {u"complaint", ui_->complaintContactValue},
        {u"holidayLeadDays", ui_->holidayLeadValue},
        {u"holidayFromStage", ui_->holidayFromStageCombo},
        {u"holidays", ui_->holidaysTable},
        {u"callList.dailyCapacity", ui_->dailyCapacityValue},
        {u"callList.weights.urgency", ui_->urgencyWeightValue},
        {u"callList.weights.value", ui_->valueWeightValue},
        {u"callList.weights.chance", ui_->chanceWeightValue},
        {u"callList.routes", ui_->callRoutesTable},
        {u"appointmentReminderLeadDays", ui_->appointmentReminderLeadValue},
        {u"noShowFollowUpDays", ui_->noShowFollowUpValue},
        {u"callList", ui_->urgencyWeightValue},
        {u"declined.safetyDays", ui_->declinedSafetyValue},
        {u"declined.soonDays", ui_->declinedSoonValue},
        {u"declined.laterDays", ui_->declinedLaterValue},
        {u"declined.leadDays", ui_->declinedLeadValue},
        {u"declined.listDays", ui_->declinedListValue},
        {u"declined", ui_->declinedSafetyValue},
    };
    for (const auto& [name, widget] : fields) {
        if (key == QStringView(name)) {
            return widget;
        }
    }
    // A nested key ("winback.lostDays", "complaint.answerMinutes"): its section.
    const QString section = key.section(QLatin1Char('.'), 0, 0);
    return section != key ? fieldFor(section) : nullptr;
}

void FollowUpSettingsPanel::showMessage(const QString& text, bool error) {
    ui_->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    ui_->messageLabel->setText(text);
}

}  // namespace hc::ui
