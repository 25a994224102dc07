// The settings screen's customer-base model settings (客户分类与分析 tab: margin, repeat customers
// a fit needs, value horizon) and declined-work follow-up days (回访规则 tab): changed like a user,
// saved through SettingsService (audited, open screens notified), shown again by a fresh panel;
// a value the domain refuses is refused with a message at its field and nothing is stored.
#include "CallbackUiFixture.h"
#include "hc/services/AuditService.h"
#include "hc/services/SettingsNotifier.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/AnalysisSettingsPanel.h"
#include "hc/ui/FollowUpSettingsPanel.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

namespace hc::test {
namespace {

class ModelAndDeclinedSettingsTest : public CallbackUiFixture {
protected:
    void SetUp() override {
        CallbackUiFixture::SetUp();
        settings_ = std::make_unique<services::SettingsService>(*db_, clock(), &notifier_);
        ctx_.settings = settings_.get();
        ctx_.settingsNotifier = &notifier_;
        ctx_.user = manager_;
    }

    template <typename T>
    static T* field(QWidget& panel, const char* name) {
        auto* w = panel.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    static void clickSave(QWidget& panel) {
        QTest::mouseClick(field<QPushButton>(panel, "saveButton"), Qt::LeftButton);
    }
    static bool refused(QWidget& panel) {
        auto* message = field<QLabel>(panel, "messageLabel");
        return !message->text().isEmpty() &&
               message->styleSheet().contains(QStringLiteral("#b00020"));
    }
    int audits(const QString& action) {
        int n = 0;
        for (const auto& e :
             services::AuditService(*db_).trail(QStringLiteral("settings"), std::nullopt).value()) {
            n += e.action == action ? 1 : 0;
        }
        return n;
    }
    static void activate(QWidget& panel) {
        panel.show();
        QApplication::setActiveWindow(&panel);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&panel));
    }

    services::SettingsNotifier notifier_;
    std::unique_ptr<services::SettingsService> settings_;
};

TEST_F(ModelAndDeclinedSettingsTest, ModelSettingsAreSavedAuditedNotifiedAndShownAgain) {
    ui::AnalysisSettingsPanel panel(ctx_);
    EXPECT_DOUBLE_EQ(field<QDoubleSpinBox>(panel, "marginValue")->value(), 100.0);
    EXPECT_EQ(field<QSpinBox>(panel, "minRepeatValue")->value(), 200);
    EXPECT_EQ(field<QSpinBox>(panel, "horizonValue")->value(), 52);

    field<QDoubleSpinBox>(panel, "marginValue")->setValue(35.5);
    field<QSpinBox>(panel, "minRepeatValue")->setValue(120);
    field<QSpinBox>(panel, "horizonValue")->setValue(26);
    QSignalSpy modelSpy(&notifier_, &services::SettingsNotifier::customerBaseChanged);
    QSignalSpy changedSpy(&notifier_, &services::SettingsNotifier::changed);
    clickSave(panel);
    EXPECT_FALSE(refused(panel));

    const auto stored = settings_->customerBase();
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored.value(), (domain::CustomerBaseSettings{3550, 120, 26}));
    EXPECT_EQ(audits(QStringLiteral("settings.customer_base")), 1);
    EXPECT_EQ(modelSpy.count(), 1);
    EXPECT_EQ(changedSpy.count(), 1);

    // A fresh panel (the screen opened again) shows the stored values.
    ui::AnalysisSettingsPanel again(ctx_);
    EXPECT_DOUBLE_EQ(field<QDoubleSpinBox>(again, "marginValue")->value(), 35.5);
    EXPECT_EQ(field<QSpinBox>(again, "minRepeatValue")->value(), 120);
    EXPECT_EQ(field<QSpinBox>(again, "horizonValue")->value(), 26);
    EXPECT_EQ(again.customerBaseValues(), stored.value());

    // Saving the thresholds again without touching the model does not re-audit it.
    clickSave(again);
    EXPECT_EQ(audits(QStringLiteral("settings.customer_base")), 1);

    // The defaults button fills the model defaults too, without saving.
    QTest::mouseClick(field<QPushButton>(again, "defaultsButton"), Qt::LeftButton);
    EXPECT_EQ(field<QSpinBox>(again, "minRepeatValue")->value(), 200);
    EXPECT_EQ(settings_->customerBase().value().minRepeatCustomers, 120);
}

TEST_F(ModelAndDeclinedSettingsTest, TooFewRepeatCustomersAreRefusedAtTheField) {
    ui::AnalysisSettingsPanel panel(ctx_);
    activate(panel);
    field<QSpinBox>(panel, "fleetLargeValue")->setFocus();
    field<QSpinBox>(panel, "loyaltyValue")->setValue(70);  // valid, but saved with the model only
    field<QSpinBox>(panel, "minRepeatValue")->setValue(5);
    clickSave(panel);
    EXPECT_TRUE(refused(panel));
    EXPECT_TRUE(field<QLabel>(panel, "messageLabel")->text().contains(QStringLiteral("10")));
    EXPECT_TRUE(field<QSpinBox>(panel, "minRepeatValue")->hasFocus());
    EXPECT_EQ(settings_->customerBase().value().minRepeatCustomers, 200);
    EXPECT_EQ(settings_->analysis().value().matrix.loyaltyThresholdPct, 50);
    EXPECT_EQ(audits(QStringLiteral("settings.analysis")), 0);

    // A margin of 0 % is refused too, named in percent.
    field<QSpinBox>(panel, "minRepeatValue")->setValue(200);
    field<QDoubleSpinBox>(panel, "marginValue")->setValue(0.0);
    clickSave(panel);
    EXPECT_TRUE(refused(panel));
    EXPECT_TRUE(field<QLabel>(panel, "messageLabel")->text().contains(QStringLiteral("%")));
    EXPECT_TRUE(field<QDoubleSpinBox>(panel, "marginValue")->hasFocus());
    EXPECT_EQ(settings_->customerBase().value().marginBp, 10000);
}

TEST_F(ModelAndDeclinedSettingsTest, DeclinedWorkDaysAreSavedAndShownAgain) {
    ui::FollowUpSettingsPanel panel(ctx_);
    EXPECT_EQ(field<QSpinBox>(panel, "declinedSafetyValue")->value(), 7);
    EXPECT_EQ(field<QSpinBox>(panel, "declinedSoonValue")->value(), 30);
    EXPECT_EQ(field<QSpinBox>(panel, "declinedLaterValue")->value(), 90);
    EXPECT_EQ(field<QSpinBox>(panel, "declinedLeadValue")->value(), 7);
    EXPECT_EQ(field<QSpinBox>(panel, "declinedListValue")->value(), 30);
    field<QSpinBox>(panel, "declinedSafetyValue")->setValue(3);
    field<QSpinBox>(panel, "declinedSoonValue")->setValue(14);
    field<QSpinBox>(panel, "declinedLaterValue")->setValue(180);
    field<QSpinBox>(panel, "declinedLeadValue")->setValue(10);
    field<QSpinBox>(panel, "declinedListValue")->setValue(60);
    QSignalSpy followUpsSpy(&notifier_, &services::SettingsNotifier::followUpsChanged);
    clickSave(panel);
    EXPECT_FALSE(refused(panel));
    EXPECT_EQ(followUpsSpy.count(), 1);
    EXPECT_EQ(audits(QStringLiteral("settings.followups")), 1);
    const auto stored = settings_->followUps();
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored.value().declined, (domain::DeclinedWorkSettings{3, 14, 180, 10, 60}));

    ui::FollowUpSettingsPanel again(ctx_);
    EXPECT_EQ(again.values().declined, stored.value().declined);
    EXPECT_EQ(field<QSpinBox>(again, "declinedLaterValue")->value(), 180);
}

TEST_F(ModelAndDeclinedSettingsTest, ZeroDueDaysForDeclinedWorkAreRefusedAtTheField) {
    ui::FollowUpSettingsPanel panel(ctx_);
    activate(panel);
    field<QSpinBox>(panel, "postServiceDelayValue")->setFocus();
    field<QSpinBox>(panel, "declinedSoonValue")->setValue(0);
    clickSave(panel);
    EXPECT_TRUE(refused(panel));
    EXPECT_TRUE(field<QSpinBox>(panel, "declinedSoonValue")->hasFocus());
    EXPECT_EQ(settings_->followUps().value().declined.soonDays, 30);
    EXPECT_EQ(audits(QStringLiteral("settings.followups")), 0);
}

}  // namespace
}  // namespace hc::test
