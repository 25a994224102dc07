// ConsentService (rule per purpose, history, opt-out import), MessageService (templates, batches,
// CSV export, message log, a message as a follow-up contact) and HttpSmsGateway against a local
// test server on 127.0.0.1 (success, error, timeout: nothing marked sent that was not).
#include "ServiceFixture.h"
#include "TestHttpServer.h"
#include "hc/services/ConsentService.h"
#include "hc/services/CsvReader.h"
#include "hc/services/FollowUpService.h"
#include "hc/services/HttpSmsGateway.h"
#include "hc/services/MessageService.h"
#include "hc/services/SettingsService.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hc::services {
namespace {

using domain::ConsentSource;
using domain::ConsentState;
using domain::MessagePurpose;
using domain::MessageTemplateKey;

QString u(const char* s) {
    return QString::fromUtf8(s);
}

class MessageServiceTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        domain::ShopProfile shop;
        shop.name = u("顺达汽修");
        shop.phone = QStringLiteral("029-81629900");
        ASSERT_TRUE(SettingsService(db(), clock()).saveShopProfile(manager, shop));
    }

    domain::CustomerId addCustomer(const QString& name, const QString& phone,
                                   const QDate& visit = QDate(2026, 6, 12)) {
        domain::Customer c;
        c.name = name;
        c.phone = phone;
        c.createdAt = c.updatedAt = now;
        const auto id = storage::CustomerRepository(db()).insert(c);
        domain::Visit v;
        v.customerId = id;
        v.date = visit;
        v.amountFen = 10000;
        v.createdAt = now;
        storage::VisitRepository(db()).insert(v);
        // A car with a plate: the default service templates merge {车牌}.
        domain::Vehicle car;
        car.customerId = id;
        car.plate = u("陕A") + QString::number(10000 + id);
        car.createdAt = car.updatedAt = now;
        storage::VehicleRepository(db()).insert(car, visit);
        return id;
    }

    static std::vector<domain::CustomerId> ids(const MessageBatch& b) {
        std::vector<domain::CustomerId> out;
        for (const auto& m : b.messages) {
            out.push_back(m.customerId);
        }
        return out;
    }
};

TEST_F(MessageServiceTest, ServiceUnlessRefusedMarketingOnlyWhenGranted) {
    const auto none = addCustomer(u("无记录"), QStringLiteral("13800000001"));
    const auto granted = addCustomer(u("同意营销"), QStringLiteral("13800000002"));
    const auto refusedService = addCustomer(u("拒绝服务"), QStringLiteral("13800000003"));
    const auto landline = addCustomer(u("座机"), QStringLiteral("029-81629901"));
    ConsentService consent(db(), clock());
    ASSERT_TRUE(consent.set(advisor, granted, MessagePurpose::Marketing, ConsentState::Granted,
                            ConsentSource::ReceptionForm));
    ASSERT_TRUE(consent.set(advisor, refusedService, MessagePurpose::Service, ConsentState::Refused,
                            ConsentSource::Call, u("电话里说不要短信")));
    EXPECT_EQ(consent
                  .set(advisor, none, MessagePurpose::Service, ConsentState::Granted,
                       ConsentSource::Migration)
                  .error()
                  .code,
              ServiceError::Code::Invalid);
    EXPECT_EQ(
        consent
            .set(advisor, 999, MessagePurpose::Service, ConsentState::Granted, ConsentSource::Call)
            .error()
            .code,
        ServiceError::Code::NotFound);

    MessageService messages(db(), clock());
    const std::vector<domain::CustomerId> all{none, granted, refusedService, landline};
    const auto service = messages.forCustomers(MessageTemplateKey::PostService, all);
    ASSERT_TRUE(service) << service.error().message.toStdString();
    EXPECT_EQ(ids(service.value()), (std::vector<domain::CustomerId>{none, granted}));
    EXPECT_EQ(service.value().excludedNoConsent, 1);
    EXPECT_EQ(service.value().excludedInvalid, 1);
    EXPECT_TRUE(service.value().messages[0].text.startsWith(u("【顺达汽修】无记录您好")));
    EXPECT_FALSE(service.value().messages[0].text.contains(u("回T退订")));

    const auto marketing = messages.forCustomers(MessageTemplateKey::Winback, all);
    ASSERT_TRUE(marketing);
    EXPECT_EQ(ids(marketing.value()), (std::vector<domain::CustomerId>{granted}));
    EXPECT_EQ(marketing.value().excludedNoConsent, 2);
    EXPECT_EQ(marketing.value().excludedInvalid, 1);
    EXPECT_TRUE(marketing.value().messages[0].text.endsWith(u("回T退订")));
    EXPECT_EQ(marketing.value().segments(), marketing.value().messages[0].segments);

    // History kept; the latest wins; the marketing state is mirrored into the opt-out flag.
    now = now.addSecs(60);
    ASSERT_TRUE(consent.set(manager, granted, MessagePurpose::Marketing, ConsentState::Refused,
                            ConsentSource::MessageReply));
    const auto history = consent.history(granted);
    ASSERT_TRUE(history);
    ASSERT_EQ(history.value().size(), 2U);
    EXPECT_EQ(history.value()[0].state, ConsentState::Refused);
    EXPECT_EQ(history.value()[0].source, ConsentSource::MessageReply);
    EXPECT_EQ(history.value()[0].username, QStringLiteral("manager"));
    EXPECT_EQ(history.value()[1].state, ConsentState::Granted);
    EXPECT_EQ(history.value()[1].username, QStringLiteral("advisor"));
    EXPECT_TRUE(storage::CustomerRepository(db()).find(granted)->marketingOptOut);
    EXPECT_EQ(consent.current(granted).value().marketing, ConsentState::Refused);
    EXPECT_FALSE(consent.current(none).value().marketing.has_value());
    EXPECT_TRUE(messages.forCustomers(MessageTemplateKey::Winback, all).value().messages.empty());
}

TEST_F(MessageServiceTest, OptOutImportRecordsMarketingRefusals) {
    const auto a = addCustomer(u("甲"), QStringLiteral("13800000001"));
    const auto b = addCustomer(u("乙"), QStringLiteral("13800000002"));
    ConsentService consent(db(), clock());
    ASSERT_TRUE(consent.set(advisor, b, MessagePurpose::Marketing, ConsentState::Granted,
                            ConsentSource::ReceptionForm));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("optout.csv"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("phone\r\n+86 138 0000 0001\r\n13800000002,2026-06-14\r\n13900000000\r\nabc\r\n");
    }
    const auto first = consent.importOptOuts(manager, path);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_EQ(first.value().rows, 5);
    EXPECT_EQ(first.value().matched, 2);
    EXPECT_EQ(first.value().recorded, 2);
    EXPECT_EQ(first.value().invalidPhones, 2);  // the header and "abc"
    EXPECT_EQ(consent.current(a).value().marketing, ConsentState::Refused);
    EXPECT_EQ(consent.current(b).value().marketing, ConsentState::Refused);
    EXPECT_EQ(consent.history(b).value().front().source, ConsentSource::Import);
    EXPECT_EQ(consent.history(b).value().front().note, QStringLiteral("optout.csv"));
    // Already refused: matched again, nothing new recorded.
    const auto again = consent.importOptOuts(manager, path);
    EXPECT_EQ(again.value().matched, 2);
    EXPECT_EQ(again.value().recorded, 0);
    EXPECT_EQ(
        consent.importOptOuts(manager, dir.filePath(QStringLiteral("missing.csv"))).error().code,
        ServiceError::Code::Invalid);
}

TEST_F(MessageServiceTest, TemplatesAreEditedByTheManagerOnly) {
    MessageService messages(db(), clock());
    bool custom = true;
    EXPECT_EQ(messages.templateText(MessageTemplateKey::Holiday, &custom).value(),
              domain::MessageTemplates::defaultText(MessageTemplateKey::Holiday));
    EXPECT_FALSE(custom);
    EXPECT_EQ(
        messages.saveTemplate(advisor, MessageTemplateKey::Holiday, u("{姓名}好")).error().code,
        ServiceError::Code::Denied);
    const auto unknown = messages.saveTemplate(manager, MessageTemplateKey::Holiday, u("{车型}好"));
    EXPECT_EQ(unknown.error().code, ServiceError::Code::Invalid);
    EXPECT_TRUE(unknown.error().message.contains(u("{车型}")));
    EXPECT_EQ(messages.saveTemplate(manager, MessageTemplateKey::Holiday, u("  ")).error().code,
              ServiceError::Code::Invalid);
    ASSERT_TRUE(messages.saveTemplate(manager, MessageTemplateKey::Holiday, u("{姓名}{节日}好")));
    EXPECT_EQ(messages.templateText(MessageTemplateKey::Holiday, &custom).value(),
              u("{姓名}{节日}好"));
    EXPECT_TRUE(custom);
    const auto preview = messages.preview(MessageTemplateKey::Holiday, u("{姓名}{节日}好"));
    ASSERT_TRUE(preview);
    EXPECT_EQ(preview.value().rendered.text, u("【顺达汽修】张先生春节好回T退订"));
    EXPECT_EQ(preview.value().count.characters, 16);
    EXPECT_EQ(preview.value().count.segments, 1);
    ASSERT_TRUE(messages.resetTemplate(manager, MessageTemplateKey::Holiday));
    EXPECT_EQ(messages.templateText(MessageTemplateKey::Holiday, &custom).value(),
              domain::MessageTemplates::defaultText(MessageTemplateKey::Holiday));
}

TEST_F(MessageServiceTest, ExportWritesCsvLogsAndCountsAsContact) {
    // Visit on 06-12: the post-service callback is due 3 days later, on 06-15 (today).
    const auto a = addCustomer(u("甲"), QStringLiteral("13800000001"), QDate(2026, 6, 12));
    const auto refused = addCustomer(u("乙"), QStringLiteral("13800000002"), QDate(2026, 6, 12));
    ASSERT_TRUE(ConsentService(db(), clock())
                    .set(advisor, refused, MessagePurpose::Service, ConsentState::Refused,
                         ConsentSource::Call));
    FollowUpService followUps(db(), clock());
    const auto before = followUps.planToday(now.date());
    ASSERT_TRUE(before);
    const auto listed = [&](const std::vector<domain::FollowUpItem>& items, domain::CustomerId id) {
        return std::any_of(items.begin(), items.end(), [&](const auto& i) {
            return i.customerId == id && i.kind == domain::FollowUpKind::PostService;
        });
    };
    ASSERT_TRUE(listed(before.value(), a));

    MessageService messages(db(), clock());
    const auto batch = messages.forDay(MessageTemplateKey::PostService, now.date());
    ASSERT_TRUE(batch) << batch.error().message.toStdString();
    EXPECT_EQ(ids(batch.value()), std::vector<domain::CustomerId>{a});
    EXPECT_EQ(batch.value().excludedNoConsent, 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sms.csv"));
    const auto summary = messages.exportCsv(advisor, batch.value(), path);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary.value().recipients, 1);
    EXPECT_EQ(summary.value().excludedNoConsent, 1);
    EXPECT_EQ(summary.value().segments, batch.value().segments());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    EXPECT_EQ(csv, QStringLiteral("phone,text\r\n13800000001,") +
                       CsvReader::quote(batch.value().messages[0].text) + QStringLiteral("\r\n"));
    EXPECT_EQ(CsvReader::parseAll(csv).at(1).fields.at(1), batch.value().messages[0].text);

    const auto log = messages.logOf(a);
    ASSERT_TRUE(log);
    ASSERT_EQ(log.value().size(), 1U);
    EXPECT_EQ(log.value()[0].result, domain::MessageResult::Exported);
    EXPECT_EQ(log.value()[0].templateKey, MessageTemplateKey::PostService);
    EXPECT_EQ(log.value()[0].username, QStringLiteral("advisor"));
    EXPECT_EQ(log.value()[0].text, batch.value().messages[0].text);
    EXPECT_TRUE(messages.logOf(refused).value().empty());

    // The message counts as the contact: the post-service item is closed.
    const auto after = followUps.planToday(now.date());
    ASSERT_TRUE(after);
    EXPECT_FALSE(listed(after.value(), a));
    EXPECT_TRUE(listed(after.value(), refused));

    // An unwritable target logs nothing.
    const auto bad =
        messages.exportCsv(advisor, batch.value(), dir.filePath(QStringLiteral("no/x.csv")));
    EXPECT_FALSE(bad);
    EXPECT_EQ(messages.logOf(a).value().size(), 1U);
}

TEST_F(MessageServiceTest, WithoutShopNameNothingIsRendered) {
    const auto a = addCustomer(u("甲"), QStringLiteral("13800000001"));
    storage::SettingsRepository(db()).put(QStringLiteral("shop"), QStringLiteral(R"({"name":""})"),
                                          now, manager.id);
    const auto r = MessageService(db(), clock()).forCustomers(MessageTemplateKey::PostService, {a});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("shop"));
}

using test::TestHttpServer;

TEST_F(MessageServiceTest, HttpGatewaySuccessErrorAndTimeoutAgainstLocalServer) {
    TestHttpServer server;
    domain::SmsGatewaySettings s;
    s.url = server.url();
    s.token = QStringLiteral("t0ken");
    s.bodyTemplate = QStringLiteral(R"({"to":"{phone}","content":"{text}","sign":"x"})");
    s.timeoutMs = 300;
    HttpSmsGateway gateway(s);

    const auto ok = gateway.send(QStringLiteral("13800000001"), u("【店】您好\"引号\"\n换行"));
    EXPECT_TRUE(ok.sent) << ok.error.toStdString();
    ASSERT_EQ(server.requests.size(), 1);
    const QByteArray request = server.requests[0];
    EXPECT_TRUE(request.startsWith("POST /sms HTTP/1.1"));
    EXPECT_TRUE(request.contains("Authorization: Bearer t0ken"));
    const QByteArray body = request.mid(request.indexOf("\r\n\r\n") + 4);
    EXPECT_EQ(QString::fromUtf8(body),
              u(R"({"to":"13800000001","content":"【店】您好\"引号\"\n换行","sign":"x"})"));

    server.status = 500;
    const auto refused = gateway.send(QStringLiteral("13800000001"), u("x"));
    EXPECT_FALSE(refused.sent);
    EXPECT_TRUE(refused.error.contains(QStringLiteral("500"))) << refused.error.toStdString();

    server.status = 0;
    const auto silent = gateway.send(QStringLiteral("13800000001"), u("x"));
    EXPECT_FALSE(silent.sent);
    EXPECT_TRUE(silent.error.contains(QStringLiteral("300"))) << silent.error.toStdString();

    domain::SmsGatewaySettings closed = s;
    closed.url = QStringLiteral("http://127.0.0.1:1/sms");
    EXPECT_FALSE(HttpSmsGateway(closed).send(QStringLiteral("13800000001"), u("x")).sent);
    closed.url = QStringLiteral("ftp://127.0.0.1/sms");
    EXPECT_FALSE(HttpSmsGateway(closed).send(QStringLiteral("13800000001"), u("x")).sent);
}

TEST_F(MessageServiceTest, SendLogsSentOnlyWhatTheGatewayAccepted) {
    const auto a = addCustomer(u("甲"), QStringLiteral("13800000001"));
    const auto b = addCustomer(u("乙"), QStringLiteral("13800000002"));
    TestHttpServer server;
    domain::SmsGatewaySettings s;
    s.url = server.url();
    s.timeoutMs = 300;
    HttpSmsGateway gateway(s);
    MessageService messages(db(), clock());
    const auto batch = messages.forCustomers(MessageTemplateKey::PostService, {a, b});
    ASSERT_TRUE(batch);
    ASSERT_EQ(batch.value().messages.size(), 2U);

    server.status = 200;
    auto first = batch.value();
    first.messages.resize(1);
    const auto sent = messages.send(manager, first, gateway);
    ASSERT_TRUE(sent);
    EXPECT_EQ(sent.value().sent, 1);
    EXPECT_EQ(sent.value().failed, 0);

    server.status = 0;  // timeout
    auto second = batch.value();
    second.messages.erase(second.messages.begin());
    const auto failed = messages.send(manager, second, gateway);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed.value().sent, 0);
    EXPECT_EQ(failed.value().failed, 1);

    ASSERT_EQ(messages.logOf(a).value().size(), 1U);
    EXPECT_EQ(messages.logOf(a).value()[0].result, domain::MessageResult::Sent);
    EXPECT_EQ(messages.logOf(a).value()[0].channel, domain::MessageChannel::Gateway);
    ASSERT_EQ(messages.logOf(b).value().size(), 1U);
    EXPECT_EQ(messages.logOf(b).value()[0].result, domain::MessageResult::Failed);
    EXPECT_FALSE(messages.logOf(b).value()[0].error.isEmpty());
}

/// Answers every message with a fixed result (no network).
class FixedGateway final : public SmsGateway {
public:
    explicit FixedGateway(bool accept) : accept_(accept) {}
    SmsSendResult send(const QString&, const QString&) override {
        ++calls;
        return accept_ ? SmsSendResult{true, {}} : SmsSendResult{false, QStringLiteral("refused")};
    }
    int calls = 0;

private:
    bool accept_;
};

TEST_F(MessageServiceTest, WhoAlreadyGotTheTemplateTodayIsSkippedUnlessAgain) {
    const auto a = addCustomer(u("甲"), QStringLiteral("13800000001"));
    const auto b = addCustomer(u("乙"), QStringLiteral("13800000002"));
    const auto c = addCustomer(u("丙"), QStringLiteral("13800000003"));
    MessageService messages(db(), clock());
    FixedGateway accepting(true);
    FixedGateway refusing(false);
    const auto first = messages.forCustomers(MessageTemplateKey::PostService, {a});
    ASSERT_TRUE(first);
    ASSERT_TRUE(messages.send(manager, first.value(), accepting));
    QTemporaryDir dir;
    const auto exported = messages.forCustomers(MessageTemplateKey::PostService, {b});
    ASSERT_TRUE(
        messages.exportCsv(manager, exported.value(), dir.filePath(QStringLiteral("b.csv"))));
    const auto failed = messages.forCustomers(MessageTemplateKey::PostService, {c});
    ASSERT_TRUE(messages.send(manager, failed.value(), refusing));

    // Sent (a) and exported (b) went out today: skipped and counted; a failed one (c) did not.
    const auto again = messages.forCustomers(MessageTemplateKey::PostService, {a, b, c});
    ASSERT_TRUE(again);
    EXPECT_EQ(ids(again.value()), std::vector<domain::CustomerId>{c});
    EXPECT_EQ(again.value().excludedAlreadySent, 2);
    const auto summary = messages.send(manager, again.value(), accepting);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary.value().excludedAlreadySent, 2);
    EXPECT_EQ(summary.value().sent, 1);
    EXPECT_TRUE(
        messages.forCustomers(MessageTemplateKey::PostService, {a, b, c}).value().messages.empty())
        << "a second run sends nothing";

    // Another template is another message; --again sends deliberately; tomorrow is a new day.
    EXPECT_EQ(messages.forCustomers(MessageTemplateKey::Winback, {a}).value().excludedAlreadySent,
              0);
    const auto resend =
        messages.forCustomers(MessageTemplateKey::PostService, {a, b, c}, {.again = true});
    ASSERT_TRUE(resend);
    EXPECT_EQ(resend.value().messages.size(), 3U);
    EXPECT_EQ(resend.value().excludedAlreadySent, 0);
    now = now.addDays(1);
    EXPECT_EQ(
        messages.forCustomers(MessageTemplateKey::PostService, {a, b, c}).value().messages.size(),
        3U);
}

TEST_F(MessageServiceTest, AMessageWithAnEmptyMergeFieldIsNotBuilt) {
    const auto a = addCustomer(u("甲"), QStringLiteral("13800000001"));
    domain::Customer carless;
    carless.name = u("无车");
    carless.phone = QStringLiteral("13800000009");
    carless.createdAt = carless.updatedAt = now;
    const auto noCar = storage::CustomerRepository(db()).insert(carless);
    MessageService messages(db(), clock());

    // A drill-down list has no due date: maintenance_due would read "预计于到期保养".
    const auto due = messages.forCustomers(MessageTemplateKey::MaintenanceDue, {a, noCar});
    ASSERT_TRUE(due);
    EXPECT_TRUE(due.value().messages.empty());
    EXPECT_EQ(due.value().excludedMissingFields, 2);
    // post_service merges {车牌}: the customer without a car is left out, the other goes.
    const auto post = messages.forCustomers(MessageTemplateKey::PostService, {a, noCar});
    ASSERT_TRUE(post);
    EXPECT_EQ(ids(post.value()), std::vector<domain::CustomerId>{a});
    EXPECT_EQ(post.value().excludedMissingFields, 1);
    // A template that does not use the missing field is not affected.
    ASSERT_TRUE(messages.saveTemplate(manager, MessageTemplateKey::PostService,
                                      u("{姓名}您好,感谢光临。")));
    const auto plain = messages.forCustomers(MessageTemplateKey::PostService, {a, noCar});
    EXPECT_EQ(plain.value().messages.size(), 2U);
    EXPECT_EQ(plain.value().excludedMissingFields, 0);
    QTemporaryDir dir;
    const auto summary = messages.exportCsv(manager, post.value(), dir.filePath(u("x.csv")));
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary.value().excludedMissingFields, 1);
    EXPECT_EQ(summary.value().recipients, 1);
}

TEST_F(MessageServiceTest, ExportToAPipeWritesIntoItAndLeavesItAPipe) {
    const auto a = addCustomer(u("甲"), QStringLiteral("13800000001"));
    QTemporaryDir dir;
    const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("pipe")));
    ASSERT_EQ(::mkfifo(fifo.constData(), 0600), 0);
    // A reader that does not block: the export's open for writing then succeeds at once.
    const int reader = ::open(fifo.constData(), O_RDONLY | O_NONBLOCK);
    ASSERT_GE(reader, 0);
    MessageService messages(db(), clock());
    const auto batch = messages.forCustomers(MessageTemplateKey::PostService, {a});
    const auto summary = messages.exportCsv(manager, batch.value(), QFile::decodeName(fifo));
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary.value().recipients, 1);
    char buffer[4096] = {};
    const auto n = ::read(reader, buffer, sizeof buffer);
    ::close(reader);
    ASSERT_GT(n, 0) << "the text went into the pipe";
    EXPECT_TRUE(QByteArray(buffer, static_cast<int>(n)).startsWith("phone,text\r\n13800000001,"));
    EXPECT_FALSE(QFileInfo(QFile::decodeName(fifo)).isFile()) << "the pipe was not replaced";
    EXPECT_EQ(messages.logOf(a).value().size(), 1U);
}

}  // namespace
}  // namespace hc::services

namespace hc::services {
namespace {

TEST_F(MessageServiceTest, GatewaySettingsAreTypedStoredAndExportedWithoutToken) {
    SettingsService settings(db(), clock());
    EXPECT_FALSE(settings.smsGateway().value().configured());
    domain::SmsGatewaySettings g;
    g.url = QStringLiteral(" https://sms.example.cn/send ");
    g.token = QStringLiteral("secret-token");
    g.timeoutMs = 5000;
    EXPECT_EQ(settings.saveSmsGateway(advisor, g).error().code, ServiceError::Code::Denied);
    auto bad = g;
    bad.url = QStringLiteral("ftp://x");
    EXPECT_EQ(settings.saveSmsGateway(manager, bad).error().field, QStringLiteral("url"));
    bad = g;
    bad.bodyTemplate = QStringLiteral(R"({"to":"{phone}"})");
    EXPECT_EQ(settings.saveSmsGateway(manager, bad).error().field, QStringLiteral("bodyTemplate"));
    bad = g;
    bad.timeoutMs = 10;
    EXPECT_EQ(settings.saveSmsGateway(manager, bad).error().field, QStringLiteral("timeoutMs"));
    ASSERT_TRUE(settings.saveSmsGateway(manager, g));
    const auto stored = settings.smsGateway().value();
    EXPECT_EQ(stored.url, QStringLiteral("https://sms.example.cn/send"));
    EXPECT_EQ(stored.token, QStringLiteral("secret-token"));
    EXPECT_EQ(stored.timeoutMs, 5000);

    const QString exported = settings.exportJson().value();
    EXPECT_TRUE(exported.contains(QStringLiteral("sms.example.cn")));
    EXPECT_FALSE(exported.contains(QStringLiteral("secret-token")));
    // No audit record holds the token.
    QSqlQuery q(db().connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE after_json LIKE "
                              "'%secret-token%' OR before_json LIKE '%secret-token%'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);

    // Importing the export keeps the stored token; a token in the file is refused.
    QString changed = exported;
    changed.replace(QStringLiteral("5000"), QStringLiteral("6000"));
    ASSERT_TRUE(settings.importJson(manager, changed));
    EXPECT_EQ(settings.smsGateway().value().timeoutMs, 6000);
    EXPECT_EQ(settings.smsGateway().value().token, QStringLiteral("secret-token"));
    const auto withToken =
        settings.importJson(manager, QStringLiteral(R"({"sms_gateway":{"url":"","token":"x"}})"));
    EXPECT_EQ(withToken.error().field, QStringLiteral("sms_gateway.token"));
}

}  // namespace
}  // namespace hc::services
