// ComplaintService: the 2123 steps, status history, overdue detection (normal and major) and stats.
#include "ServiceFixture.h"
#include "hc/services/ComplaintService.h"
#include "hc/services/FollowUpService.h"
#include "hc/services/SettingsService.h"
#include "hc/storage/CustomerRepository.h"

#include <gtest/gtest.h>

namespace hc::services {
namespace {

using domain::ComplaintStep;
using domain::StepStatus;

class ComplaintServiceTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        service = std::make_unique<ComplaintService>(db(), clock());
        domain::Customer c;
        c.name = QStringLiteral("投诉人");
        c.phone = QStringLiteral("13812345678");
        c.createdAt = c.updatedAt = now;
        customer = storage::CustomerRepository(db()).insert(c);
    }

    std::int64_t openAt(const QDateTime& received, domain::ComplaintSeverity severity) {
        domain::Complaint c;
        c.customerId = customer;
        c.severity = severity;
        c.description = QStringLiteral("维修后仍漏油");
        c.received = received;
        auto r = service->open(manager, c);
        EXPECT_TRUE(r.ok());
        return r.ok() ? r.value() : 0;
    }

    std::unique_ptr<ComplaintService> service;
    domain::CustomerId customer = 0;
};

const domain::ComplaintStepResult* stepOf(const OverdueComplaint& o, ComplaintStep s) {
    return o.evaluation.step(s);
}

TEST_F(ComplaintServiceTest, OverdueContactAfterTwoHoursAndSeniorAnswerForMajor) {
    const QDateTime received(QDate(2026, 6, 15), QTime(8, 0));
    const auto normal = openAt(received, domain::ComplaintSeverity::Normal);
    const auto major = openAt(received, domain::ComplaintSeverity::Major);

    // 10:00 exactly: the contact deadline, not overdue yet.
    auto r = service->overdue(QDateTime(QDate(2026, 6, 15), QTime(10, 0)));
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.value().empty());

    now = QDateTime(QDate(2026, 6, 15), QTime(10, 30));
    ASSERT_TRUE(service
                    ->recordStep(manager, normal, ComplaintAction::Contact,
                                 QDateTime(QDate(2026, 6, 15), QTime(9, 0)))
                    .ok());
    r = service->overdue(now);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.value().size(), 1u);
    EXPECT_EQ(r.value()[0].complaint.id, major);
    EXPECT_EQ(r.value()[0].customerName, QStringLiteral("投诉人"));
    EXPECT_EQ(stepOf(r.value()[0], ComplaintStep::Contact)->status, StepStatus::Overdue);
    EXPECT_EQ(stepOf(r.value()[0], ComplaintStep::Contact)->minutesLeft, -30);

    // Two days and one minute later: both answers overdue, the major one also the senior answer.
    const QDateTime later(QDate(2026, 6, 17), QTime(8, 1));
    now = later;
    ASSERT_TRUE(service->recordStep(manager, major, ComplaintAction::Contact, later).ok());
    r = service->overdue(later);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.value().size(), 2u);
    for (const auto& o : r.value()) {
        EXPECT_EQ(stepOf(o, ComplaintStep::Answer)->status, StepStatus::Overdue);
        const auto* senior = stepOf(o, ComplaintStep::SeniorAnswer);
        if (o.complaint.id == major) {
            ASSERT_NE(senior, nullptr);
            EXPECT_EQ(senior->status, StepStatus::Overdue);
            EXPECT_EQ(senior->minutesLeft, -1);
        } else {
            EXPECT_EQ(senior, nullptr);
        }
    }
}

TEST_F(ComplaintServiceTest, StepsFollowTheRulesAndKeepAHistory) {
    const QDateTime received(QDate(2026, 6, 15), QTime(8, 0));
    const auto id = openAt(received, domain::ComplaintSeverity::Normal);
    EXPECT_EQ(service->recordStep(manager, id, ComplaintAction::SeniorAnswer).error().code,
              ServiceError::Code::Invalid);
    EXPECT_EQ(service->recordStep(manager, id, ComplaintAction::FollowUp).error().code,
              ServiceError::Code::Invalid);
    EXPECT_FALSE(
        service->recordStep(manager, id, ComplaintAction::Contact, received.addSecs(-60)).ok());
    EXPECT_FALSE(service->recordStep(manager, id, ComplaintAction::Contact, now.addSecs(60)).ok());
    ASSERT_TRUE(
        service->recordStep(manager, id, ComplaintAction::Contact, received.addSecs(3600)).ok());
    EXPECT_FALSE(service->recordStep(manager, id, ComplaintAction::Contact).ok()) << "twice";
    ASSERT_TRUE(service->recordStep(manager, id, ComplaintAction::Answer).ok());
    ASSERT_TRUE(
        service->recordStep(manager, id, ComplaintAction::Resolve, {}, QStringLiteral("更换油封"))
            .ok());
    const auto c = service->find(id);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c.value().status, QStringLiteral("resolved"));
    EXPECT_EQ(c.value().resolution, QStringLiteral("更换油封"));
    const auto history = service->history(id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history.value().size(), 4u);
    EXPECT_EQ(history.value()[0].toStatus, QStringLiteral("received"));
    EXPECT_EQ(history.value()[1].fromStatus, QStringLiteral("received"));
    EXPECT_EQ(history.value()[1].toStatus, QStringLiteral("contacted"));
    EXPECT_EQ(history.value()[3].toStatus, QStringLiteral("resolved"));

    // The resolved complaint is on the call list; the follow-up call closes it.
    FollowUpService followUps(db(), clock());
    const auto items = followUps.planToday(now.date());
    ASSERT_TRUE(items.ok());
    const auto it = std::find_if(items.value().begin(), items.value().end(),
                                 [&](const auto& i) { return i.complaintId == id; });
    ASSERT_NE(it, items.value().end());
    EXPECT_EQ(it->kind, domain::FollowUpKind::Complaint);
    CallInput call;
    call.customerId = customer;
    call.kind = domain::FollowUpKind::Complaint;
    call.complaintId = id;
    call.outcome = domain::CallOutcome::Reached;
    const auto rec = followUps.recordOutcome(manager, call);
    ASSERT_TRUE(rec.ok());
    EXPECT_TRUE(rec.value().complaintClosed);
    EXPECT_EQ(service->find(id).value().status, QStringLiteral("closed"));
    EXPECT_TRUE(service->openComplaints().value().empty());

    const auto stats = service->weekly(now.date());
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats.value().received, 1);
    EXPECT_EQ(stats.value().closed, 1);
    EXPECT_EQ(stats.value().compliant, 1);
    EXPECT_EQ(stats.value().complianceBp, 10000);
    EXPECT_EQ(service->monthly(now.date()).value().received, 1);
}

TEST_F(ComplaintServiceTest, OpenValidatesDescriptionAndCustomer) {
    domain::Complaint c;
    c.customerId = customer;
    EXPECT_EQ(service->open(manager, c).error().field, QStringLiteral("description"));
    c.description = QStringLiteral("x");
    c.customerId = 999;
    EXPECT_EQ(service->open(manager, c).error().code, ServiceError::Code::NotFound);
}

TEST_F(ComplaintServiceTest, StoredContactMinutesChangeTheDeadlines) {
    const QDateTime received(QDate(2026, 6, 15), QTime(8, 0));
    const auto id = openAt(received, domain::ComplaintSeverity::Normal);
    const QDateTime at(QDate(2026, 6, 15), QTime(9, 30));
    ASSERT_TRUE(service->overdue(at).value().empty());  // default: contact within 2 hours

    domain::FollowUpSettings stored;
    stored.complaint.contactWithin = std::chrono::minutes(60);
    ASSERT_TRUE(SettingsService(db(), clock()).saveFollowUps(manager, stored).ok());

    // The same service (built without settings) now uses the stored deadline.
    const auto complaint = service->find(id).value();
    EXPECT_EQ(service->deadlines().value().deadline(complaint.times(), ComplaintStep::Contact),
              received.addSecs(3600));
    const auto r = service->overdue(at);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.value().size(), 1u);
    EXPECT_EQ(stepOf(r.value()[0], ComplaintStep::Contact)->status, StepStatus::Overdue);
    EXPECT_EQ(stepOf(r.value()[0], ComplaintStep::Contact)->minutesLeft, -30);
    const auto stats = service->stats(received.date(), received.date(), at);
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats.value().overdueNow, 1);

    // Fixed settings ignore what is stored.
    ComplaintService fixed(db(), clock(), domain::ComplaintSettings{});
    EXPECT_TRUE(fixed.overdue(at).value().empty());
    EXPECT_EQ(fixed.deadlines().value().deadline(complaint.times(), ComplaintStep::Contact),
              received.addSecs(2 * 3600));
}

}  // namespace
}  // namespace hc::services
