// The callback screen with the day's list (issue 11): the header "今日 N 条 / 共 M 条到期 · 积压
// …", the clerk's own share by default, the manager's 回访人 column, rank and score with the why as
// a tooltip, and a list that stays put (已拨) while calls are recorded.
#include "CallbackUiFixture.h"

#include "hc/services/CallListService.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/CallbackView.h"
#include "hc/ui/FollowUpListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTest>

namespace {

using hc::ui::CallbackView;
using hc::ui::FollowUpListModel;

class CallListHeaderTest : public hc::test::CallbackUiFixture {
protected:
    void SetUp() override {
        CallbackUiFixture::SetUp();
        // Four more post-service callbacks (visits 4–7 days ago): five due, and a second clerk.
        for (int k = 0; k < 4; ++k) {
            const auto c =
                addCustomer(QStringLiteral("客户%1").arg(k), QStringLiteral("1390000000%1").arg(k));
            const auto v = addVehicle(c, QStringLiteral("陕B1000%1").arg(k));
            addVisit(c, v, now.date().addDays(-4 - k));
        }
        sun_ = addUser(QStringLiteral("sun"), hc::domain::Role::Callback, QStringLiteral("孙回访"));
        hc::services::SettingsService settings(*db_, clock());
        auto s = settings.followUps().value();
        s.callList.dailyCapacity = 2;
        ASSERT_TRUE(settings.saveFollowUps(manager_, s).ok());
        callList_ = std::make_unique<hc::services::CallListService>(*db_, clock());
        ctx_.callList = callList_.get();
    }

    std::unique_ptr<CallbackView> openView() {
        auto view = std::make_unique<CallbackView>(ctx_);
        view->setClock(clock());
        view->resize(1400, 860);
        view->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        return view;
    }

    static QString header(const CallbackView& view) { return view.callListHeader()->text(); }

    hc::services::ActingUser sun_;
    std::unique_ptr<hc::services::CallListService> callList_;
};

TEST_F(CallListHeaderTest, ManagerSeesTheWholeDayAndWhoTakesWhat) {
    ctx_.user = manager_;
    auto view = openView();
    ASSERT_TRUE(view->callListHeader()->isVisible());
    // Two clerks × 2 = 4 of 5 due; the fifth is the backlog.
    EXPECT_EQ(header(*view).toStdString(),
              "今日 4 条 / 共 5 条到期 · 积压 1 条:服务回访 1\n积压按逾期天数:0–7 天 1");
    EXPECT_EQ(view->model()->rowCount(), 4);
    auto* table = view->listView();
    EXPECT_FALSE(table->isColumnHidden(FollowUpListModel::RankCol));
    EXPECT_FALSE(table->isColumnHidden(FollowUpListModel::ScoreCol));
    EXPECT_FALSE(table->isColumnHidden(FollowUpListModel::AssigneeCol));
    std::map<QString, int> perClerk;
    for (int row = 0; row < 4; ++row) {
        const auto rank = view->model()->index(row, FollowUpListModel::RankCol);
        EXPECT_EQ(rank.data().toInt(), row + 1);
        EXPECT_TRUE(rank.data(Qt::ToolTipRole).toString().contains(QStringLiteral("紧迫")));
        EXPECT_FALSE(
            view->model()->index(row, FollowUpListModel::ScoreCol).data().toString().isEmpty());
        ++perClerk[view->model()->index(row, FollowUpListModel::AssigneeCol).data().toString()];
    }
    EXPECT_EQ(perClerk[QStringLiteral("sun")], 2);
    EXPECT_EQ(perClerk[QStringLiteral("zhao")], 2);
    EXPECT_EQ(
        view->model()->headerData(FollowUpListModel::RankCol, Qt::Horizontal, Qt::DisplayRole),
        QStringLiteral("排名"));
}

TEST_F(CallListHeaderTest, ClerkSeesTheirShareAndCalledItemsStayCounted) {
    ctx_.user = callback_;  // zhao
    auto view = openView();
    EXPECT_EQ(view->assigneeFilter()->currentData().toString(), QStringLiteral("zhao"));
    EXPECT_EQ(header(*view).toStdString(),
              "今日 2 条 / 共 5 条到期 · 积压 1 条:服务回访 1\n积压按逾期天数:0–7 天 1");
    ASSERT_EQ(view->model()->rowCount(), 2);
    EXPECT_TRUE(view->listView()->isColumnHidden(FollowUpListModel::AssigneeCol));
    const int secondRank = view->model()->index(1, FollowUpListModel::RankCol).data().toInt();

    // A call on the first item: it leaves the screen, counted as called; the rest keep their rank.
    const auto item = *view->model()->itemAt(0);
    hc::services::CallInput in;
    in.customerId = item.customerId;
    in.kind = item.kind;
    in.visitId = item.visitId;
    in.vehicleId = item.vehicleId;
    in.due = item.due;
    in.outcome = hc::domain::CallOutcome::Reached;
    ASSERT_TRUE(followUps_->recordOutcome(callback_, in).ok());
    view->refresh();
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->index(0, FollowUpListModel::RankCol).data().toInt(), secondRank);
    EXPECT_EQ(header(*view).toStdString(),
              "今日 2 条 / 共 5 条到期(已拨 1) · 积压 1 条:服务回访 1\n积压按逾期天数:0–7 天 1");

    // The other clerk's share is shown when chosen.
    view->assigneeFilter()->setCurrentIndex(
        view->assigneeFilter()->findData(QStringLiteral("sun")));
    EXPECT_EQ(view->model()->rowCount(), 2);
}

TEST_F(CallListHeaderTest, TheBacklogCanBeListedBelowTheDaysShare) {
    ctx_.user = callback_;  // zhao: 2 today, 1 in the backlog
    auto view = openView();
    ASSERT_TRUE(view->backlogToggle()->isVisible());
    ASSERT_EQ(view->model()->rowCount(), 2);
    view->backlogToggle()->setChecked(true);
    ASSERT_EQ(view->model()->rowCount(), 3);
    // The backlog item: the last rank, nobody's yet.
    const auto rank = view->model()->index(2, FollowUpListModel::RankCol).data().toInt();
    EXPECT_EQ(rank, 5);
    // The header still counts the clerk's share only.
    EXPECT_TRUE(header(*view).startsWith(QStringLiteral("今日 2 条 / 共 5 条到期")));
    view->backlogToggle()->setChecked(false);
    EXPECT_EQ(view->model()->rowCount(), 2);
}

}  // namespace
