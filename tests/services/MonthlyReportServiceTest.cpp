// MonthlyReportService on a real database: golden numbers of every section on a hand-built shop,
// the seed-001 ABC case, rank changes between two saved runs, and the audited manager-only export.
#include "ServiceFixture.h"
#include "hc/domain/Percent.h"
#include "hc/services/MonthlyReportService.h"
#include "hc/services/SettingsService.h"
#include "hc/services/VisitImportService.h"
#include "hc/services/VisitService.h"
#include "hc/storage/CallRepository.h"
#include "hc/storage/ComplaintRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/SatisfactionRepository.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

namespace hc::services {
namespace {

using domain::AbcGrade;
using domain::CallOutcome;
using domain::CustomerId;
using domain::FollowUpKind;

std::string pct(int bp) {
    return domain::formatPercent(bp).toStdString();
}

class MonthlyReportServiceTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        now = QDateTime(QDate(2026, 9, 5), QTime(10, 0));
    }

    CustomerId customer(const char* name, const char* phone, const char* region) {
        domain::Customer c;
        c.name = QString::fromUtf8(name);
        c.phone = QString::fromUtf8(phone);
        c.region = QString::fromUtf8(region);
        c.createdAt = c.updatedAt = now;
        return storage::CustomerRepository(db()).insert(c);
    }
    domain::VehicleId vehicle(CustomerId owner, const char* plate, const char* model,
                              const QDate& purchase) {
        domain::Vehicle v;
        v.customerId = owner;
        v.plate = QString::fromUtf8(plate);
        v.model = QString::fromUtf8(model);
        v.purchaseDate = purchase;
        return storage::VehicleRepository(db()).insert(v, QDate(2020, 1, 1));
    }
    void visit(CustomerId c, domain::VehicleId v, const QDate& date, domain::Fen fen) {
        domain::Visit visit;
        visit.customerId = c;
        visit.vehicleId = v;
        visit.date = date;
        visit.amountFen = fen;
        visit.createdAt = now;
        storage::VisitRepository(db()).insert(visit);
    }
    std::int64_t call(CustomerId c, FollowUpKind kind, const QDate& date, CallOutcome outcome,
                      std::optional<domain::ChurnReason> reason = std::nullopt,
                      const QDate& appointment = {}) {
        domain::CallRecord r;
        r.customerId = c;
        r.kind = kind;
        r.calledAt = QDateTime(date, QTime(10, 0));
        r.outcome = outcome;
        r.churnReason = reason;
        r.appointment = appointment;
        return storage::CallRepository(db()).insert(r);
    }
    std::int64_t itemId(const char* key) {
        for (const auto& i : storage::SatisfactionRepository(db()).items(true)) {
            if (i.key == QString::fromUtf8(key)) {
                return i.id;
            }
        }
        return 0;
    }
    void complaint(CustomerId c, const QDateTime& received, const QDateTime& contacted,
                   const QDateTime& answered, const QDateTime& resolved,
                   const QDateTime& followedUp) {
        domain::Complaint x;
        x.customerId = c;
        x.description = QStringLiteral("等待时间太长");
        x.received = received;
        x.contacted = contacted;
        x.answered = answered;
        x.resolved = resolved;
        x.followedUp = followedUp;
        x.createdAt = x.updatedAt = now;
        storage::ComplaintRepository(db()).insert(x);
    }

    /// The hand-built shop of the golden case (see the expectations in ShopGolden).
    void buildShop() {
        a = customer("张一", "13800000001", "市区");
        b = customer("李二", "13800000002", "市区");
        c = customer("王三", "13800000003", "咸阳");
        d = customer("赵四", "13800000004", "外地");
        e = customer("钱五", "", "市区");
        f = customer("孙六", "13800000006", "市区");
        g = customer("周七", "13800000007", "渭南");
        const auto va = vehicle(a, "陕A00001", "凯美瑞", QDate(2025, 3, 1));
        const auto vb = vehicle(b, "陕A00002", "雅力士", QDate(2023, 1, 10));
        const auto vc1 = vehicle(c, "陕A00003", "凯美瑞", QDate(2024, 12, 1));
        vehicle(c, "陕A00004", "致炫", QDate(2026, 1, 1));
        const auto vd = vehicle(d, "陕A00005", "凯美瑞", QDate());
        const auto ve = vehicle(e, "陕A00006", "雅力士", QDate(2022, 1, 1));
        const auto vf = vehicle(f, "陕A00007", "雷凌", QDate(2026, 8, 1));
        visit(a, va, QDate(2026, 3, 1), 100000);
        visit(a, va, QDate(2026, 8, 10), 300000);
        visit(b, vb, QDate(2025, 6, 15), 200000);
        visit(b, vb, QDate(2026, 9, 2), 50000);  // returned after the win-back call
        visit(c, vc1, QDate(2025, 5, 1), 80000);
        visit(d, vd, QDate(2026, 1, 20), 300000);
        visit(e, ve, QDate(2026, 8, 5), 10000);
        visit(f, vf, QDate(2026, 8, 20), 150000);

        call(b, FollowUpKind::Winback, QDate(2026, 8, 3), CallOutcome::WillCome,
             domain::ChurnReason::Price, QDate(2026, 8, 10));
        call(c, FollowUpKind::Winback, QDate(2026, 8, 4), CallOutcome::Refuses,
             domain::ChurnReason::Distance);
        call(d, FollowUpKind::Winback, QDate(2026, 8, 5), CallOutcome::NoAnswer);
        call(d, FollowUpKind::Winback, QDate(2026, 8, 6), CallOutcome::WrongNumber);
        call(d, FollowUpKind::Winback, QDate(2026, 7, 6), CallOutcome::Refuses);  // July

        storage::SatisfactionRepository answers(db());
        answers.addAnswers(
            call(a, FollowUpKind::PostService, QDate(2026, 8, 13), CallOutcome::Reached),
            {{itemId("reception"), 5}, {itemId("quality"), 4}});
        answers.addAnswers(
            call(f, FollowUpKind::PostService, QDate(2026, 8, 23), CallOutcome::Reached),
            {{itemId("reception"), 4}, {itemId("quality"), 2}});

        const QDate day1(2026, 8, 10);
        complaint(c, QDateTime(day1, QTime(9, 0)), QDateTime(day1, QTime(10, 0)),
                  QDateTime(day1, QTime(15, 0)), QDateTime(QDate(2026, 8, 11), QTime(9, 0)),
                  QDateTime(QDate(2026, 8, 12), QTime(9, 0)));
        const QDate day2(2026, 8, 20);
        complaint(d, QDateTime(day2, QTime(9, 0)), QDateTime(day2, QTime(13, 0)), {}, {}, {});
    }

    MonthlyReport build(const ReportMonth& month, MonthlyReportOptions options = {}) {
        MonthlyReportService service(db(), clock(), std::move(options));
        auto r = service.build(month);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return r.ok() ? r.value() : MonthlyReport{};
    }

    int auditCount(const QString& action) {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        q.exec();
        q.next();
        return q.value(0).toInt();
    }

    CustomerId a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0;
    const ReportMonth august{2026, 8};
};

TEST(ReportMonthTest, ParsesAndNamesMonths) {
    const auto m = ReportMonth::parse(QStringLiteral("2026-02"));
    ASSERT_TRUE(m);
    EXPECT_EQ(m->last(), QDate(2026, 2, 28));
    EXPECT_EQ(m->previous().key(), QStringLiteral("2026-01"));
    EXPECT_EQ(ReportMonth({2026, 1}).previous().key(), QStringLiteral("2025-12"));
    EXPECT_FALSE(ReportMonth::parse(QStringLiteral("2026-13")));
    EXPECT_FALSE(ReportMonth::parse(QStringLiteral("2026-8")));
    EXPECT_FALSE(ReportMonth::parse(QStringLiteral("")));
}

TEST(ReportMonthTest, RunningMonthIsReportedAsOfToday) {
    const ReportMonth september{2026, 9};
    EXPECT_EQ(september.asOf(QDate(2026, 9, 5)), QDate(2026, 9, 5));
    EXPECT_TRUE(september.inProgress(QDate(2026, 9, 5)));
    EXPECT_EQ(september.asOf(QDate(2026, 9, 30)), QDate(2026, 9, 30));
    EXPECT_FALSE(september.inProgress(QDate(2026, 9, 30)));
    EXPECT_EQ(september.asOf(QDate(2026, 10, 2)), QDate(2026, 9, 30));
    EXPECT_EQ(ReportMonth({2026, 8}).asOf(QDate(2026, 9, 5)), QDate(2026, 8, 31));
}

TEST_F(MonthlyReportServiceTest, CurrentMonthIsComputedAsOfTodayNotItsLastDay) {
    // Last visit 2026-03-06: loyal as of today 2026-09-05 (within 6 months), but it would look
    // swing "as of" 2026-09-30 — a fall that has not happened.
    const CustomerId x = customer("甲", "13800000001", "城区");
    visit(x, vehicle(x, "陕A00001", "POLO", QDate(2020, 1, 1)), QDate(2026, 3, 6), 10000);
    const auto r = build({2026, 9});
    EXPECT_EQ(r.asOf, QDate(2026, 9, 5));
    EXPECT_TRUE(r.inProgress);
    EXPECT_EQ(r.customersBehind(QStringLiteral("composition.loyal")), (CustomerIds{x}));
    EXPECT_TRUE(r.customersBehind(QStringLiteral("composition.swing")).empty());
    EXPECT_FALSE(build(august).inProgress);
}

TEST_F(MonthlyReportServiceTest, CompositionGoldenWithPreviousMonth) {
    buildShop();
    const auto r = build(august);
    EXPECT_EQ(r.asOf, QDate(2026, 8, 31));
    EXPECT_EQ(r.previousAsOf, QDate(2026, 7, 31));
    const auto& rows = r.composition.report;
    ASSERT_TRUE(rows.hasPrevious);
    const auto* loyal = rows.row(QStringLiteral("loyal"));
    ASSERT_NE(loyal, nullptr);
    EXPECT_EQ(loyal->count, 2);
    EXPECT_EQ(pct(loyal->shareBp), "28.57");
    EXPECT_EQ(pct(*loyal->validShareBp), "40.00");
    EXPECT_EQ(*loyal->previousCount, 1);
    EXPECT_EQ(*loyal->deltaCount, 1);
    EXPECT_EQ(rows.row(QStringLiteral("customers"))->count, 7);
    EXPECT_EQ(rows.row(QStringLiteral("valid"))->count, 5);
    EXPECT_EQ(rows.row(QStringLiteral("invalid"))->count, 1);
    EXPECT_EQ(rows.row(QStringLiteral("no_visit"))->count, 1);
    EXPECT_EQ(rows.row(QStringLiteral("swing"))->count, 1);
    EXPECT_EQ(rows.row(QStringLiteral("lost"))->count, 2);
    EXPECT_EQ(rows.row(QStringLiteral("new"))->count, 2);
    EXPECT_EQ(*rows.row(QStringLiteral("no_visit"))->previousCount, 3);
    EXPECT_EQ(pct(*rows.row(QStringLiteral("no_visit"))->deltaShareBp), "-28.57");
    // The customers behind the numbers.
    EXPECT_EQ(r.customersBehind(QStringLiteral("composition.loyal")), (CustomerIds{a, f}));
    EXPECT_EQ(r.customersBehind(QStringLiteral("composition.lost")), (CustomerIds{b, c}));
    EXPECT_EQ(r.customersBehind(QStringLiteral("composition.invalid")), (CustomerIds{e}));
    EXPECT_EQ(r.customersBehind(QStringLiteral("composition.no_visit")), (CustomerIds{g}));
    EXPECT_EQ(r.customersBehind(QStringLiteral("composition.new")), (CustomerIds{e, f}));
    EXPECT_EQ(r.customersBehind(QStringLiteral("composition.valid")).size(), 5U);
    EXPECT_TRUE(r.customersBehind(QStringLiteral("no.such.key")).empty());
}

TEST_F(MonthlyReportServiceTest, AbcMatrixAndRfmGolden) {
    buildShop();
    const auto r = build(august);
    const auto& abc = r.abc;
    EXPECT_EQ(abc.from, QDate(2025, 9, 1));
    EXPECT_EQ(abc.result.totalFen, 850000);
    ASSERT_EQ(abc.result.rows.size(), 5U);
    const std::vector<CustomerId> order = {a, d, f, b, c};
    const std::vector<std::string> cumulative = {"47.06", "82.35", "100.00", "100.00", "100.00"};
    const std::string grades = "ABCCC";
    for (std::size_t i = 0; i < order.size(); ++i) {
        EXPECT_EQ(abc.result.rows[i].customerId, order[i]) << i;
        EXPECT_EQ(pct(abc.result.rows[i].cumulativeBp), cumulative[i]) << i;
        EXPECT_EQ(domain::toKey(abc.result.rows[i].grade).toStdString(), std::string(1, grades[i]));
    }
    const auto& s = abc.summary;
    EXPECT_EQ(pct(s.grade(AbcGrade::A).revenueShareBp), "47.06");
    EXPECT_EQ(pct(s.grade(AbcGrade::B).revenueShareBp), "35.29");
    EXPECT_EQ(pct(s.grade(AbcGrade::C).revenueShareBp), "17.65");
    EXPECT_EQ(pct(s.grade(AbcGrade::C).customerShareBp), "60.00");
    EXPECT_TRUE(s.perCustomer);
    ASSERT_EQ(s.pareto.size(), 5U);
    EXPECT_EQ(s.aMarkBp, 8000);
    EXPECT_EQ(s.bMarkBp, 9500);
    EXPECT_EQ(r.customersBehind(QStringLiteral("abc.grade.C")), (CustomerIds{b, c, f}));
    EXPECT_EQ(r.customersBehind(QStringLiteral("abc.pareto.1")), (CustomerIds{d}));
    // No saved run: compared with the previous month end computed from the archive.
    EXPECT_EQ(abc.previousSource, QStringLiteral("computed"));
    EXPECT_EQ(abc.previousPeriod, QStringLiteral("2026-07"));

    const auto& m = r.matrix.summary;
    EXPECT_EQ(m.cell(domain::MatrixCell::APlus).customers, 1);
    EXPECT_EQ(m.cell(domain::MatrixCell::BPlus).customers, 1);
    EXPECT_EQ(m.cell(domain::MatrixCell::CPlus).customers, 1);
    EXPECT_EQ(m.cell(domain::MatrixCell::CMinus).customers, 2);
    EXPECT_EQ(m.cell(domain::MatrixCell::AMinus).customers, 0);
    EXPECT_EQ(pct(m.cell(domain::MatrixCell::BPlus).revenueShareBp), "35.29");
    EXPECT_FALSE(m.cell(domain::MatrixCell::AMinus).strategy.isEmpty());
    EXPECT_EQ(r.customersBehind(QStringLiteral("matrix.C-")), (CustomerIds{b, c}));

    const auto& rfm = r.rfm.rfm;
    EXPECT_EQ(rfm.population, 5);
    EXPECT_EQ(rfm.monetaryThresholdFen, 170000);
    EXPECT_EQ(rfm.count(domain::RfmSegment::ImportantValue), 1);
    EXPECT_EQ(rfm.count(domain::RfmSegment::ImportantRetain), 1);
    EXPECT_EQ(rfm.count(domain::RfmSegment::GeneralDevelop), 1);
    EXPECT_EQ(rfm.count(domain::RfmSegment::GeneralRetain), 2);
    EXPECT_EQ(r.customersBehind(QStringLiteral("rfm.important_retain")), (CustomerIds{d}));
    EXPECT_EQ(r.customersBehind(QStringLiteral("rfm.general_retain")), (CustomerIds{b, c}));
}

TEST_F(MonthlyReportServiceTest, ChurnPerVehicleGolden) {
    buildShop();
    const auto r = build(august);
    const auto& a1 = r.churn.analysis;
    EXPECT_EQ(a1.population, 6);
    EXPECT_EQ(a1.lost, 3);
    EXPECT_EQ(pct(a1.rateBp), "50.00");
    EXPECT_EQ(a1.skipped, 1);
    ASSERT_EQ(a1.byRegion.size(), 2U);
    EXPECT_EQ(a1.byRegion[0].region, QStringLiteral("咸阳"));
    EXPECT_EQ(pct(a1.byRegion[0].shareBp), "66.67");
    EXPECT_EQ(a1.byRegion[1].region, QStringLiteral("市区"));
    EXPECT_EQ(pct(a1.byRegion[1].shareBp), "33.33");
    ASSERT_EQ(a1.byModel.size(), 4U);
    EXPECT_EQ(a1.byModel[0].model, QStringLiteral("凯美瑞"));
    EXPECT_EQ(a1.byModel[0].population, 3);
    EXPECT_EQ(a1.byModel[0].lost, 1);
    EXPECT_EQ(pct(a1.byModel[0].rateBp), "33.33");
    EXPECT_EQ(a1.byModel[1].model, QStringLiteral("致炫"));
    EXPECT_EQ(pct(a1.byModel[1].rateBp), "100.00");
    EXPECT_EQ(a1.byModel[2].model, QStringLiteral("雅力士"));
    EXPECT_EQ(a1.byModel[3].model, QStringLiteral("雷凌"));
    EXPECT_EQ(a1.byModel[3].lost, 0);
    const std::vector<int> lost = {1, 1, 0, 1};
    const std::vector<std::string> share = {"33.33", "33.33", "0.00", "33.33"};
    const std::vector<std::string> cumulative = {"33.33", "66.67", "66.67", "100.00"};
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(a1.byVehicleAge[i].lost, lost[i]) << i;
        EXPECT_EQ(pct(a1.byVehicleAge[i].shareBp), share[i]) << i;
        EXPECT_EQ(pct(a1.byVehicleAge[i].cumulativeBp), cumulative[i]) << i;
    }
    EXPECT_EQ(r.customersBehind(QStringLiteral("churn.region.咸阳")), (CustomerIds{c}));
    EXPECT_EQ(r.customersBehind(QStringLiteral("churn.lost")), (CustomerIds{b, c}));
    EXPECT_EQ(r.customersBehind(QStringLiteral("churn.model.凯美瑞.population")),
              (CustomerIds{a, c, d}));
    EXPECT_EQ(r.customersBehind(QStringLiteral("churn.age.>=3y")), (CustomerIds{b}));

    const auto& why = r.churn.reasons;
    EXPECT_EQ(why.total, 2);
    EXPECT_EQ(pct(why.internalShareBp), "50.00");
    EXPECT_EQ(why.mainReason, domain::ChurnReason::Price);
    EXPECT_EQ(r.customersBehind(QStringLiteral("churn.reason.distance")), (CustomerIds{c}));
    EXPECT_EQ(r.customersBehind(QStringLiteral("churn.reason.internal")), (CustomerIds{b}));
}

TEST_F(MonthlyReportServiceTest, WinbackSatisfactionAndComplaintsGolden) {
    buildShop();
    const auto r = build(august);
    const auto& w = r.winback.kpis;
    EXPECT_EQ(w.calls, 4);
    EXPECT_EQ(w.reminded, 3);
    EXPECT_EQ(w.returned, 1);
    EXPECT_EQ(pct(w.returnRateBp), "33.33");
    EXPECT_EQ(w.intending, 1);
    EXPECT_EQ(w.refusals, 1);
    EXPECT_EQ(w.invalidData, 1);
    EXPECT_EQ(w.noAnswer, 0);
    EXPECT_EQ(r.customersBehind(QStringLiteral("winback.reminded")), (CustomerIds{b, c, d}));
    EXPECT_EQ(r.customersBehind(QStringLiteral("winback.returned")), (CustomerIds{b}));
    EXPECT_EQ(r.customersBehind(QStringLiteral("winback.refusals")), (CustomerIds{c}));
    EXPECT_EQ(r.customersBehind(QStringLiteral("winback.invalid_data")), (CustomerIds{d}));

    const auto& s = r.satisfaction.summary;
    EXPECT_EQ(s.answers, 4);
    EXPECT_EQ(s.overallAverageX100, 375);
    const auto* reception = s.item(QStringLiteral("reception"));
    ASSERT_NE(reception, nullptr);
    EXPECT_EQ(reception->averageX100, 450);
    EXPECT_TRUE(reception->strong);
    EXPECT_EQ(s.item(QStringLiteral("quality"))->averageX100, 300);
    EXPECT_EQ(s.strongItems, (std::vector<QString>{QStringLiteral("reception")}));
    EXPECT_EQ(s.weakItems, (std::vector<QString>{QStringLiteral("quality")}));
    EXPECT_EQ(r.customersBehind(QStringLiteral("satisfaction.quality")), (CustomerIds{a, f}));

    const auto& k = r.complaints.stats;
    EXPECT_EQ(k.received, 2);
    EXPECT_EQ(k.resolved, 1);
    EXPECT_EQ(k.closed, 1);
    EXPECT_EQ(k.compliant, 1);
    EXPECT_EQ(k.late, 1);
    EXPECT_EQ(k.overdueNow, 1);
    EXPECT_EQ(k.open, 1);
    ASSERT_TRUE(k.complianceBp);
    EXPECT_EQ(pct(*k.complianceBp), "50.00");
    EXPECT_EQ(r.customersBehind(QStringLiteral("complaints.late")), (CustomerIds{d}));
    EXPECT_EQ(r.customersBehind(QStringLiteral("complaints.compliant")), (CustomerIds{c}));
}

TEST_F(MonthlyReportServiceTest, StoredFollowUpSettingsChangeWinbackAndComplaints) {
    buildShop();
    // b: win-back call 2026-08-03, visit 2026-09-02 = day 30 of the default window. c's complaint
    // was contacted after 60 minutes, within the default 2 hours.
    domain::FollowUpSettings stored;
    stored.winbackReturnWindowDays = 29;
    stored.complaint.contactWithin = std::chrono::minutes(30);
    ASSERT_TRUE(SettingsService(db(), clock()).saveFollowUps(manager, stored).ok());

    const auto r = build(august);  // no follow-up settings given: the stored ones
    EXPECT_EQ(r.winback.returnWindowDays, 29);
    EXPECT_EQ(r.winback.kpis.returned, 0);
    EXPECT_TRUE(r.customersBehind(QStringLiteral("winback.returned")).empty());
    EXPECT_EQ(r.complaints.stats.compliant, 0);
    EXPECT_EQ(r.complaints.stats.late, 2);
    EXPECT_EQ(r.customersBehind(QStringLiteral("complaints.late")), (CustomerIds{c, d}));

    // Given settings win over the stored ones.
    MonthlyReportOptions options;
    options.followUp = domain::FollowUpSettings{};
    const auto fixed = build(august, options);
    EXPECT_EQ(fixed.winback.returnWindowDays, 30);
    EXPECT_EQ(fixed.winback.kpis.returned, 1);
    EXPECT_EQ(fixed.complaints.stats.compliant, 1);
}

TEST_F(MonthlyReportServiceTest, AReportBuiltAheadIsHandedOverOnceAndOnlyForTheSameData) {
    buildShop();
    const MonthlyReportService service(db(), clock());
    ASSERT_TRUE(service.prepare(august).ok());
    // A change behind the services' back (no audit record, no new customer or visit) shows which
    // report comes back: the one built ahead, then — handed over — a fresh one.
    db().execScript(QStringLiteral("UPDATE visits SET amount_fen = amount_fen + 100;"));
    const auto ahead = service.build(august);
    ASSERT_TRUE(ahead.ok());
    EXPECT_EQ(ahead.value().abc.result.totalFen, 850000);
    const auto fresh = service.build(august);
    ASSERT_TRUE(fresh.ok());
    EXPECT_GT(fresh.value().abc.result.totalFen, 850000);

    // Built ahead, then a new visit (a new data version): built again, with it.
    ASSERT_TRUE(service.prepare(august).ok());
    visit(a, vehicle(a, "陕A99999", "Model", QDate(2020, 1, 1)), QDate(2026, 8, 20), 10000);
    const auto after = service.build(august);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after.value().abc.result.totalFen, fresh.value().abc.result.totalFen + 10000);
    // Another month is not answered with the one built ahead.
    ASSERT_TRUE(service.prepare(august).ok());
    EXPECT_EQ(service.build(august.previous()).value().month, august.previous());
}

TEST_F(MonthlyReportServiceTest, TheFirstSectionIsHandedOutWhileTheRestIsBuilt) {
    buildShop();
    const MonthlyReportService service(db(), clock());
    std::vector<MonthlyReport> firsts;
    const auto keep = [&firsts](MonthlyReport partial) { firsts.push_back(std::move(partial)); };
    const auto whole = service.build(august, keep);
    ASSERT_TRUE(whole.ok());
    ASSERT_EQ(firsts.size(), 1u);
    const MonthlyReport& first = firsts.front();
    const MonthlyReport& all = whole.value();
    EXPECT_FALSE(first.complete);
    EXPECT_TRUE(all.complete);
    // The header and the composition equal the whole report's (one snapshot, one build).
    EXPECT_EQ(first.month, all.month);
    EXPECT_EQ(first.asOf, all.asOf);
    EXPECT_EQ(first.previousAsOf, all.previousAsOf);
    EXPECT_EQ(first.names, all.names);
    EXPECT_EQ(first.composition.report.rows, all.composition.report.rows);
    EXPECT_EQ(first.composition.report.stages, all.composition.report.stages);
    ASSERT_FALSE(first.drill.empty());
    for (const auto& [key, ids] : first.drill) {
        EXPECT_TRUE(key.startsWith(QStringLiteral("composition."))) << key.toStdString();
        EXPECT_EQ(ids, all.customersBehind(key)) << key.toStdString();
    }
    EXPECT_FALSE(first.customersBehind(QStringLiteral("composition.customers")).empty());
    // The other sections are not there yet.
    EXPECT_TRUE(first.abc.result.rows.empty());
    EXPECT_FALSE(all.abc.result.rows.empty());
    EXPECT_TRUE(first.rfm.rfm.entries.empty());
    EXPECT_EQ(first.winback.kpis.reminded, 0);
    EXPECT_GT(all.winback.kpis.reminded, 0);

    // Built ahead: its first section goes to prepare's callback; the build that takes the report
    // over hands out no partial one.
    firsts.clear();
    ASSERT_TRUE(service.prepare(august, keep).ok());
    EXPECT_EQ(firsts.size(), 1u);
    firsts.clear();
    const auto handedOver = service.build(august, keep);
    ASSERT_TRUE(handedOver.ok());
    EXPECT_TRUE(handedOver.value().complete);
    EXPECT_TRUE(firsts.empty());
    // A month that cannot be built hands out nothing.
    EXPECT_FALSE(service.build(ReportMonth{2026, 13}, keep).ok());
    EXPECT_TRUE(firsts.empty());
}

TEST_F(MonthlyReportServiceTest, Seed001AbcGolden) {
    QFile file(QStringLiteral(HC_TEST_DATA_DIR "/seed001_visits.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    VisitImportService import(db(), clock());
    const auto imported = import.importVisits(manager, file.readAll());
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    const auto r = build({2016, 12});
    const auto& abc = r.abc;
    EXPECT_EQ(abc.result.totalFen, 985000);
    const std::vector<std::string> names = {"刘春江", "牛理财", "孙凤武", "张丽",  "马玉",
                                            "李强",   "张昆",   "王顺",   "李向阳"};
    const std::vector<std::string> cumulative = {"24.67", "43.35", "55.53", "64.67", "73.71",
                                                 "82.03", "90.05", "95.13", "100.00"};
    const std::string grades = "AAAAABBCC";
    ASSERT_EQ(abc.result.rows.size(), 9U);
    for (std::size_t i = 0; i < 9; ++i) {
        const auto& row = abc.result.rows[i];
        EXPECT_EQ(r.nameOf(row.customerId).toStdString(), names[i]);
        EXPECT_EQ(pct(row.cumulativeBp), cumulative[i]);
        EXPECT_EQ(domain::toKey(row.grade).toStdString(), std::string(1, grades[i]));
    }
    EXPECT_EQ(pct(abc.summary.grade(AbcGrade::A).revenueShareBp), "73.71");
    EXPECT_EQ(pct(abc.summary.grade(AbcGrade::B).revenueShareBp), "16.35");
    EXPECT_EQ(pct(abc.summary.grade(AbcGrade::C).revenueShareBp), "9.95");
    EXPECT_EQ(abc.summary.grade(AbcGrade::A).revenueFen, 726000);
}

TEST_F(MonthlyReportServiceTest, RankChangesAgainstTheLastSavedRun) {
    buildShop();
    domain::AnalysisSettings settings;
    settings.abc.rankMoveThreshold = 0;  // any move is flagged
    MonthlyReportOptions options;
    options.analysis = settings;
    MonthlyReportService service(db(), clock(), options);
    ASSERT_TRUE(service.saveAbcRun(manager, {2026, 7}).ok());
    // Re-saving a period replaces it.
    const auto saved = service.saveAbcRun(manager, {2026, 7});
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved.value(), 4);  // d, a, b, c ranked as of 2026-07-31
    EXPECT_EQ(auditCount(QStringLiteral("report.abc_run.save")), 2);
    EXPECT_FALSE(service.saveAbcRun(advisor, {2026, 7}).ok());

    auto built = service.build(august);
    ASSERT_TRUE(built.ok());
    const auto& abc = built.value().abc;
    EXPECT_EQ(abc.previousSource, QStringLiteral("saved"));
    EXPECT_EQ(abc.previousPeriod, QStringLiteral("2026-07"));
    // July: d 1 (A), a 2 (C), b 3 (C), c 4 (C). August: a 1 (A), d 2 (B), f 3 (entered), b 4, c 5.
    ASSERT_EQ(abc.changes.size(), 5U);
    EXPECT_EQ(abc.changes[0].customerId, a);
    EXPECT_TRUE(abc.changes[0].gradeChanged);
    EXPECT_EQ(abc.changes[0].rankDelta(), 1);
    EXPECT_EQ(abc.changes[1].customerId, d);
    EXPECT_EQ(abc.changes[1].previousGrade, AbcGrade::A);
    EXPECT_EQ(abc.changes[1].currentGrade, AbcGrade::B);
    EXPECT_EQ(abc.changes[2].customerId, f);
    EXPECT_TRUE(abc.changes[2].entered);
    EXPECT_EQ(abc.changes[3].customerId, b);
    EXPECT_TRUE(abc.changes[3].rankMoved);
    EXPECT_FALSE(abc.changes[3].gradeChanged);
    EXPECT_EQ(abc.changes[3].rankDelta(), -1);
    EXPECT_EQ(built.value().customersBehind(QStringLiteral("abc.changes.entered")),
              (CustomerIds{f}));

    // With the default threshold (10) only grade changes and entries are flagged.
    ASSERT_TRUE(service.saveAbcRun(manager, august).ok());
    MonthlyReportService defaults(db(), clock());
    const auto september = defaults.build({2026, 9});
    ASSERT_TRUE(september.ok());
    EXPECT_EQ(september.value().abc.previousPeriod, QStringLiteral("2026-08"));
    for (const auto& change : september.value().abc.changes) {
        EXPECT_FALSE(change.rankMoved);
    }
    const auto periods = service.savedAbcPeriods();
    ASSERT_TRUE(periods.ok());
    EXPECT_EQ(periods.value(),
              (std::vector<QString>{QStringLiteral("2026-07"), QStringLiteral("2026-08")}));
}

TEST_F(MonthlyReportServiceTest, ExportIsManagerOnlyAndAudited) {
    buildShop();
    MonthlyReportService service(db(), clock());
    int written = 0;
    const auto writer = [&](const MonthlyReport& report) -> VoidResult {
        ++written;
        EXPECT_EQ(report.month.key(), QStringLiteral("2026-08"));
        return Done{};
    };
    const auto refused = service.exportReport(advisor, august, ReportFormat::Pdf,
                                              QStringLiteral("/tmp/x.pdf"), writer);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ServiceError::Code::Denied);
    EXPECT_EQ(written, 0);
    EXPECT_EQ(auditCount(QStringLiteral("report.export")), 0);

    const auto failing = service.exportReport(
        manager, august, ReportFormat::Csv, QStringLiteral("/tmp/x.csv"),
        [](const MonthlyReport&) -> VoidResult {
            return ServiceError{ServiceError::Code::Failed, QStringLiteral("磁盘已满"), {}, {}};
        });
    EXPECT_FALSE(failing.ok());
    EXPECT_EQ(auditCount(QStringLiteral("report.export")), 0);

    const auto ok = service.exportReport(manager, august, ReportFormat::Xlsx,
                                         QStringLiteral("/tmp/report.xlsx"), writer);
    ASSERT_TRUE(ok.ok()) << ok.error().message.toStdString();
    EXPECT_EQ(written, 1);
    EXPECT_EQ(auditCount(QStringLiteral("report.export")), 1);
    QSqlQuery q(db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT user_id, json_extract(after_json, '$.month'), json_extract(after_json, "
        "'$.format') FROM audit_log WHERE action = 'report.export'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), manager.id);
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("2026-08"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("xlsx"));
    // Exporting does not save the month's ABC run: that is the explicit, audited saveAbcRun.
    const auto periods = service.savedAbcPeriods();
    ASSERT_TRUE(periods.ok());
    EXPECT_TRUE(periods.value().empty());
    EXPECT_EQ(auditCount(QStringLiteral("report.abc_run.save")), 0);
}

TEST_F(MonthlyReportServiceTest, DrillDownGoesOnTheCallbackList) {
    buildShop();
    MonthlyReportService service(db(), clock());
    const auto r = build(august);
    const auto& lost = r.customersBehind(QStringLiteral("composition.lost"));
    EXPECT_FALSE(
        service.addToCallbackList(advisor, lost, QStringLiteral("流失客户"), QDate(2026, 9, 6))
            .ok());
    const auto id =
        service.addToCallbackList(manager, lost, QStringLiteral("8月流失客户"), QDate(2026, 9, 6));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    QSqlQuery q(db().connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM campaign_invites WHERE campaign_id = ?"));
    q.addBindValue(static_cast<qlonglong>(id.value()));
    ASSERT_TRUE(q.exec() && q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
}

TEST_F(MonthlyReportServiceTest, ADrillDownListCountsReturnsWithinTheShopsWindow) {
    // The campaign a drill-down list becomes counts a return within the shop's stored win-back
    // window, as the campaign screen and the win-back KPIs do (before: always 30 days).
    buildShop();
    SettingsService settings(db(), clock());
    auto followUps = settings.followUps().value();
    followUps.winbackReturnWindowDays = 45;
    ASSERT_TRUE(settings.saveFollowUps(manager, followUps).ok());
    MonthlyReportService service(db(), clock());
    const auto r = build(august);
    const auto id =
        service.addToCallbackList(manager, r.customersBehind(QStringLiteral("composition.lost")),
                                  QString(), QDate(2026, 9, 6));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    QSqlQuery q(db().connection());
    q.prepare(QStringLiteral("SELECT window_days FROM campaigns WHERE id = ?"));
    q.addBindValue(static_cast<qlonglong>(id.value()));
    ASSERT_TRUE(q.exec() && q.next());
    EXPECT_EQ(q.value(0).toInt(), 45);
}

TEST_F(MonthlyReportServiceTest, EmptyArchiveGivesZeroesAndBadMonthIsRefused) {
    const auto r = build(august);
    EXPECT_EQ(r.composition.report.row(QStringLiteral("customers"))->count, 0);
    EXPECT_EQ(r.abc.result.rows.size(), 0U);
    EXPECT_EQ(r.churn.analysis.lost, 0);
    EXPECT_FALSE(r.complaints.stats.complianceBp);
    MonthlyReportService service(db(), clock());
    const auto bad = service.build({2026, 13});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ServiceError::Code::Invalid);
}

}  // namespace
}  // namespace hc::services

namespace hc::services {
namespace {

// Issue 13 item 6: the export's audit record is written first (the writer runs inside its
// transaction), and no file is written when the record cannot be.
TEST_F(MonthlyReportServiceTest, ExportRecordsTheAuditFirstAndWritesNoFileWithoutIt) {
    buildShop();
    MonthlyReportService service(db(), clock());
    const ReportMonth august{2026, 8};
    int recordsSeenByWriter = -1;
    const auto ok =
        service.exportReport(manager, august, ReportFormat::Csv, QStringLiteral("/tmp/unused.csv"),
                             [&](const MonthlyReport&) -> VoidResult {
                                 recordsSeenByWriter = auditCount(QStringLiteral("report.export"));
                                 return Done{};
                             });
    ASSERT_TRUE(ok.ok()) << ok.error().message.toStdString();
    EXPECT_EQ(recordsSeenByWriter, 1);

    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("report.csv"));
    db().execScript(QStringLiteral("PRAGMA query_only = ON"));  // the record cannot be written
    bool writerCalled = false;
    const auto refused = service.exportReport(manager, august, ReportFormat::Csv, target,
                                              [&](const MonthlyReport&) -> VoidResult {
                                                  writerCalled = true;
                                                  QFile f(target);
                                                  f.open(QIODevice::WriteOnly);
                                                  f.write("x");
                                                  return Done{};
                                              });
    db().execScript(QStringLiteral("PRAGMA query_only = OFF"));
    EXPECT_FALSE(refused.ok());
    EXPECT_FALSE(writerCalled);
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_EQ(auditCount(QStringLiteral("report.export")), 1);
}

/// Issue 9 item 3 / issue 10 item 10: a visit voided with the void use case counts nowhere in the
/// next build of the month: 孙六's only visit (1,500 yuan on 2026-08-20) made him loyal, an ABC
/// customer and one of the matrix and RFM population; voided, he has no valid visit left.
TEST_F(MonthlyReportServiceTest, AVoidedVisitCountsInNoSectionOfTheNextBuild) {
    buildShop();
    const auto before = build(august);
    ASSERT_EQ(before.customersBehind(QStringLiteral("composition.loyal")), (CustomerIds{a, f}));
    ASSERT_EQ(before.abc.result.totalFen, 850000);
    const auto inAbc = [](const MonthlyReport& r, CustomerId who) {
        return std::any_of(r.abc.result.rows.begin(), r.abc.result.rows.end(),
                           [who](const auto& row) { return row.customerId == who; });
    };
    ASSERT_TRUE(inAbc(before, f));
    ASSERT_EQ(before.rfm.rfm.population, 5);
    ASSERT_EQ(before.churn.analysis.population, 6);

    VisitService visits(db(), clock());
    const auto ofF = visits.visitsOf(f);
    ASSERT_TRUE(ofF.ok());
    ASSERT_EQ(ofF.value().size(), 1U);
    const auto voided =
        visits.voidVisit(manager, ofF.value().front().id, QStringLiteral("录错客户"));
    ASSERT_TRUE(voided.ok()) << voided.error().message.toStdString();

    const auto after = build(august);
    // Composition: no longer loyal (nor new by a visit), a customer without a valid visit.
    EXPECT_EQ(after.customersBehind(QStringLiteral("composition.loyal")), (CustomerIds{a}));
    const auto noVisit = after.customersBehind(QStringLiteral("composition.no_visit"));
    EXPECT_NE(std::find(noVisit.begin(), noVisit.end(), f), noVisit.end());
    EXPECT_EQ(after.composition.report.row(QStringLiteral("loyal"))->count, 1);
    EXPECT_EQ(after.composition.report.row(QStringLiteral("valid"))->count, 4);
    // ABC: his 1,500 yuan is gone from the total and he has no row; the others keep their amounts.
    EXPECT_EQ(after.abc.result.totalFen, 850000 - 150000);
    EXPECT_FALSE(inAbc(after, f));
    EXPECT_EQ(after.abc.result.rows.size(), before.abc.result.rows.size() - 1);
    for (const auto& m : {QStringLiteral("matrix.A+"), QStringLiteral("matrix.B+"),
                          QStringLiteral("matrix.C+"), QStringLiteral("matrix.C-")}) {
        const auto ids = after.customersBehind(m);
        EXPECT_EQ(std::find(ids.begin(), ids.end(), f), ids.end()) << m.toStdString();
    }
    EXPECT_EQ(after.rfm.rfm.population, 4);
    // Churn is per vehicle with a visit: his vehicle leaves the population.
    EXPECT_EQ(after.churn.analysis.population, 5);
}

/// The report is built inside one read transaction (issue 10 item 5): a visit another connection
/// registers while the report is half built (after its first section) is in none of its sections;
/// the next build has it.
TEST_F(MonthlyReportServiceTest, AVisitRegisteredDuringTheBuildIsInNoSection) {
    buildShop();
    const ReportMonth month{2026, 8};
    const MonthlyReportService service(db(), clock());
    const auto before = service.build(month);
    ASSERT_TRUE(before.ok());
    ASSERT_FALSE(before.value().abc.result.rows.empty());
    const CustomerId someone = before.value().abc.result.rows.back().customerId;
    auto other = storage::Database::open(temp.path());  // the reception PC's connection
    const domain::Fen added = 5000000;
    bool wrote = false;
    const auto during = service.build(month, [&](const MonthlyReport&) {
        domain::Visit v;
        v.customerId = someone;
        v.date = QDate(2026, 8, 20);
        v.amountFen = added;
        v.createdAt = now;
        storage::VisitRepository(*other).insert(v);
        wrote = true;
    });
    ASSERT_TRUE(wrote);
    ASSERT_TRUE(during.ok());
    EXPECT_EQ(during.value().abc.result.totalFen, before.value().abc.result.totalFen);
    EXPECT_EQ(during.value().abc.result.rows, before.value().abc.result.rows);
    EXPECT_EQ(during.value().matrix.matrix.entries, before.value().matrix.matrix.entries);
    EXPECT_EQ(during.value().composition.report.rows, before.value().composition.report.rows);
    const auto after = service.build(month);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after.value().abc.result.totalFen, before.value().abc.result.totalFen + added);
}

}  // namespace
}  // namespace hc::services
