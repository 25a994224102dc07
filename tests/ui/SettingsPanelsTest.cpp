// The manager's threshold screens (设置 → 客户分类与分析 / 回访规则), driven like a user: change
// the spin boxes, press Save, and see the stored settings — and what the callback list shows —
// change; wrong combinations are refused with a message at the field and nothing stored.
#include "CallbackUiFixture.h"
#include "hc/services/AuditService.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/AnalysisSettingsPanel.h"
#include "hc/ui/FollowUpSettingsPanel.h"
#include "hc/ui/MainWindow.h"
#include "hc/ui/SettingsView.h"
#include "hc/ui/SpanEdit.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include <algorithm>

namespace hc::test {
namespace {

class SettingsPanelsTest : public CallbackUiFixture {
protected:
    void SetUp() override {
        CallbackUiFixture::SetUp();
        settings_ = std::make_unique<services::SettingsService>(*db_, clock());
        ctx_.settings = settings_.get();
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

    [[nodiscard]] bool postServiceCallListed() const {
        auto items = followUps_->planToday(now.date(), QString());
        EXPECT_TRUE(items) << items.error().message.toStdString();
        if (!items) {
            return false;
        }
        return std::any_of(items.value().begin(), items.value().end(), [&](const auto& item) {
            return item.kind == domain::FollowUpKind::PostService && item.customerId == customer_;
        });
    }

    std::unique_ptr<services::SettingsService> settings_;
};

TEST_F(SettingsPanelsTest, SettingsScreenHasGeneralAnalysisAndFollowUpTabs) {
    ui::MainWindow window(ctx_, QStringLiteral("x.db"));
    auto* view = window.settingsView();
    ASSERT_NE(view, nullptr);
    auto* tabs = view->findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
    ASSERT_NE(tabs, nullptr);
    ASSERT_EQ(tabs->count(), 3);
    EXPECT_EQ(tabs->tabText(0), QStringLiteral("常规"));
    EXPECT_EQ(tabs->tabText(1), QStringLiteral("客户分类与分析"));
    EXPECT_EQ(tabs->tabText(2), QStringLiteral("回访规则"));
    EXPECT_NE(view->findChild<ui::AnalysisSettingsPanel*>(), nullptr);
    EXPECT_NE(view->findChild<ui::FollowUpSettingsPanel*>(), nullptr);

    window.resize(1280, 880);
    window.show();
    ASSERT_TRUE(window.showPage(QStringLiteral("settings")));
    tabs->setCurrentIndex(1);
    QApplication::processEvents();  // let the scroll areas settle, as on screen
    saveScreenshot(window, QStringLiteral("settings-analysis"));
    tabs->setCurrentIndex(2);
    QApplication::processEvents();
    saveScreenshot(window, QStringLiteral("settings-followups"));
}

TEST_F(SettingsPanelsTest, ManagerSavesAnalysisThresholdsAndTheyAreAudited) {
    ui::AnalysisSettingsPanel panel(ctx_);
    // The form opens with the stored values (the defaults of domain.md here).
    EXPECT_EQ(panel.values(), domain::AnalysisSettings{});
    EXPECT_DOUBLE_EQ(field<QDoubleSpinBox>(panel, "abcAValue")->value(), 80.0);

    auto* loyal = field<ui::SpanEdit>(panel, "loyalSpan");
    loyal->countBox()->setValue(90);
    loyal->unitBox()->setCurrentIndex(loyal->unitBox()->findText(QStringLiteral("天")));
    field<QDoubleSpinBox>(panel, "abcAValue")->setValue(70.5);
    field<QDoubleSpinBox>(panel, "rfmMonetaryValue")->setValue(1500.25);
    field<QSpinBox>(panel, "fleetLargeValue")->setValue(12);
    auto* period = field<QComboBox>(panel, "newPeriodCombo");
    period->setCurrentIndex(period->findText(QStringLiteral("季度")));
    clickSave(panel);

    auto stored = settings_->analysis();
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored.value().lifecycle.loyal, domain::Span::days(90));
    EXPECT_EQ(stored.value().abc.aThresholdBp, 7050);
    EXPECT_EQ(stored.value().rfm.monetaryHighFen, 150025);
    EXPECT_EQ(stored.value().fleet.large, 12);
    EXPECT_EQ(stored.value().lifecycle.newPeriod, domain::LifecycleSettings::Period::Quarter);
    EXPECT_EQ(stored.value(), panel.values());
    EXPECT_FALSE(field<QLabel>(panel, "messageLabel")->text().isEmpty());

    services::AuditService audit(*db_);
    auto entries = audit.recent(10);
    ASSERT_TRUE(entries) << entries.error().message.toStdString();
    EXPECT_TRUE(std::any_of(entries.value().begin(), entries.value().end(), [](const auto& e) {
        return e.action == QStringLiteral("settings.analysis");
    }));

    // A new panel (the next time the screen opens) shows what was saved.
    ui::AnalysisSettingsPanel again(ctx_);
    EXPECT_EQ(again.values(), stored.value());
}

TEST_F(SettingsPanelsTest, WrongAbcLimitsAreRefusedAtTheFieldAndNothingIsStored) {
    ui::AnalysisSettingsPanel panel(ctx_);
    panel.show();
    QApplication::setActiveWindow(&panel);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&panel));
    field<QSpinBox>(panel, "fleetLargeValue")->setFocus();      // the cursor is somewhere else
    field<QDoubleSpinBox>(panel, "abcAValue")->setValue(96.0);  // above B (95 %)
    clickSave(panel);
    auto* message = field<QLabel>(panel, "messageLabel");
    EXPECT_FALSE(message->text().isEmpty());
    EXPECT_TRUE(message->styleSheet().contains(QStringLiteral("#b00020")));
    EXPECT_TRUE(field<QDoubleSpinBox>(panel, "abcAValue")->hasFocus());  // put at the field
    auto stored = settings_->analysis();
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored.value(), domain::AnalysisSettings{});
}

TEST_F(SettingsPanelsTest, DefaultsButtonFillsTheDefaultsWithoutSaving) {
    ui::AnalysisSettingsPanel panel(ctx_);
    field<QSpinBox>(panel, "loyaltyValue")->setValue(75);
    clickSave(panel);
    ASSERT_EQ(settings_->analysis().value().matrix.loyaltyThresholdPct, 75);
    QTest::mouseClick(field<QPushButton>(panel, "defaultsButton"), Qt::LeftButton);
    EXPECT_EQ(panel.values(), domain::AnalysisSettings{});
    EXPECT_EQ(settings_->analysis().value().matrix.loyaltyThresholdPct, 75);  // not saved yet
}

TEST_F(SettingsPanelsTest, ASettingTheFormDoesNotShowKeepsItsStoredValue) {
    // The matrix's mileage minimum has no field on this form (it comes from `settings import`):
    // saving the form changes what the form shows and nothing else. Before, the form started
    // from the defaults and put 30 days back.
    auto shop = settings_->analysis().value();
    shop.matrix.mileageMinDays = 45;
    ASSERT_TRUE(settings_->saveAnalysis(manager_, shop));
    ui::AnalysisSettingsPanel panel(ctx_);
    field<QSpinBox>(panel, "loyaltyValue")->setValue(70);
    clickSave(panel);
    const auto stored = settings_->analysis();
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored.value().matrix.loyaltyThresholdPct, 70);
    EXPECT_EQ(stored.value().matrix.mileageMinDays, 45);
}

TEST_F(SettingsPanelsTest, TheSatisfactionMarginIsSetOnTheAnalysisTab) {
    ui::AnalysisSettingsPanel panel(ctx_);
    EXPECT_DOUBLE_EQ(field<QDoubleSpinBox>(panel, "satisfactionMarginValue")->value(), 0.20);
    field<QDoubleSpinBox>(panel, "satisfactionMarginValue")->setValue(0.5);
    field<QSpinBox>(panel, "satisfactionLowestValue")->setValue(2);
    field<QSpinBox>(panel, "satisfactionMinAnswersValue")->setValue(5);
    clickSave(panel);
    const auto stored = settings_->analysis().value().satisfaction;
    EXPECT_EQ(stored, (domain::SatisfactionSettings{50, 2, 5}));
}

TEST_F(SettingsPanelsTest, ASettingsReadThatFailsIsShownNotPassedOffAsTheDefaults) {
    QSqlQuery q(db_->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TABLE settings")));
    ui::AnalysisSettingsPanel panel(ctx_);
    auto* message = field<QLabel>(panel, "messageLabel");
    EXPECT_FALSE(message->text().isEmpty());
    EXPECT_TRUE(message->styleSheet().contains(QStringLiteral("#b00020")));
    EXPECT_FALSE(field<QPushButton>(panel, "saveButton")->isEnabled())
        << "the defaults shown must not be saved over the unread settings";
    ui::FollowUpSettingsPanel rules(ctx_);
    EXPECT_FALSE(field<QPushButton>(rules, "saveButton")->isEnabled());
}

TEST_F(SettingsPanelsTest, FollowUpRulesChangeWhatTheCallbackListShows) {
    // The visit was 3 days ago: with the default delay (3 days) its post-service call is due today.
    ASSERT_TRUE(postServiceCallListed());

    ui::FollowUpSettingsPanel panel(ctx_);
    EXPECT_EQ(panel.values(), domain::FollowUpSettings{});
    EXPECT_DOUBLE_EQ(field<QDoubleSpinBox>(panel, "complaintContactValue")->value(), 2.0);
    field<QSpinBox>(panel, "postServiceDelayValue")->setValue(5);
    field<QDoubleSpinBox>(panel, "complaintContactValue")->setValue(1.5);
    field<QSpinBox>(panel, "winbackLostValue")->setValue(45);
    field<QSpinBox>(panel, "winbackDailyLimitValue")->setValue(40);
    clickSave(panel);

    auto stored = settings_->followUps();
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    EXPECT_EQ(stored.value().postServiceDelayDays, 5);
    EXPECT_EQ(stored.value().complaint.contactWithin, std::chrono::minutes(90));
    EXPECT_EQ(stored.value().winback.lostDays, 45);
    EXPECT_EQ(stored.value().winbackDailyLimit, 40);
    EXPECT_EQ(stored.value(), panel.values());

    // Now the call is due in two days, so today's list no longer has it.
    EXPECT_FALSE(postServiceCallListed());
}

TEST_F(SettingsPanelsTest, WrongComplaintDeadlinesAreRefusedAndNothingIsStored) {
    ui::FollowUpSettingsPanel panel(ctx_);
    // Answer before the first contact is due: the 2123 order is broken.
    field<QDoubleSpinBox>(panel, "complaintContactValue")->setValue(30.0);
    field<QDoubleSpinBox>(panel, "complaintAnswerValue")->setValue(24.0);
    clickSave(panel);
    EXPECT_TRUE(
        field<QLabel>(panel, "messageLabel")->styleSheet().contains(QStringLiteral("#b00020")));
    auto stored = settings_->followUps();
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored.value(), domain::FollowUpSettings{});
}

TEST_F(SettingsPanelsTest, OnlyAManagerCanSave) {
    ctx_.user = callback_;
    ui::FollowUpSettingsPanel panel(ctx_);
    field<QSpinBox>(panel, "postServiceDelayValue")->setValue(9);
    clickSave(panel);
    EXPECT_FALSE(field<QLabel>(panel, "messageLabel")->text().isEmpty());
    EXPECT_EQ(settings_->followUps().value().postServiceDelayDays, 3);
}

TEST_F(SettingsPanelsTest, ManagerEditsTheHolidaysGreeted) {
    ui::FollowUpSettingsPanel panel(ctx_);
    auto* table = field<QTableWidget>(panel, "holidaysTable");
    ASSERT_EQ(table->rowCount(), static_cast<int>(domain::defaultHolidays().size()));
    const auto text = [&](int row) {
        return qobject_cast<QLineEdit*>(table->cellWidget(row, 0))->text();
    };
    EXPECT_EQ(text(1), QStringLiteral("春节"));
    EXPECT_EQ(qobject_cast<QComboBox*>(table->cellWidget(1, 1))->currentText(),
              QStringLiteral("农历"));

    // Remove 端午节 (row 2), add 妇女节 (Gregorian 3/8), greet from "completely lost" on,
    // five days ahead.
    table->selectRow(2);
    QTest::mouseClick(field<QPushButton>(panel, "removeHolidayButton"), Qt::LeftButton);
    QTest::mouseClick(field<QPushButton>(panel, "addHolidayButton"), Qt::LeftButton);
    const int added = table->rowCount() - 1;
    qobject_cast<QLineEdit*>(table->cellWidget(added, 0))->setText(QStringLiteral("妇女节"));
    qobject_cast<QSpinBox*>(table->cellWidget(added, 2))->setValue(3);
    qobject_cast<QSpinBox*>(table->cellWidget(added, 3))->setValue(8);
    field<QSpinBox>(panel, "holidayLeadValue")->setValue(5);
    auto* stage = field<QComboBox>(panel, "holidayFromStageCombo");
    stage->setCurrentIndex(stage->findData(static_cast<int>(domain::Stage::CompletelyLost)));
    clickSave(panel);

    auto stored = settings_->followUps();
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    auto expected = domain::defaultHolidays();
    expected.erase(expected.begin() + 2);
    expected.push_back({QStringLiteral("妇女节"), 3, 8, false});
    EXPECT_EQ(stored.value().holidays, expected);
    EXPECT_EQ(stored.value().holidayLeadDays, 5);
    EXPECT_EQ(stored.value().holidayFromStage, domain::Stage::CompletelyLost);

    ui::FollowUpSettingsPanel again(ctx_);
    EXPECT_EQ(again.values(), stored.value());
}

TEST_F(SettingsPanelsTest, AHolidayWithoutANameIsRefused) {
    ui::FollowUpSettingsPanel panel(ctx_);
    QTest::mouseClick(field<QPushButton>(panel, "addHolidayButton"), Qt::LeftButton);
    clickSave(panel);  // the new row has no name yet
    EXPECT_TRUE(
        field<QLabel>(panel, "messageLabel")->styleSheet().contains(QStringLiteral("#b00020")));
    EXPECT_EQ(settings_->followUps().value().holidays, domain::defaultHolidays());
}

TEST_F(SettingsPanelsTest, EnglishLabelsAreTranslatedAndNotClipped) {
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral(":/i18n/huichang_en.qm")));
    QCoreApplication::installTranslator(&english);
    {
        ui::MainWindow window(ctx_, QStringLiteral("x.db"));
        window.resize(1100, 720);
        window.show();
        ASSERT_TRUE(window.showPage(QStringLiteral("settings")));
        auto* tabs = window.settingsView()->findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
        ASSERT_NE(tabs, nullptr);
        EXPECT_EQ(tabs->tabText(2), QStringLiteral("Follow-up rules"));
        for (int tab = 1; tab <= 2; ++tab) {
            tabs->setCurrentIndex(tab);
            QApplication::processEvents();
            for (auto* label : tabs->currentWidget()->findChildren<QLabel*>()) {
                if (!label->isVisible() || label->wordWrap() || label->text().isEmpty()) {
                    continue;
                }
                EXPECT_GE(label->width(), label->minimumSizeHint().width())
                    << label->objectName().toStdString() << ": " << label->text().toStdString();
                // Nothing left in Chinese: every label of the form is translated.
                EXPECT_FALSE(label->text().contains(QRegularExpression(QStringLiteral("\\p{Han}"))))
                    << label->objectName().toStdString();
            }
            saveScreenshot(window, tab == 1 ? QStringLiteral("settings-analysis-en")
                                            : QStringLiteral("settings-followups-en"));
        }
    }
    QCoreApplication::removeTranslator(&english);
}

}  // namespace
}  // namespace hc::test
