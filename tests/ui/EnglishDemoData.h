#pragma once

// The data of the English audit on the demo data (tests/ui/EnglishDemoAuditTest.cpp): the CLI's
// demo history plus, through the services, what the demo does not make; and the data values read
// back from the database (DemoDataTexts).
#include "AppHarness.h"
#include "DemoDataTexts.h"

#include "hc/domain/MessageTemplates.h"
#include "hc/services/CustomerBaseModelService.h"
#include "hc/services/DemoService.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <vector>

namespace hc::test {

inline constexpr int kEnglishDemoCustomers = 300;

/// What the seed made, for the tests to open.
struct EnglishDemo {
    std::vector<domain::CustomerId> picked;  ///< valid demo customers with vehicle and visits
    std::vector<std::int64_t> complaints;
    std::int64_t campaign = 0;
    std::int64_t advisorId = 0;
};

/// The demo history, then what the demo does not make, through the services as the staff
/// would enter it (Chinese free text: data).
inline void seedEnglishDemo(AppHarness& app, EnglishDemo& d) {
    const auto today = [&app] { return app.now().date(); };
    auto& ctx = app.context;
    const services::Clock clock = [&app] { return app.now(); };
    services::DemoService demo(app.db(), clock);
    services::DemoOptions options;
    options.customers = kEnglishDemoCustomers;
    options.seed = 1;
    options.asOf = today().addDays(-1);
    const auto made = demo.generate(ctx.user, options);
    ASSERT_TRUE(made) << made.error().message.toStdString();
    ASSERT_EQ(made.value().customers, kEnglishDemoCustomers);

    domain::ShopProfile shop;
    shop.name = QStringLiteral("西安顺达汽修");
    shop.address = QStringLiteral("西安市雁塔区科技路 88 号");
    shop.phone = QStringLiteral("029-88886666");
    shop.hours = QStringLiteral("周一至周日 8:30–18:00");
    const auto savedShop = ctx.settings->saveShopProfile(ctx.user, shop);
    ASSERT_TRUE(savedShop) << savedShop.error().message.toStdString();
    const auto advisor =
        ctx.users->addUser(ctx.user, QStringLiteral("li"), domain::Role::Advisor,
                           QStringLiteral("Advisor#2024x"), QStringLiteral("李明"));
    ASSERT_TRUE(advisor) << advisor.error().message.toStdString();
    d.advisorId = advisor.value();
    const auto clerk = ctx.users->addUser(ctx.user, QStringLiteral("zhao"), domain::Role::Callback,
                                          QStringLiteral("Callback#2024x"), QStringLiteral("赵静"));
    ASSERT_TRUE(clerk) << clerk.error().message.toStdString();

    // Valid demo customers with a vehicle and visits, in id order.
    for (domain::CustomerId id = 1; id <= kEnglishDemoCustomers && d.picked.size() < 12; ++id) {
        const auto c = ctx.customers->find(id);
        ASSERT_TRUE(c);
        if (!c.value() || c.value()->invalidReason) {
            continue;
        }
        const auto vehicles = ctx.vehicles->vehiclesOf(id);
        const auto visits = ctx.visits->visitsOf(id);
        if (vehicles && visits && !vehicles.value().empty() && !visits.value().empty()) {
            d.picked.push_back(id);
        }
    }
    ASSERT_EQ(d.picked.size(), 12U);

    // Address, note and a birthday today (a care call) on the first one.
    {
        auto c = ctx.customers->find(d.picked[0]).value().value();
        c.address = QStringLiteral("西安市未央区凤城八路 1 号");
        c.note = QStringLiteral("喜欢周末来店，先打电话");
        c.birthday = QDate(1985, today().month(), today().day());
        const auto saved = ctx.customers->updateCustomer(ctx.user, c);
        ASSERT_TRUE(saved) << saved.error().message.toStdString();
    }
    // A visit two days ago with declined work (a post-service call; the items on the card),
    // and one 40 days ago whose declined item is due now (a declined-work call).
    const auto addVisit = [&](domain::CustomerId id, const QDate& date, const QString& order,
                              const std::vector<services::DeclinedItemInput>& declined) {
        const auto vehicle = ctx.vehicles->vehiclesOf(id).value().front();
        int mileage = 0;
        for (const auto& v : ctx.visits->visitsOf(id).value()) {
            mileage = std::max(mileage, v.mileage.value_or(0));
        }
        domain::Visit v;
        v.customerId = id;
        v.vehicleId = vehicle.id;
        v.date = date;
        v.workOrder = order;
        v.mileage = mileage + 1500;
        v.category = QStringLiteral("maintenance");
        v.workDone = QStringLiteral("更换机油机滤，检查刹车系统");
        v.recommendations = QStringLiteral("刹车片剩余 3 毫米，建议一个月内更换");
        v.labourFen = 20000;
        v.partsFen = 38000;
        v.amountFen = 58000;
        v.advisor = QStringLiteral("李明");
        v.technician = QStringLiteral("王师傅");
        services::VisitDeclinedWork work;
        work.declined = declined;
        const auto saved = ctx.visits->registerVisit(ctx.user, v, work);
        ASSERT_TRUE(saved) << saved.error().message.toStdString();
    };
    ASSERT_NO_FATAL_FAILURE(addVisit(
        d.picked[0], today().addDays(-2), QStringLiteral("WO-AUDIT-1"),
        {{QStringLiteral("更换前刹车片"), 60000, domain::DeclinedUrgency::Safety,
          today().addDays(20), std::nullopt},
         {QStringLiteral("四轮定位"), 20000, domain::DeclinedUrgency::Later, {}, std::nullopt}}));
    // The declined-work call goes to a customer with no other call due today (one entry per
    // customer: a maintenance reminder would take its place).
    domain::CustomerId declinedCustomer = 0;
    {
        const auto before = ctx.followUps->planToday(today());
        ASSERT_TRUE(before);
        for (domain::CustomerId id = kEnglishDemoCustomers; id > 0 && declinedCustomer == 0; --id) {
            const auto c = ctx.customers->find(id).value();
            const auto vehicles = ctx.vehicles->vehiclesOf(id).value();
            if (c && !c->invalidReason && !vehicles.empty() &&
                std::none_of(before.value().begin(), before.value().end(),
                             [id](const auto& item) { return item.customerId == id; })) {
                declinedCustomer = id;
            }
        }
        ASSERT_NE(declinedCustomer, 0);
    }
    ASSERT_NO_FATAL_FAILURE(
        addVisit(declinedCustomer, today().addDays(-40), QStringLiteral("WO-AUDIT-2"),
                 {{QStringLiteral("更换空调滤芯"), 15000, domain::DeclinedUrgency::Soon,
                   today().addDays(-3), std::nullopt}}));

    // Complaints in every state: received, contacted, answered (major: senior answer),
    // resolved (a complaint call), followed up; the last two closed in the report's month
    // (the last complete one: the 2123 tab).
    const QDateTime now = app.now();
    const QStringList texts = {
        QStringLiteral("保养后发动机有异响"), QStringLiteral("等待时间太长，超过约定两小时"),
        QStringLiteral("收费比报价高"),       QStringLiteral("洗车不干净，内饰有污渍"),
        QStringLiteral("更换的轮胎型号不对"), QStringLiteral("维修后仍然漏油")};
    for (int i = 0; i < 6; ++i) {
        domain::Complaint c;
        c.customerId = d.picked[static_cast<std::size_t>(2 + i)];
        c.description = texts[i];
        c.severity =
            i == 2 || i == 5 ? domain::ComplaintSeverity::Major : domain::ComplaintSeverity::Normal;
        c.responsiblePerson = QStringLiteral("李明");
        c.received = now.addDays(i < 4 ? -(i + 1) : -(20 + 3 * i)).addSecs(-3600);
        const auto id = ctx.complaints->open(ctx.user, c);
        ASSERT_TRUE(id) << id.error().message.toStdString();
        const auto step = [&](services::ComplaintAction a, int hours, const QString& note) {
            const auto r = ctx.complaints->recordStep(ctx.user, id.value(), a,
                                                      c.received.addSecs(hours * 3600), note);
            ASSERT_TRUE(r) << r.error().message.toStdString();
        };
        if (i >= 1) {
            ASSERT_NO_FATAL_FAILURE(step(services::ComplaintAction::Contact, 1, {}));
        }
        if (i >= 2) {
            ASSERT_NO_FATAL_FAILURE(step(services::ComplaintAction::Answer, 2, {}));
        }
        if (i == 2 || i == 5) {
            ASSERT_NO_FATAL_FAILURE(step(services::ComplaintAction::SeniorAnswer, 3, {}));
        }
        if (i >= 3) {
            ASSERT_NO_FATAL_FAILURE(step(services::ComplaintAction::Resolve, 4,
                                         QStringLiteral("免费返工并赠送一次洗车")));
        }
        if (i >= 4) {
            ASSERT_NO_FATAL_FAILURE(step(services::ComplaintAction::FollowUp, 20, {}));
        }
        d.complaints.push_back(id.value());
    }

    // Appointments: tomorrow (a reminder call), today, a no-show (yesterday, booked before)
    // and a cancelled one.
    const auto book = [&](domain::CustomerId id, const QDate& day, const QString& purpose) {
        services::AppointmentInput in;
        in.customerId = id;
        in.date = day;
        in.time = QTime(9, 30);
        in.purpose = purpose;
        in.advisorId = d.advisorId;
        const auto r = ctx.appointments->book(ctx.user, in);
        EXPECT_TRUE(r) << r.error().message.toStdString();
        return r ? r.value() : domain::AppointmentId{0};
    };
    book(d.picked[7], today().addDays(1), QStringLiteral("保养并检查空调"));
    book(d.picked[8], today(), QStringLiteral("更换轮胎"));
    const auto cancelled = book(d.picked[9], today().addDays(3), QStringLiteral("喷漆"));
    ASSERT_TRUE(ctx.appointments->cancel(ctx.user, cancelled, QStringLiteral("客户临时出差")));
    app.setNow(now.addDays(-3));
    book(d.picked[10], today().addDays(2), QStringLiteral("首保"));
    app.setNow(now);

    // A vehicle sold to another customer (the former owner's card lists it as transferred).
    {
        const auto sold = ctx.vehicles->vehiclesOf(d.picked[11]).value().front();
        const auto moved = ctx.vehicles->transfer(
            ctx.user, sold.id, d.picked[10], today().addDays(-5), QStringLiteral("转卖给朋友"));
        ASSERT_TRUE(moved) << moved.error().message.toStdString();
    }

    // A campaign for the lost customers (win-back calls).
    domain::CampaignRecord campaign;
    campaign.name = QStringLiteral("秋季回厂关怀");
    campaign.targetStage = domain::Stage::Lost;
    campaign.offer = QStringLiteral("保养工时八折");
    campaign.costPerCustomerFen = 2000;
    campaign.start = today().addDays(-7);
    campaign.windowDays = 60;
    const auto campaignId = ctx.campaigns->create(ctx.user, campaign);
    ASSERT_TRUE(campaignId) << campaignId.error().message.toStdString();
    d.campaign = campaignId.value();
    const auto invited = ctx.campaigns->inviteStage(ctx.user, d.campaign);
    ASSERT_TRUE(invited) << invited.error().message.toStdString();

    // Calls three days ago, with notes and a churn reason (call history, win-back figures).
    app.setNow(now.addDays(-3));
    {
        const auto items = ctx.followUps->planToday(today());
        ASSERT_TRUE(items) << items.error().message.toStdString();
        int n = 0;
        for (const auto& item : items.value()) {
            if (n >= 3) {
                break;
            }
            services::CallInput call;
            call.customerId = item.customerId;
            call.kind = item.kind;
            call.vehicleId = item.vehicleId;
            call.visitId = item.visitId;
            call.complaintId = item.complaintId;
            call.due = item.due;
            call.attempt = item.attempt;
            call.outcome = n == 0   ? domain::CallOutcome::Reached
                           : n == 1 ? domain::CallOutcome::NoAnswer
                                    : domain::CallOutcome::Refuses;
            if (n == 2) {
                call.churnReason = domain::ChurnReason::Price;
            }
            call.note = n == 0 ? QStringLiteral("客户满意，下次保养再来")
                               : QStringLiteral("嫌价格贵，去了路边店");
            if (ctx.followUps->recordOutcome(ctx.user, call)) {
                ++n;
            }
        }
        EXPECT_EQ(n, 3);
    }
    app.setNow(now);

    // Post-service calls with satisfaction scores in the report's month (the satisfaction tab).
    {
        const auto items = ctx.satisfaction->items(false);
        ASSERT_TRUE(items);
        int scored = 0;
        for (int back = 45; back >= 16 && scored < 4; --back) {
            app.setNow(now.addDays(-back));
            const auto list = ctx.followUps->planToday(today());
            ASSERT_TRUE(list);
            for (const auto& item : list.value()) {
                if (item.kind != domain::FollowUpKind::PostService) {
                    continue;
                }
                services::CallInput call;
                call.customerId = item.customerId;
                call.kind = item.kind;
                call.vehicleId = item.vehicleId;
                call.visitId = item.visitId;
                call.due = item.due;
                call.attempt = item.attempt;
                call.outcome = domain::CallOutcome::Reached;
                call.note = QStringLiteral("对服务满意");
                int score = 2 + scored % 4;
                for (const auto& it : items.value()) {
                    call.satisfaction.push_back({it.id, score});
                    score = score == 5 ? 3 : score + 1;
                }
                if (ctx.followUps->recordOutcome(ctx.user, call)) {
                    ++scored;
                }
                break;
            }
        }
        app.setNow(now);
        EXPECT_GE(scored, 2) << "post-service calls with scores";
    }

    // Logged messages (the card's message list): the campaign text to three customers.
    {
        QTemporaryDir exportDir;
        const auto batch = ctx.messages->forCustomers(domain::MessageTemplateKey::Campaign,
                                                      {d.picked[0], d.picked[1], d.picked[2]});
        ASSERT_TRUE(batch) << batch.error().message.toStdString();
        const auto done = ctx.messages->exportCsv(ctx.user, batch.value(),
                                                  exportDir.filePath(QStringLiteral("sms.csv")));
        ASSERT_TRUE(done) << done.error().message.toStdString();
    }

    // The stored customer-base model (the report's customer-base tab, the card's outlook).
    {
        services::CustomerBaseModelService model(app.db(), clock);
        const auto fit = model.refit(ctx.user, today().addDays(-1));
        ASSERT_TRUE(fit) << fit.error().message.toStdString();
    }

    // The day's list has every kind of follow-up the data allow.
    const auto items = ctx.followUps->planToday(today());
    ASSERT_TRUE(items) << items.error().message.toStdString();
    std::set<domain::FollowUpKind> kinds;
    for (const auto& item : items.value()) {
        kinds.insert(item.kind);
    }
    for (const auto kind :
         {domain::FollowUpKind::Complaint, domain::FollowUpKind::AppointmentReminder,
          domain::FollowUpKind::PostService, domain::FollowUpKind::NoShow,
          domain::FollowUpKind::Maintenance, domain::FollowUpKind::DeclinedWork,
          domain::FollowUpKind::Winback, domain::FollowUpKind::Care}) {
        EXPECT_TRUE(kinds.count(kind) > 0)
            << "no " << domain::toKey(kind).toStdString() << " item on the day's list";
    }
}

/// The data values, read back through the services.
inline void collectDemoTexts(AppHarness& app, const EnglishDemo& d, DemoDataTexts& data) {
    const auto today = [&app] { return app.now().date(); };
    auto& ctx = app.context;
    for (domain::CustomerId id = 1; id <= kEnglishDemoCustomers + 20; ++id) {
        const auto c = ctx.customers->find(id);
        ASSERT_TRUE(c);
        if (!c.value()) {
            continue;
        }
        const auto& customer = *c.value();
        for (const QString& s : {customer.name, customer.address, customer.region, customer.note,
                                 customer.invalidNote, customer.idNumber}) {
            data.add(s);
        }
        if (const auto vehicles = ctx.vehicles->vehiclesOf(id); vehicles) {
            for (const auto& v : vehicles.value()) {
                for (const QString& s :
                     {v.plate, v.brand, v.model, v.colour, v.engineNo, v.displacement, v.keyNo}) {
                    data.add(s);
                }
            }
        }
        if (const auto visits = ctx.visits->visitsOf(id); visits) {
            for (const auto& v : visits.value()) {
                for (const QString& s : {v.workOrder, v.workDone, v.recommendations, v.advisor,
                                         v.technician, v.voidReason, v.appraisalNo}) {
                    data.add(s);
                }
            }
        }
        if (const auto calls = ctx.followUps->callsOf(id); calls) {
            for (const auto& call : calls.value()) {
                data.add(call.note);
            }
        }
        if (const auto log = ctx.messages->logOf(id); log) {
            for (const auto& m : log.value()) {
                data.add(m.text);
            }
        }
    }
    for (const auto id : d.complaints) {
        const auto c = ctx.complaints->find(id);
        ASSERT_TRUE(c);
        data.add(c.value().description);
        data.add(c.value().resolution);
        data.add(c.value().responsiblePerson);
        if (const auto events = ctx.complaints->history(id); events) {
            for (const auto& e : events.value()) {
                data.add(e.note);
            }
        }
    }
    if (const auto list = ctx.appointments->between(today().addDays(-10), today().addDays(20));
        list) {
        for (const auto& a : list.value()) {
            data.add(a.appointment.purpose);
            data.add(a.appointment.cancelReason);
            data.add(a.appointment.advisor);
        }
    }
    if (const auto list = ctx.campaigns->list(); list) {
        for (const auto& c : list.value()) {
            data.add(c.name);
            data.add(c.offer);
            data.add(c.targetSegment);
        }
    }
    if (const auto list = ctx.declined->list({}); list) {
        for (const auto& row : list.value()) {
            data.add(row.item.what);
            data.add(row.item.dropReason);
        }
    }
    if (const auto users = ctx.users->users(); users) {
        for (const auto& u : users.value()) {
            data.add(u.displayName);
        }
    }
    if (const auto shop = ctx.settings->shopProfile(); shop) {
        data.add(shop.value().name);
        data.add(shop.value().address);
        data.add(shop.value().hours);
    }
    // The questionnaire items are the shop's data (seeded in Chinese, editable).
    if (const auto items = ctx.satisfaction->items(true); items) {
        for (const auto& item : items.value()) {
            data.add(item.label);
        }
    }
    // Message templates are the shop's Chinese SMS texts: the text, its preview, the merge
    // field names and the unsubscribe line 回T退订 stay Chinese in every language.
    for (const auto key : domain::kMessageTemplateKeys) {
        if (const auto text = ctx.messages->templateText(key); text) {
            data.add(text.value());
            if (const auto p = ctx.messages->preview(key, text.value()); p) {
                data.add(p.value().rendered.text);
            }
        }
    }
    // The holiday names are the shop's settings, merged into its Chinese greetings ({节日}).
    if (const auto followUps = ctx.settings->followUps(); followUps) {
        for (const auto& h : followUps.value().holidays) {
            data.add(h.name);
        }
    }
    for (const QString& name : domain::MessageTemplates::fieldNames()) {
        data.add(QLatin1Char('{') + name + QLatin1Char('}'));
    }
    data.add(domain::MessageTemplates::unsubscribeLine());
    // The example in the plate fields' placeholder ("e.g. 陕A12345"): a plate's province
    // character is part of what is typed, in every language.
    data.add(QStringLiteral("陕A12345"));
    // A language is named in its own language in the language choice.
    data.add(QStringLiteral("中文（简体）"));
    data.add(QStringLiteral("中文(简体)"));
    data.finish();
}

}  // namespace hc::test
