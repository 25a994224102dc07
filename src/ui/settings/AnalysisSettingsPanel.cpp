#include "hc/ui/AnalysisSettingsPanel.h"

#include "hc/services/CustomerBaseService.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/UiContext.h"
#include "ui_AnalysisSettingsPanel.h"

#include <QPushButton>

#include <cmath>

namespace hc::ui {

namespace {

using Period = domain::LifecycleSettings::Period;

}  // namespace

AnalysisSettingsPanel::AnalysisSettingsPanel(UiContext& context, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::AnalysisSettingsPanel>()), context_(context) {
    ui_->setupUi(this);
    ui_->newPeriodCombo->addItem(tr("月"), static_cast<int>(Period::Month));
    ui_->newPeriodCombo->addItem(tr("季度"), static_cast<int>(Period::Quarter));
    ui_->newPeriodCombo->addItem(tr("年"), static_cast<int>(Period::Year));
    ui_->rfmMonetaryValue->setToolTip(
        tr("窗口内消费金额达到此数为高消费；为 0 时用所分析客户的平均值。"));
    connect(ui_->saveButton, &QPushButton::clicked, this, &AnalysisSettingsPanel::save);
    connect(ui_->defaultsButton, &QPushButton::clicked, this,
            &AnalysisSettingsPanel::restoreDefaults);
    const bool canSave = context_.settings != nullptr;
    ui_->saveButton->setEnabled(canSave);
    load();
}

AnalysisSettingsPanel::~AnalysisSettingsPanel() = default;

domain::AnalysisSettings AnalysisSettingsPanel::values() const {
    domain::AnalysisSettings s = shown_;
    auto& l = s.lifecycle;
    l.loyal = ui_->loyalSpan->span();
    l.lost = ui_->lostSpan->span();
    l.notLostUntil = ui_->notLostSpan->span();
    l.lostUntil = ui_->lostStageSpan->span();
    l.trendingLostUntil = ui_->trendingLostSpan->span();
    l.newPeriod = static_cast<Period>(ui_->newPeriodCombo->currentData().toInt());
    s.abc.window = ui_->abcWindowSpan->span();
    s.abc.aThresholdBp = static_cast<int>(std::lround(ui_->abcAValue->value() * 100.0));
    s.abc.bThresholdBp = static_cast<int>(std::lround(ui_->abcBValue->value() * 100.0));
    s.abc.rankMoveThreshold = ui_->rankMoveValue->value();
    s.matrix.window = ui_->matrixWindowSpan->span();
    s.matrix.loyaltyThresholdPct = ui_->loyaltyValue->value();
    s.rfm.recency = ui_->rfmRecencySpan->span();
    s.rfm.frequencyHigh = ui_->rfmFrequencyValue->value();
    s.rfm.monetaryHighFen = std::llround(ui_->rfmMonetaryValue->value() * 100.0);
    s.fleet.large = ui_->fleetLargeValue->value();
    s.fleet.medium = ui_->fleetMediumValue->value();
    s.fleet.small = ui_->fleetSmallValue->value();
    s.satisfaction.marginX100 =
        static_cast<int>(std::lround(ui_->satisfactionMarginValue->value() * 100.0));
    s.satisfaction.lowestCount = ui_->satisfactionLowestValue->value();
    s.satisfaction.minAnswers = ui_->satisfactionMinAnswersValue->value();
    return s;
}

void AnalysisSettingsPanel::setValues(const domain::AnalysisSettings& s) {
    shown_ = s;
    const auto& l = s.lifecycle;
    ui_->loyalSpan->setSpan(l.loyal);
    ui_->lostSpan->setSpan(l.lost);
    ui_->notLostSpan->setSpan(l.notLostUntil);
    ui_->lostStageSpan->setSpan(l.lostUntil);
    ui_->trendingLostSpan->setSpan(l.trendingLostUntil);
    ui_->newPeriodCombo->setCurrentIndex(
        std::max(0, ui_->newPeriodCombo->findData(static_cast<int>(l.newPeriod))));
    ui_->abcWindowSpan->setSpan(s.abc.window);
    ui_->abcAValue->setValue(s.abc.aThresholdBp / 100.0);
    ui_->abcBValue->setValue(s.abc.bThresholdBp / 100.0);
    ui_->rankMoveValue->setValue(s.abc.rankMoveThreshold);
    ui_->matrixWindowSpan->setSpan(s.matrix.window);
    ui_->loyaltyValue->setValue(s.matrix.loyaltyThresholdPct);
    ui_->rfmRecencySpan->setSpan(s.rfm.recency);
    ui_->rfmFrequencyValue->setValue(s.rfm.frequencyHigh);
    ui_->rfmMonetaryValue->setValue(static_cast<double>(s.rfm.monetaryHighFen) / 100.0);
    ui_->fleetLargeValue->setValue(s.fleet.large);
    ui_->fleetMediumValue->setValue(s.fleet.medium);
    ui_->fleetSmallValue->setValue(s.fleet.small);
    ui_->satisfactionMarginValue->setValue(static_cast<double>(s.satisfaction.marginX100) / 100.0);
    ui_->satisfactionLowestValue->setValue(s.satisfaction.lowestCount);
    ui_->satisfactionMinAnswersValue->setValue(s.satisfaction.minAnswers);
}

domain::CustomerBaseSettings AnalysisSettingsPanel::customerBaseValues() const {
    domain::CustomerBaseSettings s = services::CustomerBaseService::defaultSettings();
    s.marginBp = static_cast<int>(std::lround(ui_->marginValue->value() * 100.0));
    s.minRepeatCustomers = ui_->minRepeatValue->value();
    s.horizonWeeks = ui_->horizonValue->value();
    return s;
}

void AnalysisSettingsPanel::setCustomerBaseValues(const domain::CustomerBaseSettings& s) {
    ui_->marginValue->setValue(s.marginBp / 100.0);
    ui_->minRepeatValue->setValue(s.minRepeatCustomers);
    ui_->horizonValue->setValue(s.horizonWeeks);
}

void AnalysisSettingsPanel::load() {
    setCustomerBaseValues(services::CustomerBaseService::defaultSettings());
    if (context_.settings == nullptr) {
        setValues({});
        return;
    }
    auto stored = context_.settings->analysis();
    setValues(stored ? stored.value() : domain::AnalysisSettings{});
    auto model = context_.settings->customerBase();
    if (model) {
        setCustomerBaseValues(model.value());
    }
    // Unread, the form shows defaults: saving them would replace the shop's settings unseen.
    ui_->saveButton->setEnabled(stored.ok() && model.ok());
    if (!stored) {
        showMessage(stored.error().message, true);
    } else if (!model) {
        showMessage(model.error().message, true);
    } else {
        showMessage({}, false);
    }
}

bool AnalysisSettingsPanel::save() {
    if (context_.settings == nullptr) {
        return false;
    }
    const auto result =
        context_.settings->saveAnalysis(context_.user, values(), customerBaseValues());
    if (!result) {
        // The service names the part that is wrong: put the cursor there.
        const QString field = result.error().field;
        QWidget* focus = nullptr;
        if (field == u"abc") {
            focus = ui_->abcAValue;
        } else if (field == u"matrix") {
            focus = ui_->loyaltyValue;
        } else if (field == u"fleet") {
            focus = ui_->fleetSmallValue;
        } else if (field == u"lifecycle" || field == u"analysis") {
            focus = ui_->loyalSpan;
        } else if (field == u"customer_base.marginBp") {
            focus = ui_->marginValue;
        } else if (field == u"customer_base.minRepeatCustomers") {
            focus = ui_->minRepeatValue;
        } else if (field == u"customer_base.horizonWeeks") {
            focus = ui_->horizonValue;
        } else if (field == u"satisfaction.marginX100") {
            focus = ui_->satisfactionMarginValue;
        } else if (field == u"satisfaction.lowestCount") {
            focus = ui_->satisfactionLowestValue;
        } else if (field == u"satisfaction.minAnswers") {
            focus = ui_->satisfactionMinAnswersValue;
        }
        if (focus != nullptr) {
            focus->setFocus();
        }
        showMessage(result.error().message, true);
        return false;
    }
    showMessage(tr("已保存。报表和回访名单刷新后按新设置计算。"), false);
    return true;
}

void AnalysisSettingsPanel::restoreDefaults() {
    setValues({});
    setCustomerBaseValues(services::CustomerBaseService::defaultSettings());
    showMessage(tr("已填入默认值，保存后生效。"), false);
}

void AnalysisSettingsPanel::showMessage(const QString& text, bool error) {
    ui_->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    ui_->messageLabel->setText(text);
}

}  // namespace hc::ui
