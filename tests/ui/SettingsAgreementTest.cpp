// Issue 10: every screen, list and report calls the one domain rule with the STORED settings. The
// visit form's maintenance proposal, the reception search badge and the daily follow-up list agree
// for the same customer under the default settings AND after the manager changes them (maintenance
// every 3 months; a clinic's 45 / 90 / 180 days), and open screens recompute when settings are
// saved (SettingsNotifier).
#include "CallbackUiFixture.h"

#include "hc/domain/FollowUpItem.h"
#include "hc/services/SettingsNotifier.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/CallbackView.h"
#include "hc/ui/FollowUpListModel.h"
#include "hc/ui/SearchModel.h"
#include "hc/ui/VisitDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>

#include <optional>

namespace hc::test {
namespace {

using domain::Span;
using domain::Stage;

class SettingsAgreementTest : public CallbackUiFixture {
protected:
    void SetUp() override {
        CallbackUiFixture::SetUp();
        settings_ = std::make_unique<services::SettingsService>(*db_, clock(), &notifier_);
        ctx_.settings = settings_.get();
        ctx_.settingsNotifier = &notifier_;
        lastVisit_ = now.date().addDays(-3);  // the fixture's maintenance visit, 30000 km
    }

    /// The date the visit form proposes for the vehicle's next maintenance (a repair entered
    /// today, no odometer reading: the base stays the last maintenance).
    QDate proposal() {
        ui::VisitDialog dialog(ctx_, customer_, vehicle_);
        auto* category = dialog.categoryCombo();
        category->setCurrentIndex(category->findData(QStringLiteral("repair")));
        const QString text = dialog.proposalLabel()->text();
        const auto match = QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}")).match(text);
        EXPECT_TRUE(match.hasMatch()) << text.toStdString();
        return QDate::fromString(match.captured(0), Qt::ISODate);
    }

    /// The customer's item on the follow-up list of `day` (the `followups` CLI runs the same
    /// FollowUpService::planToday).
    std::optional<domain::FollowUpItem> listItem(const QDate& day) {
        const auto items = followUps_->planToday(day, QString());
        EXPECT_TRUE(items.ok());
        for (const auto& item : items.value()) {
            if (item.customerId == customer_) {
                return item;
            }
        }
        return std::nullopt;
    }

    /// The badge a stage stands for (domain.md §2: stages refine the classes).
    static QString badgeOf(Stage stage) {
        switch (stage) {
            case Stage::Active:
                return ui::SearchModel::tr("忠诚");
            case Stage::NotLost:
            case Stage::QuasiLost:
                return ui::SearchModel::tr("摇摆");
            default:
                return ui::SearchModel::tr("流失");
        }
    }

    QString badge(ui::SearchModel& model) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.customerIdAt(row) == customer_) {
                return model.data(model.index(row, ui::SearchModel::ClassColumn)).toString();
            }
        }
        ADD_FAILURE() << "customer not found by search";
        return {};
    }

    services::SettingsNotifier notifier_;
    std::unique_ptr<services::SettingsService> settings_;
    QDate lastVisit_;
};

TEST_F(SettingsAgreementTest, VisitFormAndFollowUpListProposeTheSameMaintenanceDate) {
    // Defaults: 6 months or 5000 km; no own rate, so the default 40 km/day: 125 days come first.
    const QDate byDefault = proposal();
    EXPECT_EQ(byDefault, lastVisit_.addDays(125));
    auto item = listItem(byDefault);
    ASSERT_TRUE(item);
    EXPECT_EQ(item->kind, domain::FollowUpKind::Maintenance);
    EXPECT_EQ(item->due, byDefault);

    // The manager sets maintenance every 3 months: both follow at once.
    auto s = settings_->followUps().value();
    s.maintenance.interval = Span::months(3);
    ASSERT_TRUE(settings_->saveFollowUps(manager_, s).ok());
    const QDate quarterly = proposal();
    EXPECT_EQ(quarterly, lastVisit_.addMonths(3));
    item = listItem(quarterly);
    ASSERT_TRUE(item);
    EXPECT_EQ(item->kind, domain::FollowUpKind::Maintenance);
    EXPECT_EQ(item->due, quarterly);
}

TEST_F(SettingsAgreementTest, OpenVisitFormFollowsASavedMaintenanceInterval) {
    ui::VisitDialog dialog(ctx_, customer_, vehicle_);
    auto* category = dialog.categoryCombo();
    category->setCurrentIndex(category->findData(QStringLiteral("repair")));
    const QString before = dialog.proposalLabel()->text();
    EXPECT_TRUE(before.contains(lastVisit_.addDays(125).toString(Qt::ISODate)))
        << before.toStdString();

    // Saved while the form is open (no reopening): the proposal is computed again at once.
    auto s = settings_->followUps().value();
    s.maintenance.interval = Span::months(3);
    ASSERT_TRUE(settings_->saveFollowUps(manager_, s).ok());
    const QString after = dialog.proposalLabel()->text();
    EXPECT_TRUE(after.contains(lastVisit_.addMonths(3).toString(Qt::ISODate)))
        << after.toStdString();
}

TEST_F(SettingsAgreementTest, SearchBadgeAndFollowUpStageAgreeAndFollowSavedSettings) {
    ui::SearchModel model(search_.get(), domain::Role::Manager);
    model.useSettings(ctx_.settings, ctx_.settingsNotifier);
    model.setDebounceMs(0);
    const QDate day = lastVisit_.addDays(125);
    model.setAsOf(day);
    QSignalSpy searched(&model, &ui::SearchModel::searched);
    model.setQuery(QStringLiteral("刘春江"));
    model.runNow();
    ASSERT_GE(model.rowCount(), 1);

    // Defaults: 125 days after the visit the customer is loyal; the list agrees (stage active).
    auto item = listItem(day);
    ASSERT_TRUE(item && item->stage);
    EXPECT_EQ(*item->stage, Stage::Active);
    EXPECT_EQ(badge(model), ui::SearchModel::tr("忠诚"));
    EXPECT_EQ(badge(model), badgeOf(*item->stage));

    // A clinic (seed 004): loyal 45 days, not lost to 90, lost after 180. Saving re-classifies the
    // visible result at once (no new search) and the list agrees.
    QSignalSpy changed(&model, &ui::SearchModel::dataChanged);
    auto a = settings_->analysis().value();
    a.lifecycle.loyal = Span::days(45);
    a.lifecycle.notLostUntil = Span::days(90);
    a.lifecycle.lost = Span::days(180);
    a.lifecycle.lostUntil = Span::days(365);
    a.lifecycle.trendingLostUntil = Span::days(730);
    ASSERT_TRUE(settings_->saveAnalysis(manager_, a).ok());
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(badge(model), ui::SearchModel::tr("摇摆"));
    item = listItem(day);
    ASSERT_TRUE(item && item->stage);
    EXPECT_EQ(*item->stage, Stage::QuasiLost);
    EXPECT_EQ(badge(model), badgeOf(*item->stage));

    // 200 days: lost for the clinic, in the search and on the list alike.
    model.setAsOf(lastVisit_.addDays(200));
    item = listItem(lastVisit_.addDays(200));
    ASSERT_TRUE(item && item->stage);
    EXPECT_EQ(*item->stage, Stage::Lost);
    EXPECT_EQ(badge(model), ui::SearchModel::tr("流失"));
}

TEST_F(SettingsAgreementTest, SearchWithoutSettingsShowsNoThresholdClass) {
    ui::SearchModel model(search_.get(), domain::Role::Manager);
    model.setDebounceMs(0);
    model.setQuery(QStringLiteral("刘春江"));
    model.runNow();
    ASSERT_GE(model.rowCount(), 1);
    // No stored settings to classify with: no class is guessed from defaults.
    EXPECT_TRUE(badge(model).isEmpty());
}

TEST_F(SettingsAgreementTest, CallbackListIsPlannedAgainWhenSettingsAreSaved) {
    ui::CallbackView view(ctx_);
    view.setClock([this] { return QDateTime(lastVisit_.addDays(125), QTime(9, 0)); });
    auto* model = view.model();
    const int before = model->rowCount();
    EXPECT_GE(before, 1);  // the maintenance reminder
    // A 12-month interval and no mileage rule: nothing is due on that day any more.
    auto s = settings_->followUps().value();
    s.maintenance.interval = Span::months(12);
    s.maintenance.intervalKm = 0;
    ASSERT_TRUE(settings_->saveFollowUps(manager_, s).ok());
    EXPECT_EQ(model->rowCount(), before - 1);
}

}  // namespace
}  // namespace hc::test
