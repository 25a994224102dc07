// The manager edits the appointment and call-list settings on 设置 → 回访规则 (issue 11): reminder
// lead days, no-show days, the split (incl. by region / by advisor) and the routing table; saved
// through SettingsService (validated in the domain, audited), open screens are notified; a bad
// table is refused at the table and nothing is stored.
#include "CallbackUiFixture.h"

#include "hc/services/SettingsNotifier.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/BadgeLabel.h"
#include "hc/ui/CallbackView.h"
#include "hc/ui/FollowUpSettingsPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

namespace hc::test {
namespace {

class CallListSettingsUiTest : public CallbackUiFixture {
protected:
    void SetUp() override {
        CallbackUiFixture::SetUp();
        settings_ = std::make_unique<services::SettingsService>(*db_, clock(), &notifier_);
        ctx_.settings = settings_.get();
        ctx_.settingsNotifier = &notifier_;
        ctx_.user = manager_;
    }

    template <typename W>
    W* field(QWidget& panel, const char* name) {
        auto* w = panel.findChild<W*>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    services::SettingsNotifier notifier_;
    std::unique_ptr<services::SettingsService> settings_;
};

TEST_F(CallListSettingsUiTest, AppointmentDaysSplitAndRoutesAreSavedAndScreensNotified) {
    ui::FollowUpSettingsPanel panel(ctx_);
    field<QSpinBox>(panel, "appointmentReminderLeadValue")->setValue(2);
    field<QSpinBox>(panel, "noShowFollowUpValue")->setValue(10);
    auto* split = field<QComboBox>(panel, "callSplitCombo");
    split->setCurrentIndex(split->findData(QStringLiteral("by_region")));
    ASSERT_GE(split->currentIndex(), 0);

    QTest::mouseClick(field<QPushButton>(panel, "addRouteButton"), Qt::LeftButton);
    auto* table = field<QTableWidget>(panel, "callRoutesTable");
    ASSERT_EQ(table->rowCount(), 1);
    auto* key = qobject_cast<QLineEdit*>(table->cellWidget(0, 0));
    auto* user = qobject_cast<QComboBox*>(table->cellWidget(0, 1));
    ASSERT_NE(key, nullptr);
    ASSERT_NE(user, nullptr);
    EXPECT_EQ(user->findData(QStringLiteral("zhao")), 0) << "callback users only";
    EXPECT_EQ(user->findData(QStringLiteral("li")), -1) << "an advisor is no callback user";
    key->setText(QStringLiteral(" 雁塔区 "));

    QSignalSpy changed(&notifier_, &services::SettingsNotifier::followUpsChanged);
    ASSERT_TRUE(panel.save());
    EXPECT_EQ(changed.count(), 1) << "open screens (the callback list) are told";

    const auto stored = settings_->followUps().value();
    EXPECT_EQ(stored.appointmentReminderLeadDays, 2);
    EXPECT_EQ(stored.noShowFollowUpDays, 10);
    EXPECT_EQ(stored.callList.split, domain::CallSplit::ByRegion);
    ASSERT_EQ(stored.callList.routes.size(), 1U);
    EXPECT_EQ(stored.callList.routes[0].key, QStringLiteral("雁塔区"));
    EXPECT_EQ(stored.callList.routes[0].user, QStringLiteral("zhao"));

    // A new panel shows what is stored.
    ui::FollowUpSettingsPanel again(ctx_);
    EXPECT_EQ(again.values(), stored);
    EXPECT_EQ(field<QTableWidget>(again, "callRoutesTable")->rowCount(), 1);
}

TEST_F(CallListSettingsUiTest, ADuplicateRegionIsRefusedAtTheTableAndNothingIsStored) {
    ui::FollowUpSettingsPanel panel(ctx_);
    panel.show();
    panel.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&panel));
    auto* table = field<QTableWidget>(panel, "callRoutesTable");
    for (int i = 0; i < 2; ++i) {
        QTest::mouseClick(field<QPushButton>(panel, "addRouteButton"), Qt::LeftButton);
        qobject_cast<QLineEdit*>(table->cellWidget(i, 0))->setText(QStringLiteral("碑林区"));
    }
    EXPECT_FALSE(panel.save());
    auto* message = field<QLabel>(panel, "messageLabel");
    EXPECT_TRUE(message->text().contains(QStringLiteral("两次"))) << message->text().toStdString();
    EXPECT_TRUE(message->styleSheet().contains(QStringLiteral("#b00020")));
    EXPECT_TRUE(table->hasFocus() || table->isAncestorOf(QApplication::focusWidget()));
    EXPECT_TRUE(settings_->followUps().value().callList.routes.empty());

    // Removing the second line makes it valid.
    table->setCurrentCell(1, 0);
    QTest::mouseClick(field<QPushButton>(panel, "removeRouteButton"), Qt::LeftButton);
    EXPECT_EQ(table->rowCount(), 1);
    EXPECT_TRUE(panel.save());
    EXPECT_EQ(settings_->followUps().value().callList.routes.size(), 1U);
}

TEST_F(CallListSettingsUiTest, AppointmentDaysOutOfRangeCannotBeEntered) {
    ui::FollowUpSettingsPanel panel(ctx_);
    auto* lead = field<QSpinBox>(panel, "appointmentReminderLeadValue");
    EXPECT_EQ(lead->minimum(), 1);
    EXPECT_EQ(lead->maximum(), 366);
    EXPECT_EQ(lead->value(), 1) << "default";
    EXPECT_EQ(field<QSpinBox>(panel, "noShowFollowUpValue")->value(), 7) << "default";
}

TEST_F(CallListSettingsUiTest, YellowChipNamesTheStoredYellowWindowAndFollowsASave) {
    ui::CallbackView view(ctx_);
    view.setClock(clock());
    view.refresh();
    // The fixture's visit 3 days ago: its post-service callback is due today (yellow).
    EXPECT_EQ(view.count(domain::Urgency::Yellow), 1);
    EXPECT_EQ(view.yellowChip()->toolTip(), QStringLiteral("今天起 7 天内到期"));

    auto followUps = settings_->followUps().value();
    followUps.yellowWindowDays = 45;
    ASSERT_TRUE(settings_->saveFollowUps(manager_, followUps).ok());
    // Saved as the settings page saves: the open list is planned again, the chip says 45.
    EXPECT_EQ(view.yellowChip()->toolTip(), QStringLiteral("今天起 45 天内到期"));
}

}  // namespace
}  // namespace hc::test
