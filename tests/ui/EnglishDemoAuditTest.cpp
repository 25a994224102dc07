// English complete (issue 9 item 9), on the demo data: the app in English over the CLI's `demo`
// history (DemoService, 300 customers with Chinese names, regions, models and plates) plus, through
// the services, what the demo does not make — complaints in every state, calls with notes,
// appointments (tomorrow's, a no-show, a cancelled one), declined work, a campaign, logged
// messages, a shop profile and staff with Chinese names. Every page of each role's window, every
// tab (nested ones too), the first row of every list, the customer card and the dialogs are read;
// a CJK character (Han, CJK punctuation, full-width forms) fails the test unless it belongs to a
// data value read back from the database through the services (DemoDataTexts). Table cells, chart
// titles, axes, legends and slices, read-only text panes and button tooltips are read as well.
#include "AppHarness.h"
#include "WidgetAudit.h"

#include "hc/domain/MessageTemplates.h"
#include "hc/services/CustomerBaseModelService.h"
#include "hc/services/DemoService.h"
#include "hc/ui/AddUserDialog.h"
#include "hc/ui/AssignComplaintDialog.h"
#include "hc/ui/BackupDialog.h"
#include "hc/ui/BookAppointmentDialog.h"
#include "hc/ui/CallbackView.h"
#include "hc/ui/CampaignView.h"
#include "hc/ui/CancelAppointmentDialog.h"
#include "hc/ui/ComplaintDialog.h"
#include "hc/ui/ComplaintView.h"
#include "hc/ui/CustomerBaseHoldoutPanel.h"
#include "hc/ui/CustomerDialog.h"
#include "hc/ui/DrillDownDialog.h"
#include "hc/ui/DuplicatesDialog.h"
#include "hc/ui/EraseCustomerDialog.h"
#include "hc/ui/FollowUpListModel.h"
#include "hc/ui/ImportWizard.h"
#include "hc/ui/InvalidDialog.h"
#include "hc/ui/LoginDialog.h"
#include "hc/ui/MainWindow.h"
#include "hc/ui/PasswordDialog.h"
#include "hc/ui/ReceptionView.h"
#include "hc/ui/ReportView.h"
#include "hc/ui/SatisfactionItemsDialog.h"
#include "hc/ui/ScriptEditorDialog.h"
#include "hc/ui/SendMessagesDialog.h"
#include "hc/ui/TransferDialog.h"
#include "hc/ui/UsersDialog.h"
#include "hc/ui/VehicleDialog.h"
#include "hc/ui/VisitDialog.h"
#include "hc/ui/VoidVisitDialog.h"
#include "hc/ui/WalkInDialog.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXYSeries>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <set>

namespace hc::test {
namespace {

constexpr int kDemoCustomers = 300;

const QRegularExpression& cjk() {
    static const QRegularExpression re(QStringLiteral(
        "[\\x{3000}-\\x{303F}\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{FF00}-\\x{FFEF}]"));
    return re;
}

/// The data values of the database that contain CJK characters (names, plates, models, regions,
/// addresses, free text, the shop profile, templates…), and the check of a shown text against
/// them: each CJK character of the text must lie inside a whole data value that the text
/// contains; what is left once those values are taken out is UI text and must not be Chinese.
class DemoDataTexts {
public:
    void add(const QString& value) {
        const QString v = value.trimmed();
        // A value of punctuation alone would let that punctuation pass everywhere.
        static const QRegularExpression han(
            QStringLiteral("[\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}]"));
        if (!v.isEmpty() && v.contains(han)) {
            values_.insert(v);
            // A multi-line value is shown line by line as often as whole.
            if (v.contains(QLatin1Char('\n'))) {
                for (const QString& line : v.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                    add(line);
                }
            }
        }
    }
    /// Builds the index (CJK character → the values containing it, longest first).
    void finish() {
        index_.clear();
        for (const QString& v : values_) {
            std::set<char16_t> seen;
            for (const QChar ch : v) {
                if (cjk().match(QString(ch)).hasMatch() && seen.insert(ch.unicode()).second) {
                    index_[ch.unicode()].push_back(v);
                }
            }
        }
        for (auto& [ch, list] : index_) {
            std::sort(list.begin(), list.end(), [](const QString& a, const QString& b) {
                return a.size() != b.size() ? a.size() > b.size() : a < b;
            });
        }
    }
    /// The text with every data value that covers one of its CJK characters replaced by a space;
    /// stops at the first CJK character no data value covers (the text then still contains it).
    [[nodiscard]] QString without(QString text) const {
        for (;;) {
            const auto m = cjk().match(text);
            if (!m.hasMatch()) {
                return text;
            }
            const qsizetype at = m.capturedStart();
            const auto it = index_.find(text.at(at).unicode());
            bool removed = false;
            if (it != index_.end()) {
                for (const QString& v : it->second) {
                    for (qsizetype pos = text.indexOf(v, std::max<qsizetype>(0, at - v.size() + 1));
                         pos >= 0 && pos <= at; pos = text.indexOf(v, pos + 1)) {
                        text.replace(pos, v.size(), QStringLiteral(" "));
                        removed = true;
                        break;
                    }
                    if (removed) {
                        break;
                    }
                }
            }
            if (!removed) {
                return text;
            }
        }
    }
    [[nodiscard]] std::size_t size() const { return values_.size(); }
    [[nodiscard]] bool contains(const QString& v) const { return values_.count(v) > 0; }

private:
    std::set<QString> values_;
    std::map<char16_t, std::vector<QString>> index_;
};

class EnglishDemoAuditTest : public ::testing::Test {
protected:
    void SetUp() override {
        qtApp();
        ASSERT_TRUE(translator_.load(QStringLiteral(":/i18n/huichang_en.qm")));
        QCoreApplication::installTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // As the app does once the language is installed (src/app/main.cpp): every title shows it.
        QGuiApplication::setApplicationDisplayName(ui::MainWindow::displayName());
        app_ = std::make_unique<AppHarness>();
        // The screens' day is the data's day (the callback list, the report month).
        app_->context.clock = [this] { return app_->now(); };
        ASSERT_NO_FATAL_FAILURE(seed());
        ASSERT_NO_FATAL_FAILURE(collectData());
        audit_.withoutData = [this](const QString& text) {
            if (text.contains(cjk())) {
                ++chineseShown_;  // Chinese on screen: data (checked), or UI left untranslated
                if (qEnvironmentVariableIsSet("HC_PRINT_CHINESE")) {  // to read what passed
                    std::fprintf(stderr, "[chinese] %s\n", text.left(160).toUtf8().constData());
                }
            }
            return data_.without(text);
        };
    }
    void TearDown() override {
        app_.reset();
        QGuiApplication::setApplicationDisplayName(QString());
        QCoreApplication::removeTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }

    [[nodiscard]] QDate today() const { return app_->now().date(); }

    /// The demo history, then what the demo does not make, through the services as the staff
    /// would enter it (Chinese free text: data).
    void seed() {
        auto& ctx = app_->context;
        const services::Clock clock = [this] { return app_->now(); };
        services::DemoService demo(app_->db(), clock);
        services::DemoOptions options;
        options.customers = kDemoCustomers;
        options.seed = 1;
        options.asOf = today().addDays(-1);
        const auto made = demo.generate(ctx.user, options);
        ASSERT_TRUE(made) << made.error().message.toStdString();
        ASSERT_EQ(made.value().customers, kDemoCustomers);

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
        advisorId_ = advisor.value();
        const auto clerk =
            ctx.users->addUser(ctx.user, QStringLiteral("zhao"), domain::Role::Callback,
                               QStringLiteral("Callback#2024x"), QStringLiteral("赵静"));
        ASSERT_TRUE(clerk) << clerk.error().message.toStdString();

        // Valid demo customers with a vehicle and visits, in id order.
        for (domain::CustomerId id = 1; id <= kDemoCustomers && picked_.size() < 12; ++id) {
            const auto c = ctx.customers->find(id);
            ASSERT_TRUE(c);
            if (!c.value() || c.value()->invalidReason) {
                continue;
            }
            const auto vehicles = ctx.vehicles->vehiclesOf(id);
            const auto visits = ctx.visits->visitsOf(id);
            if (vehicles && visits && !vehicles.value().empty() && !visits.value().empty()) {
                picked_.push_back(id);
            }
        }
        ASSERT_EQ(picked_.size(), 12U);

        // Address, note and a birthday today (a care call) on the first one.
        {
            auto c = ctx.customers->find(picked_[0]).value().value();
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
        ASSERT_NO_FATAL_FAILURE(
            addVisit(picked_[0], today().addDays(-2), QStringLiteral("WO-AUDIT-1"),
                     {{QStringLiteral("更换前刹车片"), 60000, domain::DeclinedUrgency::Safety,
                       today().addDays(20), std::nullopt},
                      {QStringLiteral("四轮定位"),
                       20000,
                       domain::DeclinedUrgency::Later,
                       {},
                       std::nullopt}}));
        // The declined-work call goes to a customer with no other call due today (one entry per
        // customer: a maintenance reminder would take its place).
        domain::CustomerId declinedCustomer = 0;
        {
            const auto before = ctx.followUps->planToday(today());
            ASSERT_TRUE(before);
            for (domain::CustomerId id = kDemoCustomers; id > 0 && declinedCustomer == 0; --id) {
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
        const QDateTime now = app_->now();
        const QStringList texts = {
            QStringLiteral("保养后发动机有异响"), QStringLiteral("等待时间太长，超过约定两小时"),
            QStringLiteral("收费比报价高"),       QStringLiteral("洗车不干净，内饰有污渍"),
            QStringLiteral("更换的轮胎型号不对"), QStringLiteral("维修后仍然漏油")};
        for (int i = 0; i < 6; ++i) {
            domain::Complaint c;
            c.customerId = picked_[static_cast<std::size_t>(2 + i)];
            c.description = texts[i];
            c.severity = i == 2 || i == 5 ? domain::ComplaintSeverity::Major
                                          : domain::ComplaintSeverity::Normal;
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
            complaints_.push_back(id.value());
        }

        // Appointments: tomorrow (a reminder call), today, a no-show (yesterday, booked before)
        // and a cancelled one.
        const auto book = [&](domain::CustomerId id, const QDate& day, const QString& purpose) {
            services::AppointmentInput in;
            in.customerId = id;
            in.date = day;
            in.time = QTime(9, 30);
            in.purpose = purpose;
            in.advisorId = advisorId_;
            const auto r = ctx.appointments->book(ctx.user, in);
            EXPECT_TRUE(r) << r.error().message.toStdString();
            return r ? r.value() : domain::AppointmentId{0};
        };
        book(picked_[7], today().addDays(1), QStringLiteral("保养并检查空调"));
        book(picked_[8], today(), QStringLiteral("更换轮胎"));
        const auto cancelled = book(picked_[9], today().addDays(3), QStringLiteral("喷漆"));
        ASSERT_TRUE(ctx.appointments->cancel(ctx.user, cancelled, QStringLiteral("客户临时出差")));
        app_->setNow(now.addDays(-3));
        book(picked_[10], today().addDays(2), QStringLiteral("首保"));
        app_->setNow(now);

        // A vehicle sold to another customer (the former owner's card lists it as transferred).
        {
            const auto sold = ctx.vehicles->vehiclesOf(picked_[11]).value().front();
            const auto moved = ctx.vehicles->transfer(
                ctx.user, sold.id, picked_[10], today().addDays(-5), QStringLiteral("转卖给朋友"));
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
        campaign_ = campaignId.value();
        const auto invited = ctx.campaigns->inviteStage(ctx.user, campaign_);
        ASSERT_TRUE(invited) << invited.error().message.toStdString();

        // Calls three days ago, with notes and a churn reason (call history, win-back figures).
        app_->setNow(now.addDays(-3));
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
        app_->setNow(now);

        // Post-service calls with satisfaction scores in the report's month (the satisfaction tab).
        {
            const auto items = ctx.satisfaction->items(false);
            ASSERT_TRUE(items);
            int scored = 0;
            for (int back = 45; back >= 16 && scored < 4; --back) {
                app_->setNow(now.addDays(-back));
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
            app_->setNow(now);
            EXPECT_GE(scored, 2) << "post-service calls with scores";
        }

        // Logged messages (the card's message list): the maintenance reminders of today.
        {
            const auto batch = ctx.messages->forCustomers(domain::MessageTemplateKey::Campaign,
                                                          {picked_[0], picked_[1], picked_[2]});
            ASSERT_TRUE(batch) << batch.error().message.toStdString();
            const auto done = ctx.messages->exportCsv(
                ctx.user, batch.value(), exportDir_.filePath(QStringLiteral("sms.csv")));
            ASSERT_TRUE(done) << done.error().message.toStdString();
        }

        // The stored customer-base model (the report's customer-base tab, the card's outlook).
        {
            services::CustomerBaseModelService model(app_->db(), clock);
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
    void collectData() {
        auto& ctx = app_->context;
        for (domain::CustomerId id = 1; id <= kDemoCustomers + 20; ++id) {
            const auto c = ctx.customers->find(id);
            ASSERT_TRUE(c);
            if (!c.value()) {
                continue;
            }
            const auto& customer = *c.value();
            for (const QString& s : {customer.name, customer.address, customer.region,
                                     customer.note, customer.invalidNote, customer.idNumber}) {
                data_.add(s);
            }
            if (const auto vehicles = ctx.vehicles->vehiclesOf(id); vehicles) {
                for (const auto& v : vehicles.value()) {
                    for (const QString& s : {v.plate, v.brand, v.model, v.colour, v.engineNo,
                                             v.displacement, v.keyNo}) {
                        data_.add(s);
                    }
                }
            }
            if (const auto visits = ctx.visits->visitsOf(id); visits) {
                for (const auto& v : visits.value()) {
                    for (const QString& s : {v.workOrder, v.workDone, v.recommendations, v.advisor,
                                             v.technician, v.voidReason, v.appraisalNo}) {
                        data_.add(s);
                    }
                }
            }
            if (const auto calls = ctx.followUps->callsOf(id); calls) {
                for (const auto& call : calls.value()) {
                    data_.add(call.note);
                }
            }
            if (const auto log = ctx.messages->logOf(id); log) {
                for (const auto& m : log.value()) {
                    data_.add(m.text);
                }
            }
        }
        for (const auto id : complaints_) {
            const auto c = ctx.complaints->find(id);
            ASSERT_TRUE(c);
            data_.add(c.value().description);
            data_.add(c.value().resolution);
            data_.add(c.value().responsiblePerson);
            if (const auto events = ctx.complaints->history(id); events) {
                for (const auto& e : events.value()) {
                    data_.add(e.note);
                }
            }
        }
        if (const auto list = ctx.appointments->between(today().addDays(-10), today().addDays(20));
            list) {
            for (const auto& a : list.value()) {
                data_.add(a.appointment.purpose);
                data_.add(a.appointment.cancelReason);
                data_.add(a.appointment.advisor);
            }
        }
        if (const auto list = ctx.campaigns->list(); list) {
            for (const auto& c : list.value()) {
                data_.add(c.name);
                data_.add(c.offer);
                data_.add(c.targetSegment);
            }
        }
        if (const auto list = ctx.declined->list({}); list) {
            for (const auto& row : list.value()) {
                data_.add(row.item.what);
                data_.add(row.item.dropReason);
            }
        }
        if (const auto users = ctx.users->users(); users) {
            for (const auto& u : users.value()) {
                data_.add(u.displayName);
            }
        }
        if (const auto shop = ctx.settings->shopProfile(); shop) {
            data_.add(shop.value().name);
            data_.add(shop.value().address);
            data_.add(shop.value().hours);
        }
        // The questionnaire items are the shop's data (seeded in Chinese, editable).
        if (const auto items = ctx.satisfaction->items(true); items) {
            for (const auto& item : items.value()) {
                data_.add(item.label);
            }
        }
        // Message templates are the shop's Chinese SMS texts: the text, its preview, the merge
        // field names and the unsubscribe line 回T退订 stay Chinese in every language.
        for (const auto key : domain::kMessageTemplateKeys) {
            if (const auto text = ctx.messages->templateText(key); text) {
                data_.add(text.value());
                if (const auto p = ctx.messages->preview(key, text.value()); p) {
                    data_.add(p.value().rendered.text);
                }
            }
        }
        // The holiday names are the shop's settings, merged into its Chinese greetings ({节日}).
        if (const auto followUps = ctx.settings->followUps(); followUps) {
            for (const auto& h : followUps.value().holidays) {
                data_.add(h.name);
            }
        }
        for (const QString& name : domain::MessageTemplates::fieldNames()) {
            data_.add(QLatin1Char('{') + name + QLatin1Char('}'));
        }
        data_.add(domain::MessageTemplates::unsubscribeLine());
        // The example in the plate fields' placeholder ("e.g. 陕A12345"): a plate's province
        // character is part of what is typed, in every language.
        data_.add(QStringLiteral("陕A12345"));
        // A language is named in its own language in the language choice.
        data_.add(QStringLiteral("中文（简体）"));
        data_.add(QStringLiteral("中文(简体)"));
        data_.finish();
    }

    void showActive(QWidget& w) {
        w.show();
        w.activateWindow();
        QApplication::setActiveWindow(&w);
        (void)QTest::qWaitForWindowActive(&w, 500);
        QApplication::processEvents();
    }

    void inspect(QWidget& window, const QString& where) {
        QApplication::processEvents();
        ++inspected_;
        for (const auto& line : audit_.chinese(window)) {
            problems_.insert(where.toStdString() + ": " + line);
        }
        // Text cut by its widget with the demo data's longer texts (ScreenAuditTest checks the
        // same on hand-made data, in both languages and at 125 %).
        for (const auto& line : audit_.clipping(window)) {
            problems_.insert(where.toStdString() + ": " + line);
        }
        // Every chart shown has data (the demo data are meant to fill them).
        for (auto* view : window.findChildren<QChartView*>()) {
            if (!view->isVisible() || view->chart() == nullptr) {
                continue;
            }
            int points = 0;
            for (QAbstractSeries* series : view->chart()->series()) {
                if (auto* xy = qobject_cast<QXYSeries*>(series)) {
                    points += static_cast<int>(xy->count());
                } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
                    for (const QBarSet* set : bars->barSets()) {
                        points += static_cast<int>(set->count());
                    }
                } else if (auto* pie = qobject_cast<QPieSeries*>(series)) {
                    points += static_cast<int>(pie->count());
                }
            }
            if (points == 0) {
                problems_.insert(where.toStdString() + ": empty chart \"" +
                                 view->chart()->title().toStdString() + "\"");
            }
        }
    }

    /// Every tab of every visible tab widget under `root`, nested ones too, each audited.
    void everyTab(QWidget& window, QWidget& root, const QString& where, bool rows = false,
                  int depth = 0) {
        if (depth > 3) {
            return;
        }
        for (auto* tabs : root.findChildren<QTabWidget*>()) {
            if (!tabs->isVisible() || tabs->parentWidget() == nullptr) {
                continue;
            }
            // Only the outermost tab widgets here; the nested ones from the page of their tab.
            bool nested = false;
            for (QWidget* p = tabs->parentWidget(); p != nullptr && p != &root;
                 p = p->parentWidget()) {
                if (qobject_cast<QTabWidget*>(p) != nullptr) {
                    nested = true;
                }
            }
            if (nested) {
                continue;
            }
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabEnabled(i)) {
                    continue;
                }
                tabs->setCurrentIndex(i);
                QTest::qWait(10);
                const QString here =
                    QStringLiteral("%1, tab %2").arg(where, WidgetAudit::plain(tabs->tabText(i)));
                inspect(window, here);
                if (QWidget* page = tabs->widget(i); rows && page != nullptr) {
                    firstRows(window, *page, here);  // the tab's own lists
                }
                if (QWidget* page = tabs->widget(i)) {
                    everyTab(window, *page, here, rows, depth + 1);
                }
            }
            tabs->setCurrentIndex(current);
        }
    }

    /// Selects the first row of every visible list of the window (details, scripts and cards
    /// follow the selection) and audits the window after each.
    void firstRows(QWidget& window, QWidget& root, const QString& where) {
        std::vector<QPointer<QAbstractItemView>> views;
        for (auto* view : root.findChildren<QAbstractItemView*>()) {
            // Not the navigation (a row there is another page) nor the header sections.
            if (qobject_cast<QHeaderView*>(view) == nullptr &&
                view->objectName() != QLatin1String("navList")) {
                views.emplace_back(view);
            }
        }
        for (const auto& view : views) {
            if (view.isNull() || !view->isVisible() || view->model() == nullptr ||
                view->model()->rowCount() == 0 || view->selectionModel() == nullptr ||
                view->selectionMode() == QAbstractItemView::NoSelection) {
                continue;
            }
            view->setCurrentIndex(view->model()->index(0, 0));
            QTest::qWait(20);
            inspect(window, QStringLiteral("%1, first row of %2")
                                .arg(where, WidgetAudit::describe(view.data())));
        }
    }

    void inspectDialog(QWidget& dialog, const QString& where) {
        showActive(dialog);
        QTest::qWait(30);  // what a dialog loads when shown
        inspect(dialog, where);
        everyTab(dialog, dialog, where);
        dialog.close();
    }

    void report() {
        for (const auto& p : problems_) {
            ADD_FAILURE() << p;
        }
    }

    QTranslator translator_;
    std::unique_ptr<AppHarness> app_;
    QTemporaryDir exportDir_;
    DemoDataTexts data_;
    WidgetAudit audit_;
    std::vector<domain::CustomerId> picked_;
    std::vector<std::int64_t> complaints_;
    std::int64_t campaign_ = 0;
    std::int64_t advisorId_ = 0;
    int inspected_ = 0;
    int chineseShown_ = 0;
    std::set<std::string> problems_;
};

TEST(DemoDataTexts, LeavesUiChineseNextToDataAndTakesOutWholeValuesOnly) {
    DemoDataTexts data;
    data.add(QStringLiteral("张伟"));
    data.add(QStringLiteral("陕A12345"));
    data.add(QStringLiteral("凯美瑞"));
    data.add(QStringLiteral("凯美瑞双擎"));
    data.add(QStringLiteral("Oil"));  // no CJK: not kept
    data.add(QStringLiteral("。"));   // punctuation alone: not kept
    data.finish();
    EXPECT_FALSE(data.contains(QStringLiteral("Oil")));
    EXPECT_FALSE(data.contains(QStringLiteral("。")));
    EXPECT_TRUE(data.without(QStringLiteral("Saved。")).contains(cjk()));
    EXPECT_EQ(data.without(QStringLiteral("Customer 张伟 (陕A12345), 凯美瑞双擎")).trimmed(),
              QStringLiteral("Customer   ( ),"));
    // UI Chinese next to data stays; so does a part of a value that is not the whole value.
    EXPECT_TRUE(data.without(QStringLiteral("张伟 客户")).contains(cjk()));
    EXPECT_TRUE(data.without(QStringLiteral("张")).contains(cjk()));
    EXPECT_TRUE(data.without(QStringLiteral("张伟：")).contains(cjk()));  // full-width colon
    EXPECT_TRUE(data.without(QStringLiteral("双擎")).contains(cjk()));
}

TEST_F(EnglishDemoAuditTest, EveryScreenTabAndListOfEachRoleReadsInEnglish) {
    EXPECT_GT(data_.size(), static_cast<std::size_t>(kDemoCustomers));
    QElapsedTimer timer;
    timer.start();
    for (const auto role : {domain::Role::Advisor, domain::Role::Callback, domain::Role::Manager}) {
        app_->context.user.role = role;
        ui::MainWindow window(app_->context, QStringLiteral("audit.db"));
        window.resize(1366, 728);
        showActive(window);
        const QString who = domain::roleKey(role);
        inspect(window, who);
        for (const QString& key : window.pageKeys()) {
            ASSERT_TRUE(window.showPage(key)) << key.toStdString();
            QTest::qWait(30);
            const QString where = who + QStringLiteral(", page ") + key;
            inspect(window, where);
            firstRows(window, window, where);
            everyTab(window, window, where, role == domain::Role::Manager);
        }
        if (role == domain::Role::Manager) {
            // The callback screen on one item of each kind (its summary, reason and script),
            // the backlog listed too.
            ASSERT_TRUE(window.showPage(QStringLiteral("callbacks")));
            auto* callbacks = window.callbackView();
            std::set<QString> kinds;
            const auto eachKind = [&] {
                QAbstractItemModel* m = callbacks->listView()->model();
                for (int r = 0; r < m->rowCount(); ++r) {
                    const QModelIndex i = m->index(r, 0);
                    const QString kind = i.data(ui::FollowUpListModel::KindRole).toString();
                    if (kinds.insert(kind).second) {
                        callbacks->listView()->setCurrentIndex(i);
                        QTest::qWait(20);
                        inspect(window, QStringLiteral("callbacks, a %1 item").arg(kind));
                    }
                }
            };
            eachKind();
            callbacks->backlogToggle()->setChecked(true);
            QTest::qWait(50);
            inspect(window, QStringLiteral("callbacks with the backlog"));
            eachKind();
            // The kind filter, each kind in turn (kinds ranked below the day's share).
            QComboBox* filter = callbacks->kindFilter();
            for (int i = 1; i < filter->count(); ++i) {
                filter->setCurrentIndex(i);
                QTest::qWait(20);
                eachKind();
            }
            filter->setCurrentIndex(0);
            EXPECT_EQ(kinds.size(), static_cast<std::size_t>(domain::kFollowUpKindCount))
                << "kinds on the callback screen: "
                << QStringList(kinds.begin(), kinds.end()).join(QLatin1Char(' ')).toStdString();
            // The complaint screen on each complaint (every state).
            ASSERT_TRUE(window.showPage(QStringLiteral("complaints")));
            auto* complaints = window.complaintView()->listTable();
            for (int r = 0; r < complaints->rowCount(); ++r) {
                complaints->setCurrentCell(r, 0);
                QTest::qWait(20);
                inspect(window, QStringLiteral("complaints, row %1").arg(r));
            }
            EXPECT_GE(complaints->rowCount(), 4);
            // The report's model check with a holdout run (its table and summary).
            ASSERT_TRUE(window.showPage(QStringLiteral("reports")));
            if (auto* report = window.findChild<ui::ReportView*>(); report != nullptr) {
                auto* holdout = report->holdoutPanel();
                ASSERT_NE(holdout, nullptr);
                report->tabs()->setCurrentWidget(holdout);
                QSignalSpy shown(holdout, &ui::CustomerBaseHoldoutPanel::holdoutShown);
                holdout->runHoldout();
                EXPECT_TRUE(shown.wait(20000) || !shown.isEmpty());
                inspect(window, QStringLiteral("reports, model check after a holdout run"));
            } else {
                ADD_FAILURE() << "no report view";
            }
            // Reception with a customer found and the card open, every card tab: the one with
            // declined work, notes, messages and calls; one with a complaint; one with an
            // appointment tomorrow; a cancelled appointment; one who sold a vehicle; an invalid
            // customer; a company.
            ASSERT_TRUE(window.showPage(QStringLiteral("reception")));
            auto* reception = window.receptionView();
            std::vector<domain::CustomerId> cards = {picked_[0], picked_[2], picked_[7], picked_[9],
                                                     picked_[11]};
            for (domain::CustomerId id = 1; id <= kDemoCustomers; ++id) {
                const auto other = app_->context.customers->find(id).value();
                if (other && other->invalidReason) {
                    cards.push_back(id);
                    break;
                }
            }
            for (domain::CustomerId id = 1; id <= kDemoCustomers; ++id) {
                const auto other = app_->context.customers->find(id).value();
                if (other && other->kind == QLatin1String("company")) {
                    cards.push_back(id);
                    break;
                }
            }
            ASSERT_EQ(cards.size(), 7U);
            for (const auto id : cards) {
                const auto found = app_->context.customers->find(id).value().value();
                if (id == cards.front()) {  // as at the desk: the phone typed, Enter
                    reception->searchEdit()->setText(found.phone);
                    QTest::qWait(400);
                    QTest::keyClick(reception->searchEdit(), Qt::Key_Return);
                } else {
                    reception->openCustomer(id);
                }
                QTest::qWait(60);
                const QString where = QStringLiteral("reception with the card of #%1").arg(id);
                inspect(window, where);
                everyTab(window, window, where, true);
            }
            const auto c = app_->context.customers->find(picked_[0]).value().value();
            // A name search: the result list of a common surname (typed text: data).
            data_.add(c.name.left(1));
            data_.finish();
            reception->searchEdit()->setText(c.name.left(1));
            QTest::qWait(400);
            inspect(window, QStringLiteral("reception, search by surname"));
        }
        window.close();
    }
    app_->context.user.role = domain::Role::Manager;
    EXPECT_GT(inspected_, 40);
    // The demo data reached the screens: names, plates, models and regions in lists and charts.
    EXPECT_GT(chineseShown_, 500);
    std::fprintf(stderr,
                 "[english demo audit] %d views read in %lld ms, %d texts with Chinese data, %zu "
                 "data values\n",
                 inspected_, static_cast<long long>(timer.elapsed()), chineseShown_, data_.size());
    report();
}

TEST_F(EnglishDemoAuditTest, EveryDialogOnDemoDataReadsInEnglish) {
    auto& ctx = app_->context;
    const domain::CustomerId id = picked_[0];
    const auto customer = ctx.customers->find(id).value().value();
    const auto vehicles = ctx.vehicles->vehiclesOf(id).value();
    const auto visits = ctx.visits->visitsOf(id).value();
    ASSERT_FALSE(vehicles.empty());
    ASSERT_FALSE(visits.empty());
    {
        ui::LoginDialog d(*ctx.users);
        inspectDialog(d, QStringLiteral("login"));
    }
    {
        ui::CustomerDialog d(ctx);
        inspectDialog(d, QStringLiteral("new customer"));
    }
    {
        ui::CustomerDialog d(ctx, customer);
        inspectDialog(d, QStringLiteral("edit customer"));
    }
    {
        ui::VehicleDialog d(ctx, id);
        inspectDialog(d, QStringLiteral("new vehicle"));
    }
    {
        ui::VehicleDialog d(ctx, vehicles.front());
        inspectDialog(d, QStringLiteral("edit vehicle"));
    }
    {
        ui::VisitDialog d(ctx, id, vehicles.front().id);
        inspectDialog(d, QStringLiteral("visit"));
    }
    {
        // Correcting the visit with declined work (its items in the editor).
        const auto saved = ctx.visits->findByWorkOrder(QStringLiteral("WO-AUDIT-1"));
        ASSERT_TRUE(saved && saved.value());
        ui::VisitDialog d(ctx, id, saved.value()->vehicleId);
        d.loadVisit(*saved.value());
        inspectDialog(d, QStringLiteral("correct visit"));
    }
    {
        ui::ComplaintDialog d(ctx, id, [this] { return app_->now(); });
        inspectDialog(d, QStringLiteral("complaint"));
    }
    {
        const auto complaint = ctx.complaints->find(complaints_.front()).value();
        const auto owner = ctx.customers->find(complaint.customerId).value().value();
        ui::AssignComplaintDialog d(ctx, complaint, owner.name);
        inspectDialog(d, QStringLiteral("assign complaint"));
    }
    {
        ui::InvalidDialog d(ctx, id, customer.name);
        inspectDialog(d, QStringLiteral("invalid"));
    }
    {
        ui::TransferDialog d(ctx, vehicles.front());
        inspectDialog(d, QStringLiteral("transfer"));
    }
    {
        ui::EraseCustomerDialog d(id, customer.name);
        inspectDialog(d, QStringLiteral("erase customer (PIPL)"));
    }
    {
        ui::SatisfactionItemsDialog d(ctx);
        inspectDialog(d, QStringLiteral("satisfaction items"));
    }
    {
        ui::ScriptEditorDialog d(ctx);
        inspectDialog(d, QStringLiteral("scripts"));
    }
    {
        ui::UsersDialog d(ctx);
        inspectDialog(d, QStringLiteral("users"));
    }
    {
        ui::AddUserDialog d(*ctx.users, ctx.user);
        inspectDialog(d, QStringLiteral("add user"));
    }
    {
        ui::PasswordDialog d(*ctx.users, ctx.user, ui::PasswordDialog::Mode::Own, ctx.user.id,
                             ctx.user.username);
        inspectDialog(d, QStringLiteral("own password"));
    }
    {
        ui::PasswordDialog d(*ctx.users, ctx.user, ui::PasswordDialog::Mode::Reset, advisorId_,
                             QStringLiteral("li"));
        inspectDialog(d, QStringLiteral("reset password"));
    }
    {
        ui::BackupDialog d(*ctx.backups, ctx.user);
        inspectDialog(d, QStringLiteral("backups"));
    }
    {
        ui::WalkInDialog d(ctx);
        inspectDialog(d, QStringLiteral("walk-in"));
    }
    {
        ui::VoidVisitDialog d(ctx, visits.back());
        inspectDialog(d, QStringLiteral("void visit"));
    }
    {
        ui::BookAppointmentDialog d(ctx, id);
        inspectDialog(d, QStringLiteral("book appointment"));
    }
    {
        // A second customer of the same name one digit off the first one's mobile: a group.
        domain::Customer twin;
        twin.name = customer.name;
        twin.phone =
            customer.phone.left(10) +
            (customer.phone.endsWith(QLatin1Char('9')) ? QStringLiteral("8") : QStringLiteral("9"));
        twin.region = customer.region;
        (void)ctx.customers->registerCustomer(ctx.user, twin);
        ui::DuplicatesDialog d(*ctx.duplicates, ctx.user);
        inspectDialog(d, QStringLiteral("duplicates"));
    }
    {
        ui::CancelAppointmentDialog d(customer.name + QLatin1Char(' ') + vehicles.front().plate);
        inspectDialog(d, QStringLiteral("cancel appointment"));
    }
    {
        ui::SendMessagesDialog d(ctx, today());
        inspectDialog(d, QStringLiteral("send messages"));
    }
    {
        ui::SendMessagesDialog d(ctx,
                                 std::vector<domain::CustomerId>(picked_.begin(), picked_.end()),
                                 QStringLiteral("2026-09 Lost customers"));
        inspectDialog(d, QStringLiteral("send messages to a drill-down list"));
    }
    {
        ui::SendMessagesDialog d(ctx, campaign_, QStringLiteral("秋季回厂关怀"));
        inspectDialog(d, QStringLiteral("send messages to a campaign"));
    }
    {
        // The report's drill-down of its largest list.
        ui::ReportView view(ctx);
        showActive(view);
        QTest::qWait(50);
        ASSERT_TRUE(view.report().has_value());
        QString key;
        std::size_t most = 0;
        for (const auto& [k, ids] : view.report()->drill) {
            if (ids.size() > most) {
                most = ids.size();
                key = k;
            }
        }
        ASSERT_FALSE(key.isEmpty());
        auto* drill = view.openDrillDown(key, QStringLiteral("Lost customers"));
        ASSERT_NE(drill, nullptr);
        QTest::qWait(20);
        inspect(*drill, QStringLiteral("drill-down ") + key);
        drill->close();
    }
    report();
}

TEST_F(EnglishDemoAuditTest, ImportWizardPagesOnChineseDataReadInEnglish) {
    // A history file as a shop exports it: Chinese names, plates and work (data), one bad row.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("name,phone,plate,date,amount,work\n"
                               "韩梅梅,13812345670,京A54321,2026-09-01,300,更换机油\n"
                               "李雷,13912345670,京B54321,2026-09-02,abc,补胎\n")
                    .toUtf8());
    }
    for (const QString& s :
         {QStringLiteral("韩梅梅"), QStringLiteral("京A54321"), QStringLiteral("更换机油"),
          QStringLiteral("李雷"), QStringLiteral("京B54321"), QStringLiteral("补胎")}) {
        data_.add(s);
    }
    data_.finish();
    auto& ctx = app_->context;
    const auto wizardAt = [&](ui::ImportWizard& w, int page) {
        QSignalSpy finished(&w, &ui::ImportWizard::runFinished);
        w.setFilePath(path);
        while (w.currentId() < page) {
            const int before = w.currentId();
            w.next();
            ASSERT_GT(w.currentId(), before) << "stuck on page " << before;
            if (w.currentId() >= ui::ImportWizard::PreviewPage) {
                ASSERT_TRUE(finished.wait(20000) || !finished.isEmpty());
                finished.clear();
            }
        }
    };
    for (const auto& [page, name] : std::vector<std::pair<int, QString>>{
             {ui::ImportWizard::MappingPage, QStringLiteral("columns")},
             {ui::ImportWizard::PreviewPage, QStringLiteral("preview")},
             {ui::ImportWizard::DryRunPage, QStringLiteral("dry run")},
             {ui::ImportWizard::ResultPage, QStringLiteral("result")}}) {
        ui::ImportWizard w(ctx);
        ASSERT_NO_FATAL_FAILURE(wizardAt(w, page));
        inspectDialog(w, QStringLiteral("import: ") + name);
    }
    {
        ui::ImportWizard w(ctx);
        inspectDialog(w, QStringLiteral("import: file"));
    }
    {
        // The customer list mode offers CustomerRowMapper's fields.
        ui::ImportWizard w(ctx);
        auto* kind = w.findChild<QComboBox*>(QStringLiteral("importKindCombo"));
        ASSERT_NE(kind, nullptr);
        kind->setCurrentIndex(kind->findData(QStringLiteral("customers")));
        ASSERT_NO_FATAL_FAILURE(wizardAt(w, ui::ImportWizard::MappingPage));
        inspectDialog(w, QStringLiteral("import: customer list columns"));
    }
    report();
}

}  // namespace
}  // namespace hc::test
