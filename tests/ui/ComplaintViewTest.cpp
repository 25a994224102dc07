// The complaints screen (投诉) driven offscreen on a real database with the real services: a
// complaint opened through the form, the 2123 clock on an injected clock (contact overdue after
// two hours), recording steps, the senior step of a major complaint, overdue first, statistics.
#include "CallbackUiFixture.h"

#include "hc/domain/ComplaintStatusMachine.h"
#include "hc/services/AuditService.h"
#include "hc/services/SettingsNotifier.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/AssignComplaintDialog.h"
#include "hc/ui/ComplaintDialog.h"
#include "hc/ui/ComplaintView.h"
#include "hc/ui/ResponsibleCombo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QTimer>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <chrono>
#include <utility>

namespace {

using hc::services::ComplaintAction;
using hc::ui::AssignComplaintDialog;
using hc::ui::ComplaintDialog;
using hc::ui::ComplaintView;

class ComplaintViewTest : public hc::test::CallbackUiFixture {
protected:
    void SetUp() override {
        CallbackUiFixture::SetUp();
        ctx_.user = advisor_;  // advisors register complaints at the counter
    }

    std::int64_t openThroughTheForm(bool major) {
        ComplaintDialog dialog(ctx_, 0, clock());
        dialog.customerSearch()->setText(QStringLiteral("陕A12345"));
        QTest::keyClick(dialog.customerSearch(), Qt::Key_Return);
        EXPECT_EQ(dialog.customerId(), customer_);
        EXPECT_EQ(dialog.vehicleCombo()->currentData().toLongLong(), vehicle_);
        EXPECT_EQ(dialog.visitCombo()->currentData().toLongLong(), visit_);
        dialog.channelCombo()->setCurrentIndex(
            dialog.channelCombo()->findData(QStringLiteral("visit")));
        dialog.severityCombo()->setCurrentIndex(major ? 1 : 0);
        dialog.descriptionEdit()->setPlainText(QStringLiteral("保养后发动机异响，等了两个小时"));
        dialog.responsibleCombo()->setCurrentIndex(
            dialog.responsibleCombo()->findText(QStringLiteral("王经理")));
        EXPECT_TRUE(dialog.save());
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        return dialog.complaintId();
    }

    /// The clock row of a step key: status key and the "time left" text.
    static std::pair<QString, QString> clockRow(const ComplaintView& view, const QString& step) {
        auto* t = view.clockTable();
        for (int row = 0; row < t->rowCount(); ++row) {
            if (t->item(row, 0)->data(Qt::UserRole).toString() == step) {
                return {t->item(row, 3)->data(Qt::UserRole).toString(), t->item(row, 4)->text()};
            }
        }
        return {};
    }
};

TEST_F(ComplaintViewTest, FormNeedsACustomerAndADescription) {
    ComplaintDialog dialog(ctx_, 0, clock());
    EXPECT_FALSE(dialog.save());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.customerMessage()->text().isEmpty());
    EXPECT_FALSE(dialog.descriptionMessage()->text().isEmpty());
    auto open = complaints_->openComplaints();
    ASSERT_TRUE(open);
    EXPECT_TRUE(open.value().empty());
}

TEST_F(ComplaintViewTest, RuleTextsAndClocksFollowTheStoredDeadlines) {
    hc::services::SettingsNotifier notifier;
    hc::services::SettingsService settings(*db_, clock(), &notifier);
    ctx_.settings = &settings;
    ctx_.settingsNotifier = &notifier;
    {
        ComplaintDialog dialog(ctx_, 0, clock());
        auto* rule = dialog.findChild<QLabel*>(QStringLiteral("complaintRule"));
        ASSERT_NE(rule, nullptr);
        EXPECT_EQ(rule->text(), QStringLiteral("2123 原则：2 小时内联系客户，1 天内答复，"
                                               "重大投诉 2 天内高层答复，解决后 3 天内回访。"));
        EXPECT_EQ(dialog.severityCombo()->itemText(1),
                  QStringLiteral("重大投诉（需高层 2 天内答复）"));
    }
    const auto id = openThroughTheForm(false);
    ASSERT_GT(id, 0);
    ComplaintView view(ctx_);
    view.setClock(clock());
    ASSERT_TRUE(view.selectComplaint(id));
    EXPECT_EQ(clockRow(view, QStringLiteral("contact")).second, QStringLiteral("剩 2 小时"));

    // The manager sets a 60-minute first response and 36 hours for the senior answer, saved as the
    // settings page saves: the open screen's clock follows at once, a new form names them.
    auto followUps = settings.followUps().value();
    followUps.complaint.contactWithin = std::chrono::minutes(60);
    followUps.complaint.seniorAnswerWithin = std::chrono::minutes(36 * 60);
    ASSERT_TRUE(settings.saveFollowUps(manager_, followUps).ok());
    ASSERT_EQ(view.currentComplaintId(), id);
    EXPECT_EQ(clockRow(view, QStringLiteral("contact")).second, QStringLiteral("剩 1 小时"));
    ComplaintDialog dialog(ctx_, 0, clock());
    auto* rule = dialog.findChild<QLabel*>(QStringLiteral("complaintRule"));
    ASSERT_NE(rule, nullptr);
    EXPECT_EQ(rule->text(), QStringLiteral("2123 原则：1 小时内联系客户，1 天内答复，"
                                           "重大投诉 1 天 12 小时内高层答复，解决后 3 天内回访。"));
    EXPECT_EQ(dialog.severityCombo()->itemText(1),
              QStringLiteral("重大投诉（需高层 1 天 12 小时内答复）"));
}

TEST_F(ComplaintViewTest, StepButtonsFollowTheStatusMachine) {
    const auto id = openThroughTheForm(true);
    ASSERT_GT(id, 0);
    ComplaintView view(ctx_);
    view.setClock(clock());
    view.resize(1400, 860);
    view.show();
    ASSERT_TRUE(view.selectComplaint(id));
    // Major: the senior answer may be recorded; the follow-up waits for the resolution.
    EXPECT_TRUE(view.stepButton(ComplaintAction::SeniorAnswer)->isVisibleTo(&view));
    EXPECT_TRUE(view.stepButton(ComplaintAction::SeniorAnswer)->isEnabled());
    EXPECT_TRUE(view.stepButton(ComplaintAction::Contact)->isEnabled());
    EXPECT_TRUE(view.stepButton(ComplaintAction::Resolve)->isEnabled());
    EXPECT_FALSE(view.stepButton(ComplaintAction::FollowUp)->isEnabled());
    auto found = complaints_->find(id);
    ASSERT_TRUE(found);
    for (const auto& [action, move] :
         {std::pair{ComplaintAction::Contact, hc::domain::ComplaintMove::Contact},
          std::pair{ComplaintAction::FollowUp, hc::domain::ComplaintMove::FollowUp},
          std::pair{ComplaintAction::SeniorAnswer, hc::domain::ComplaintMove::SeniorAnswer}}) {
        EXPECT_EQ(view.stepButton(action)->isEnabled(),
                  !hc::domain::ComplaintStatusMachine::check(found.value(), move).has_value());
    }
}

TEST_F(ComplaintViewTest, ContactIsOverdueAfterTwoHoursAndRecordingItMarksTheStepDone) {
    const auto id = openThroughTheForm(false);
    ASSERT_GT(id, 0);
    const auto stored = complaints_->find(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored.value().channel, QStringLiteral("visit"));
    EXPECT_EQ(stored.value().responsibleUser, manager_.id);
    EXPECT_EQ(stored.value().received, now);

    ComplaintView view(ctx_);
    view.setClock(clock());
    view.resize(1400, 860);
    view.show();
    ASSERT_TRUE(view.selectComplaint(id));
    EXPECT_EQ(clockRow(view, QStringLiteral("contact")).first, QStringLiteral("pending"));
    EXPECT_TRUE(
        clockRow(view, QStringLiteral("contact")).second.contains(QStringLiteral("2 小时")));
    EXPECT_TRUE(clockRow(view, QStringLiteral("senior_answer")).first.isEmpty())
        << "no senior step for a normal complaint";
    EXPECT_FALSE(view.stepButton(ComplaintAction::SeniorAnswer)->isVisibleTo(&view));
    EXPECT_FALSE(view.stepButton(ComplaintAction::FollowUp)->isEnabled());

    now = now.addSecs(2 * 3600 + 10 * 60);  // 2 h 10 min later
    view.refresh();
    ASSERT_EQ(view.currentComplaintId(), id);
    const auto [status, left] = clockRow(view, QStringLiteral("contact"));
    EXPECT_EQ(status, QStringLiteral("overdue"));
    EXPECT_TRUE(left.contains(QStringLiteral("超时 10 分"))) << left.toStdString();
    EXPECT_EQ(clockRow(view, QStringLiteral("answer")).first, QStringLiteral("pending"));

    view.noteEdit()->setText(QStringLiteral("已电话致歉约明天检查"));
    QTest::mouseClick(view.stepButton(ComplaintAction::Contact), Qt::LeftButton);
    EXPECT_EQ(clockRow(view, QStringLiteral("contact")).first, QStringLiteral("done_late"));
    EXPECT_FALSE(view.stepButton(ComplaintAction::Contact)->isEnabled());
    const auto after = complaints_->find(id);
    EXPECT_EQ(after.value().contacted, now);
    EXPECT_EQ(after.value().status, QStringLiteral("contacted"));
    EXPECT_EQ(view.historyTable()->rowCount(), 2) << "received, contacted";
    EXPECT_EQ(view.historyTable()->item(1, 3)->text(), QStringLiteral("已电话致歉约明天检查"));
}

TEST_F(ComplaintViewTest, MajorComplaintShowsTheSeniorStepAndResolveNeedsTheResult) {
    const auto id = openThroughTheForm(true);
    ComplaintView view(ctx_);
    view.setClock(clock());
    ASSERT_TRUE(view.selectComplaint(id));
    EXPECT_EQ(view.clockTable()->rowCount(), 4);
    EXPECT_EQ(clockRow(view, QStringLiteral("senior_answer")).first, QStringLiteral("pending"));
    EXPECT_TRUE(
        clockRow(view, QStringLiteral("senior_answer")).second.contains(QStringLiteral("2 天")));
    EXPECT_TRUE(view.stepButton(ComplaintAction::SeniorAnswer)->isVisibleTo(&view));
    EXPECT_TRUE(view.stepButton(ComplaintAction::SeniorAnswer)->isEnabled());

    now = now.addSecs(30 * 60);
    ASSERT_TRUE(view.recordStep(ComplaintAction::Contact));
    EXPECT_EQ(clockRow(view, QStringLiteral("contact")).first, QStringLiteral("done_on_time"));
    EXPECT_FALSE(view.recordStep(ComplaintAction::Resolve)) << "the result is required";
    view.noteEdit()->setText(QStringLiteral("免费重新检修并赠送保养一次"));
    ASSERT_TRUE(view.recordStep(ComplaintAction::Resolve));
    EXPECT_EQ(complaints_->find(id).value().resolution,
              QStringLiteral("免费重新检修并赠送保养一次"));
    EXPECT_TRUE(view.stepButton(ComplaintAction::FollowUp)->isEnabled());
    EXPECT_EQ(clockRow(view, QStringLiteral("follow_up")).first, QStringLiteral("pending"));
    EXPECT_TRUE(
        clockRow(view, QStringLiteral("follow_up")).second.contains(QStringLiteral("3 天")));
}

TEST_F(ComplaintViewTest, OverdueComplaintsComeFirstAndTheStatisticsCountThem) {
    // Received at 9:30 (now) and at 6:00 (contact overdue since 8:00).
    const auto fresh = openThroughTheForm(false);
    hc::domain::Complaint early;
    early.customerId = customer_;
    early.description = QStringLiteral("电话无人接听");
    early.received = QDateTime(now.date(), QTime(6, 0));
    auto earlyId = complaints_->open(advisor_, early);
    ASSERT_TRUE(earlyId);

    ComplaintView view(ctx_);
    view.setClock(clock());
    view.resize(1400, 860);
    view.show();
    const auto ids = view.listedIds();
    ASSERT_EQ(ids.size(), 2U);
    EXPECT_EQ(ids[0], earlyId.value());
    EXPECT_EQ(ids[1], fresh);
    EXPECT_TRUE(view.listTable()->item(0, 4)->text().contains(QStringLiteral("超时 1 小时 30 分")))
        << view.listTable()->item(0, 4)->text().toStdString();

    ASSERT_EQ(view.statsTable()->rowCount(), 2);                            // this week, this month
    EXPECT_EQ(view.statsTable()->item(0, 1)->text(), QStringLiteral("2"));  // received
    EXPECT_EQ(view.statsTable()->item(0, 6)->text(), QStringLiteral("1"));  // overdue now
    EXPECT_EQ(view.statsTable()->item(1, 1)->text(), QStringLiteral("2"));
    ASSERT_TRUE(view.selectComplaint(earlyId.value()));
    saveScreenshot(view, QStringLiteral("complaints"));

    ComplaintDialog dialog(ctx_, customer_, clock());
    dialog.resize(560, dialog.sizeHint().height());
    dialog.show();
    saveScreenshot(dialog, QStringLiteral("complaint-form"));
}

TEST_F(ComplaintViewTest, ReassignHandsTheComplaintToAnotherPersonAndAuditsIt) {
    const auto id = openThroughTheForm(false);
    ComplaintView view(ctx_);
    view.setClock(clock());
    ASSERT_TRUE(view.selectComplaint(id));
    ASSERT_TRUE(view.assignButton()->isEnabled());

    // The dialog opens modal from the button; drive it like a user once it is up.
    bool driven = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<AssignComplaintDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        auto* combo = dialog->responsibleCombo();
        EXPECT_EQ(combo->person(), QStringLiteral("王经理"));  // the current one is preselected
        combo->setCurrentIndex(combo->findText(QStringLiteral("赵回访")));
        auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        driven = true;
    });
    QTest::mouseClick(view.assignButton(), Qt::LeftButton);
    EXPECT_TRUE(driven);

    auto stored = complaints_->find(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored.value().responsibleUser, callback_.id);
    EXPECT_EQ(stored.value().responsiblePerson, QStringLiteral("赵回访"));
    const auto ids = view.listedIds();
    const int row = static_cast<int>(std::find(ids.begin(), ids.end(), id) - ids.begin());
    EXPECT_EQ(view.listTable()->item(row, view.listTable()->columnCount() - 1)->text(),
              QStringLiteral("赵回访"));
    EXPECT_TRUE(view.detailLabel()->text().contains(QStringLiteral("赵回访")));

    hc::services::AuditService audit(*db_);
    auto entries = audit.recent(5);
    ASSERT_TRUE(entries);
    EXPECT_TRUE(std::any_of(entries.value().begin(), entries.value().end(), [&](const auto& e) {
        return e.action == QStringLiteral("complaint.assign") && e.entityId == id &&
               e.userId == advisor_.id;
    }));
}

TEST_F(ComplaintViewTest, ReassignToATypedNameAndEmptyIsRefused) {
    const auto id = openThroughTheForm(false);
    auto found = complaints_->find(id);
    ASSERT_TRUE(found);
    AssignComplaintDialog dialog(ctx_, found.value(), QStringLiteral("刘春江"));
    auto* combo = dialog.responsibleCombo();
    combo->setEditText(QString());
    dialog.save();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(complaints_->find(id).value().responsiblePerson, QStringLiteral("王经理"));

    combo->setEditText(QStringLiteral("  车间张师傅 "));
    dialog.save();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const auto stored = complaints_->find(id).value();
    EXPECT_EQ(stored.responsiblePerson, QStringLiteral("车间张师傅"));
    EXPECT_FALSE(stored.responsibleUser.has_value());
}

}  // namespace
